import { type EventDraft, record } from '../base/log';
import type { State } from '../model/types';
import { containerStart } from './systems/containerStart';
import { netAgeing } from './systems/netAgeing';
import { ORCHESTRATOR_SYSTEMS } from './systems/orchestrator';
import type { TickSystem } from './systems/types';
import { vmLoad } from './systems/vmLoad';

/** The systems that move with time, in the order they run. Add new ones here. */
const SYSTEMS: readonly TickSystem[] = [vmLoad, containerStart, netAgeing, ...ORCHESTRATOR_SYSTEMS];

/** Advances simulated time by `dt` seconds; the clock moves first, then every system runs. */
export function tick(state: State, dt: number): State {
  if (!(dt > 0)) return state;
  let next: State = { ...state, sim: { ...state.sim, time: state.sim.time + dt } };
  const events: EventDraft[] = [];
  for (const system of SYSTEMS) {
    const out = system(next, dt);
    next = out.state;
    events.push(...out.events);
  }
  return { ...next, sim: record(next.sim, events).sim };
}
