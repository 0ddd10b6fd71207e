import type { Sizes } from './sizes';

/** Work counter shared by one packing call: every search step spends from it, none reads a clock. */
export interface Budget {
  left: number;
}

/** Depth-first searches below stop after this many nodes; they are small (one bin's worth). */
const NODE_LIMIT = 4000;

/** Reusable buffers of `betterFill`: `items` holds the candidates, `best` the answer. */
export interface FillScratch {
  items: Int32Array;
  rest: Float64Array;
  chosen: Int32Array;
  best: Int32Array;
  load: Float64Array;
}

export function fillScratch(dims: number, size = 32): FillScratch {
  return {
    items: new Int32Array(size),
    rest: new Float64Array(size + 1),
    chosen: new Int32Array(size),
    best: new Int32Array(size),
    load: new Float64Array(dims),
  };
}

/** State of one betterFill search, kept out of closures so that a call allocates nothing. */
interface Fill {
  sizes: Sizes;
  x: FillScratch;
  n: number;
  cap: Float64Array;
  capScore: number;
  bestScore: number;
  bestCount: number;
  found: boolean;
  nodes: number;
}

function visit(f: Fill, k: number, depth: number, filled: number): boolean {
  const { dims, weight, score, cls } = f.sizes;
  const { items, rest, chosen, load } = f.x;
  f.nodes++;
  if (filled > f.bestScore || (filled === f.bestScore && depth < f.bestCount)) {
    f.bestScore = filled;
    f.bestCount = depth;
    f.found = true;
    f.x.best.set(chosen.subarray(0, depth));
    if (filled >= f.capScore || filled >= rest[0]!) return true;
  }
  if (k === f.n || f.nodes > NODE_LIMIT) return false;
  // Even taking every item left, or filling the bin to the brim, cannot beat the best: prune.
  const bound = Math.min(filled + rest[k]!, f.capScore);
  if (bound < f.bestScore || (bound === f.bestScore && depth + 1 >= f.bestCount)) return false;
  const item = items[k]!;
  let room = true;
  for (let d = 0; d < dims; d++) {
    if (load[d]! + weight[item * dims + d]! > f.cap[d]!) room = false;
  }
  if (room) {
    for (let d = 0; d < dims; d++) load[d]! += weight[item * dims + d]!;
    chosen[depth] = item;
    const done = visit(f, k + 1, depth + 1, filled + score[item]!);
    for (let d = 0; d < dims; d++) load[d]! -= weight[item * dims + d]!;
    if (done) return true;
  }
  // Leaving this item out: leave out its identical twins too, or the same fill is tried twice.
  let next = k + 1;
  while (next < f.n && cls[items[next]!] === cls[item]) next++;
  return visit(f, next, depth, filled);
}

/**
 * A subset of the `n` candidates in `x.items` that fills `cap` better than `toBeat` items of
 * total score `toBeatScore` do: a higher score, or the same with fewer items (so small items
 * stay free for other bins). Sorts the candidates largest first, then branch and bound, capped
 * at NODE_LIMIT nodes. Returns how many items the best such subset has (they are in
 * `x.best`), or -1 when there is none.
 */
export function betterFill(
  sizes: Sizes,
  x: FillScratch,
  n: number,
  cap: Float64Array,
  toBeatScore: number,
  toBeat: number,
  budget: Budget,
): number {
  const { score, dims, factor } = sizes;
  const { items, rest } = x;
  for (let k = 1; k < n; k++) {
    const item = items[k]!;
    let j = k - 1;
    while (
      j >= 0 &&
      (score[items[j]!]! < score[item]! || (score[items[j]!] === score[item] && items[j]! > item))
    ) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  rest[n] = 0;
  for (let k = n - 1; k >= 0; k--) rest[k] = rest[k + 1]! + score[items[k]!]!;
  let capScore = 0;
  for (let d = 0; d < dims; d++) capScore += cap[d]! * factor[d]!;
  x.load.fill(0);
  const f: Fill = {
    sizes,
    x,
    n,
    cap,
    capScore,
    bestScore: toBeatScore,
    bestCount: toBeat,
    found: false,
    nodes: 0,
  };
  visit(f, 0, 0, 0);
  budget.left -= f.nodes;
  return f.found ? f.bestCount : -1;
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
  const n = items.length;
  const loads = caps.map((c) => new Float64Array(c.length));
  // Per dimension, over items k…: their total size (rest) and the smallest size (least).
  const rest = new Float64Array((n + 1) * dims);
  const least = new Float64Array((n + 1) * dims).fill(Infinity);
  for (let k = n - 1; k >= 0; k--) {
    for (let d = 0; d < dims; d++) {
      const w = weight[items[k]! * dims + d]!;
      rest[k * dims + d] = rest[(k + 1) * dims + d]! + w;
      least[k * dims + d] = Math.min(least[(k + 1) * dims + d]!, w);
    }
  }
  /** Whether items k… could still fit the free space of bins that one of them still fits. */
  const roomFor = (k: number): boolean => {
    for (let d = 0; d < dims; d++) {
      let room = 0;
      for (let b = 0; b < caps.length; b++) {
        let usable = true;
        for (let e = 0; e < dims; e++) {
          if (caps[b]![e]! - loads[b]![e]! < least[k * dims + e]!) usable = false;
        }
        if (usable) room += caps[b]![d]! - loads[b]![d]!;
      }
      if (rest[k * dims + d]! > room) return false;
    }
    return true;
  };
  if (!roomFor(0)) return null;
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
    if (k === n) return true;
    if (++nodes > NODE_LIMIT) return false;
    if (!roomFor(k)) return false;
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
