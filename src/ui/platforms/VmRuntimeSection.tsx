import { useState } from 'react';
import {
  EXPLAIN,
  RUNTIMES,
  checkRuntimeOn,
  runtimeById,
  vmRuntimeImpact,
  type PlatformImpact,
  type Vm,
} from '../../engine';
import { Button } from '../components/Button';
import { Select } from '../components/Select';
import { Explain, Section } from '../components/Section';
import { useCommit } from '../components/useCommit';
import { useStoreApi } from '../storeContext';
import { RuntimeCard } from './CatalogCard';
import { ConfirmDialog } from './ConfirmDialog';
import { ImpactText } from './ImpactText';

const NONE = 'none';

/** Makes a VM a container host (a runtime in its guest OS), swaps the runtime or removes it. */
export function VmRuntimeSection({ vm }: { vm: Vm }) {
  const store = useStoreApi();
  const commit = useCommit();
  const current = vm.runtime?.product ?? NONE;
  const [picked, setPicked] = useState(current === NONE ? 'containerd' : current);
  const [asking, setAsking] = useState<{ runtime: string | null; impact: PlatformImpact } | null>(
    null,
  );
  const [reason, setReason] = useState<string | null>(null);
  const runtime = picked === NONE ? null : picked;
  const problem = runtime === null ? null : checkRuntimeOn(runtime, vm.os, 'vm');
  const product = runtime ? runtimeById(runtime) : undefined;
  const apply = (next: string | null) => {
    const impact = vmRuntimeImpact(store.getState().session.state.world, vm.id, next);
    if (!impact.ok) return setReason(impact.reason);
    if (impact.value.needsConfirmation) return setAsking({ runtime: next, impact: impact.value });
    setReason(commit({ type: 'setVmRuntime', vmId: vm.id, runtime: next }));
  };
  const options = [
    { value: NONE, label: 'No container runtime' },
    ...RUNTIMES.map((r) => ({
      value: r.id,
      label: r.status === 'historical' ? `${r.name}: historical` : r.name,
      disabled: r.status === 'historical',
    })),
  ];
  return (
    <Section title="Containers in this VM">
      <Explain>{EXPLAIN.containersInVm}</Explain>
      <Select
        label="Container runtime in the guest"
        value={picked}
        options={options}
        onChange={(v) => {
          setPicked(v);
          setReason(null);
        }}
      />
      {product && <RuntimeCard runtime={product} />}
      {problem && <p className="mb-2 text-sm font-semibold text-red-800">{problem}</p>}
      {reason && (
        <p role="status" className="mb-2 text-sm font-semibold text-red-800">
          {reason}
        </p>
      )}
      <Button
        tone="primary"
        disabled={problem !== null || picked === current}
        onClick={() => apply(runtime)}
      >
        {picked === current
          ? 'This is the current runtime'
          : runtime
            ? `Install ${product?.name ?? runtime}`
            : 'Remove the container runtime'}
      </Button>
      {asking && (
        <ConfirmDialog
          title={`Change the container runtime of ${vm.name}?`}
          confirmLabel={asking.runtime ? 'Change runtime' : 'Remove runtime'}
          onConfirm={() => {
            setReason(commit({ type: 'setVmRuntime', vmId: vm.id, runtime: asking.runtime }));
            setAsking(null);
          }}
          onCancel={() => setAsking(null)}
        >
          <ImpactText impact={asking.impact} />
        </ConfirmDialog>
      )}
    </Section>
  );
}
