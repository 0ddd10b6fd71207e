import { nextRandom } from '../../sim/prng';
import { put, take, type Bin } from './bins';
import { largestFirst, type Sizes } from './sizes';
import { betterFill, fillScratch, splitInto, type Budget, type FillScratch } from './subsets';

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

/** Tuning knobs of a packing call; all optional. */
export interface PackOptions {
  /**
   * How much work the search may do, in steps (a step is about one candidate move looked at).
   * It bounds the time without reading a clock, so a result never depends on machine speed.
   * The default keeps every Falkenauer instance (up to 1000 items) to about 0.3 s of CPU on a
   * 2-core laptop; searches that reach the lower bound stop sooner. An interactive caller
   * may pass less: the sort-and-fit start costs nothing from it.
   */
  readonly maxSteps?: number;
  /** Seed of the PRNG that breaks ties and picks bins to retry; same seed, same packing. */
  readonly seed?: number;
}

export const DEFAULT_MAX_STEPS = 2_000_000;

/** Settings of the emptying attempts; tuned on the Falkenauer sets. */
const LIMITS = {
  /** Tabu iterations without a new best pool before a descent phase. */
  stall: 10,
  /**
   * Iterations a (bin, item size) pair stays tabu: 1 forbids undoing the last move at once.
   * Longer tenures did no better, since attempts are short and restarts diversify instead.
   */
  tenure: 1,
  /**
   * Iterations without a new best pool before an attempt gives up. Short attempts from many
   * different bins beat long ones: 10 solved more triplet instances than 20, 50, 100 or 1000.
   */
  patience: 10,
};

/**
 * Swaps move pairs of items only out of bins, and from pools, of at most this many items. Pairs
 * matter when a bin holds a few large items (3 per bin in the triplets); with dozens of small
 * VMs per host their number explodes (k² per bin) while single moves do the work.
 */
const PAIR_LIMIT = 8;

/** Largest tabu table, in entries (4 MB). */
const TABU_TABLE_LIMIT = 1 << 20;

/** What the attempts of one packing call share: sizes, work budget, PRNG and tabu memory. */
export interface Emptier {
  readonly sizes: Sizes;
  readonly budget: Budget;
  readonly random: () => number;
  /**
   * Clock value until which putting an item of class c back into open bin number b is
   * forbidden, at (b · classes + c) mod length: a fixed-size table, where a rare collision only
   * forbids a move for a while.
   */
  readonly tabuUntil: Int32Array;
  /** Tabu iterations so far in this call. It never goes back, so old entries simply expire. */
  clock: number;
  /** Scratch space reused by every iteration, so the search allocates (almost) nothing. */
  subsets: PoolSubsets;
  readonly move: Move;
  /** How many equally good moves bestMove has seen, to pick one of them uniformly. */
  ties: number;
  readonly limit: Float64Array;
  fill: FillScratch;
}

/** Sets up the attempts of one packing call over at most `maxBins` bins. */
export function emptier(sizes: Sizes, maxBins: number, options: PackOptions = {}): Emptier {
  let state = (options.seed ?? 1) | 0;
  const random = () => {
    const r = nextRandom(state);
    state = r.rng;
    return r.value;
  };
  const tableSize = Math.max(1, Math.min(TABU_TABLE_LIMIT, maxBins * sizes.classCount));
  return {
    sizes,
    budget: { left: options.maxSteps ?? DEFAULT_MAX_STEPS },
    random,
    tabuUntil: new Int32Array(tableSize),
    clock: 0,
    subsets: emptySubsets(sizes.dims),
    move: noMove(),
    ties: 0,
    limit: new Float64Array(sizes.dims),
    fill: fillScratch(sizes.dims),
  };
}

/** One attempt at emptying a bin. */
interface Search {
  readonly e: Emptier;
  readonly sizes: Sizes;
  readonly open: readonly Bin[];
  readonly reserveCaps: readonly Float64Array[];
  pool: number[];
  poolScore: number;
  bestScore: number;
  bestCount: number;
  /** What each bin the attempt changed held before it, to undo a failed attempt. */
  readonly original: Map<Bin, number[]>;
}

/** Call before changing a bin's items: remembers them once per attempt. */
function touch(s: Search, bin: Bin): void {
  if (!s.original.has(bin)) s.original.set(bin, bin.items.slice());
}

function tabuKey(s: Search, slot: number, item: number): number {
  return (slot * s.sizes.classCount + s.sizes.cls[item]!) % s.e.tabuUntil.length;
}

/**
 * The pool's subsets of one or two items, best first (heaviest, then fewest items). Buffers
 * are reused from one iteration to the next; `count` entries are valid.
 */
