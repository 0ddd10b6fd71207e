import { put, take, type Bin } from './bins';
import { largestFirst, type Sizes } from './sizes';
import { bestFill, splitInto, type Budget } from './subsets';

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
 * - tabu search: the best swap of up to 2 items of a bin against up to 2 pool items
 *   (including plain moves from the pool into a bin), even when it makes the pool heavier;
 *   items just taken out of a bin may not go back into it for a while (the tabu memory);
 * - descent: for each bin, the fullest possible refill from its own items plus the pool
 *   (a small knapsack by branch and bound).
 * The pool is ranked by its total score, then by holding more items: small loose items are
 * easier to place than big ones.
 */

/** Settings of one attempt; defaults were tuned on the Falkenauer sets. */
export interface EmptyingLimits {
  /** Tabu iterations without a new best pool before a descent phase. */
  readonly stall: number;
  /** Base number of iterations a (bin, item size) pair stays tabu; repeats lengthen it. */
  readonly tenure: number;
  /** Iterations without a new best pool before the attempt gives up. */
  readonly patience: number;
}

export const DEFAULT_LIMITS: EmptyingLimits = { stall: 60, tenure: 3, patience: 100 };

interface Search {
  readonly sizes: Sizes;
  readonly open: readonly Bin[];
  readonly reserveCaps: readonly Float64Array[];
  readonly budget: Budget;
  readonly random: () => number;
  readonly limits: EmptyingLimits;
  pool: number[];
  poolScore: number;
  bestScore: number;
  bestCount: number;
  iteration: number;
  /** Iteration until which putting an item of class c back into bin b is forbidden, key b·classes + c. */
  readonly tabuUntil: Map<number, number>;
  readonly repeats: Map<number, number>;
}

/** The pool's subsets of one or two items, best first (heaviest, then fewest items). */
interface PoolSubsets {
  readonly first: Int32Array;
  /** Second item, or -1 for a single. */
  readonly second: Int32Array;
  readonly score: Float64Array;
  readonly weight: Float64Array;
  readonly order: Int32Array;
}

function poolSubsets(s: Search): PoolSubsets {
  const { dims, weight, score } = s.sizes;
  const pool = s.pool;
  const p = pool.length;
  const total = p + (p * (p - 1)) / 2;
  const first = new Int32Array(total);
  const second = new Int32Array(total);
  const subScore = new Float64Array(total);
  const subWeight = new Float64Array(total * dims);
  let k = 0;
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      const x = pool[a]!;
      const y = b === a ? -1 : pool[b]!;
      first[k] = x;
      second[k] = y;
      subScore[k] = score[x]! + (y < 0 ? 0 : score[y]!);
      for (let d = 0; d < dims; d++) {
        subWeight[k * dims + d] = weight[x * dims + d]! + (y < 0 ? 0 : weight[y * dims + d]!);
      }
      k++;
    }
  }
  const count = (j: number) => (second[j]! < 0 ? 1 : 2);
  const order = Int32Array.from({ length: total }, (_, j) => j).sort(
    (a, b) => subScore[b]! - subScore[a]! || count(a) - count(b) || a - b,
  );
  return { first, second, score: subScore, weight: subWeight, order };
}

interface Move {
  bin: Bin;
  out1: number;
  out2: number;
  /** Pool items that go into the bin. */
  into: number[];
  delta: number;
  gain: number;
}

function isTabu(s: Search, bin: Bin, item: number): boolean {
  if (item < 0) return false;
  const until = s.tabuUntil.get(bin.id * s.sizes.classCount + s.sizes.cls[item]!);
  return until !== undefined && until > s.iteration;
}

/** Whether {a1, a2} and {b1, b2} (-1 for none) hold the same sizes. */
function sameSizes(sizes: Sizes, a1: number, a2: number, b1: number, b2: number): boolean {
  const c = (i: number) => (i < 0 ? -1 : sizes.cls[i]!);
  return (c(a1) === c(b1) && c(a2) === c(b2)) || (c(a1) === c(b2) && c(a2) === c(b1));
}

