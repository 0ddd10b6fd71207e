import { addToPool, removeFromPool, touch, type Attempt, type Emptier } from './attempt';
import { put, take, type Bin } from './bins';
import { largestFirst } from './sizes';
import { betterFill, fillScratch, splitInto } from './subsets';
import { applyMove, bestMove } from './swaps';

/**
 * Emptying one bin: the heart of the planner, after Buljubašić & Vasquez's "consistent
 * neighbourhood search" (Computers & OR 2016).
 *
 * To go from m bins to m − 1, the items of the bin to close and of two "reserve" bins go into a
 * pool of free items. Every other bin stays within capacity at all times (the search never
 * overfills); it swaps items with the pool so that the bins get fuller and the pool lighter,
 * until the pool fits back into the two reserve bins. Then the closed bin is gone.
 *
 * Two phases alternate:
 * - swaps (swaps.ts): each iteration makes the best swap of up to 2 items of a bin against up
 *   to 2 pool items, even when every swap makes the pool heavier, so the search walks across
 *   plateaus and small hills instead of stopping at the first local optimum;
 * - descent: for each bin, the fullest possible refill from its own items plus the pool
 *   (a small knapsack by branch and bound).
 * The pool is ranked by its total score, then by holding more items: small loose items are
 * easier to place than big ones.
 *
 * Attempts are short: one ends after a few iterations without a lighter pool, and the caller
 * retries with other bins. A failed attempt keeps its changes when the pool still fits the
 * three freed bins, so every retry starts from a slightly different packing. The paper's tabu
 * memory is left out: with attempts this short it made no measurable difference.
 */

/** Settings of the emptying attempts; tuned on the Falkenauer sets. */
const LIMITS = {
  /** Iterations without a new best pool before a descent phase. */
  stall: 10,
  /**
   * Iterations without a new best pool before an attempt gives up. Short attempts from many
   * different bins beat long ones: 10 solved more triplet instances than 20, 50, 100 or 1000.
   */
  patience: 10,
};

/** True when the pool fits into the reserve bins; then `split` says how. */
function poolFits(s: Attempt): number[][] | null {
  const { dims, weight } = s.sizes;
  for (let d = 0; d < dims; d++) {
    let total = 0;
    let room = 0;
    for (const item of s.pool) total += weight[item * dims + d]!;
    for (const cap of s.reserveCaps) room += cap[d]!;
    if (total > room) return null;
  }
  return splitInto(s.sizes, largestFirst(s.sizes, s.pool), s.reserveCaps, s.e.budget);
}

/** Refills each bin as fully as its items plus the pool allow; true when anything changed. */
function descent(s: Attempt): boolean {
  const { sizes } = s;
  let changed = false;
  let improved = true;
  while (improved && s.e.budget.left > 0) {
    improved = false;
    for (const bin of s.open) {
      const pool = s.pool;
      if (pool.length === 0) return changed;
      const n = bin.items.length + pool.length;
      if (s.e.fill.items.length < n) s.e.fill = fillScratch(sizes.dims, 2 * n);
      const x = s.e.fill;
      x.items.set(bin.items);
      x.items.set(pool, bin.items.length);
      const count = betterFill(sizes, x, n, bin.cap, bin.score, bin.items.length, s.e.budget);
      if (count < 0) continue;
      touch(s, bin);
      const keep = Array.from(x.best.subarray(0, count));
      for (const item of [...bin.items]) {
        if (keep.includes(item)) continue;
        take(sizes, bin, item);
        addToPool(s, item);
      }
      for (const item of keep) {
        if (bin.items.includes(item)) continue;
        removeFromPool(s, item);
        put(sizes, bin, item);
      }
      improved = changed = true;
    }
  }
  return changed;
}

/** Records the pool as the best of the attempt if it is; true if it was. */
function recordBest(s: Attempt): boolean {
  if (s.poolScore > s.bestScore || (s.poolScore === s.bestScore && s.pool.length <= s.bestCount)) {
    return false;
  }
  s.bestScore = s.poolScore;
  s.bestCount = s.pool.length;
  return true;
}

/**
 * Swaps, with a descent after every LIMITS.stall swaps that found no better pool, until
 * the pool fits the reserves (returns how), LIMITS.patience swaps find no better pool, or the
 * budget runs out (returns null).
 */
function search(s: Attempt): number[][] | null {
  const { budget } = s.e;
  let split = poolFits(s);
  let stall = 0;
  let sinceBest = 0;
  while (!split && budget.left > 0 && sinceBest < LIMITS.patience) {
    const move = bestMove(s).found;
    if (move) applyMove(s, s.e.move);
    sinceBest++;
    stall++;
    if (recordBest(s)) sinceBest = stall = 0;
    if (!move || stall >= LIMITS.stall) {
      const changed = descent(s);
      stall = 0;
      if (recordBest(s)) sinceBest = 0;
      if (!move && !changed) break;
    }
    split = poolFits(s);
  }
  return split;
}

/**
 * Tries to empty `closing`, putting the items of `closing` and `reserves` back into the other
 * `bins` (which must hold all three) and the reserves. On success `closing` is empty. On
 * failure `closing` keeps items, and the other bins may hold a different (still valid) mix.
 * Every bin stays within capacity either way.
 */
export function tryToEmpty(
  e: Emptier,
  bins: readonly Bin[],
  closing: Bin,
  reserves: readonly Bin[],
): boolean {
  const { sizes, budget } = e;
  const freed = [closing, ...reserves];
  const original = new Map(freed.map((bin) => [bin, bin.items.slice()]));
  const pool: number[] = [];
  for (const bin of freed) {
    for (const item of [...bin.items]) {
      take(sizes, bin, item);
      pool.push(item);
    }
  }
  let poolScore = 0;
  for (const item of pool) poolScore += sizes.score[item]!;
  const s: Attempt = {
    e,
    sizes,
    open: bins.filter((bin) => !freed.includes(bin)),
    reserveCaps: reserves.map((bin) => bin.cap),
    pool,
    poolScore,
    bestScore: poolScore,
    bestCount: pool.length,
    original,
  };
  const split = search(s);
  if (split) {
    reserves.forEach((bin, r) => split[r]!.forEach((item) => put(sizes, bin, item)));
    return true;
  }
  // Failed: if the pool still fits the three freed bins, keep the search's changes elsewhere,
  // so the next attempt starts from a different packing; otherwise undo everything.
  const back = splitInto(
    sizes,
    largestFirst(sizes, pool),
    freed.map((bin) => bin.cap),
    budget,
  );
  if (back) {
    freed.forEach((bin, r) => back[r]!.forEach((item) => put(sizes, bin, item)));
    return false;
  }
  for (const [bin, items] of original) {
    for (const item of [...bin.items]) take(sizes, bin, item);
    for (const item of items) put(sizes, bin, item);
  }
  return false;
}
