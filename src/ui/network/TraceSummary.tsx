import type { Trace, World } from '../../engine/read';
import { deliveredAt, pathTo, phaseCrossedWire } from '../../store/traceHops';

/** Where the ping's packets stayed: inside one host, or out over the physical network. */
function whereItWent(trace: Trace, world: World): string | null {
  const at = deliveredAt(trace, 'echo-request');
  if (at < 0) return null;
  const wire = phaseCrossedWire(trace, 'echo-request') || phaseCrossedWire(trace, 'echo-reply');
  if (wire) return 'The echo request and reply crossed the physical network.';
  const hostId = trace.hops[at]?.device.hostId;
  const host = hostId ? world.hosts[hostId]?.name : undefined;
  const arpLeft = phaseCrossedWire(trace, 'arp-request')
    ? ' (The ARP request, a broadcast, was also flooded out of the uplink, as every broadcast is.)'
    : '';
  return `The echo request and reply never left ${host ?? 'the host'}: no cable, no uplink.${arpLeft}`;
}

/** The ping's outcome in one line, the path of its echo request, and whether it left the host. */
export function TraceSummary({
  trace,
  world,
  stale,
}: {
  trace: Trace;
  world: World;
  stale: boolean;
}) {
  const ok = trace.outcome === 'reply';
  const delivered = deliveredAt(trace, 'echo-request');
  const where = whereItWent(trace, world);
  return (
    <div className="mb-2 text-sm text-slate-900" data-testid="trace-summary">
      <p
        className={`rounded border-l-4 px-2 py-1 text-base ${ok ? 'border-green-700 bg-green-50' : 'border-red-700 bg-red-50 text-red-900'}`}
      >
        <span className="font-bold">{ok ? '✓ Reply received. ' : '✗ Dropped. '}</span>
        {trace.summary}
      </p>
      {delivered >= 0 && (
        <p className="mt-1">
          <span className="font-semibold">Echo request: </span>
          {pathTo(trace, delivered).join(' → ')}
        </p>
      )}
      {where && <p className="mt-1">{where}</p>}
      {stale && (
        <p className="mt-1 font-semibold text-amber-900">
          The network has changed since this ping: ping again to see the path now.
        </p>
      )}
    </div>
  );
}
