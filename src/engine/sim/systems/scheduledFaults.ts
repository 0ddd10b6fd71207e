import { type EventDraft, event } from '../../base/log';
import { secs } from '../../base/text';
import type { World } from '../../model/types';
import { setHostPower } from '../../orchestrator/hostPower';
import type { TickSystem } from './types';

/**
 * Fires the scenario's scheduled faults whose time has come, in time order: the host fails as
 * if a learner pressed its fail button, at the fault's own second, so HA's detection clock
 * starts then. Faults fire whether or not the orchestrator is on: nobody reacts when it is off.
 */
export const scheduledFaults: TickSystem = (state) => {
  const now = state.sim.time;
  const due = state.world.orchestrator.faults
    .filter((f) => f.at <= now)
    .sort((a, b) => a.at - b.at);
  if (due.length === 0) return { state, events: [] };
  const events: EventDraft[] = [];
  const fired = new Set(due.map((f) => f.id));
  let world: World = {
    ...state.world,
    orchestrator: {
      ...state.world.orchestrator,
      faults: state.world.orchestrator.faults.filter((f) => !fired.has(f.id)),
    },
  };
  for (const fault of due) {
    const host = world.hosts[fault.hostId];
    if (!host || host.power === 'failed') continue;
    // Failed at the fault's own second, so HA's detection clock starts there.
    const out = setHostPower(world, fault.hostId, 'failed', fault.at);
    if (!out.ok) continue;
    world = out.world;
    events.push(
      event(
        'fault.fired',
        `Scheduled fault at ${secs(fault.at)}: ${host.name} fails.`,
        fault.hostId,
      ),
      ...out.events,
    );
  }
  return { state: { ...state, world }, events };
};
