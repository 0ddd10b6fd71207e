import type { State, World } from '../model/types';

/**
 * A state with its undo history. Undo and redo swap the world only: the clock, the PRNG, the
 * id counter and the log keep moving forward, so undo never reuses an id or rewinds time.
 */
export interface Session {
  readonly state: State;
  readonly past: readonly World[];
  readonly future: readonly World[];
}

export function startSession(state: State): Session {
  return { state, past: [], future: [] };
}
