import type { HostId, IdAllocator, VmId } from '../base/ids';
import { type EventDraft, event } from '../base/log';
import { type Result, refuse } from '../base/result';
import { gb, millis, plural, secs } from '../base/text';
import type { Migration, MovePurpose } from '../model/orchestrator';
import type { Change, Vm, World } from '../model/types';
import { getVm, withHost, withHosts, withVm, withoutVm } from '../model/world';
import { getHypervisorHost } from '../platforms/spec';
import { callEvent, withCalls } from './calls';
import { hostTable, isDown } from './hostTable';
import { migrationLink, migrationPlan } from './migration';
import { checkHost, constraintOf, placementContext, type PlacementContext } from './placement';

/**
 * Live migration as a process: starting one marks the VM 'migrating' on its host, holds room
 * for it on the target (platform.incoming) and records the plan; the liveMigrations tick system
 * finishes it when the plan's time has passed, or aborts it when either host goes away.
 */

/** The request that places an existing VM. */
export const requestOf = (vm: Vm) => ({
  name: vm.name,
  vcpus: vm.vcpus,
  memoryGb: vm.memoryGb,
  networks: vm.nics.map((n) => n.portGroup),
  vmId: vm.id,
});

/** Filters that a cold migration (power off, then move) does not need. */
const COLD_WOULD_DO = new Set(['same hypervisor', 'shared storage', 'network']);

function whyNotRunning(vm: Vm): string | null {
  switch (vm.power) {
    case 'running':
      return null;
    case 'migrating':
      return `${vm.name} is already being live-migrated.`;
    case 'booting':
      return `${vm.name} is still booting; wait until it runs, or power it off.`;
    case 'paused':
      return `${vm.name} is paused: resume it to live-migrate it, or power it off for a cold migration.`;
    default:
      return `${vm.name} is not running: a VM that is off moves cold, with no live migration.`;
  }
}

/**
 * Why `vm` cannot live-migrate from `from` to the host at position `i` of the context's table,
 * or null. The context must be a 'migrate' context for `from`.
 */
export function whyNotMigrate(ctx: PlacementContext, vm: Vm, i: number): string | null {
  const req = requestOf(vm);
  const problem = checkHost(ctx, req, constraintOf(ctx, req), i);
  if (!problem) return null;
  if (problem.filter === 'current host')
    return `${vm.name} already runs on ${ctx.table.hosts[i]!.name}.`;
  return COLD_WOULD_DO.has(problem.filter)
    ? `${problem.reason} Live migration needs the same hypervisor, shared storage and the same networks on both sides; cold migration is the alternative: power ${vm.name} off first, then move it.`
    : problem.reason;
}

/** A live migration someone asks for: which VM, where to, and why (the log says so). */
export interface MoveRequest {
  readonly vmId: VmId;
  readonly to: HostId;
  /** Omitted: 'manual', a learner's own move. */
  readonly purpose?: MovePurpose;
  /** A sentence put before the log line, e.g. balancing's reason; omitted: none. */
  readonly reason?: string;
}

/** A checked move, ready to book. */
export interface Move extends Required<MoveRequest> {
  readonly from: HostId;
}

/** Checks a live migration and books it, or says why it cannot go. */
export function startMigration(
  world: World,
  ids: IdAllocator,
  now: number,
  request: MoveRequest,
): Result<Change> {
  const found = getVm(world, request.vmId);
  if (!found.ok) return found;
  const { host: from, vm } = found;
  const notRunning = whyNotRunning(vm);
  if (notRunning) return refuse(notRunning);
  const target = getHypervisorHost(world, request.to);
  if (!target.ok) return target;
  // One target to check: a table of that host alone, not of the whole datacenter.
  const table = hostTable(world, [request.to]);
  const pc = placementContext(world, 'migrate', { from: from.id, table });
  const problem = whyNotMigrate(pc, vm, pc.table.position.get(request.to)!);
  if (problem) return refuse(problem);
  const move: Move = { purpose: 'manual', reason: '', ...request, from: from.id };
  return { ok: true, ...beginMigration(world, ids, now, move) };
}

/**
 * Books a checked migration into the world: VM migrating, room held, plan recorded, calls
 * made. Reads the hosts afresh, so several migrations can be booked one after another.
 */
