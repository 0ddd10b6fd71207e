/**
 * Items and bins in whole units, flattened into typed arrays so the search touches no objects.
 * Sizes become integers so that "fills the bin exactly" is an exact test, not a float guess.
 */
export interface Sizes {
  /** 1 for plain bin packing, 2 for CPU and memory together. */
  readonly dims: number;
  readonly count: number;
  /** Item i's size in dimension d sits at [i * dims + d], in whole units. */
  readonly weight: Float64Array;
  /**
   * One number per item that ranks items across dimensions: each dimension's size weighted by
   * the product of the other dimensions' reference capacities, i.e. Σ size_d / capacity_d scaled
   * to stay an integer. The search minimises the score left outside the bins.
   */
  readonly score: Float64Array;
  /** Items with identical sizes share a class: swapping one for its twin changes nothing. */
  readonly cls: Int32Array;
  readonly classCount: number;
  /** Multiplier per dimension that turns a size vector into its score. */
  readonly factor: Float64Array;
}

/** Largest power of ten tried when turning decimal sizes into whole units. */
const MAX_SCALE = 1e6;
const TOLERANCE = 1e-6;

/** The smallest power of ten that makes every value a whole number (or MAX_SCALE). */
function scaleFor(values: readonly number[]): number {
  for (let scale = 1; scale < MAX_SCALE; scale *= 10) {
    if (values.every((v) => Math.abs(v * scale - Math.round(v * scale)) <= TOLERANCE)) return scale;
  }
  return MAX_SCALE;
}

function check(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a finite number ≥ 0, got ${value}.`);
  }
}

/**
 * Converts item sizes and bin capacities (vectors of `dims` numbers) to whole units, per
 * dimension. Sizes round up and capacities round down, so a packing that fits in units also
 * fits in the original numbers; values with up to six decimals convert exactly.
 */
export function toUnits(
  dims: number,
  items: readonly (readonly number[])[],
  capacities: readonly (readonly number[])[],
): { sizes: Sizes; capacities: Float64Array[] } {
  const n = items.length;
  const weight = new Float64Array(n * dims);
  const caps = capacities.map(() => new Float64Array(dims));
  for (let d = 0; d < dims; d++) {
    const column = items.map((v) => v[d] ?? 0);
    const capColumn = capacities.map((c) => c[d] ?? 0);
    column.forEach((v) => check(v, 'An item size'));
    capColumn.forEach((c) => check(c, 'A capacity'));
    const scale = scaleFor([...column, ...capColumn]);
    column.forEach((v, i) => (weight[i * dims + d] = Math.ceil(v * scale - TOLERANCE)));
    capColumn.forEach((c, b) => (caps[b]![d] = Math.floor(c * scale + TOLERANCE)));
  }
  const reference = new Float64Array(dims);
  for (const cap of caps)
    for (let d = 0; d < dims; d++) reference[d] = Math.max(reference[d]!, cap[d]!);
  const factor = new Float64Array(dims).fill(1);
  for (let d = 0; d < dims; d++) {
    for (let e = 0; e < dims; e++) if (e !== d) factor[d]! *= Math.max(1, reference[e]!);
  }
  const score = new Float64Array(n);
  const cls = new Int32Array(n);
  const classOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += weight[i * dims + d]! * factor[d]!;
    score[i] = s;
    const key = Array.from(weight.subarray(i * dims, i * dims + dims)).join(',');
    const known = classOf.get(key);
    if (known === undefined) classOf.set(key, classOf.size);
    cls[i] = known ?? classOf.size - 1;
  }
  return {
    sizes: { dims, count: n, weight, score, cls, classCount: classOf.size, factor },
    capacities: caps,
  };
}

/** Item indexes sorted largest score first; ties by index, so the order is deterministic. */
export function largestFirst(sizes: Sizes, items: readonly number[]): number[] {
  return [...items].sort((a, b) => sizes.score[b]! - sizes.score[a]! || a - b);
}

/** The score of a capacity vector, comparable with item scores. */
export function capacityScore(sizes: Sizes, cap: Float64Array): number {
  let s = 0;
  for (let d = 0; d < sizes.dims; d++) s += cap[d]! * sizes.factor[d]!;
  return s;
}
