import type { Host } from '../../engine/read';
import { useSandbox } from '../storeContext';
import { type Status, faultStatus, haStatus, maintenanceStatus, openIncidentOf } from './haStatus';
import { useNodeBox } from './nodeBox';

/**
 * A label on top of each host the orchestrator is busy with: a failed host counting
 * down to HA's detection and then its restarts, a host in maintenance mode being emptied, or a
 * host with a failure scheduled.
 */
export function HostAlerts() {
  const world = useSandbox((s) => s.session.state.world);
  const now = useSandbox((s) => s.session.state.sim.time);
  const { incidents, settings, faults } = world.orchestrator;
  return Object.values(world.hosts).map((host) => {
    const ha = haStatus(
      host,
      openIncidentOf(incidents, host.id),
      settings,
      now,
      world.assumptions.heartbeatTimeoutS,
    );
    const status = ha ?? maintenanceStatus(host) ?? faultStatus(faults, host.id, now);
    return status ? (
      <HostAlert key={host.id} host={host} status={status} danger={ha !== null} />
    ) : null;
  });
}

function HostAlert({ host, status, danger }: { host: Host; status: Status; danger: boolean }) {
  const box = useNodeBox(host.id);
  if (!box) return null;
  // Sits on the host's top edge, right-aligned, so the host's name stays in view.
  return (
    <div
      data-testid={`host-alert-${host.name}`}
      title={status.long}
      className={`absolute top-0 left-0 rounded-t-lg border-4 border-b-0 px-3 text-2xl leading-10 font-bold whitespace-nowrap ${danger ? 'border-red-950 bg-red-700 text-white' : 'border-amber-900 bg-amber-200 text-amber-950'}`}
      style={{
        transform: `translate(${box.x + box.width}px, ${box.y}px) translate(-100%, -100%)`,
      }}
    >
      {status.short}
    </div>
  );
}
