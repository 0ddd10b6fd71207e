import type { EventDraft } from '../sim/log';
import type { IdAllocator } from '../sim/ids';
import type { World } from '../model/types';

/** A command either changes the world and says what happened, or refuses with a reason. */
export type Outcome =
  | { readonly ok: true; readonly world: World; readonly events: readonly EventDraft[] }
  | { readonly ok: false; readonly reason: string };

export interface CommandContext {
  readonly world: World;
  readonly ids: IdAllocator;
}

export const refuse = (reason: string): Outcome => ({ ok: false, reason });
export const done = (world: World, ...events: EventDraft[]): Outcome => ({
  ok: true,
  world,
  events,
});
