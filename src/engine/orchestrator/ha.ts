import type { HostId, IdAllocator, VmId } from '../base/ids';
import type { HaIncident, HaRestart, RestartPriority } from '../model/orchestrator';
import type { Host, Vm, World } from '../model/types';
import { type EventDraft, event } from '../base/log';
import { withCalls } from './calls';
import { take } from './fastPlace';
import { secs } from '../base/text';
import { byTokens, isDown, nameTokens } from './hostTable';
import { requestOf } from './migrate';
import {
  checkHost,
  constraintOf,
  noHostSentence,
  pick,
  placementContext,
  whyChosen,
} from './placement';

/**
 * High availability: when a host fails, its VMs crash with it. After the heartbeat timeout the
 * orchestrator declares the host failed and restarts those VMs on other hosts, highest restart
 * priority first, so that when room is short the important ones get it. That is a restart, with
 * downtime (detection + boot), not a live move. A VM that fits nowhere waits, and HA tries again
 * on every tick until room appears.
 */

const PRIORITY_RANK: Readonly<Record<RestartPriority, number>> = {
  high: 0,
  medium: 1,
  low: 2,
  disabled: 3,
};

/** Restart order: priority, then name, so the same failure always restarts in the same order. */
export function restartOrder(vms: readonly Vm[]): Vm[] {
  const tokens = new Map(vms.map((v) => [v.id, nameTokens(v.name)]));
  return [...vms].sort(
    (a, b) =>
      PRIORITY_RANK[a.restartPriority] - PRIORITY_RANK[b.restartPriority] ||
      byTokens(tokens.get(a.id)!, tokens.get(b.id)!, a.name, b.name),
  );
}

export interface RestartPlan {
  readonly placed: readonly { readonly vm: Vm; readonly to: Host; readonly why: string }[];
  readonly waiting: readonly { readonly vm: Vm; readonly reason: string }[];
}

/** Where each crashed VM of `failed` restarts, one after another on the shared capacity table. */
export function planRestarts(world: World, failed: HostId, vms: readonly Vm[]): RestartPlan {
  const ctx = placementContext(world, 'restart', { from: failed });
  const { table } = ctx;
  const placed: { vm: Vm; to: Host; why: string }[] = [];
  const waiting: { vm: Vm; reason: string }[] = [];
  for (const vm of restartOrder(vms)) {
    const req = requestOf(vm);
    const i = pick(ctx, req);
    if (i < 0) {
      const rc = constraintOf(ctx, req);
      const rows = table.hosts.map((h, k) => ({
        hostName: h.name,
        reason: checkHost(ctx, req, rc, k)?.reason ?? '',
      }));
      waiting.push({
        vm,
        reason: noHostSentence(
          vm.name,
          rows.filter((r) => r.reason !== ''),
        ),
      });
      continue;
    }
    const why = whyChosen(ctx, i, req);
    take(table.cap, i, vm.vcpus, vm.memoryGb);
    const to = table.hosts[i]!;
    ctx.where.set(vm.id, { host: to.id, name: vm.name });
    placed.push({ vm, to, why });
  }
  return { placed, waiting };
}

/** Moves VM records between hosts, rebuilding each touched host's VM table once. */
function relocate(world: World, moves: readonly { vm: Vm; from: HostId; to: HostId }[]): World {
  const leaving = new Map<HostId, Set<string>>();
  const arriving = new Map<HostId, Vm[]>();
  for (const { vm, from, to } of moves) {
    leaving.set(from, (leaving.get(from) ?? new Set()).add(vm.id));
    arriving.set(to, [...(arriving.get(to) ?? []), vm]);
  }
  const hosts = { ...world.hosts };
  for (const id of new Set([...leaving.keys(), ...arriving.keys()])) {
    const host = hosts[id]!;
    if (host.platform.kind !== 'hypervisor') continue;
    const gone = leaving.get(id);
    const vms: Record<string, Vm> = {};
    for (const vmId in host.platform.vms) {
      if (!gone?.has(vmId)) vms[vmId] = host.platform.vms[vmId as VmId]!;
    }
    for (const vm of arriving.get(id) ?? []) vms[vm.id] = vm;
    hosts[id] = { ...host, platform: { ...host.platform, vms } };
  }
  return { ...world, hosts };
}

