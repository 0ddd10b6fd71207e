import type { CallId, HostId, IdAllocator, VmId } from '../base/ids';
import { type EventDraft, event } from '../base/log';
import type { HypervisorCall, HypervisorCallName } from '../model/orchestrator';
import type { World } from '../model/types';

/** Calls kept for the canvas to animate; older ones have long finished their animation. */
export const CALL_LIMIT = 32;

export interface CallDraft {
  readonly to: HostId;
  readonly call: HypervisorCallName;
  readonly vmId: VmId | null;
}

/** Who makes a call: the orchestrator when it is on, the learner's own hand when it is off. */
export const caller = (world: World): HypervisorCall['from'] =>
  world.orchestrator.settings.enabled ? 'orchestrator' : 'learner';

/** Adds calls to the world's recent calls, each with a fresh id, stamped with the time. */
export function withCalls(
  world: World,
  ids: IdAllocator,
  at: number,
  drafts: readonly CallDraft[],
): World {
  if (drafts.length === 0) return world;
  const from = caller(world);
  // Only the newest CALL_LIMIT are kept, so only those get an id.
  const fresh = drafts.slice(-CALL_LIMIT).map((d): HypervisorCall => ({
    id: ids.take<CallId>('call'),
    from,
    to: d.to,
    call: d.call,
    vmId: d.vmId,
    at,
  }));
  const calls = world.orchestrator.calls.concat(fresh).slice(-CALL_LIMIT);
  return { ...world, orchestrator: { ...world.orchestrator, calls } };
}

/** "Orchestrator → esx-03: create VM web-1", the log line of one call. */
export function callEvent(world: World, d: CallDraft, vmName: string | null): EventDraft {
  const who = caller(world) === 'orchestrator' ? 'Orchestrator' : 'By hand';
  const host = world.hosts[d.to]?.name ?? d.to;
  const what = vmName ? `${d.call} ${vmName}` : d.call;
  const subjects = d.vmId ? [d.to, d.vmId] : [d.to];
  return event('orchestrator.call', `${who} → ${host}: ${what}.`, ...subjects);
}
