import { type FormEvent, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type PingTarget, type VmId, allVms } from '../../engine/read';
import type { SandboxStore } from '../../store/sandboxStore';
import { selectVmIds } from '../../store/selectors';
import { Button } from '../components/Button';
import { Input } from '../components/Field';
import { Select } from '../components/Select';
import { useSandbox, useStoreApi } from '../storeContext';

const OTHER = 'ip';

/** Each VM as the form lists it: its name and first address, by id. */
function pingLabels(s: SandboxStore): Readonly<Partial<Record<VmId, string>>> {
  const labels: Partial<Record<VmId, string>> = {};
  for (const v of allVms(s.session.state.world)) {
    const ip = v.nics.find((n) => n.ip)?.ip?.split('/')[0];
    labels[v.id] = ip ? `${v.name} (${ip})` : v.name;
  }
  return labels;
}

/** Chooses who pings whom (a VM, or any address), and pings. */
export function PingForm() {
  const store = useStoreApi();
  const vmIds = useSandbox(useShallow(selectVmIds));
  const labels = useSandbox(useShallow(pingLabels));
  const from = useSandbox((s) => s.traceFrom);
  const options = vmIds.map((id) => ({ value: id, label: labels[id] ?? id }));
  const [src, setSrc] = useState<string>(from?.src ?? vmIds[0] ?? '');
  const [dst, setDst] = useState<string>(from?.dst ?? vmIds[1] ?? OTHER);
  const [ip, setIp] = useState('');
  const [error, setError] = useState<string | null>(null);
  // "Trace from here" (or a matrix cell) picks the VMs; the form follows.
  const [shownFrom, setShownFrom] = useState(from);
  if (shownFrom !== from) {
    setShownFrom(from);
    if (from) {
      setSrc(from.src);
      if (from.dst) setDst(from.dst);
    }
  }
  const ping = (e: FormEvent) => {
    e.preventDefault();
    // The selects hold the ids as text; the VM lists give them back their type.
    const srcId = vmIds.find((id) => id === src);
    const dstId = vmIds.find((id) => id === dst);
    if (!srcId || (dst !== OTHER && !dstId)) {
      setError('Choose two VMs (or an IP address) to ping between.');
      return;
    }
    const target: PingTarget = dstId ? { vmId: dstId } : { ip: ip.trim() };
    setError(store.getState().ping(srcId, target));
  };
  return (
    <form onSubmit={ping} aria-label="Ping">
      <div className="grid grid-cols-[1fr_1fr_auto] items-end gap-x-2">
        <Select label="From VM" value={src} options={options} onChange={setSrc} />
        <Select
          label="To"
          value={dst}
          options={[...options, { value: OTHER, label: 'An IP address…' }]}
          onChange={setDst}
        />
        <div className="mb-2">
          <Button tone="primary" size="base" type="submit">
            Ping
          </Button>
        </div>
      </div>
      {dst === OTHER && (
        <Input label="IP address to ping" value={ip} onChange={setIp} placeholder="10.0.10.1" />
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
