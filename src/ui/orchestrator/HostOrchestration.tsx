import type { Host } from '../../engine/read';
import { CommandButton } from '../components/Button';
import { Section } from '../components/Section';
import { useSandbox } from '../storeContext';
import { haStatus, maintenanceStatus, openIncidentOf } from './haStatus';
import { seconds } from './labels';

/** The host as the orchestrator sees it: maintenance mode, and what HA would do or is doing. */
export default function HostOrchestration({ host }: { host: Host }) {
  const settings = useSandbox((s) => s.session.state.world.orchestrator.settings);
  const incidents = useSandbox((s) => s.session.state.world.orchestrator.incidents);
  const timeout = useSandbox((s) => s.session.state.world.assumptions.heartbeatTimeoutS);
  const now = useSandbox((s) => s.session.state.sim.time);
  if (host.platform.kind !== 'hypervisor') return null;
  const hostId = host.id;
  const down = haStatus(host, openIncidentOf(incidents, host.id), settings, now, timeout)?.long;
  const ha = down
    ? down
    : !settings.enabled
      ? 'Not protected: the orchestrator is off, so if this host fails its VMs stay down.'
      : !settings.ha
        ? 'Not protected: HA is off.'
        : `Protected by HA: if it fails, its running VMs restart on other hosts after the ${seconds(timeout)} heartbeat timeout.`;
  const maintenance = maintenanceStatus(host)?.long;
  return (
    <Section title="Orchestrator">
      <p className="mb-2 text-sm text-slate-900" data-testid="host-ha-status">
        <b>HA:</b> {ha}
      </p>
      <p className="mb-1 text-sm text-slate-900">
        {maintenance ??
          'Maintenance mode moves its running VMs away by live migration, so the host can be powered off for work.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <CommandButton disabled={host.maintenance} command={{ type: 'enterMaintenance', hostId }}>
          Enter maintenance
        </CommandButton>
        <CommandButton disabled={!host.maintenance} command={{ type: 'exitMaintenance', hostId }}>
          Exit maintenance
        </CommandButton>
      </div>
    </Section>
  );
}
