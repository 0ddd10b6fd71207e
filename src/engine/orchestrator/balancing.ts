import type { HostId, VmId } from '../base/ids';
import { pct } from '../base/text';
import type { Vm, World } from '../model/types';
import { hostUsage } from '../capacity/usage';
import { take } from './fastPlace';
import { isOpen } from './hostTable';
import { whyNotMigrate } from './migrate';
import { placementContext } from './placement';

/**
 * DRS-like balancing on CPU demand. A host's load is the cores its guests demand over its
 * cores for VMs. When the busiest and the idlest open host differ by more than the threshold,
 * the orchestrator looks for one running VM on the busiest host whose move brings the two
 * closest together, and takes it only if the target's projected load stays at or below the
 * source's (the pair never swaps places, so the move never invites its reverse). A VM that
 * moved within the cooldown stays put. It repeats on the projected loads, a few moves a pass.
 */

export interface HostLoad {
  readonly hostId: HostId;
  readonly hostName: string;
  /** Cores demanded over cores for VMs; above 1, VMs wait for CPU. */
  readonly cpuShare: number;
}

export interface Recommendation {
  readonly vmId: VmId;
  readonly vmName: string;
  readonly from: HostId;
  readonly to: HostId;
  /** Cores' worth of CPU the VM demands, which moves with it. */
  readonly cores: number;
  readonly before: { readonly from: number; readonly to: number };
  readonly after: { readonly from: number; readonly to: number };
  readonly reason: string;
}

export interface BalanceReport {
  readonly loads: readonly HostLoad[];
  /** Busiest minus idlest CPU share among open hosts. */
  readonly gap: number;
  readonly threshold: number;
  readonly recommendations: readonly Recommendation[];
  /** Why there is nothing to do, when there is nothing. */
  readonly note: string;
}

/** Most moves one pass recommends; the next pass looks again at the new loads. */
export const MOVES_PER_PASS = 4;

/** A share difference in percentage points: 0.2 → "20". */
const points = (share: number) => Math.round(share * 100);

const demandOf = (vm: Vm) => (vm.power === 'paused' ? 0 : vm.vcpus * vm.cpuDemand);

export function balanceRecommendations(world: World, now: number): BalanceReport {
  const { balanceThreshold: threshold, balanceCooldownS } = world.orchestrator.settings;
  const ctxFor = new Map<HostId, ReturnType<typeof placementContext>>();
  const base = placementContext(world, 'deploy');
  const { table } = base;
  const hosts = table.hosts.filter(isOpen);
  const demand = new Map<HostId, number>();
  const cores = new Map<HostId, number>();
  for (const h of hosts) {
    const u = hostUsage(h, world.assumptions);
    let d = 0;
    if (h.platform.kind === 'hypervisor')
      for (const vm of Object.values(h.platform.vms)) d += demandOf(vm);
    demand.set(h.id, d);
    cores.set(h.id, u.coresForVms);
  }
  const share = (id: HostId) => (cores.get(id)! > 0 ? demand.get(id)! / cores.get(id)! : Infinity);
  const loads = hosts.map((h) => ({ hostId: h.id, hostName: h.name, cpuShare: share(h.id) }));
  const spread = () => {
    const s = hosts.map((h) => share(h.id));
    return s.length < 2 ? 0 : Math.max(...s) - Math.min(...s);
  };
  const gap = spread();
  const report = (recommendations: Recommendation[], note: string): BalanceReport => ({
    loads,
    gap,
    threshold,
    recommendations,
    note,
  });
  if (hosts.length < 2) return report([], 'Balancing needs at least two hosts that are on.');
  if (world.orchestrator.migrations.length > 0)
    return report([], 'Live migrations are in flight; balancing looks again once they finish.');
  if (gap <= threshold)
    return report(
      [],
      `The CPU use of the hosts differs by ${points(gap)} points at most, within the ${points(threshold)}-point threshold.`,
    );

  const cooling = new Set(
    world.orchestrator.recentMoves.filter((m) => now - m.at < balanceCooldownS).map((m) => m.vmId),
  );
  const moved = new Set<VmId>();
  const recs: Recommendation[] = [];
  for (let pass = 0; pass < MOVES_PER_PASS && spread() > threshold; pass++) {
    const byLoad = [...hosts].sort((a, b) => share(b.id) - share(a.id));
    const source = byLoad[0]!;
    let ctx = ctxFor.get(source.id);
    if (!ctx) {
      // One migrate context per source, sharing the table and whereabouts so moves carry over.
      ctx = placementContext(world, 'migrate', { from: source.id, table, where: base.where });
      ctxFor.set(source.id, ctx);
    }
    const us = share(source.id);
    let best: { vm: Vm; to: number; d: number; pairGap: number } | null = null;
    const vms = source.platform.kind === 'hypervisor' ? Object.values(source.platform.vms) : [];
    for (const vm of vms) {
      if (vm.power !== 'running' || cooling.has(vm.id) || moved.has(vm.id)) continue;
      const d = demandOf(vm);
      if (d <= 0) continue;
      for (const target of byLoad.slice(1)) {
        const i = table.position.get(target.id)!;
        const usAfter = (demand.get(source.id)! - d) / cores.get(source.id)!;
        const utAfter = (demand.get(target.id)! + d) / cores.get(target.id)!;
        if (utAfter > usAfter) continue;
        const pairGap = usAfter - utAfter;
        if (best && pairGap >= best.pairGap) continue;
        if (whyNotMigrate(ctx, vm, i) !== null) continue;
        best = { vm, to: i, d, pairGap };
      }
    }
    if (!best) break;
    const target = table.hosts[best.to]!;
    const ut = share(target.id);
    demand.set(source.id, demand.get(source.id)! - best.d);
    demand.set(target.id, demand.get(target.id)! + best.d);
    // The target holds room from the start; the source keeps the VM's until the copy ends.
    take(table.cap, best.to, best.vm.vcpus, best.vm.memoryGb);
    ctx.where.set(best.vm.id, { host: target.id, name: best.vm.name });
    moved.add(best.vm.id);
    const after = { from: share(source.id), to: share(target.id) };
    recs.push({
      vmId: best.vm.id,
      vmName: best.vm.name,
      from: source.id,
      to: target.id,
      cores: best.d,
      before: { from: us, to: ut },
      after,
      reason: `Balancing: ${source.name} runs at ${pct(us)} CPU and ${target.name} at ${pct(ut)}, a gap over the ${points(threshold)}-point threshold; moving ${best.vm.name} (${Number(best.d.toFixed(1))} cores busy) brings them to ${pct(after.from)} and ${pct(after.to)}.`,
    });
  }
  return report(
    recs,
    recs.length > 0
      ? ''
      : 'No move would narrow the gap without making the target busier than the source, or the VMs that could move are cooling down after a recent move.',
  );
}
