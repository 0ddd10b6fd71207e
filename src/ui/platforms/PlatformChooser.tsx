import { useState } from 'react';
import {
  HYPERVISORS,
  OPERATING_SYSTEMS,
  PLATFORM_CHOICE,
  PLATFORM_CHOICES,
  RUNTIMES,
  checkPlatformSpec,
  hypervisorById,
  platformChangeImpact,
  platformLabel,
  runtimeById,
  type Host,
  type Platform,
  type PlatformImpact,
  type PlatformSpec,
  type WayId,
} from '../../engine';
import { Button } from '../components/Button';
import { type Option, Select } from '../components/Select';
import { Explain, Section } from '../components/Section';
import { useCommit } from '../components/useCommit';
import { useStoreApi } from '../storeContext';
import { HypervisorCard, RuntimeCard } from './CatalogCard';
import { CatalogList } from './CatalogList';
import { ConfirmDialog } from './ConfirmDialog';
import { ImpactText } from './ImpactText';

/** The learner's pick before it is applied: one way and a product for each kind of choice. */
interface Draft {
  readonly way: WayId;
  readonly type1: string;
  readonly type2: string;
  readonly hostOs: string;
  readonly os: string;
  readonly runtime: string;
}

export function wayOf(p: Platform): WayId {
  if (p.kind === 'bare-metal') return 'bare-metal';
  if (p.kind === 'container-host') return 'containers';
  if (hypervisorById(p.product)?.type === 2) return 'type-2';
  return Object.values(p.vms).some((vm) => vm.runtime) ? 'containers-in-vms' : 'type-1';
}

function draftOf(p: Platform): Draft {
  const draft: Draft = {
    way: wayOf(p),
    type1: 'esxi',
    type2: 'virtualbox',
    hostOs: 'ubuntu-24.04',
    os: 'ubuntu-24.04',
    runtime: 'containerd',
  };
  if (p.kind === 'hypervisor')
    return hypervisorById(p.product)?.type === 2
      ? { ...draft, type2: p.product, hostOs: p.hostOs ?? draft.hostOs }
      : { ...draft, type1: p.product };
  if (p.kind === 'bare-metal') return { ...draft, os: p.os };
  return { ...draft, os: p.os, runtime: p.runtime.product };
}

function specOfDraft(d: Draft): PlatformSpec {
  switch (d.way) {
    case 'bare-metal':
      return { kind: 'bare-metal', os: d.os };
    case 'type-1':
    case 'containers-in-vms':
      return { kind: 'hypervisor', product: d.type1 };
    case 'type-2':
      return { kind: 'hypervisor', product: d.type2, hostOs: d.hostOs };
    case 'containers':
      return { kind: 'container-host', os: d.os, runtime: d.runtime };
  }
}

const hypervisorOptions = (type: 1 | 2) =>
  HYPERVISORS.filter((h) => h.type === type).map((h) => ({ value: h.id, label: h.name }));

const RUNTIME_OPTIONS = RUNTIMES.map((r) => ({
  value: r.id,
  label:
    r.status === 'historical' && r.history
      ? `${r.name}: historical (archived ${r.history.archived}, ended ${r.history.ended})`
      : r.name,
  disabled: r.status === 'historical',
}));

