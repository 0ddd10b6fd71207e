import type { EventDraft } from '../sim/log';
import type { IdAllocator } from '../sim/ids';
import type { NetState } from '../model/network';
import type { Sim, World } from '../model/types';

/** A command either changes the world and says what happened, or refuses with a reason. */
export type Outcome =
  | {
      readonly ok: true;
      readonly world: World;
      readonly events: readonly EventDraft[];
      /** What the network learned, from a command that sends frames (ping); omitted: unchanged. */
      readonly net?: NetState;
    }
  | { readonly ok: false; readonly reason: string };

export interface CommandContext {
  readonly world: World;
  readonly ids: IdAllocator;
  /** The simulation's clock and learned state, read-only: a command changes them only through its Outcome. */
  readonly sim: Sim;
}

export const refuse = (reason: string): Outcome => ({ ok: false, reason });
export const done = (world: World, ...events: EventDraft[]): Outcome => ({
  ok: true,
  world,
  events,
});
