import type { HostId, VmId } from '../base/ids';
import { listOf, plural } from '../base/text';
import { packOntoHosts } from '../packing';
import type { Host, Vm, World } from '../model/types';
import { cpuOverheadShare, holdsResources, hostUsage } from '../capacity/usage';
import { checkSlots, openSlotHosts, poweredOnVms } from './admission';
import { release, setOpen, take } from './fastPlace';
import { type HostTable, byName, hostTable, isOpen } from './hostTable';
import { requestOf } from './migrate';
import { type PlacementContext, pick, placementContext } from './placement';
import { hostWatts, yearlyEnergyCost } from './power';
import { type Whereabouts, whereabouts } from './rules';

/**
 * Consolidation: pack the running VMs onto the fewest hosts (CPU and memory together) and
 * power the emptied hosts off. A plan only ever empties whole hosts: every move goes from a
 * host that will be powered off to one that stays on and has room now, so all moves can start
 * at once and none waits for another.
 *
 * Two plans are made and the one that empties more hosts wins (ties: fewer moves):
 * - drain: empty the least loaded host onto the others (largest VM first, best fit, every
 *   migration filter applied), then the next least loaded, as long as it works;
 * - pack: the bin-packing planner (./packing, measured against the bin-packing benchmarks)
 *   chooses which hosts are enough for all the VMs, the busiest preferred, and the others are
 *   drained onto them the same way.
 * With HA admission control on, hosts are kept on until the slot check passes again.
 */

/** A packing of 2-D items (vCPUs, GB) into bins listed in order of preference: each item's bin, or -1. */
export type Packer2D = (
  bins: readonly (readonly [number, number])[],
  items: readonly (readonly [number, number])[],
) => Int32Array;

export interface ConsolidationMove {
  readonly vmId: VmId;
  readonly vmName: string;
  readonly from: HostId;
  readonly to: HostId;
}

export interface ConsolidationPlan {
  /** Hosts on and open to placement before, and after the plan. */
  readonly hostsBefore: number;
  readonly hostsAfter: number;
  readonly moves: readonly ConsolidationMove[];
  readonly powerOff: readonly HostId[];
  /** Hosts that could be emptied but stay on so that HA admission control still passes. */
  readonly keptForHa: readonly HostId[];
  readonly wattsBefore: number;
  readonly wattsAfter: number;
  readonly wattsSaved: number;
  /** Energy cost saved per year, PUE included, in the TCO panel's currency. */
  readonly costSavedPerYear: number;
  readonly summary: string;
}

interface DrainStep {
  readonly host: number;
  readonly moves: readonly { readonly vm: Vm; readonly to: number }[];
}

/** A host can be emptied only if every VM on it runs (booting or paused VMs cannot move live). */
function movableVms(host: Host): Vm[] | null {
  if (host.platform.kind !== 'hypervisor' || host.platform.incoming.length > 0) return null;
  const vms = Object.values(host.platform.vms).filter(holdsResources);
  if (vms.some((v) => v.power !== 'running')) return null;
  return vms.sort((a, b) => b.memoryGb - a.memoryGb || b.vcpus - a.vcpus || byName(a.name, b.name));
}

class Drainer {
  readonly table: HostTable;
  readonly where: Whereabouts;
  readonly steps: DrainStep[] = [];
  /** VMs the plan brings to each host: a host that receives VMs stays on. */
  private readonly arrivals = new Map<number, number>();
  private readonly contexts = new Map<number, PlacementContext>();

  constructor(private readonly world: World) {
    this.table = hostTable(world);
    this.where = whereabouts(world);
  }

  private contextFor(h: number): PlacementContext {
    let ctx = this.contexts.get(h);
    if (!ctx) {
      const from = this.table.hosts[h]!.id;
      ctx = placementContext(this.world, 'migrate', {
        from,
        table: this.table,
        where: this.where,
        policy: 'best-fit',
      });
      this.contexts.set(h, ctx);
    }
    return ctx;
  }

  /** Empties host h onto the open hosts, or changes nothing and returns false. */
  drain(h: number): boolean {
    const host = this.table.hosts[h]!;
    const vms = movableVms(host);
    if (!vms || (this.arrivals.get(h) ?? 0) > 0) return false;
    const ctx = this.contextFor(h);
    const moves: { vm: Vm; to: number }[] = [];
    for (const vm of vms) {
      const to = pick(ctx, requestOf(vm));
      if (to < 0) {
        this.undoMoves(host, moves);
        return false;
      }
      take(this.table.cap, to, vm.vcpus, vm.memoryGb);
      this.arrivals.set(to, (this.arrivals.get(to) ?? 0) + 1);
      this.where.set(vm.id, { host: this.table.hosts[to]!.id, name: vm.name });
      moves.push({ vm, to });
    }
    setOpen(this.table.cap, h, false);
    this.steps.push({ host: h, moves });
    return true;
  }

  private undoMoves(host: Host, moves: readonly { vm: Vm; to: number }[]): void {
    for (const { vm, to } of moves) {
      release(this.table.cap, to, vm.vcpus, vm.memoryGb);
      this.arrivals.set(to, this.arrivals.get(to)! - 1);
      this.where.set(vm.id, { host: host.id, name: vm.name });
    }
  }

  /** Keeps the last emptied host on after all. */
  undoLast(): DrainStep | undefined {
    const step = this.steps.pop();
    if (!step) return undefined;
    this.undoMoves(this.table.hosts[step.host]!, step.moves);
    setOpen(this.table.cap, step.host, true);
    return step;
  }

