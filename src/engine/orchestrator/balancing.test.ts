import { describe, expect, it } from 'vitest';
import type { State } from '../model/types';
import { sandbox, type Sandbox } from '../testing/driver';
import { balanceRecommendations } from './balancing';

/** The same state with some VMs' CPU demand set by hand (the clock would move it at random). */
function withDemand(sb: Sandbox, demand: Record<string, number>): Sandbox {
  const hosts = Object.fromEntries(
    Object.values(sb.world.hosts).map((h) => {
      if (h.platform.kind !== 'hypervisor') return [h.id, h];
      const vms = Object.fromEntries(
        Object.values(h.platform.vms).map((v) => [
          v.id,
          v.name in demand ? { ...v, cpuDemand: demand[v.name]! } : v,
        ]),
      );
      return [h.id, { ...h, platform: { ...h.platform, vms } }];
    }),
  );
  const state: State = { ...sb.state, world: { ...sb.world, hosts } };
  return sandbox({ state });
}

/** Two 16-core hosts; a, b (4 vCPUs each) and c (2 vCPUs) run on esx-01. Threshold 20 points. */
function lopsided() {
  const sb = sandbox()
    .host('esx-01')
    .host('esx-02')
    .orchestrator({ enabled: true, balancing: 'manual', balanceThreshold: 0.2 });
  for (const [name, vcpus] of [
    ['a', 4],
    ['b', 4],
    ['c', 2],
  ] as const)
    sb.vm(name, { on: 'esx-01', vcpus }).powerOn(name);
  return withDemand(sb.tick(30), { a: 1, b: 1, c: 1 });
}

describe('balanceRecommendations', () => {
  it('moves the VM that brings the pair closest, and says why', () => {
    // esx-01 demands 10 of 16 cores (63 %), esx-02 none. Moving a (4 cores) leaves 38 % and 25 %;
    // moving c (2 cores) would leave 50 % and 13 %. After a, the gap (13 points) is within 20.
    const sb = lopsided();
    const report = balanceRecommendations(sb.world, sb.state.sim.time);
    expect(report.gap).toBe(0.625);
    expect(report.recommendations).toHaveLength(1);
    const rec = report.recommendations[0]!;
    expect(rec).toMatchObject({
      vmName: 'a',
      from: sb.hostId('esx-01'),
      to: sb.hostId('esx-02'),
      cores: 4,
      before: { from: 0.625, to: 0 },
      after: { from: 0.375, to: 0.25 },
    });
    expect(rec.reason).toBe(
      'Balancing: esx-01 runs at 63 % CPU and esx-02 at 0 %, a gap over the 20-point threshold; moving a (4 cores busy) brings them to 38 % and 25 %.',
    );
    sb.run({ type: 'applyRecommendation', vmId: rec.vmId, toHostId: rec.to })
      .expectPower('a', 'migrating')
      .expectLogContains(
        /^Balancing: esx-01 runs at 63 % CPU .* Live migration of a from esx-01 to esx-02 started/,
      );
  });

  it('never recommends a move that would only swap the hosts’ places (no ping-pong)', () => {
    // One 8-vCPU VM at full demand: 50 % against 0 %. Moving it gives 0 % against 50 %: the same
    // gap, reversed, which would invite the move straight back.
    const sb = sandbox()
      .host('esx-01')
      .host('esx-02')
      .orchestrator({ enabled: true, balancing: 'manual' })
      .vm('x', { on: 'esx-01', vcpus: 8 })
      .powerOn('x');
    const report = balanceRecommendations(withDemand(sb.tick(30), { x: 1 }).world, 30);
    expect(report.gap).toBe(0.5);
    expect(report.recommendations).toEqual([]);
    expect(report.note).toMatch(/^No move would narrow the gap without making the target busier/);
  });

  it('leaves a VM alone during the cooldown after it moved', () => {
    const sb = lopsided();
    const now = sb.state.sim.time;
    const recent = {
      vmId: sb.vmId('a'),
      from: sb.hostId('esx-02'),
      to: sb.hostId('esx-01'),
      at: now - 10,
    };
    const world = {
      ...sb.world,
      orchestrator: { ...sb.world.orchestrator, recentMoves: [recent] },
    };
    expect(balanceRecommendations(world, now).recommendations.map((r) => r.vmName)).toEqual(['b']);
    // Once the cooldown (300 s) is over, a may move again.
    expect(balanceRecommendations(world, now + 300).recommendations.map((r) => r.vmName)).toEqual([
      'a',
    ]);
  });

  it('says why there is nothing to do within the threshold', () => {
    const sb = withDemand(lopsided(), { a: 0.1, b: 0.1, c: 0.1 });
    const report = balanceRecommendations(sb.world, 30);
    expect(report.recommendations).toEqual([]);
    expect(report.note).toBe(
      'The CPU use of the hosts differs by 6 points at most, within the 20-point threshold.',
    );
  });

  it('refuses a recommendation that is no longer current', () => {
    const sb = lopsided();
    sb.applyRecommendation('c', 'esx-02').expectRefused(
      'That recommendation is no longer current: the loads have changed. Look at the new recommendations.',
    );
  });
});

describe('automatic balancing over a long run', () => {
  it('never bounces a VM back and forth in 10,000 simulated seconds, and every move narrows a gap', () => {
    const sb = sandbox({ seed: 7 });
    for (const h of ['esx-01', 'esx-02', 'esx-03', 'esx-04']) sb.host(h);
    sb.orchestrator({
      enabled: true,
      balancing: 'automatic',
      balanceThreshold: 0.15,
      balanceIntervalS: 30,
      balanceCooldownS: 300,
    });
    // All twelve VMs start on two hosts, so balancing has work from the first pass on.
    for (let k = 1; k <= 12; k++)
      sb.vm(`vm-${k}`, { on: k % 2 ? 'esx-01' : 'esx-02', vcpus: 1 + (k % 4) }).powerOn(`vm-${k}`);
    const moves: { vm: string; from: string; to: string; at: number }[] = [];
    for (let t = 0; t < 10_000; t++) {
      const seen = new Set(sb.world.orchestrator.migrations.map((m) => m.vmId));
      sb.tick(1);
      for (const m of sb.world.orchestrator.migrations) {
        if (seen.has(m.vmId)) continue;
        expect(m.purpose).toBe('balancing');
        moves.push({ vm: m.vmId, from: m.from, to: m.to, at: m.startedAt });
      }
    }
    expect(moves.length).toBeGreaterThan(10);
    const byVm = new Map<string, typeof moves>();
    for (const m of moves) byVm.set(m.vm, [...(byVm.get(m.vm) ?? []), m]);
    for (const list of byVm.values()) {
      for (let k = 1; k < list.length; k++) {
        // A VM moves again only after the cooldown; it never heads straight back.
        expect(list[k]!.at - list[k - 1]!.at).toBeGreaterThanOrEqual(300);
      }
    }
    // Every balancing move said the target stays at or below the source after it.
    const texts = sb.state.sim.log.filter((e) => e.kind === 'migration.started').map((e) => e.text);
    for (const text of texts) {
      const [, after1, after2] = /brings them to (\d+) % and (\d+) %/.exec(text)!;
      expect(Number(after2)).toBeLessThanOrEqual(Number(after1));
    }
  });
});
