import {
  addToPool,
  emptySubsets,
  removeFromPool,
  touch,
  type Attempt,
  type Move,
  type PoolSubsets,
} from './attempt';
import { put, take } from './bins';

/**
 * The swap neighbourhood of the emptying search: up to two items of an open bin against one or
 * two items of the pool (a plain move from the pool into a bin included), never overfilling.
 */

/**
 * Swaps move pairs of items only out of bins, and from pools, of at most this many items. Pairs
 * matter when a bin holds a few large items (3 per bin in the triplets); with dozens of small
 * VMs per host their number explodes (k² per bin) while single moves do the work.
 */
const PAIR_LIMIT = 8;

function listPoolSubsets(s: Attempt): PoolSubsets {
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
 * pool subset that fits in; records it in `s.e.move` if it beats (or, by the PRNG, ties) the
 * best so far. Returns the steps spent.
 */
function consider(s: Attempt, slot: number, out1: number, out2: number): number {
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

/**
 * The best swap between a bin and the pool, in `s.e.move` (`found` false if none): the one
 * that makes the pool lightest, then holding the most items, even if that is heavier than now.
 */
export function bestMove(s: Attempt): Move {
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

function moveOut(s: Attempt, slot: number, item: number): void {
  if (item < 0) return;
  take(s.sizes, s.open[slot]!, item);
  addToPool(s, item);
}

function moveIn(s: Attempt, slot: number, item: number): void {
  if (item < 0) return;
  removeFromPool(s, item);
  put(s.sizes, s.open[slot]!, item);
}

export function applyMove(s: Attempt, move: Move): void {
  touch(s, s.open[move.slot]!);
  moveOut(s, move.slot, move.out1);
  moveOut(s, move.slot, move.out2);
  moveIn(s, move.slot, move.in1);
  moveIn(s, move.slot, move.in2);
}
