/** Every kind of event the log records: the one list, which the scenario schema checks files against. */
export const EVENT_KINDS = [
  'host.added',
  'host.removed',
  'host.changed',
  'host.power',
  'vm.added',
  'vm.removed',
  'vm.changed',
  'vm.power',
  'vm.booted',
  'vm.moved',
  'vm.migrated',
  'migration.started',
  'migration.aborted',
  'orchestrator.settings',
  'orchestrator.rule',
  'orchestrator.placed',
  'orchestrator.call',
  'orchestrator.maintenance',
  'orchestrator.consolidation',
  'fault.scheduled',
  'fault.fired',
  'ha.detected',
  'ha.restarted',
  'ha.unplaced',
  'vm.crashed',
  'platform.changed',
  'platform.crashed',
  'platform.restarted',
  'app.added',
  'app.removed',
  'container.added',
  'container.removed',
  'container.changed',
  'container.power',
  'container.started',
  'container.crashed',
  'study.changed',
  'network.changed',
  'network.ping',
  'assumption.changed',
  'undo',
  'redo',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

/** One line of the event log: what happened, in words a learner reads. */
export interface LogEvent {
  readonly seq: number;
  /** Simulated seconds. */
  readonly time: number;
  readonly kind: EventKind;
  readonly text: string;
  /** Ids of the entities involved, for highlighting on the canvas. */
  readonly subjects: readonly string[];
}

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

/** The part of the simulation's bookkeeping the log lives in: the clock, the next sequence number, the log. */
export interface Journal {
  readonly time: number;
  readonly seq: number;
  readonly log: readonly LogEvent[];
}

export function record<J extends Journal>(
  sim: J,
  drafts: readonly EventDraft[],
): { sim: J; events: LogEvent[] } {
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
