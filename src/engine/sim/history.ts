import type { Command } from '../commands';
import { apply } from '../commands';
import type { State, World } from '../model/types';
import { event, record } from './log';
import { tick } from './tick';

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

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

export type ExecuteResult = { ok: true; session: Session } | { ok: false; reason: string };

export function execute(session: Session, command: Command): ExecuteResult {
  const result = apply(session.state, command);
  if (!result.ok) return result;
  // A command that leaves the world as it was (a ping) has nothing for undo to take back.
  if (result.state.world === session.state.world)
    return { ok: true, session: { ...session, state: result.state } };
  const past = [...session.past, session.state.world].slice(-HISTORY_LIMIT);
  return { ok: true, session: { state: result.state, past, future: [] } };
}

export function advance(session: Session, dt: number): Session {
  return { ...session, state: tick(session.state, dt) };
}

function swap(session: Session, direction: 'undo' | 'redo'): Session | null {
  const from = direction === 'undo' ? session.past : session.future;
  const world = from[from.length - 1];
  if (!world) return null;
  const rest = from.slice(0, -1);
  const other = direction === 'undo' ? session.future : session.past;
  const moved = [...other, session.state.world];
  const sim = record(session.state.sim, [
    event(direction, direction === 'undo' ? 'Undid the last change.' : 'Redid the change.'),
  ]).sim;
  const state: State = { world, sim };
  return direction === 'undo'
    ? { state, past: rest, future: moved }
    : { state, past: moved, future: rest };
}

export const undo = (session: Session): Session | null => swap(session, 'undo');
export const redo = (session: Session): Session | null => swap(session, 'redo');