  moveCount(): number {
    return this.steps.reduce((n, s) => n + s.moves.length, 0);
  }
}

/** Open hosts, least loaded first (memory held), later names first among equals. */
function drainOrder(world: World, table: HostTable): number[] {
  const held = (h: Host) => hostUsage(h, world.assumptions).memoryAllocatedGb;
  return table.hosts
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => isOpen(h))
    .sort((a, b) => held(a.h) - held(b.h) || byName(b.h.name, a.h.name))
    .map(({ i }) => i);
}

function drainPlan(world: World): Drainer {
  const d = new Drainer(world);
  for (const h of drainOrder(world, d.table)) d.drain(h);
  return d;
}

function packPlan(world: World, packer: Packer2D): Drainer {
  const d = new Drainer(world);
  const order = drainOrder(world, d.table);
  const busiestFirst = [...order].reverse();
  const { cap } = d.table;
  const vms = busiestFirst.flatMap((h) => {
    const host = d.table.hosts[h]!;
    return host.platform.kind === 'hypervisor'
      ? Object.values(host.platform.vms).filter(holdsResources)
      : [];
  });
  const bins = busiestFirst.map((h) => [cap.cpuCap[h]!, cap.memCap[h]!] as const);
  const placed = packer(
    bins,
    vms.map((v) => [v.vcpus, v.memoryGb] as const),
  );
  const used = new Set<number>();
  placed.forEach((b) => {
    if (b >= 0) used.add(busiestFirst[b]!);
  });
  if (placed.some((b) => b < 0)) return d;
  for (const h of order) if (!used.has(h)) d.drain(h);
  return d;
}

/** The plan for the world as it is; `packer` is the bin-packing planner of ./packing unless a test swaps it. */
export function consolidationPlan(
  world: World,
  packer: Packer2D = packOntoHosts,
): ConsolidationPlan {
  const open = Object.values(world.hosts).filter(isOpen);
  const plans = [drainPlan(world), packPlan(world, packer)];
  const best = plans.reduce((a, b) =>
    b.steps.length > a.steps.length ||
    (b.steps.length === a.steps.length && b.moveCount() < a.moveCount())
      ? b
      : a,
  );
  const keptForHa: HostId[] = [];
  if (world.orchestrator.settings.admissionControl) {
    const vms = poweredOnVms(world);
    while (best.steps.length > 0 && !checkSlots(openSlotHosts(best.table.cap), vms).ok) {
      keptForHa.push(best.table.hosts[best.undoLast()!.host]!.id);
    }
  }
  return describe(world, best, open.length, keptForHa);
}

function describe(
  world: World,
  d: Drainer,
  hostsBefore: number,
  keptForHa: HostId[],
): ConsolidationPlan {
  const { table, steps } = d;
  const costs = world.study.assumptions;
  const moves: ConsolidationMove[] = steps.flatMap((s) =>
    s.moves.map(({ vm, to }) => ({
      vmId: vm.id,
      vmName: vm.name,
      from: table.hosts[s.host]!.id,
      to: table.hosts[to]!.id,
    })),
  );
  const powerOff = steps.map((s) => table.hosts[s.host]!.id);
  const off = new Set(powerOff);
  const arriving = new Map<HostId, number>();
  for (const s of steps) {
    for (const { vm, to } of s.moves) {
      const host = table.hosts[to]!;
      const demand = vm.vcpus * vm.cpuDemand * (1 + cpuOverheadShare(host, world.assumptions));
      arriving.set(host.id, (arriving.get(host.id) ?? 0) + demand);
    }
  }
  let wattsBefore = 0;
  let wattsAfter = 0;
  for (const host of Object.values(world.hosts)) {
    if (host.power !== 'on') continue;
    const u = hostUsage(host, world.assumptions);
    const cores = Math.max(1e-9, u.coresForVms);
    wattsBefore += hostWatts(costs, u.cpuInUse / cores);
    if (!off.has(host.id))
      wattsAfter += hostWatts(costs, (u.cpuInUse + (arriving.get(host.id) ?? 0)) / cores);
  }
  const wattsSaved = wattsBefore - wattsAfter;
  const costSavedPerYear = yearlyEnergyCost(costs, wattsSaved);
  const name = (id: HostId) => world.hosts[id]!.name;
  const ha =
    keptForHa.length > 0
      ? ` Admission control keeps ${listOf(keptForHa.map(name))} on, so one host may still fail.`
      : '';
  const summary =
    powerOff.length === 0
      ? `Nothing to consolidate: the VMs need all ${plural(hostsBefore, 'host')} that are on, or those that could be emptied run VMs that cannot move live.${ha}`
      : `The VMs fit on ${plural(hostsBefore - powerOff.length, 'host')} instead of ${hostsBefore}: ${moves.length === 0 ? 'no VM needs to move' : `${plural(moves.length, 'VM')} ${moves.length === 1 ? 'moves' : 'move'} live`}, then ${listOf(powerOff.map(name))} ${powerOff.length === 1 ? 'is' : 'are'} powered off, saving about ${Math.round(wattsSaved)} W (${Math.round(costSavedPerYear)} € a year with cooling).${ha}`;
  return {
    hostsBefore,
    hostsAfter: hostsBefore - powerOff.length,
    moves,
    powerOff,
    keptForHa,
    wattsBefore,
    wattsAfter,
    wattsSaved,
    costSavedPerYear,
    summary,
  };
}
