import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { HostId } from '../../engine/read';
import type { SandboxStore } from '../../store/sandboxStore';
import { selectHostIds } from '../../store/selectors';
import { useSandbox } from '../storeContext';
import { type Status, faultStatus, haStatus, maintenanceStatus, openIncidentOf } from './haStatus';
import { useNodeBox } from './nodeBox';

/**
 * A label on top of each host the orchestrator is busy with: a failed host counting
 * down to HA's detection and then its restarts, a host in maintenance mode being emptied, or a
 * host with a failure scheduled.
 */
export function HostAlerts() {
  const hostIds = useSandbox(useShallow(selectHostIds));
  return hostIds.map((id) => <HostAlert key={id} hostId={id} />);
}

type Alert = Status & { readonly name: string; readonly danger: boolean };

/** A host's alert now, as flat text, so a tick that leaves it as it was draws nothing. */
function alertOf(s: SandboxStore, hostId: HostId): Alert | null {
  const { world, sim } = s.session.state;
  const host = world.hosts[hostId];
  if (!host) return null;
  const { incidents, settings, faults } = world.orchestrator;
  const timeout = world.assumptions.heartbeatTimeoutS;
  const ha = haStatus(host, openIncidentOf(incidents, host.id), settings, sim.time, timeout);
  const status = ha ?? maintenanceStatus(host) ?? faultStatus(faults, host.id, sim.time);
  return status && { short: status.short, long: status.long, name: host.name, danger: ha !== null };
}

/** Memoised: the brain's node redraws its overlay when it moves, and that need not redraw these. */
const HostAlert = memo(function HostAlert({ hostId }: { hostId: HostId }) {
  const alert = useSandbox(useShallow((s) => alertOf(s, hostId)));
  return alert && <AlertLabel hostId={hostId} alert={alert} />;
});

function AlertLabel({ hostId, alert }: { hostId: HostId; alert: Alert }) {
  const { name, danger } = alert;
  const box = useNodeBox(hostId);
  if (!box) return null;
  // Sits on the host's top edge, right-aligned, so the host's name stays in view.
  return (
    <div
      data-testid={`host-alert-${name}`}
      title={alert.long}
      className={`absolute top-0 left-0 rounded-t-lg border-4 border-b-0 px-3 text-2xl leading-10 font-bold whitespace-nowrap ${danger ? 'border-red-950 bg-red-700 text-white' : 'border-amber-900 bg-amber-200 text-amber-950'}`}
      style={{
        transform: `translate(${box.x + box.width}px, ${box.y}px) translate(-100%, -100%)`,
      }}
    >
      {alert.short}
    </div>
  );
}
