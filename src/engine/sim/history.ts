import type { EntityId } from '../base/ids';
import { type EventKind, type LogEvent, event, record } from '../base/log';
import type { Result } from '../base/result';
import type { State } from '../model/types';
import { type Command, apply } from '../commands';
import type { Session } from './session';
import { tick } from './tick';

export { type Session, startSession } from './session';

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

/** The session after a command, with what the command logged and the ids it created. */
export type ExecuteResult = Result<{
  readonly session: Session;
  readonly events: readonly LogEvent[];
  readonly created: readonly EntityId[];
}>;

/** Runs a command as an undoable step; the events it logged come back, so no one re-reads the log. */
export function execute(session: Session, command: Command): ExecuteResult {
  const result = apply(session.state, command);
  if (!result.ok) return result;
  const { state, events, created } = result;
  // A command that leaves the world as it was (a ping) has nothing for undo to take back.
  if (state.world === session.state.world)
    return { ok: true, session: { ...session, state }, events, created };
  const past = [...session.past, session.state.world].slice(-HISTORY_LIMIT);
  return { ok: true, session: { state, past, future: [] }, events, created };
}

/** Event kinds by which a tick says the orchestrator decided something (or a fault struck). */
const TICK_DECISIONS: ReadonlySet<EventKind> = new Set([
  'fault.fired',
  'ha.detected',
  'ha.restarted',
  'migration.started',
  'orchestrator.consolidation',
]);

/**
 * Advances the clock. When the tick made an orchestrator decision (a fault fired, HA restarted
 * VMs, balancing started a move, consolidation powered a host off), the world before the tick
 * goes onto `past`, so undo steps back through the orchestrator's decisions as through the
 * learner's commands. Undo rewinds the world, not the clock: a decision whose cause still holds
 * is made again at the next tick, so pause the clock to step back through decisions.
 */
export function advance(session: Session, dt: number): Session {
  const state = tick(session.state, dt);
  const log = state.sim.log;
  let decided = false;
  for (let k = log.length - 1; k >= 0 && log[k]!.seq >= session.state.sim.seq; k--) {
    if (TICK_DECISIONS.has(log[k]!.kind)) decided = true;
  }
  if (!decided) return { ...session, state };
  const past = [...session.past, session.state.world].slice(-HISTORY_LIMIT);
  return { state, past, future: [] };
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
