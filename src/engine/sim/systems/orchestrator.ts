import { autoBalancing } from './autoBalancing';
import { highAvailability } from './highAvailability';
import { liveMigrations } from './liveMigrations';
import { scheduledFaults } from './scheduledFaults';
import type { TickSystem } from './types';

/**
 * The orchestrator's time systems, in order: scheduled faults strike first, migrations in
 * flight move on (and stop if a fault took their host), HA reacts to failed hosts, and
 * balancing looks last, at the loads after everything else.
 */
export const ORCHESTRATOR_SYSTEMS: readonly TickSystem[] = [
  scheduledFaults,
  liveMigrations,
  highAvailability,
  autoBalancing,
];
