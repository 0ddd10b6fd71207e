import type { Host } from '../../engine/read';
import { useSandbox } from '../storeContext';
import { haLine, maintenanceLine, openIncidentOf } from './haStatus';
import { useNodeBox } from './nodeBox';

/**
 * A label above each host the orchestrator is busy with: a failed host counting down to HA's
 * detection and then its restarts, or a host in maintenance mode being emptied.
 */
export function HostAlerts() {
  const world = useSandbox((s) => s.session.state.world);
  const now = useSandbox((s) => s.session.state.sim.time);
  const { incidents, settings } = world.orchestrator;
  return Object.values(world.hosts).map((host) => {
    const ha = haLine(
      host,
      openIncidentOf(incidents, host.id),
      settings,
      now,
      world.assumptions.heartbeatTimeoutS,
    );
    const text = ha ?? maintenanceLine(host);
    return text ? <HostAlert key={host.id} host={host} text={text} danger={ha !== null} /> : null;
  });
}

function HostAlert({ host, text, danger }: { host: Host; text: string; danger: boolean }) {
  const box = useNodeBox(host.id);
  if (!box) return null;
  return (
    <div
      data-testid={`host-alert-${host.name}`}
      className={`absolute top-0 left-0 rounded-lg border-4 px-3 py-1 text-2xl font-bold ${danger ? 'border-red-900 bg-red-700 text-white' : 'border-amber-800 bg-amber-100 text-amber-950'}`}
      style={{
        transform: `translate(${box.x}px, ${box.y - 8}px) translateY(-100%)`,
        maxWidth: Math.max(box.width / 2 - 24, 260),
      }}
    >
      {text}
    </div>
  );
}
