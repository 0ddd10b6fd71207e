import { type FormEvent, useState } from 'react';
import { type PingTarget, type VmId, allVms } from '../../engine/read';
import { Select } from '../components/Select';
import { useSandbox, useStoreApi } from '../storeContext';

const OTHER = 'ip';

/** Chooses who pings whom (a VM, or any address), and pings. */
export function PingForm() {
  const store = useStoreApi();
  const world = useSandbox((s) => s.session.state.world);
  const from = useSandbox((s) => s.traceFrom);
  const vms = allVms(world);
  const options = vms.map((v) => {
    const ip = v.nics.find((n) => n.ip)?.ip?.split('/')[0];
    return { value: v.id, label: ip ? `${v.name} (${ip})` : v.name };
  });
  const [src, setSrc] = useState(from?.src ?? vms[0]?.id ?? '');
  const [dst, setDst] = useState(from?.dst ?? vms[1]?.id ?? OTHER);
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
    const target: PingTarget = dst === OTHER ? { ip: ip.trim() } : { vmId: dst as VmId };
    setError(store.getState().ping(src as VmId, target));
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
        <button
          type="submit"
          className="mb-2 rounded border border-blue-800 bg-blue-700 px-3 py-1 text-base font-semibold text-white hover:bg-blue-800"
        >
          Ping
        </button>
      </div>
      {dst === OTHER && (
        <label className="mb-2 block text-sm font-semibold text-slate-800">
          IP address to ping
          <input
            value={ip}
            onChange={(e) => setIp(e.target.value)}
            placeholder="10.0.10.1"
            className="w-full rounded border border-slate-500 px-2 py-1 text-base font-normal"
          />
        </label>
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
