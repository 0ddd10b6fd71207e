import { holdsResources } from '../../capacity/usage';
import type { HostId } from '../../model/ids';
import type { World } from '../../model/types';
import { withHost } from '../../model/world';
import { callEvent, withCalls } from '../../orchestrator/calls';
import { isDown } from '../../orchestrator/hostTable';
import { abortMigration, finishMigration } from '../../orchestrator/migrate';
import { IdAllocator } from '../ids';
import { type EventDraft, event } from '../log';
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
  let world = state.world;
  for (const m of o.migrations) {
    const from = world.hosts[m.from];
    const to = world.hosts[m.to];
    const vm = from?.platform.kind === 'hypervisor' ? from.platform.vms[m.vmId] : undefined;
    let out: { world: World; events: EventDraft[] } | null = null;
    if (!from || !vm || vm.power !== 'migrating' || isDown(from) || from.power !== 'on') {
      out = abortMigration(world, m, `${from?.name ?? 'its host'} went down, and the VM with it.`);
    } else if (!to || to.power !== 'on' || to.platform.kind !== 'hypervisor') {
      out = abortMigration(world, m, `${to?.name ?? 'the target'} went away; ${vm.name} keeps running on ${from.name}.`);
    } else if (now >= m.startedAt + m.plan.totalSeconds) {
      out = finishMigration(world, m);
    }
    if (out) {
      world = out.world;
      events.push(...out.events);
    }
  }
  world = powerOffEmptied(world, ids, now, events);
  return { state: { world, sim: { ...state.sim, nextId: ids.counter } }, events };
};

function powerOffEmptied(world: World, ids: IdAllocator, now: number, events: EventDraft[]): World {
  const o = world.orchestrator;
  if (o.powerOffWhenEmpty.length === 0) return world;
  const waiting: HostId[] = [];
  let next = world;
  for (const id of o.powerOffWhenEmpty) {
    const host = next.hosts[id];
    if (!host || host.power !== 'on' || host.platform.kind !== 'hypervisor') continue;
    const leaving = o.migrations.some((m) => m.from === id);
    const busy =
      host.platform.incoming.length > 0 || Object.values(host.platform.vms).some(holdsResources);
    if (busy && leaving) {
      waiting.push(id);
    } else if (busy) {
      events.push(
        event('orchestrator.consolidation', `Consolidation leaves ${host.name} on: VMs run there again.`, id),
      );
    } else {
      const call = { to: id, call: 'power off host' as const, vmId: null };
      next = withCalls(withHost(next, { ...host, power: 'off' }), ids, now, [call]);
      events.push(
        event('orchestrator.consolidation', `Consolidation: ${host.name} is empty and is powered off.`, id),
        callEvent(next, call, null),
      );
    }
  }
  return { ...next, orchestrator: { ...next.orchestrator, powerOffWhenEmpty: waiting } };
}
