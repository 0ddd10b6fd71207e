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

export type EventKind =
  | 'host.added'
  | 'host.removed'
  | 'host.changed'
  | 'host.power'
  | 'vm.added'
  | 'vm.removed'
  | 'vm.changed'
  | 'vm.power'
  | 'vm.booted'
  | 'vm.moved'
  | 'vm.migrated'
  | 'network.changed'
  | 'assumption.changed'
  | 'undo'
  | 'redo';
