import { DEFAULT_MAX_STEPS, emptier, type PackOptions } from './attempt';
import { newBin, sortAndFit, type Bin } from './bins';
import { tryToEmpty } from './emptyBin';
import { packIdenticalBins, tidy } from './identicalBins';
import type { Packing } from './oneDimension';
import { capacityScore, toUnits, type Sizes } from './sizes';

/**
 * Vector bin packing for VMs: CPU and memory must both fit. The same search as in one
 * dimension (emptyBin.ts) runs on size vectors: a bin has room for an item only if it has room
 * in both dimensions, and items are ranked by the sum of their shares of a host (vCPUs / host
 * vCPUs + GB / host GB, kept in whole units), so a VM that is large in either dimension counts
 * as large. Sort-and-fit by that share starts it, then the search empties one host at a time.
 */

/** What a VM needs or a host offers, in the same units on both sides (vCPUs and GB, say). */
export interface Resources {
  readonly cpu: number;
  readonly memory: number;
}

function vectors(list: readonly Resources[]): number[][] {
  return list.map((r) => [r.cpu, r.memory]);
}

/**
 * Packs VMs onto as few identical hosts as it can. Throws a RangeError for a negative or
 * non-finite figure, or for a VM larger than a host in either dimension.
 */
export function packTwoDimensions(
  hostCapacity: Resources,
  items: readonly Resources[],
  options?: PackOptions,
): Packing {
  items.forEach((item, i) => {
    if (item.cpu > hostCapacity.cpu || item.memory > hostCapacity.memory) {
      throw new RangeError(
        `Item ${i} (${item.cpu} CPU, ${item.memory} memory) is larger than a host.`,
      );
    }
  });
  const units = toUnits(2, vectors(items), vectors([hostCapacity]));
  return { bins: tidy(packIdenticalBins(units.sizes, units.capacities[0]!, options)) };
}

/** Fewest of these hosts whose capacities could hold the total demand, dimension by dimension. */
function hostsNeeded(bins: readonly Bin[], demand: Float64Array): number {
  let needed = 0;
  demand.forEach((total, d) => {
    const caps = bins.map((bin) => bin.cap[d]!).sort((a, b) => b - a);
    let sum = 0;
    let k = 0;
    while (sum < total && k < caps.length) sum += caps[k++]!;
    needed = Math.max(needed, k);
  });
  return needed;
}

/** Packing from one start: first fit into the hosts in `order`, then the emptying search. */
function packFrom(
  sizes: Sizes,
  capacities: readonly Float64Array[],
  order: readonly number[],
  options: PackOptions,
): { placement: Int32Array; unplaced: number; used: number } {
  const bins = order.map((h) => newBin(h, capacities[h]!));
  const all = Array.from({ length: sizes.count }, (_, i) => i);
  const unplaced = new Set(sortAndFit(sizes, all, [...bins], () => null, 'first'));
  const demand = new Float64Array(2);
  for (const i of all) {
    if (unplaced.has(i)) continue;
    for (let d = 0; d < 2; d++) demand[d]! += sizes.weight[i * 2 + d]!;
  }
  const bound = Math.max(hostsNeeded(bins, demand), unplaced.size < sizes.count ? 1 : 0);
  const e = emptier(sizes, options);
  const fill = (bin: Bin) => bin.score / Math.max(1, capacityScore(sizes, bin.cap));
  let emptied = true;
  while (emptied && e.budget.left > 0) {
    emptied = false;
    const used = bins.filter((bin) => bin.items.length > 0);
    if (used.length <= bound) break;
    for (const closing of [...used].reverse()) {
      const reserves = used
        .filter((bin) => bin !== closing)
        .sort((a, b) => fill(a) - fill(b) || a.id - b.id)
        .slice(0, 2);
      if (tryToEmpty(e, used, closing, reserves)) {
        emptied = true;
        break;
      }
      if (e.budget.left <= 0) break;
    }
  }
  const placement = new Int32Array(sizes.count).fill(-1);
  for (const bin of bins) for (const item of bin.items) placement[item] = bin.id;
  return {
    placement,
    unplaced: unplaced.size,
    used: bins.filter((bin) => bin.items.length > 0).length,
  };
}

/**
 * Packs VMs onto given hosts that may differ, keeping as few hosts in use as it can. Hosts are
 * listed in order of preference: among packings with the same number of hosts, it keeps
 * earlier ones and empties later ones (list the hosts you would rather power off, the least
 * efficient, last). Items are [cpu, memory] pairs, hosts [cpu, memory] capacities.
 * Returns each item's host index, or -1 for an item no host has room for.
 *
 * Two starts, each with half the step budget: first fit, largest VM first, into the hosts in
 * the given order, and into the hosts that hold the largest share of the workload first
 * (fewer, bigger hosts may beat the order).
 * From each, the search tries to empty the used hosts from the last one back, each with two of
 * the least filled used hosts as the reserves of emptyBin.ts, until a full pass empties nothing
 * or the budget runs out. The start that places more VMs wins, then the one using fewer hosts,
 * then the given order.
 */
export function packOntoHosts(
  hosts: readonly (readonly [number, number])[],
  items: readonly (readonly [number, number])[],
  options: PackOptions = {},
): Int32Array {
  const { sizes, capacities } = toUnits(2, items, hosts);
  const given = hosts.map((_, h) => h);
  // A host's share of the workload: the part of the total demand, in the demand's own
  // CPU:memory mix, it can hold (the binding dimension decides).
  const demand = [0, 1].map((d) => items.reduce((sum, item) => sum + (item[d] ?? 0), 0));
  const share = (h: number) =>
    Math.min(...demand.map((total, d) => (total > 0 ? (hosts[h]![d] ?? 0) / total : Infinity)));
  const largestFirst = [...given].sort((a, b) => share(b) - share(a) || a - b);
  const half = { ...options, maxSteps: (options.maxSteps ?? DEFAULT_MAX_STEPS) / 2 };
  const [inOrder, bySize] = [given, largestFirst].map((order) =>
    packFrom(sizes, capacities, order, half),
  );
  const better =
    bySize!.unplaced < inOrder!.unplaced ||
    (bySize!.unplaced === inOrder!.unplaced && bySize!.used < inOrder!.used);
  return (better ? bySize! : inOrder!).placement;
}
