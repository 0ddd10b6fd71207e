import { largestFirst, type Sizes } from './sizes';

/** One bin (a host) while the search runs: mutable, owned by a single packing call. */
export interface Bin {
  /** Stable number: for given hosts, the host's index. */
  readonly id: number;
  readonly cap: Float64Array;
  readonly load: Float64Array;
  /** Sum of the items' scores, to rank bins by fill. */
  score: number;
  items: number[];
}

export function newBin(id: number, cap: Float64Array): Bin {
  return { id, cap, load: new Float64Array(cap.length), score: 0, items: [] };
}

export function fits(sizes: Sizes, bin: Bin, item: number): boolean {
  const { dims, weight } = sizes;
  for (let d = 0; d < dims; d++) {
    if (bin.load[d]! + weight[item * dims + d]! > bin.cap[d]!) return false;
  }
  return true;
}

export function put(sizes: Sizes, bin: Bin, item: number): void {
  const { dims, weight } = sizes;
  for (let d = 0; d < dims; d++) bin.load[d]! += weight[item * dims + d]!;
  bin.score += sizes.score[item]!;
  bin.items.push(item);
}

export function take(sizes: Sizes, bin: Bin, item: number): void {
  const { dims, weight } = sizes;
  for (let d = 0; d < dims; d++) bin.load[d]! -= weight[item * dims + d]!;
  bin.score -= sizes.score[item]!;
  const at = bin.items.indexOf(item);
  bin.items[at] = bin.items[bin.items.length - 1]!;
  bin.items.pop();
}

/** Room left in score units, to pick the tightest bin. */
function slack(sizes: Sizes, bin: Bin): number {
  let s = 0;
  for (let d = 0; d < sizes.dims; d++) s += (bin.cap[d]! - bin.load[d]!) * sizes.factor[d]!;
  return s;
}

/**
 * Sort-and-fit: items largest first, each into the first bin (`rule: 'first'`) or the fullest
 * bin (`'best'`) that has room, opening a new bin from `open` when none has. `open` returns
 * null when no bin is left (given hosts); the item then goes to `unplaced`.
 */
export function sortAndFit(
  sizes: Sizes,
  items: readonly number[],
  bins: Bin[],
  open: () => Bin | null,
  rule: 'first' | 'best',
): number[] {
  const unplaced: number[] = [];
  for (const item of largestFirst(sizes, items)) {
    let chosen: Bin | undefined;
    let tightest = Infinity;
    for (const bin of bins) {
      if (!fits(sizes, bin, item)) continue;
      if (rule === 'first') {
        chosen = bin;
        break;
      }
      const room = slack(sizes, bin);
      if (room < tightest) [chosen, tightest] = [bin, room];
    }
    if (!chosen) {
      const fresh = open();
      if (fresh && fits(sizes, fresh, item)) {
        bins.push(fresh);
        chosen = fresh;
      }
    }
    if (chosen) put(sizes, chosen, item);
    else unplaced.push(item);
  }
  return unplaced;
}