/**
 * Carries out a restart plan decided at `decidedAt` (≤ now): each VM is registered on its new
 * host and powered on, with the boot already under way for the time since the decision.
 */
export function applyRestarts(
  world: World,
  ids: IdAllocator,
  now: number,
  decidedAt: number,
  incident: HaIncident,
  plan: RestartPlan,
): { world: World; restarted: HaRestart[]; events: EventDraft[] } {
  const boot = world.assumptions.vmBootSeconds;
  const left = boot - (now - decidedAt);
  const failedName = world.hosts[incident.hostId]?.name ?? incident.hostId;
  const moves = plan.placed.map(({ vm, to }) => ({
    vm: {
      ...vm,
      power: left > 0 ? ('booting' as const) : ('running' as const),
      bootRemainingS: Math.max(0, left),
      cpuDemand: 0.5,
    },
    from: incident.hostId,
    to: to.id,
  }));
  let next = relocate(world, moves);
  next = withCalls(
    next,
    ids,
    now,
    plan.placed.flatMap(({ vm, to }) => [
      { to: to.id, call: 'register VM' as const, vmId: vm.id },
      { to: to.id, call: 'power on' as const, vmId: vm.id },
    ]),
  );
  const detection = decidedAt - incident.failedAt;
  const restarted = plan.placed.map(({ vm, to }): HaRestart => ({
    vmId: vm.id,
    vmName: vm.name,
    priority: vm.restartPriority,
    to: to.id,
    at: decidedAt,
    downtimeS: detection + boot,
  }));
  const down = `Down ${secs(detection + boot)}: ${secs(detection)} until HA acted + ${secs(boot)} to boot.`;
  const events = plan.placed.map(({ vm, to, why }) =>
    event(
      'ha.restarted',
      `HA: restarting ${vm.name} (priority ${vm.restartPriority}) from ${failedName} on ${to.name}: ${why}. ${down}`,
      vm.id,
      to.id,
    ),
  );
  return { world: next, restarted, events };
}

/**
 * Starts tracking a host failure; HA declares it once the heartbeat timeout has passed. An earlier
 * failure of the host that HA never declared is replaced: its crashed VMs are still on the host,
 * and this incident restarts them.
 */
export function openIncident(world: World, hostId: HostId, failedAt: number): World {
  const o = world.orchestrator;
  if (o.incidents.some((i) => i.hostId === hostId && !i.ended)) return world;
  const kept = o.incidents.filter((i) => i.hostId !== hostId || i.declared);
  const incident: HaIncident = {
    hostId,
    failedAt,
    detectAt: failedAt + world.assumptions.heartbeatTimeoutS,
    declared: false,
    restarted: [],
    waiting: [],
    ended: false,
  };
  return { ...world, orchestrator: { ...o, incidents: [...kept, incident] } };
}

/**
 * Ends the incidents of hosts that are back (or removed). Run after every command as well as on
 * every tick: a host repaired and failed again between two ticks must not find its old, already
 * handled incident still open, or the VMs that crashed the second time would never be restarted.
 */
export function endIncidentsOfHostsBack(world: World): World {
  const before = world.orchestrator.incidents;
  const incidents = before.map((inc): HaIncident => {
    const host = world.hosts[inc.hostId];
    return inc.ended || (host && isDown(host)) ? inc : { ...inc, ended: true };
  });
  return incidents.some((inc, k) => inc !== before[k])
    ? { ...world, orchestrator: { ...world.orchestrator, incidents } }
    : world;
}

/**
 * Keeps HA's incidents in step with the hosts, on every tick: an incident is open exactly while
 * its host is down. A host that is down without one (a crashed hypervisor) opens one, failed at `at`.
 */
export function followHosts(world: World, at: number): World {
  let next = endIncidentsOfHostsBack(world);
  for (const host of Object.values(next.hosts)) {
    if (isDown(host)) next = openIncident(next, host.id, at);
  }
  return next;
}

/** Incidents kept once the host is back and nothing waits: the most recent few, for the UI. */
export const ENDED_INCIDENTS_KEPT = 5;
