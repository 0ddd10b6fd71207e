import { type HostId, IdAllocator } from '../../base/ids';
import { type EventDraft, event } from '../../base/log';
import type { Host, World } from '../../model/types';
import { withHosts } from '../../model/world';
import { holdsResources } from '../../capacity/usage';
import { type CallDraft, callEvent, withCalls } from '../../orchestrator/calls';
import { abortBrokenMigrations, finishMigration } from '../../orchestrator/migrate';
import type { TickSystem } from './types';

/**
 * Live migrations in flight: finished once their plan's time has passed, stopped when a host
 * goes away mid-copy. Then hosts a consolidation emptied are powered off once nothing runs there
 * or is on its way.
 */
export const liveMigrations: TickSystem = (state) => {
  const now = state.sim.time;
  const o = state.world.orchestrator;
  if (o.migrations.length === 0 && o.powerOffWhenEmpty.length === 0) return { state, events: [] };
  const ids = new IdAllocator(state.sim.nextId);
  const events: EventDraft[] = [];
  const stopped = abortBrokenMigrations(state.world);
  let world = stopped.world;
  events.push(...stopped.events);
  for (const m of world.orchestrator.migrations) {
    if (now < m.startedAt + m.plan.totalSeconds) continue;
    const out = finishMigration(world, m);
    world = out.world;
    events.push(...out.events);
  }
  world = powerOffEmptied(world, ids, now, events);
  return { state: { world, sim: { ...state.sim, nextId: ids.counter } }, events };
};

function powerOffEmptied(world: World, ids: IdAllocator, now: number, events: EventDraft[]): World {
  const o = world.orchestrator;
  if (o.powerOffWhenEmpty.length === 0) return world;
  const waiting: HostId[] = [];
  const leaving = new Set(o.migrations.map((m) => m.from));
  // Hosts and calls are gathered and written once: a copy of the host list per host powered
  // off made the tick after a large consolidation quadratic.
  const off: Host[] = [];
  const calls: CallDraft[] = [];
  for (const id of o.powerOffWhenEmpty) {
    const host = world.hosts[id];
    if (!host || host.power !== 'on' || host.platform.kind !== 'hypervisor') continue;
    const busy =
      host.platform.incoming.length > 0 || Object.values(host.platform.vms).some(holdsResources);
    if (busy && leaving.has(id)) {
      waiting.push(id);
    } else if (busy) {
      events.push(
        event(
          'orchestrator.consolidation',
          `Consolidation leaves ${host.name} on: VMs run there again.`,
          id,
        ),
      );
    } else {
      const call = { to: id, call: 'power off host' as const, vmId: null };
      off.push({ ...host, power: 'off' });
      calls.push(call);
      events.push(
        event(
          'orchestrator.consolidation',
          `Consolidation: ${host.name} is empty and is powered off.`,
          id,
        ),
        callEvent(world, call, null),
      );
    }
  }
  const next = off.length === 0 ? world : withCalls(withHosts(world, ...off), ids, now, calls);
  return { ...next, orchestrator: { ...next.orchestrator, powerOffWhenEmpty: waiting } };
}