/** The best non-tabu swap between a bin and the pool, or null when none is allowed. */
function bestMove(s: Search): Move | null {
  const { dims, weight, score, factor } = s.sizes;
  const subs = poolSubsets(s);
  const n = subs.order.length;
  if (n === 0) return null;
  const limit = new Float64Array(dims);
  let best: Move | null = null;
  let ties = 0;
  let work = 0;

  const consider = (bin: Bin, out1: number, out2: number) => {
    work++;
    let outScore = 0;
    let outCount = 0;
    let limitScore = 0;
    for (let d = 0; d < dims; d++) limit[d] = bin.cap[d]! - bin.load[d]!;
    for (const out of [out1, out2]) {
      if (out < 0) continue;
      outScore += score[out]!;
      outCount++;
      for (let d = 0; d < dims; d++) limit[d]! += weight[out * dims + d]!;
    }
    for (let d = 0; d < dims; d++) limitScore += limit[d]! * factor[d]!;
    // Binary search: the first subset whose score could fit.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (subs.score[subs.order[mid]!]! > limitScore) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < n; j++) {
      const sub = subs.order[j]!;
      work++;
      let room = true;
      for (let d = 0; d < dims && room; d++) room = subs.weight[sub * dims + d]! <= limit[d]!;
      if (!room) continue;
      const inCount = subs.second[sub]! < 0 ? 1 : 2;
      const delta = subs.score[sub]! - outScore;
      const gain = outCount - inCount;
      if (
        delta === 0 &&
        gain === 0 &&
        sameSizes(s.sizes, out1, out2, subs.first[sub]!, subs.second[sub]!)
      ) {
        continue; // the same sizes back and forth: no change at all
      }
      if (best && (delta < best.delta || (delta === best.delta && gain < best.gain))) return;
      const aspired = s.poolScore - delta < s.bestScore;
      if (!aspired && (isTabu(s, bin, subs.first[sub]!) || isTabu(s, bin, subs.second[sub]!))) {
        continue;
      }
      if (best && delta === best.delta && gain === best.gain) {
        ties++;
        if (s.random() * ties >= 1) return;
      } else ties = 1;
      const second = subs.second[sub]!;
      const into = second < 0 ? [subs.first[sub]!] : [subs.first[sub]!, second];
      best = { bin, out1, out2, into, delta, gain };
      return;
    }
  };

  for (const bin of s.open) {
    const items = bin.items;
    consider(bin, -1, -1);
    for (let a = 0; a < items.length; a++) {
      consider(bin, items[a]!, -1);
      for (let b = a + 1; b < items.length; b++) consider(bin, items[a]!, items[b]!);
    }
  }
  s.budget.left -= work;
  return best;
}

function removeFromPool(s: Search, item: number): void {
  const at = s.pool.indexOf(item);
  s.pool[at] = s.pool[s.pool.length - 1]!;
  s.pool.pop();
  s.poolScore -= s.sizes.score[item]!;
}

function addToPool(s: Search, item: number): void {
  s.pool.push(item);
  s.poolScore += s.sizes.score[item]!;
}

function applyMove(s: Search, move: Move): void {
  const { sizes, tabuUntil, repeats } = s;
  const subs = move.into;
  for (const out of [move.out1, move.out2]) {
    if (out < 0) continue;
    take(sizes, move.bin, out);
    addToPool(s, out);
    const key = move.bin.id * sizes.classCount + sizes.cls[out]!;
    const times = (repeats.get(key) ?? 0) + 1;
    repeats.set(key, times);
    tabuUntil.set(key, s.iteration + s.limits.tenure + (times >> 1));
  }
  for (const item of subs) {
    removeFromPool(s, item);
    put(sizes, move.bin, item);
  }
  s.iteration++;
}

