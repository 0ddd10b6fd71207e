import {
  type BalanceReport,
  type Migration,
  type MigrationProgress,
  type State,
  type VmId,
  balanceRecommendations,
  migrationProgress,
} from '../engine';

/**
 * Selectors that call the full engine, for the lazily loaded panels only (lint keeps this file
 * out of the first paint). Use them through `useDerived`, which works each out once per state.
 */

export interface VmMigration {
  readonly migration: Migration;
  readonly progress: MigrationProgress;
  readonly targetName: string | undefined;
}

/** A VM's live migration under way and how far it has come, or null when it is not moving. */
export function migrationOfVm(state: State, vmId: VmId): VmMigration | null {
  const migration = state.world.orchestrator.migrations.find((m) => m.vmId === vmId);
  if (!migration) return null;
  return {
    migration,
    progress: migrationProgress(migration, state.sim.time),
    targetName: state.world.hosts[migration.to]?.name,
  };
}

/** What balancing recommends now, from the hosts' current CPU demand. */
export const balanceReport = (state: State): BalanceReport =>
  balanceRecommendations(state.world, state.sim.time);
