import {
  type HaIncident,
  type ScheduledFault,
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

/** What a host's status says: a few words for the canvas, a sentence for the inspector. */
export interface Status {
  readonly short: string;
  readonly long: string;
}

const vms = (n: number) => `${n} VM${n === 1 ? '' : 's'}`;

/**
 * What HA is doing about a down host: waiting for the heartbeat timeout, or done restarting.
 * Null when the host is up.
 */
export function haStatus(
  host: Host,
  incident: HaIncident | undefined,
  settings: OrchestratorSettings,
  now: number,
  timeoutS: number,
): Status | null {
  if (!isDownHost(host)) return null;
  if (!settings.enabled)
    return {
      short: 'Failed · no orchestrator',
      long: 'Failed. No orchestrator: its VMs stay down.',
    };
  if (!settings.ha)
    return { short: 'Failed · HA off', long: 'Failed. HA is off: its VMs stay down.' };
  if (!incident || !incident.declared) {
    // Counted in whole seconds, as a countdown is read.
    const left = Math.ceil(incident ? Math.max(0, incident.detectAt - now) : timeoutS);
    const since = Math.floor(incident ? now - incident.failedAt : 0);
    return {
      short: `No heartbeat · HA in ${seconds(left)}`,
      long: `No heartbeat${since >= 1 ? ` for ${seconds(since)}` : ''}. HA declares it failed in ${seconds(left)}, then restarts its VMs elsewhere.`,
    };
  }
  const { restarted, waiting } = incident;
  return {
    short: `HA: ${restarted.length} restarted${waiting.length ? `, ${waiting.length} waiting` : ''}`,
    long: `HA restarted ${vms(restarted.length)} elsewhere${waiting.length ? `; ${vms(waiting.length)} cannot be placed yet (see the HA report)` : ''}.`,
  };
}

/** Maintenance mode as a learner reads it, or null when the host is not in it. */
export function maintenanceStatus(host: Host): Status | null {
  if (!host.maintenance) return null;
  const busy =
    host.platform.kind === 'hypervisor' && Object.values(host.platform.vms).some(holdsResources);
  if (busy)
    return {
      short: 'Maintenance · evacuating',
      long: 'In maintenance mode: its running VMs are being live-migrated away.',
    };
  return host.power === 'on'
    ? {
        short: 'Maintenance · empty',
        long: 'In maintenance mode and empty: it can be powered off now.',
      }
    : { short: 'Maintenance · off', long: 'In maintenance mode and powered off.' };
}

/** A failure the scenario has scheduled for this host, counting down; null when none. */
export function faultStatus(
  faults: readonly ScheduledFault[],
  hostId: string,
  now: number,
): Status | null {
  const next = faults
    .filter((f) => f.hostId === hostId && f.at > now)
    .reduce<ScheduledFault | null>((a, f) => (a && a.at <= f.at ? a : f), null);
  if (!next) return null;
  const left = seconds(Math.ceil(next.at - now));
  return {
    short: `Scheduled to fail in ${left}`,
    long: `A scheduled fault fails this host in ${left} (Orchestrator panel, High availability).`,
  };
}