/** True when the pool fits into the reserve bins; then `split` says how. */
function poolFits(s: Search): number[][] | null {
  const { dims, weight } = s.sizes;
  for (let d = 0; d < dims; d++) {
    let total = 0;
    let room = 0;
    for (const item of s.pool) total += weight[item * dims + d]!;
    for (const cap of s.reserveCaps) room += cap[d]!;
    if (total > room) return null;
  }
  return splitInto(s.sizes, largestFirst(s.sizes, s.pool), s.reserveCaps, s.budget);
}

/** Refills each bin as fully as its items plus the pool allow; true when anything changed. */
function descent(s: Search): boolean {
  const { sizes } = s;
  let changed = false;
  let improved = true;
  while (improved && s.budget.left > 0) {
    improved = false;
    for (const bin of s.open) {
      if (s.pool.length === 0) return changed;
      const candidates = largestFirst(sizes, [...bin.items, ...s.pool]);
      const fill = bestFill(sizes, candidates, bin.cap, s.budget);
      let fillScore = 0;
      for (const item of fill) fillScore += sizes.score[item]!;
      if (fillScore < bin.score || (fillScore === bin.score && fill.length >= bin.items.length)) {
        continue;
      }
      const keep = new Set(fill);
      for (const item of [...bin.items]) {
        if (keep.has(item)) continue;
        take(sizes, bin, item);
        addToPool(s, item);
      }
      for (const item of fill) {
        if (bin.items.includes(item)) continue;
        removeFromPool(s, item);
        put(sizes, bin, item);
      }
      improved = changed = true;
    }
  }
  return changed;
}

function isBest(s: Search): boolean {
  return s.poolScore < s.bestScore || (s.poolScore === s.bestScore && s.pool.length > s.bestCount);
}

/** Runs the two phases until the pool fits the reserves (returns how) or the budget runs out. */
function search(s: Search): number[][] | null {
  let split = poolFits(s);
  let stall = 0;
  let sinceBest = 0;
  while (!split && s.budget.left > 0 && sinceBest < s.limits.patience) {
    sinceBest++;
    const move = bestMove(s);
    if (move) {
      applyMove(s, move);
      stall++;
      if (isBest(s)) {
        s.bestScore = s.poolScore;
        s.bestCount = s.pool.length;
        stall = 0;
        sinceBest = 0;
      }
      split = poolFits(s);
      if (split) break;
    }
    if (!move || stall >= s.limits.stall) {
      const changed = descent(s);
      stall = 0;
      if (isBest(s)) {
        s.bestScore = s.poolScore;
        s.bestCount = s.pool.length;
      }
      split = poolFits(s);
      if (!move && !changed) break;
    }
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
  sizes: Sizes,
  bins: readonly Bin[],
  closing: Bin,
  reserves: readonly Bin[],
  budget: Budget,
  random: () => number,
  limits: EmptyingLimits = DEFAULT_LIMITS,
): boolean {
  const before = bins.map((bin) => bin.items.slice());
  const freed = [closing, ...reserves];
  const pool: number[] = [];
  for (const bin of freed) {
    for (const item of [...bin.items]) {
      take(sizes, bin, item);
      pool.push(item);
    }
  }
  let poolScore = 0;
  for (const item of pool) poolScore += sizes.score[item]!;
  const s: Search = {
    sizes,
    open: bins.filter((bin) => !freed.includes(bin)),
    reserveCaps: reserves.map((bin) => bin.cap),
    budget,
    random,
    limits,
    pool,
    poolScore,
    bestScore: poolScore,
    bestCount: pool.length,
    iteration: 0,
    tabuUntil: new Map(),
    repeats: new Map(),
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
  bins.forEach((bin, b) => {
    for (const item of [...bin.items]) take(sizes, bin, item);
    for (const item of before[b]!) put(sizes, bin, item);
  });
  return false;
}
