import type { IdAllocator } from '../base/ids';
import type { EventDraft } from '../base/log';
import type { Result } from '../base/result';
import type { NetState } from '../model/network';
import type { Sim, World } from '../model/types';

export { refuse } from '../base/result';

/** What a command did: the new world and what happened, in the log's words. */
export interface Done {
  readonly world: World;
  readonly events: readonly EventDraft[];
  /** What the network learned, from a command that sends frames (ping); omitted: unchanged. */
  readonly net?: NetState;
}

/** A command either changes the world and says what happened, or refuses with a reason. */
export type Outcome = Result<Done>;

export interface CommandContext {
  readonly world: World;
  readonly ids: IdAllocator;
  /** The simulation's clock and learned state, read-only: a command changes them only through its Outcome. */
  readonly sim: Sim;
}

export const done = (world: World, ...events: EventDraft[]): Outcome => ({
  ok: true,
  world,
  events,
});
