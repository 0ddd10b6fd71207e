import type { Sizes } from './sizes';

/** Work counter shared by one packing call: every search step spends from it, none reads a clock. */
export interface Budget {
  left: number;
}

/** Depth-first searches below stop after this many nodes; they are small (one bin's worth). */
const NODE_LIMIT = 4000;

/**
 * The subset of `items` (sorted largest first) that fills `cap` as much as possible, in score;
 * among equal fills the one with fewer items, so small items stay free for other bins.
 * Branch and bound, capped at NODE_LIMIT nodes (the best found so far is returned then).
 */
export function bestFill(
  sizes: Sizes,
  items: readonly number[],
  cap: Float64Array,
  budget: Budget,
): number[] {
  const { dims, weight, score, cls } = sizes;
  const n = items.length;
  const rest = new Float64Array(n + 1);
  for (let k = n - 1; k >= 0; k--) rest[k] = rest[k + 1]! + score[items[k]!]!;
  let capScore = 0;
  for (let d = 0; d < dims; d++) capScore += cap[d]! * sizes.factor[d]!;
  const load = new Float64Array(dims);
  const chosen: number[] = [];
  let best: number[] = [];
  let bestScore = -1;
  let nodes = 0;

  const visit = (k: number, filled: number): boolean => {
    nodes++;
    if (filled > bestScore || (filled === bestScore && chosen.length < best.length)) {
      bestScore = filled;
      best = chosen.slice();
      if (bestScore >= capScore || bestScore >= rest[0]!) return true;
    }
    if (k === n || nodes > NODE_LIMIT) return false;
    if (filled + rest[k]! < bestScore) return false;
    if (filled + rest[k]! === bestScore && chosen.length + 1 >= best.length) return false;
    const item = items[k]!;
    let room = true;
    for (let d = 0; d < dims; d++) {
      if (load[d]! + weight[item * dims + d]! > cap[d]!) room = false;
    }
    if (room) {
      for (let d = 0; d < dims; d++) load[d]! += weight[item * dims + d]!;
      chosen.push(item);
      const done = visit(k + 1, filled + score[item]!);
      chosen.pop();
      for (let d = 0; d < dims; d++) load[d]! -= weight[item * dims + d]!;
      if (done) return true;
    }
    // Leaving this item out: leave out its identical twins too, or the same fill is tried twice.
    let next = k + 1;
    while (next < n && cls[items[next]!] === cls[item]) next++;
    return visit(next, filled);
  };
  visit(0, 0);
  budget.left -= nodes;
  return best;
}

/**
 * Splits `items` (sorted largest first) among bins of the given capacities, or returns null
 * when it finds no way within NODE_LIMIT nodes. Result: one item list per capacity.
 */
export function splitInto(
  sizes: Sizes,
  items: readonly number[],
  caps: readonly Float64Array[],
  budget: Budget,
): number[][] | null {
  const { dims, weight } = sizes;
  const loads = caps.map((c) => new Float64Array(c.length));
  for (let d = 0; d < dims; d++) {
    let total = 0;
    let room = 0;
    for (const item of items) total += weight[item * dims + d]!;
    for (const cap of caps) room += cap[d]!;
    if (total > room) return null;
  }
  const owner = new Int32Array(items.length);
  let nodes = 0;
  const sameAsEarlier = (b: number): boolean => {
    for (let a = 0; a < b; a++) {
      let same = true;
      for (let d = 0; d < dims; d++) {
        if (loads[a]![d] !== loads[b]![d] || caps[a]![d] !== caps[b]![d]) same = false;
      }
      if (same) return true;
    }
    return false;
  };
  const visit = (k: number): boolean => {
    if (k === items.length) return true;
    if (++nodes > NODE_LIMIT) return false;
    const item = items[k]!;
    for (let b = 0; b < caps.length; b++) {
      const load = loads[b]!;
      const cap = caps[b]!;
      let room = true;
      for (let d = 0; d < dims; d++) {
        if (load[d]! + weight[item * dims + d]! > cap[d]!) room = false;
      }
      // Two bins with the same capacity and the same load are interchangeable: try one.
      if (!room || sameAsEarlier(b)) continue;
      for (let d = 0; d < dims; d++) load[d]! += weight[item * dims + d]!;
      owner[k] = b;
      if (visit(k + 1)) return true;
      for (let d = 0; d < dims; d++) load[d]! -= weight[item * dims + d]!;
    }
    return false;
  };
  const found = visit(0);
  budget.left -= nodes;
  if (!found) return null;
  const parts = caps.map((): number[] => []);
  items.forEach((item, k) => parts[owner[k]!]!.push(item));
  return parts;
}