interface PoolSubsets {
  count: number;
  first: Int32Array;
  /** Second item, or -1 for a single. */
  second: Int32Array;
  score: Float64Array;
  weight: Float64Array;
  order: Int32Array;
}

export function emptySubsets(dims: number, size = 64): PoolSubsets {
  return {
    count: 0,
    first: new Int32Array(size),
    second: new Int32Array(size),
    score: new Float64Array(size),
    weight: new Float64Array(size * dims),
    order: new Int32Array(size),
  };
}

function listPoolSubsets(s: Search): PoolSubsets {
  const { dims, weight, score } = s.sizes;
  const pool = s.pool;
  const p = pool.length;
  const pairs = p <= PAIR_LIMIT;
  const total = pairs ? p + (p * (p - 1)) / 2 : p;
  if (s.e.subsets.first.length < total) s.e.subsets = emptySubsets(dims, 2 * total);
  const subs = s.e.subsets;
  let k = 0;
  for (let a = 0; a < p; a++) {
    for (let b = a; b < (pairs ? p : a + 1); b++) {
      const x = pool[a]!;
      const y = b === a ? -1 : pool[b]!;
      subs.first[k] = x;
      subs.second[k] = y;
      subs.score[k] = score[x]! + (y < 0 ? 0 : score[y]!);
      for (let d = 0; d < dims; d++) {
        subs.weight[k * dims + d] = weight[x * dims + d]! + (y < 0 ? 0 : weight[y * dims + d]!);
      }
      subs.order[k] = k;
      k++;
    }
  }
  subs.count = total;
  // Heaviest first, then singles before pairs, then by position: a Shell sort in place,
  // since sorting a typed array with a comparator copies it on every call.
  const { order, second, score: subScore } = subs;
  const before = (a: number, b: number) =>
    subScore[a]! > subScore[b]! ||
    (subScore[a] === subScore[b] &&
      (second[a]! < second[b]! || (second[a] === second[b] && a < b)));
  for (let gap = total >> 1; gap > 0; gap = gap === 2 ? 1 : Math.floor(gap / 2.2)) {
    for (let i = gap; i < total; i++) {
      const v = order[i]!;
      let j = i;
      while (j >= gap && before(v, order[j - gap]!)) {
        order[j] = order[j - gap]!;
        j -= gap;
      }
      order[j] = v;
    }
  }
  s.e.budget.left -= total;
  return subs;
}

/** A swap: up to two items out of open bin `slot`, one or two pool items in. */
interface Move {
  found: boolean;
  slot: number;
  out1: number;
  out2: number;
  in1: number;
  /** -1 when only one item goes in. */
  in2: number;
  /** How much lighter the pool gets (score). */
  delta: number;
  /** How many more items the pool holds. */
  gain: number;
}

export function noMove(): Move {
  return { found: false, slot: 0, out1: -1, out2: -1, in1: -1, in2: -1, delta: 0, gain: 0 };
}

function isTabu(s: Search, slot: number, item: number): boolean {
  return item >= 0 && s.e.tabuUntil[tabuKey(s, slot, item)]! > s.e.clock;
}

/** Whether {a1, a2} and {b1, b2} (-1 for none) hold the same sizes. */
function sameSizes(cls: Int32Array, a1: number, a2: number, b1: number, b2: number): boolean {
  const ca1 = a1 < 0 ? -1 : cls[a1]!;
  const ca2 = a2 < 0 ? -1 : cls[a2]!;
  const cb1 = b1 < 0 ? -1 : cls[b1]!;
  const cb2 = b2 < 0 ? -1 : cls[b2]!;
  return (ca1 === cb1 && ca2 === cb2) || (ca1 === cb2 && ca2 === cb1);
}

/**
 * Looks at taking `out1` and `out2` (-1 for none) out of open bin `slot` and putting the best
 * allowed pool subset in; records it in `s.e.move` if it beats (or, by the PRNG, ties) the
 * best so far. Returns the steps spent.
 */
