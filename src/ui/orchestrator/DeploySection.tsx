import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  type DeploySpec,
  OPERATING_SYSTEMS,
  type PlacementRequest,
  type RestartPriority,
  type World,
  allVms,
  explainPlacement,
  findVm,
} from '../../engine';
import { selectPortGroupNames, selectWorld } from '../../store/selectors';
import { Select } from '../components/Select';
import { Button } from '../components/Button';
import { Check } from '../components/Check';
import { Input } from '../components/Field';
import { Outcome } from '../components/Outcome';
import { useDerived, useSandbox, useStoreApi } from '../storeContext';
import { ExplanationTable } from './ExplanationTable';
import { PRIORITY_OPTIONS } from './labels';

interface Draft {
  name: string;
  os: string;
  vcpus: string;
  memoryGb: string;
  diskGb: string;
  networks: readonly string[];
  priority: RestartPriority;
}

const FIRST_DRAFT: Draft = {
  name: 'web-2',
  os: 'ubuntu-24.04',
  vcpus: '2',
  memoryGb: '8',
  diskGb: '40',
  networks: ['web'],
  priority: 'medium',
};

/** "web-2" → "web-3", skipping names already taken, so the next deploy needs no retyping. */
function nextName(name: string, taken: ReadonlySet<string>): string {
  const m = /^(.*?)(\d+)$/.exec(name);
  const stem = m ? m[1]! : `${name}-`;
  let n = m ? Number(m[2]) + 1 : 2;
  while (taken.has(`${stem}${n}`)) n += 1;
  return `${stem}${n}`;
}

const OS_OPTIONS = OPERATING_SYSTEMS.filter((o) => o.canBeGuest).map((o) => ({
  value: o.id,
  label: o.name,
}));

/** Where the orchestrator would put the VM, host by host; null until it has a size. */
const placementOf = (world: World, request: PlacementRequest | null) =>
  request && explainPlacement(world, request);

/**
 * Ask the orchestrator for a VM: the spec, the explanation table that follows every edit, and
 * Deploy, which the orchestrator carries out by calling the winning host's hypervisor.
 */
export function DeploySection() {
  const store = useStoreApi();
  const [draft, setDraft] = useState<Draft>(FIRST_DRAFT);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const edit = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  /** One entry of the draft as a field's value and what its edits do. */
  const bind = <K extends Exclude<keyof Draft, 'networks'>>(key: K) => ({
    value: draft[key],
    onChange: (value: Draft[K]) => edit({ [key]: value }),
  });
  const networks = useSandbox(useShallow(selectPortGroupNames));
  const vcpus = Number(draft.vcpus);
  const memoryGb = Number(draft.memoryGb);
  const sized = Number.isInteger(vcpus) && vcpus > 0 && memoryGb > 0;
  const name = draft.name.trim() || 'the new VM';
  const request = useMemo(
    () => (sized ? { name, vcpus, memoryGb, networks: draft.networks } : null),
    [sized, name, vcpus, memoryGb, draft.networks],
  );
  const plan = useDerived(selectWorld, placementOf, request);

  const deploy = () => {
    const spec: DeploySpec = {
      name: draft.name.trim(),
      os: draft.os,
      vcpus: draft.vcpus.trim() === '' ? Number.NaN : vcpus,
      memoryGb: draft.memoryGb.trim() === '' ? Number.NaN : memoryGb,
      diskGb: Number(draft.diskGb),
      networks: draft.networks,
      restartPriority: draft.priority,
    };
    const out = store.getState().dispatch({ type: 'deployVm', spec });
    if (!out.ok) {
      setResult({ ok: false, text: out.reason });
      return;
    }
    const w = store.getState().session.state.world;
    const placed = allVms(w).find((v) => v.name === spec.name);
    const host = placed ? findVm(w, placed.id)?.host.name : undefined;
    setResult({ ok: true, text: `Deployed ${spec.name}${host ? ` on ${host}` : ''}.` });
    edit({ name: nextName(spec.name ?? '', new Set(allVms(w).map((v) => v.name))) });
  };

  return (
    <div>
      <Input label="Name" {...bind('name')} />
      <Select label="Guest OS" options={OS_OPTIONS} {...bind('os')} />
      <div className="grid grid-cols-3 gap-x-2">
        <Input label="vCPUs" type="number" {...bind('vcpus')} />
        <Input label="Memory GB" type="number" {...bind('memoryGb')} />
        <Input label="Disk GB" type="number" {...bind('diskGb')} />
      </div>
      <fieldset className="mb-2">
        <legend className="text-sm font-semibold text-slate-800">Networks (one vNIC each)</legend>
        <div className="flex flex-wrap gap-x-3">
          {networks.map((n) => (
            <Check
              key={n}
              label={n}
              checked={draft.networks.includes(n)}
              onChange={(on) =>
                edit({
                  networks: on ? [...draft.networks, n] : draft.networks.filter((x) => x !== n),
                })
              }
            />
          ))}
        </div>
      </fieldset>
      <Select label="Restart priority (HA)" options={PRIORITY_OPTIONS} {...bind('priority')} />
      <div className="mb-2 flex items-center gap-2">
        <Button tone="primary" onClick={deploy}>
          Deploy through the orchestrator
        </Button>
      </div>
      <Outcome result={result} />
      {plan ? (
        <>
          <ExplanationTable plan={plan} />
          {plan.admission && <p className="mt-1 text-sm text-slate-900">{plan.admission.reason}</p>}
        </>
      ) : (
        <p className="text-sm text-slate-800">
          Enter a whole number of vCPUs and the memory to see where the VM would go.
        </p>
      )}
    </div>
  );
}
