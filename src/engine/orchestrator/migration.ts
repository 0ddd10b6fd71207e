import type { Assumptions } from '../model/assumptions';
import type { Migration, MigrationPlan, MigrationRound } from '../model/orchestrator';
import type { Vm } from '../model/types';

/** 1 Gbit/s carries 125 MB of memory per second (1 GB of memory is 1024 MB). */
export const MB_PER_S_PER_GBPS = 125;

export interface MigrationLink {
  readonly bandwidthGbps: number;
}

export const migrationLink = (a: Assumptions): MigrationLink => ({
  bandwidthGbps: a.migrationBandwidthGbps,
});

/**
 * Pre-copy live migration, as hand arithmetic:
 * round 1 copies all memory while the VM runs; each later round copies what the guest dirtied
 * during the round before (dirty rate × that round's seconds, at most all memory). Pre-copy
 * stops once the remainder could be copied within the downtime target, or after the most
 * rounds; then the VM pauses and the remainder is copied: downtime = remainder / bandwidth.
 */
export function migrationPlan(
  vm: Pick<Vm, 'memoryGb'>,
  link: MigrationLink,
  a: Assumptions,
): MigrationPlan {
  const memoryMb = vm.memoryGb * 1024;
  const bandwidthMbS = link.bandwidthGbps * MB_PER_S_PER_GBPS;
  const dirtyRateMbS = a.migrationDirtyRateMbS;
  const targetMb = (bandwidthMbS * a.migrationMaxDowntimeMs) / 1000;
  const rounds: MigrationRound[] = [];
  let toCopy = memoryMb;
  let seconds = 0;
  for (let round = 1; round <= a.migrationMaxRounds; round++) {
    const t = toCopy / bandwidthMbS;
    const dirtiedMb = Math.min(memoryMb, dirtyRateMbS * t);
    rounds.push({ round, copiedMb: toCopy, seconds: t, dirtiedMb });
    seconds += t;
    toCopy = dirtiedMb;
    if (dirtiedMb <= targetMb) break;
  }
  const downtimeS = toCopy / bandwidthMbS;
  return {
    memoryMb,
    bandwidthMbS,
    dirtyRateMbS,
    rounds,
    remainderMb: toCopy,
    downtimeMs: downtimeS * 1000,
    totalSeconds: seconds + downtimeS,
    converged: toCopy <= targetMb,
  };
}

/** Where a migration stands at a moment, for the canvas's progress bar. */
export interface MigrationProgress {
  readonly phase: 'pre-copy' | 'stop-and-copy' | 'done';
  /** The pre-copy round under way (1-based); the last round during stop-and-copy. */
  readonly round: number;
  /** Share of the whole migration's time elapsed, 0..1. */
  readonly fraction: number;
  readonly secondsLeft: number;
}

export function migrationProgress(m: Migration, now: number): MigrationProgress {
  const { plan } = m;
  const elapsed = Math.max(0, now - m.startedAt);
  if (elapsed >= plan.totalSeconds) {
    return { phase: 'done', round: plan.rounds.length, fraction: 1, secondsLeft: 0 };
  }
  const fraction = plan.totalSeconds > 0 ? elapsed / plan.totalSeconds : 1;
  let t = 0;
  for (const r of plan.rounds) {
    t += r.seconds;
    if (elapsed < t) {
      return {
        phase: 'pre-copy',
        round: r.round,
        fraction,
        secondsLeft: plan.totalSeconds - elapsed,
      };
    }
  }
  return {
    phase: 'stop-and-copy',
    round: plan.rounds.length,
    fraction,
    secondsLeft: plan.totalSeconds - elapsed,
  };
}