function consider(s: Search, slot: number, out1: number, out2: number): number {
  const { dims, weight, score, factor, cls } = s.sizes;
  const { limit, subsets: subs } = s.e;
  const best = s.e.move;
  const bin = s.open[slot]!;
  let outScore = 0;
  let outCount = 0;
  for (let d = 0; d < dims; d++) limit[d] = bin.cap[d]! - bin.load[d]!;
  if (out1 >= 0) {
    outScore += score[out1]!;
    outCount++;
    for (let d = 0; d < dims; d++) limit[d]! += weight[out1 * dims + d]!;
  }
  if (out2 >= 0) {
    outScore += score[out2]!;
    outCount++;
    for (let d = 0; d < dims; d++) limit[d]! += weight[out2 * dims + d]!;
  }
  let limitScore = 0;
  for (let d = 0; d < dims; d++) limitScore += limit[d]! * factor[d]!;
  // Binary search: the first subset whose score could fit.
  const n = subs.count;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (subs.score[subs.order[mid]!]! > limitScore) lo = mid + 1;
    else hi = mid;
  }
  let work = 1;
  for (let j = lo; j < n; j++) {
    const sub = subs.order[j]!;
    work++;
    let room = true;
    for (let d = 0; d < dims && room; d++) room = subs.weight[sub * dims + d]! <= limit[d]!;
    if (!room) continue;
    const first = subs.first[sub]!;
    const second = subs.second[sub]!;
    const delta = subs.score[sub]! - outScore;
    const gain = outCount - (second < 0 ? 1 : 2);
    if (delta === 0 && gain === 0 && sameSizes(cls, out1, out2, first, second)) {
      continue; // the same sizes back and forth: no change at all
    }
    // Later subsets are lighter or hold more items: none beats this one.
    if (best.found && (delta < best.delta || (delta === best.delta && gain < best.gain))) break;
    const aspired = s.poolScore - delta < s.bestScore;
    if (!aspired && (isTabu(s, slot, first) || isTabu(s, slot, second))) continue;
    if (best.found && delta === best.delta && gain === best.gain) {
      s.e.ties++;
      if (s.e.random() * s.e.ties >= 1) break;
    } else s.e.ties = 1;
    best.found = true;
    best.slot = slot;
    best.out1 = out1;
    best.out2 = out2;
    best.in1 = first;
    best.in2 = second;
    best.delta = delta;
    best.gain = gain;
    break;
  }
  return work;
}

/** The best non-tabu swap between a bin and the pool, in `s.e.move` (`found` false if none). */
function bestMove(s: Search): Move {
  const { dims, factor } = s.sizes;
  const best = s.e.move;
  best.found = false;
  s.e.ties = 0;
  if (listPoolSubsets(s).count === 0) return best;
  let work = 0;
  for (let slot = 0; slot < s.open.length; slot++) {
    const bin = s.open[slot]!;
    work++;
    // No swap gains more than the bin's free room: skip bins that cannot beat the best move.
    if (best.found) {
      let room = 0;
      for (let d = 0; d < dims; d++) room += (bin.cap[d]! - bin.load[d]!) * factor[d]!;
      if (room < best.delta) continue;
    }
    const items = bin.items;
    work += consider(s, slot, -1, -1);
    for (let a = 0; a < items.length; a++) {
      work += consider(s, slot, items[a]!, -1);
      if (items.length > PAIR_LIMIT) continue;
      for (let b = a + 1; b < items.length; b++) work += consider(s, slot, items[a]!, items[b]!);
    }
  }
  s.e.budget.left -= work;
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

function moveOut(s: Search, slot: number, item: number): void {
  if (item < 0) return;
  take(s.sizes, s.open[slot]!, item);
  addToPool(s, item);
  s.e.tabuUntil[tabuKey(s, slot, item)] = s.e.clock + LIMITS.tenure;
}

function moveIn(s: Search, slot: number, item: number): void {
  if (item < 0) return;
  removeFromPool(s, item);
  put(s.sizes, s.open[slot]!, item);
}

function applyMove(s: Search, move: Move): void {
  touch(s, s.open[move.slot]!);
  moveOut(s, move.slot, move.out1);
  moveOut(s, move.slot, move.out2);
  moveIn(s, move.slot, move.in1);
  moveIn(s, move.slot, move.in2);
  s.e.clock++;
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
  return splitInto(s.sizes, largestFirst(s.sizes, s.pool), s.reserveCaps, s.e.budget);
}

/** Refills each bin as fully as its items plus the pool allow; true when anything changed. */
function descent(s: Search): boolean {
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
function recordBest(s: Search): boolean {
  if (s.poolScore > s.bestScore || (s.poolScore === s.bestScore && s.pool.length <= s.bestCount)) {
    return false;
  }
  s.bestScore = s.poolScore;
  s.bestCount = s.pool.length;
  return true;
}

/**
 * Tabu moves, with a descent after every LIMITS.stall moves that found no better pool, until
 * the pool fits the reserves (returns how), LIMITS.patience moves find no better pool, or the
 * budget runs out (returns null).
 */
function search(s: Search): number[][] | null {
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
  const s: Search = {
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
