import type { EventDraft } from '../../base/log';
import type { State } from '../../model/types';

/**
 * One part of the simulation that moves with time. `tick` runs each system in order on the
 * state the previous one returned; a system reports what happened as events.
 */
export type TickSystem = (
  state: State,
  dt: number,
) => { state: State; events: readonly EventDraft[] };
