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
  | 'migration.started'
  | 'migration.aborted'
  | 'orchestrator.settings'
  | 'orchestrator.rule'
  | 'orchestrator.placed'
  | 'orchestrator.call'
  | 'orchestrator.maintenance'
  | 'orchestrator.consolidation'
  | 'fault.scheduled'
  | 'fault.fired'
  | 'ha.detected'
  | 'ha.restarted'
  | 'ha.unplaced'
  | 'vm.crashed'
  | 'platform.changed'
  | 'platform.crashed'
  | 'platform.restarted'
  | 'app.added'
  | 'app.removed'
  | 'container.added'
  | 'container.removed'
  | 'container.changed'
  | 'container.power'
  | 'container.started'
  | 'container.crashed'
  | 'study.changed'
  | 'network.changed'
  | 'network.ping'
  | 'assumption.changed'
  | 'undo'
  | 'redo';
