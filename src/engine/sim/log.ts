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
  const events = drafts.map((d, i) => ({ ...d, seq: sim.seq + i, time: sim.time }));
  const log = sim.log.concat(events);
  return {
    sim: {
      ...sim,
      seq: sim.seq + drafts.length,
      log: log.length > LOG_LIMIT ? log.slice(log.length - LOG_LIMIT) : log,
    },
    events,
  };
}
