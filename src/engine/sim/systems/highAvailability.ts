import { IdAllocator } from '../../base/ids';
import { type EventDraft, event } from '../../base/log';
import { plural, secs } from '../../base/text';
import type { HaIncident, HaWaiting } from '../../model/orchestrator';
import type { Vm, World } from '../../model/types';
import {
  ENDED_INCIDENTS_KEPT,
  applyRestarts,
  followHosts,
  planRestarts,
} from '../../orchestrator/ha';
import type { TickSystem } from './types';

/** The crashed VMs an incident's host still holds, by id. */
function crashedOn(world: World, incident: HaIncident): Map<string, Vm> {
  const p = world.hosts[incident.hostId]?.platform;
  const out = new Map<string, Vm>();
  if (p?.kind !== 'hypervisor') return out;
  for (const vm of Object.values(p.vms)) if (vm.power === 'crashed') out.set(vm.id, vm);
  return out;
}

const toWaiting = (w: { vm: Vm; reason: string }): HaWaiting => ({
  vmId: w.vm.id,
  vmName: w.vm.name,
  priority: w.vm.restartPriority,
  reason: w.reason,
});

/**
 * HA over time: every host failure opens an incident (whether or not HA is on); when HA is on
 * and the heartbeat timeout has passed, HA declares the host failed and restarts its VMs; VMs
 * that found no room are tried again on every tick.
 */
export const highAvailability: TickSystem = (state, dt) => {
  const now = state.sim.time;
  const ids = new IdAllocator(state.sim.nextId);
  const events: EventDraft[] = [];
  let world = state.world;
  const timeout = world.assumptions.heartbeatTimeoutS;
  const nameOf = (id: string) => world.hosts[id as keyof typeof world.hosts]?.name ?? id;

  // A host that is back ends its incident; if HA had not declared it failed yet, its VMs
  // crashed all the same, and HA restarts them at once (below).
  world = followHosts(world, now - dt);

  const { enabled, ha } = world.orchestrator.settings;
  if (enabled && ha) {
    const incidents = [...world.orchestrator.incidents];
    let acted = false;
    for (let k = 0; k < incidents.length; k++) {
      const inc = incidents[k]!;
      const due = !inc.declared && (inc.detectAt <= now || inc.ended);
      if (!due && inc.waiting.length === 0) continue;
      acted = true;
      const crashed = crashedOn(world, inc);
      const candidates = due
        ? [...crashed.values()]
        : inc.waiting.flatMap((w) => crashed.get(w.vmId) ?? []);
      const restartable = candidates.filter((vm) => vm.restartPriority !== 'disabled');
      const decidedAt = due ? Math.min(now, Math.max(inc.detectAt, now - dt)) : now;
      const plan = planRestarts(world, inc.hostId, restartable);
      if (due) {
        const text = inc.ended
          ? `HA: ${nameOf(inc.hostId)} is back before the ${secs(timeout)} heartbeat timeout ran out, but its VMs crashed all the same; restarting ${plural(restartable.length, 'VM')}, highest priority first.`
          : `HA: ${nameOf(inc.hostId)} missed heartbeats for ${secs(decidedAt - inc.failedAt)} and is declared failed; restarting ${plural(restartable.length, 'VM')} elsewhere, highest priority first.`;
        events.push(event('ha.detected', text, inc.hostId));
      }
      const out = applyRestarts(world, ids, now, decidedAt, inc, plan);
      world = out.world;
      events.push(...out.events);
      if (due) {
        for (const w of plan.waiting) {
          events.push(
            event(
              'ha.unplaced',
              `HA: cannot restart ${w.vm.name} (priority ${w.vm.restartPriority}) yet. ${w.reason} HA tries again as room appears.`,
              w.vm.id,
            ),
          );
        }
        for (const vm of candidates.filter((v) => v.restartPriority === 'disabled')) {
          events.push(
            event(
              'ha.unplaced',
              `HA leaves ${vm.name} down: its restart priority is disabled.`,
              vm.id,
            ),
          );
        }
      }
      incidents[k] = {
        ...inc,
        declared: true,
        restarted: [...inc.restarted, ...out.restarted],
        waiting: plan.waiting.map(toWaiting),
      };
    }
    if (acted) world = { ...world, orchestrator: { ...world.orchestrator, incidents } };
  }

  // Keep every incident still in play, and the few most recent finished ones.
  const all = world.orchestrator.incidents;
  const finished = all.filter((i) => i.ended && i.waiting.length === 0);
  const drop = new Set(finished.slice(0, Math.max(0, finished.length - ENDED_INCIDENTS_KEPT)));
  if (drop.size > 0) {
    world = {
      ...world,
      orchestrator: { ...world.orchestrator, incidents: all.filter((i) => !drop.has(i)) },
    };
  }
  if (world === state.world) return { state, events };
  return { state: { world, sim: { ...state.sim, nextId: ids.counter } }, events };
};