export function beginMigration(world: World, ids: IdAllocator, now: number, move: Move): Change {
  const { vmId, purpose, reason } = move;
  const from = world.hosts[move.from]!;
  const to = world.hosts[move.to]!;
  const vm = from.platform.kind === 'hypervisor' ? from.platform.vms[vmId]! : undefined;
  if (!vm) return { world, events: [] };
  const plan = migrationPlan(vm, migrationLink(world.assumptions), world.assumptions);
  const migration: Migration = {
    vmId: vm.id,
    from: from.id,
    to: to.id,
    startedAt: now,
    plan,
    purpose,
    reason,
  };
  // Source and target are two hosts (a VM never migrates to its own): one copy of the record.
  const source = withVm(from, { ...vm, power: 'migrating' });
  const target =
    to.platform.kind === 'hypervisor'
      ? {
          ...to,
          platform: {
            ...to.platform,
            incoming: [
              ...to.platform.incoming,
              { vmId: vm.id, name: vm.name, vcpus: vm.vcpus, memoryGb: vm.memoryGb, from: from.id },
            ],
          },
        }
      : to;
  let next = withHosts(world, source, target);
  next = {
    ...next,
    orchestrator: {
      ...next.orchestrator,
      migrations: [...next.orchestrator.migrations, migration],
    },
  };
  const calls = [
    { to: from.id, call: 'send VM' as const, vmId: vm.id },
    { to: to.id, call: 'receive VM' as const, vmId: vm.id },
  ];
  next = withCalls(next, ids, now, calls);
  const slow = plan.converged
    ? ''
    : ` ${vm.name} dirties memory about as fast as the link copies it, so pre-copy cannot converge: after ${plural(plan.rounds.length, 'round')} it pauses for the rest.`;
  const text = `${reason ? `${reason} ` : ''}Live migration of ${vm.name} from ${from.name} to ${to.name} started: ${gb(vm.memoryGb)} over ${world.assumptions.migrationBandwidthGbps} Gbit/s in ${plural(plan.rounds.length, 'pre-copy round')}, about ${secs(plan.totalSeconds)} in all with ${millis(plan.downtimeMs)} of downtime.${slow}`;
  return {
    world: next,
    events: [
      event('migration.started', text, vm.id, from.id, to.id),
      ...calls.map((c) => callEvent(next, c, vm.name)),
    ],
  };
}

function withoutMigration(world: World, m: Migration): World {
  const o = world.orchestrator;
  let next: World = {
    ...world,
    orchestrator: { ...o, migrations: o.migrations.filter((x) => x.vmId !== m.vmId) },
  };
  const target = next.hosts[m.to];
  if (target?.platform.kind === 'hypervisor') {
    const incoming = target.platform.incoming.filter((r) => r.vmId !== m.vmId);
    next = withHost(next, { ...target, platform: { ...target.platform, incoming } });
  }
  return next;
}

/** The copy is done: the VM runs on the target, its room there becomes its own. */
export function finishMigration(world: World, m: Migration): Change {
  const from = world.hosts[m.from]!;
  const vm = from.platform.kind === 'hypervisor' ? from.platform.vms[m.vmId]! : undefined;
  let next = withoutMigration(world, m);
  if (!vm) return { world: next, events: [] };
  next = withHost(next, withoutVm(next.hosts[m.from]!, m.vmId));
  const to = next.hosts[m.to]!;
  next = withHost(next, withVm(to, { ...vm, power: 'running' }));
  // Remembered for the balancing cooldown; moves older than the cooldown are forgotten.
  const o = next.orchestrator;
  const at = m.startedAt + m.plan.totalSeconds;
  const recentMoves = [
    ...o.recentMoves.filter((r) => at - r.at < o.settings.balanceCooldownS),
    { vmId: m.vmId, from: m.from, to: m.to, at },
  ];
  next = { ...next, orchestrator: { ...o, recentMoves } };
  const { plan } = m;
  return {
    world: next,
    events: [
      event(
        'vm.migrated',
        `${vm.name} live-migrated from ${from.name} to ${to.name} in ${secs(plan.totalSeconds)} (${plural(plan.rounds.length, 'pre-copy round')}, then a ${millis(plan.downtimeMs)} stop-and-copy); it kept running.`,
        m.vmId,
        m.from,
        m.to,
      ),
    ],
  };
}

/** Whether a migration can go on: both hosts up, the VM still migrating on its source. */
function broken(world: World, m: Migration): boolean {
  const from = world.hosts[m.from];
  const to = world.hosts[m.to];
  const vm = from?.platform.kind === 'hypervisor' ? from.platform.vms[m.vmId] : undefined;
  const up = (h: typeof from) =>
    !!h && h.power === 'on' && h.platform.kind === 'hypervisor' && !isDown(h);
  return !up(from) || vm?.power !== 'migrating' || !up(to);
}

/**
 * Stops a migration whose source or target went away mid-copy: the VM stays where it was,
 * running on if only the target went, down with its host if the source did.
 */
export function abortMigration(world: World, m: Migration): Change {
  let next = withoutMigration(world, m);
  const from = next.hosts[m.from];
  const vm = from?.platform.kind === 'hypervisor' ? from.platform.vms[m.vmId] : undefined;
  const name = vm?.name ?? m.vmId;
  const toName = world.hosts[m.to]?.name ?? 'the target';
  let why: string;
  if (from && vm?.power === 'migrating') {
    next = withHost(next, withVm(from, { ...vm, power: 'running' }));
    why = `${toName} went away; ${name} keeps running on ${from.name}.`;
  } else {
    why = `${from?.name ?? 'its host'} went down, and ${name} with it.`;
  }
  return {
    world: next,
    events: [
      event('migration.aborted', `Live migration of ${name} stopped: ${why}`, m.vmId, m.from, m.to),
    ],
  };
}

/** Stops every migration that can no longer go on (a host failed, crashed or was switched off). */
export function abortBrokenMigrations(world: World): Change {
  let next = world;
  const events: EventDraft[] = [];
  for (const m of world.orchestrator.migrations) {
    if (!broken(next, m)) continue;
    const out = abortMigration(next, m);
    next = out.world;
    events.push(...out.events);
  }
  return { world: next, events };
}
