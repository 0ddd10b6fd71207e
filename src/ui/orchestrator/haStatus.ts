import {
  type HaIncident,
  type Host,
  type OrchestratorSettings,
  holdsResources,
} from '../../engine/read';
import { seconds } from './labels';

/** A host is down for HA when it failed or its hypervisor (or host OS) crashed. */
export const isDownHost = (host: Host) =>
  host.power === 'failed' ||
  (host.platform.kind === 'hypervisor' && host.platform.crashed !== null);

/** The open incident of a host, if HA is tracking one. */
export const openIncidentOf = (incidents: readonly HaIncident[], hostId: string) =>
  incidents.find((i) => i.hostId === hostId && !i.ended);

/**
 * One line on what HA is doing about a down host: waiting for the heartbeat timeout, or done
 * restarting. Null when the host is up. Shared by the canvas and the host inspector.
 */
export function haLine(
  host: Host,
  incident: HaIncident | undefined,
  settings: OrchestratorSettings,
  now: number,
  timeoutS: number,
): string | null {
  if (!isDownHost(host)) return null;
  if (!settings.enabled) return 'Failed. No orchestrator: its VMs stay down.';
  if (!settings.ha) return 'Failed. HA is off: its VMs stay down.';
  if (!incident) return `Failed. HA waits ${seconds(timeoutS)} for heartbeats before acting.`;
  if (!incident.declared) {
    const left = Math.max(0, incident.detectAt - now);
    return `No heartbeat for ${seconds(now - incident.failedAt)}. HA acts in ${seconds(left)}.`;
  }
  const waiting = incident.waiting.length;
  return `HA restarted ${incident.restarted.length} VM${incident.restarted.length === 1 ? '' : 's'} elsewhere${waiting ? `; ${waiting} cannot be placed` : ''}.`;
}

/** Maintenance mode as a learner reads it, or null when the host is not in it. */
export function maintenanceLine(host: Host): string | null {
  if (!host.maintenance) return null;
  const busy =
    host.platform.kind === 'hypervisor' && Object.values(host.platform.vms).some(holdsResources);
  if (busy) return 'Maintenance: moving its VMs away.';
  return host.power === 'on'
    ? 'Maintenance: empty, ready to power off.'
    : 'Maintenance: powered off.';
}
