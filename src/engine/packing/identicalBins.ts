import { emptier, type PackOptions } from './attempt';
import { newBin, sortAndFit, type Bin } from './bins';
import { tryToEmpty } from './emptyBin';
import { lowerBoundL2 } from './lowerBound';
import type { Sizes } from './sizes';

/**
 * Pairs of items that fill a bin exactly (in every dimension), and items that fill one alone.
 * Some optimal packing holds each such pair as a bin (swap any other packing's contents to
 * see it), so they are set aside before the search.
 */
function exactFills(
  sizes: Sizes,
  cap: Float64Array,
  skip: ReadonlySet<number>,
): { fixed: number[][]; rest: number[] } {
  const { dims, weight } = sizes;
  const keyOf = (w: (d: number) => number) =>
    Array.from({ length: dims }, (_, d) => w(d)).join(',');
  const waiting = new Map<string, number[]>();
  const fixed: number[][] = [];
  const rest: number[] = [];
  for (let i = 0; i < sizes.count; i++) {
    if (skip.has(i)) continue;
    const own = keyOf((d) => weight[i * dims + d]!);
    const partners = waiting.get(keyOf((d) => cap[d]! - weight[i * dims + d]!));
    if (own === keyOf((d) => cap[d]!)) fixed.push([i]);
    else if (partners && partners.length > 0) fixed.push([partners.pop()!, i]);
    else {
      const same = waiting.get(own) ?? [];
      same.push(i);
      waiting.set(own, same);
    }
  }
  for (const items of waiting.values()) rest.push(...items);
  return { fixed, rest: rest.sort((a, b) => a - b) };
}

/** Least filled first; among equals the one with more (so smaller) items, then the oldest. */
function emptiestFirst(a: Bin, b: Bin): number {
  return a.score - b.score || b.items.length - a.items.length || a.id - b.id;
}

function pickThree<T>(list: readonly T[], random: () => number): T[] {
  const picked = new Set<number>();
  while (picked.size < 3) picked.add(Math.floor(random() * list.length));
  return [...picked].map((k) => list[k]!);
}

/**
 * Packs items into as few identical bins as it can. Pairs that fill a bin exactly are set
 * aside, then sort-and-fit (first fit and best fit, largest items first, the better of the
 * two), then one bin at a time is emptied (emptyBin.ts): the three emptiest bins first, three
 * at random after a failure, until the count meets the L2 lower bound (per dimension) or the
 * step budget runs out. Returns item indexes per bin. Every item must fit an empty bin.
 */
export function packIdenticalBins(
  sizes: Sizes,
  cap: Float64Array,
  options: PackOptions = {},
): number[][] {
  // Items of size zero fit anywhere: they join the first bin at the end.
  const weightless = new Set<number>();
  for (let i = 0; i < sizes.count; i++) if (sizes.score[i] === 0) weightless.add(i);
  const { fixed, rest } = exactFills(sizes, cap, weightless);
  let bound = 0;
  for (let d = 0; d < sizes.dims; d++) {
    const column = rest.map((i) => sizes.weight[i * sizes.dims + d]!);
    bound = Math.max(bound, lowerBoundL2(cap[d]!, column));
  }
  let nextId = 0;
  const open = () => newBin(nextId++, cap);
  const candidates = (['first', 'best'] as const).map((rule) => {
    const bins: Bin[] = [];
    sortAndFit(sizes, rest, bins, open, rule);
    return bins;
  });
  let bins = candidates.reduce((a, b) => (b.length < a.length ? b : a));
  const e = emptier(sizes, options);
  let failures = 0;
  while (bins.length > bound && bins.length >= 3 && e.budget.left > 0) {
    // The three emptiest bins first; after a failure, three bins at random.
    const [closing, ...reserves] =
      failures === 0 ? [...bins].sort(emptiestFirst).slice(0, 3) : pickThree(bins, e.random);
    if (!closing) break;
    if (tryToEmpty(e, bins, closing, reserves)) {
      bins = bins.filter((bin) => bin !== closing);
      failures = 0;
    } else failures++;
  }
  const packed = [...fixed, ...bins.map((bin) => bin.items)];
  if (weightless.size > 0) packed[0] = [...(packed[0] ?? []), ...weightless];
  return packed;
}

/** Items ascending inside each bin, bins by their first item: one canonical shape for results. */
export function tidy(bins: readonly (readonly number[])[]): number[][] {
  return bins
    .filter((bin) => bin.length > 0)
    .map((bin) => [...bin].sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
}
