import { describe, expect, it } from 'vitest';
import type { HostId, VmId } from '../base/ids';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../model/assumptions';
import type { Migration } from '../model/orchestrator';
import { migrationPlan, migrationProgress } from './migration';

const a = (over: Partial<Assumptions> = {}): Assumptions => ({ ...DEFAULT_ASSUMPTIONS, ...over });
const link = (bandwidthGbps: number) => ({ bandwidthGbps });

describe('migrationPlan: pre-copy arithmetic checked by hand', () => {
  it('8 GB over 10 Gbit/s at 100 MB/s dirtied: two rounds, 42 ms paused', () => {
    // 10 Gbit/s = 1250 MB/s; the 300 ms target allows a 375 MB remainder.
    // Round 1: 8192 MB in 6.5536 s, meanwhile 655.36 MB dirtied (> 375: go on).
    // Round 2: 655.36 MB in 0.524288 s, meanwhile 52.4288 MB dirtied (≤ 375: stop).
    // Stop-and-copy: 52.4288 MB / 1250 MB/s = 41.94304 ms.
    const p = migrationPlan({ memoryGb: 8 }, link(10), a());
    expect(p.memoryMb).toBe(8192);
    expect(p.bandwidthMbS).toBe(1250);
    expect(p.rounds).toHaveLength(2);
    expect(p.rounds[0]).toEqual({ round: 1, copiedMb: 8192, seconds: 6.5536, dirtiedMb: 655.36 });
    expect(p.rounds[1]!.copiedMb).toBeCloseTo(655.36, 9);
    expect(p.rounds[1]!.seconds).toBeCloseTo(0.524288, 9);
    expect(p.rounds[1]!.dirtiedMb).toBeCloseTo(52.4288, 9);
    expect(p.remainderMb).toBeCloseTo(52.4288, 9);
    expect(p.downtimeMs).toBeCloseTo(41.94304, 6);
    expect(p.totalSeconds).toBeCloseTo(6.5536 + 0.524288 + 0.04194304, 9);
    expect(p.converged).toBe(true);
  });

  it('16 GB at a fifth of the link dirtied: each round copies a fifth of the one before', () => {
    // 250 MB/s dirtied against 1250 MB/s copied: 16384 → 3276.8 → 655.36 → 131.072 MB.
    const p = migrationPlan({ memoryGb: 16 }, link(10), a({ migrationDirtyRateMbS: 250 }));
    const copied = p.rounds.map((r) => r.copiedMb);
    expect(copied).toHaveLength(3);
    [16384, 3276.8, 655.36].forEach((mb, k) => expect(copied[k]).toBeCloseTo(mb, 9));
    expect(p.remainderMb).toBeCloseTo(131.072, 9);
    expect(p.downtimeMs).toBeCloseTo(104.8576, 6);
    expect(p.totalSeconds).toBeCloseTo(13.1072 + 2.62144 + 0.524288 + 0.1048576, 9);
  });

  it('a guest that dirties faster than the link copies never converges: the round limit pauses it', () => {
    // 1 Gbit/s = 125 MB/s against 200 MB/s dirtied: every round re-copies all 4096 MB in 32.768 s.
    const p = migrationPlan(
      { memoryGb: 4 },
      link(1),
      a({ migrationDirtyRateMbS: 200, migrationMaxRounds: 3 }),
    );
    expect(p.rounds.map((r) => r.copiedMb)).toEqual([4096, 4096, 4096]);
    expect(p.rounds.every((r) => r.dirtiedMb === 4096)).toBe(true);
    expect(p.converged).toBe(false);
    expect(p.downtimeMs).toBeCloseTo(32768, 6);
    expect(p.totalSeconds).toBeCloseTo(4 * 32.768, 9);
  });

  it('an idle guest dirties nothing: one round, no pause', () => {
    const p = migrationPlan({ memoryGb: 2 }, link(10), a({ migrationDirtyRateMbS: 0 }));
    expect(p.rounds).toEqual([{ round: 1, copiedMb: 2048, seconds: 1.6384, dirtiedMb: 0 }]);
    expect(p.downtimeMs).toBe(0);
    expect(p.totalSeconds).toBe(1.6384);
  });

  it('a looser downtime target ends pre-copy sooner and pauses longer', () => {
    // 1000 ms at 1250 MB/s allows 1250 MB: round 1 leaves 655.36 MB, so it stops there.
    const p = migrationPlan({ memoryGb: 8 }, link(10), a({ migrationMaxDowntimeMs: 1000 }));
    expect(p.rounds).toHaveLength(1);
    expect(p.downtimeMs).toBeCloseTo(524.288, 6);
  });
});

describe('migrationProgress', () => {
  const plan = migrationPlan({ memoryGb: 8 }, link(10), a());
  const m: Migration = {
    vmId: 'vm-1' as VmId,
    from: 'host-1' as HostId,
    to: 'host-2' as HostId,
    startedAt: 100,
    plan,
    purpose: 'manual',
    reason: '',
  };

  it('walks through the rounds, the stop-and-copy and the end', () => {
    // Round 1 ends at 6.5536 s, round 2 at 7.077888 s, the pause at 7.11983104 s.
    expect(migrationProgress(m, 103)).toMatchObject({ phase: 'pre-copy', round: 1 });
    expect(migrationProgress(m, 107)).toMatchObject({ phase: 'pre-copy', round: 2 });
    expect(migrationProgress(m, 107.1)).toMatchObject({ phase: 'stop-and-copy', round: 2 });
    expect(migrationProgress(m, 107.2)).toEqual({
      phase: 'done',
      round: 2,
      fraction: 1,
      secondsLeft: 0,
    });
    expect(migrationProgress(m, 103).fraction).toBeCloseTo(3 / plan.totalSeconds, 9);
  });
});