/** The five ways a server can run its workload, with the products of the one picked. */
export function PlatformChooser({ host }: { host: Host }) {
  const store = useStoreApi();
  const commit = useCommit();
  const [draft, setDraft] = useState<Draft>(() => draftOf(host.platform));
  const [asking, setAsking] = useState<{ spec: PlatformSpec; impact: PlatformImpact } | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setReason(null);
  };
  const spec = specOfDraft(draft);
  const problem = checkPlatformSpec(spec);
  const current = platformLabel(host.platform);
  const same = !problem && platformLabel(spec) === current;
  const choice = PLATFORM_CHOICE[draft.way];

  const apply = () => {
    const impact = platformChangeImpact(store.getState().session.state.world, host.id, spec);
    if (!impact.ok) {
      setReason(impact.reason);
      return;
    }
    if (impact.value.needsConfirmation) setAsking({ spec, impact: impact.value });
    else setReason(commit({ type: 'setPlatform', hostId: host.id, spec }));
  };
  const confirm = () => {
    if (!asking) return;
    setReason(commit({ type: 'setPlatform', hostId: host.id, spec: asking.spec }));
    setAsking(null);
  };

  return (
    <Section title="Platform">
      <p className="mb-2 text-base text-slate-900">
        Now: <strong>{current}</strong>
      </p>
      <fieldset className="mb-2">
        <legend className="mb-1 text-sm font-semibold text-slate-800">
          How this server runs its workload
        </legend>
        {PLATFORM_CHOICES.map((c) => (
          <div
            key={c.id}
            className={`mb-1 flex gap-2 rounded border p-1.5 text-sm ${c.id === draft.way ? 'border-blue-700 bg-blue-50' : 'border-slate-300'}`}
          >
            <input
              type="radio"
              id={`way-${host.id}-${c.id}`}
              name={`way-${host.id}`}
              value={c.id}
              checked={c.id === draft.way}
              onChange={() => set({ way: c.id })}
              aria-describedby={`way-${host.id}-${c.id}-note`}
              className="mt-1"
            />
            <div>
              <label
                htmlFor={`way-${host.id}-${c.id}`}
                className="block text-base font-semibold text-slate-900"
              >
                {c.name}
              </label>
              <p id={`way-${host.id}-${c.id}-note`} className="text-slate-800">
                {c.note}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <WayProducts draft={draft} set={set} />
      <CatalogList />
      <Explain>Isolation: {choice.isolation}</Explain>
      {draft.way === 'containers-in-vms' && (
        <p className="mb-2 text-sm text-slate-900">
          Containers in VMs is a type-1 hypervisor whose VMs are container hosts: after switching,
          select a VM and install a container runtime in its guest OS.
        </p>
      )}
      {problem && <p className="mb-2 text-sm font-semibold text-red-800">{problem}</p>}
      {reason && (
        <p role="status" className="mb-2 text-sm font-semibold text-red-800">
          {reason}
        </p>
      )}
      <Button tone="primary" disabled={problem !== null || same} onClick={apply}>
        {same ? 'This is the current platform' : `Switch to ${platformLabel(spec)}`}
      </Button>
      {asking && (
        <ConfirmDialog
          title={`Switch ${host.name} to ${asking.impact.to}?`}
          confirmLabel="Switch platform"
          onConfirm={confirm}
          onCancel={() => setAsking(null)}
        >
          <ImpactText impact={asking.impact} />
        </ConfirmDialog>
      )}
    </Section>
  );
}

type ProductKey = Exclude<keyof Draft, 'way'>;

const osOptions = (filter: (o: (typeof OPERATING_SYSTEMS)[number]) => boolean) =>
  OPERATING_SYSTEMS.filter(filter).map((o) => ({ value: o.id, label: o.name }));

const TYPE_1 = [
  { label: 'Type-1 hypervisor', key: 'type1', options: hypervisorOptions(1) },
] as const;

/** The drop-down lists of each way: which product of the draft each picks, among which. */
const PICKERS: Readonly<
  Record<WayId, readonly { label: string; key: ProductKey; options: readonly Option[] }[]>
> = {
  'bare-metal': [{ label: 'Operating system', key: 'os', options: osOptions(() => true) }],
  'type-1': TYPE_1,
  'containers-in-vms': TYPE_1,
  'type-2': [
    { label: 'Type-2 hypervisor', key: 'type2', options: hypervisorOptions(2) },
    { label: 'Host OS', key: 'hostOs', options: osOptions((o) => o.canHost) },
  ],
  containers: [
    { label: 'Host OS (its kernel is shared)', key: 'os', options: osOptions((o) => o.canHost) },
    { label: 'Container runtime', key: 'runtime', options: RUNTIME_OPTIONS },
  ],
};

/** The product pickers for the way picked, then the catalog card of the product picked. */
function WayProducts({ draft, set }: { draft: Draft; set: (patch: Partial<Draft>) => void }) {
  return (
    <>
      {PICKERS[draft.way].map((p) => (
        <Select
          key={p.key}
          label={p.label}
          value={draft[p.key]}
          options={p.options}
          onChange={(v) => set({ [p.key]: v })}
        />
      ))}
      <ProductCard draft={draft} />
    </>
  );
}

function ProductCard({ draft }: { draft: Draft }) {
  if (draft.way === 'bare-metal') return null;
  if (draft.way === 'containers') {
    const runtime = runtimeById(draft.runtime);
    return (
      <>
        {runtime && <RuntimeCard runtime={runtime} />}
        <HistoricalNote />
      </>
    );
  }
  const product = hypervisorById(draft.way === 'type-2' ? draft.type2 : draft.type1);
  return product ? <HypervisorCard product={product} /> : null;
}

/** rkt cannot be picked, but the learner meets it in the notes, so the chooser says why. */
function HistoricalNote() {
  return (
    <>
      {RUNTIMES.filter((r) => r.status === 'historical').map((r) => (
        <p key={r.id} className="mb-2 text-sm text-slate-800">
          <span className="rounded bg-slate-700 px-1.5 font-semibold text-white">historical</span>{' '}
          {r.name}: {r.note}
        </p>
      ))}
    </>
  );
}
