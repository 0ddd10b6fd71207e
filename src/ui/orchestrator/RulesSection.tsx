import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PlacementRule, VmId } from '../../engine/read';
import { selectVmIds, selectVmNames } from '../../store/selectors';
import { type Option, Select } from '../components/Select';
import { Button } from '../components/Button';
import { Check } from '../components/Check';
import { Input } from '../components/Field';
import { Outcome } from '../components/Outcome';
import { useSandbox, useStoreApi } from '../storeContext';

const KINDS: readonly Option<PlacementRule['kind']>[] = [
  { value: 'anti-affinity', label: 'Anti-affinity: keep apart' },
  { value: 'affinity', label: 'Affinity: keep together' },
];

/** Affinity and anti-affinity rules: which VMs must share a host, or must not. */
export function RulesSection() {
  const store = useStoreApi();
  const rules = useSandbox((s) => s.session.state.world.orchestrator.rules);
  const vmIds = useSandbox(useShallow(selectVmIds));
  const names = useSandbox(useShallow(selectVmNames));
  const vmName = (id: VmId) => names[id] ?? id;
  const [kind, setKind] = useState<PlacementRule['kind']>('anti-affinity');
  const [name, setName] = useState('keep-apart');
  const [picked, setPicked] = useState<readonly VmId[]>([]);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const add = () => {
    const out = store
      .getState()
      .dispatch({ type: 'addRule', spec: { kind, name: name.trim(), vmIds: picked } });
    setResult(
      out.ok ? { ok: true, text: `Rule ${name.trim()} added.` } : { ok: false, text: out.reason },
    );
    if (out.ok) setPicked([]);
  };
  return (
    <div>
      {rules.length === 0 ? (
        <p className="mb-2 text-sm text-slate-800">No rules yet.</p>
      ) : (
        <ul className="mb-2 text-sm text-slate-900" aria-label="Placement rules">
          {rules.map((r) => (
            <li key={r.id} className="mb-1 flex items-start justify-between gap-2">
              <span>
                <b>{r.name}</b> ({r.kind}): {r.vmIds.map(vmName).join(', ')}
              </span>
              <Button
                onClick={() => store.getState().dispatch({ type: 'removeRule', ruleId: r.id })}
              >
                Remove {r.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p className="mb-1 text-sm text-slate-800">
        Anti-affinity: no two of the VMs share a host (replicas survive one host failing). Affinity:
        all of them run on one host (chatty VMs talk inside its virtual switch).
      </p>
      <Select label="New rule" value={kind} options={KINDS} onChange={setKind} />
      <Input label="Rule name" value={name} onChange={setName} />
      <fieldset className="mb-2">
        <legend className="text-sm font-semibold text-slate-800">VMs in the rule</legend>
        <div className="grid grid-cols-2">
          {vmIds.map((vmId) => (
            <Check
              key={vmId}
              label={vmName(vmId)}
              checked={picked.includes(vmId)}
              onChange={(on) =>
                setPicked((p) => (on ? [...p, vmId] : p.filter((id) => id !== vmId)))
              }
            />
          ))}
        </div>
      </fieldset>
      <Button onClick={add}>Add rule</Button>
      <Outcome result={result} />
    </div>
  );
}
