import type { EntityId, IdAllocator } from '../base/ids';
import type { EventDraft } from '../base/log';
import type { Result } from '../base/result';
import type { NetState } from '../model/network';
import type { Change, Sim, World } from '../model/types';
import type { Command, CommandOf } from './command';

export { refuse } from '../base/result';

/** What a command did: the new world, what happened in the log's words, and what it made. */
export interface Done extends Change {
  /** Ids of what the command created, the thing asked for first (a deployed VM, a new rule). */
  readonly created: readonly EntityId[];
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

/** Runs one kind of command, given as the whole command object. */
export type Handler<C extends Command> = (ctx: CommandContext, command: C) => Outcome;

/** The handler of one command type, by its name. */
export type HandlerOf<K extends Command['type']> = Handler<CommandOf<K>>;

/** One handler for every command type, each taking exactly its own command. */
export type Handlers = { readonly [K in Command['type']]: Handler<CommandOf<K>> };

export const done = (world: World, ...events: EventDraft[]): Outcome => ({
  ok: true,
  world,
  events,
  created: [],
});

/** A command's success that created `id`. */
export const made = (id: EntityId, world: World, ...events: EventDraft[]): Outcome => ({
  ok: true,
  world,
  events,
  created: [id],
});

/** A domain function's change, as a command's outcome. */
export const changed = (change: Result<Change>): Outcome =>
  change.ok ? { ...change, created: [] } : change;
