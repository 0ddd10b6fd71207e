import type { EventKind, LogEvent } from '../model/events';
import type { Sim } from '../model/types';

/** The log keeps the most recent events only, so a long-running class demo stays light. */
export const LOG_LIMIT = 2000;

/** What a command reports; time and sequence are stamped when it is recorded. */
export interface EventDraft {
  readonly kind: EventKind;
  readonly text: string;
  readonly subjects: readonly string[];
}

export function event(kind: EventKind, text: string, ...subjects: string[]): EventDraft {
  return { kind, text, subjects };
}

export function record(sim: Sim, drafts: readonly EventDraft[]): { sim: Sim; events: LogEvent[] } {
  if (drafts.length === 0) return { sim, events: [] };
  const events = drafts.map((d, i): LogEvent => ({
    seq: sim.seq + i,
    time: sim.time,
    kind: d.kind,
    text: d.text,
    subjects: d.subjects,
  }));
  const log = sim.log.concat(events);
  // The new array is ours until returned: dropping the oldest in place spares a second copy
  // of a full log (2,000 entries) on every command, which was most of a move's garbage.
  if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
  return { sim: { ...sim, seq: sim.seq + drafts.length, log }, events };
}
