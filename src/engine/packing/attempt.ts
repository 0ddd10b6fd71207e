import { nextRandom } from '../base/prng';
import type { Bin } from './bins';
import type { Sizes } from './sizes';
import { fillScratch, type Budget, type FillScratch } from './subsets';

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

/**
 * The pool's subsets of one or two items, best first (heaviest, then fewest items). Buffers
 * are reused from one iteration to the next; `count` entries are valid.
 */
export interface PoolSubsets {
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

/** A swap: up to two items out of open bin `slot`, one or two pool items in. */
export interface Move {
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

/** What the attempts of one packing call share: sizes, work budget, PRNG and scratch space. */
export interface Emptier {
  readonly sizes: Sizes;
  readonly budget: Budget;
  readonly random: () => number;
  /** Scratch space reused by every iteration, so the search allocates (almost) nothing. */
  subsets: PoolSubsets;
  readonly move: Move;
  /** How many equally good moves the move search has seen, to pick one of them uniformly. */
  ties: number;
  readonly limit: Float64Array;
  fill: FillScratch;
}

/** Sets up the attempts of one packing call. */
export function emptier(sizes: Sizes, options: PackOptions = {}): Emptier {
  let state = (options.seed ?? 1) | 0;
  const random = () => {
    const r = nextRandom(state);
    state = r.rng;
    return r.value;
  };
  return {
    sizes,
    budget: { left: options.maxSteps ?? DEFAULT_MAX_STEPS },
    random,
    subsets: emptySubsets(sizes.dims),
    move: { found: false, slot: 0, out1: -1, out2: -1, in1: -1, in2: -1, delta: 0, gain: 0 },
    ties: 0,
    limit: new Float64Array(sizes.dims),
    fill: fillScratch(sizes.dims),
  };
}

/** One attempt at emptying a bin: the bins that stay open, the pool of free items. */
export interface Attempt {
  readonly e: Emptier;
  readonly sizes: Sizes;
  readonly open: readonly Bin[];
  readonly reserveCaps: readonly Float64Array[];
  pool: number[];
  /** The pool's total score, and the lightest pool of the attempt (ties: more items). */
  poolScore: number;
  bestScore: number;
  bestCount: number;
  /** What each bin the attempt changed held before it, to undo a failed attempt. */
  readonly original: Map<Bin, number[]>;
}

/** Call before changing a bin's items: remembers them once per attempt. */
export function touch(s: Attempt, bin: Bin): void {
  if (!s.original.has(bin)) s.original.set(bin, bin.items.slice());
}

export function removeFromPool(s: Attempt, item: number): void {
  const at = s.pool.indexOf(item);
  s.pool[at] = s.pool[s.pool.length - 1]!;
  s.pool.pop();
  s.poolScore -= s.sizes.score[item]!;
}

export function addToPool(s: Attempt, item: number): void {
  s.pool.push(item);
  s.poolScore += s.sizes.score[item]!;
}
