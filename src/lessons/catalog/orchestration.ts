import type { Lesson } from '../model';

/** The the infrastructure orchestrator sequence: when none is needed, brain and muscles, placement, HA, live migration, maintenance, balancing, consolidation. */
export const ORCHESTRATION: readonly Lesson[] = [];
