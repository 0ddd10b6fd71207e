/**
 * Martello & Toth's L2 lower bound for one-dimensional bin packing: no packing of `sizes` into
 * bins of `capacity` uses fewer bins. For a threshold k ≤ capacity/2, items above capacity − k
 * each need a bin of their own that nothing of size ≥ k joins; items above capacity/2 each need
 * their own bin; the items of size k…capacity/2 can only use the room the mid-sized ones leave,
 * plus new bins. L2 is the best of these counts over every k (only item sizes need trying).
 */
export function lowerBoundL2(capacity: number, sizes: readonly number[]): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return 0;
  const prefix = new Float64Array(n + 1);
  sorted.forEach((w, i) => (prefix[i + 1] = prefix[i]! + w));
  /** Number of items ≤ x (upper bound in the sorted list). */
  const atMost = (x: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Number of items < x. */
  const below = (x: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const half = capacity / 2;
  const upToHalf = atMost(half);
  let best = 0;
  for (const k of [0, ...new Set(sorted.filter((w) => w <= half))]) {
    const upToBig = atMost(capacity - k);
    const j1 = n - upToBig;
    const j2 = upToBig - upToHalf;
    const j2Sum = prefix[upToBig]! - prefix[upToHalf]!;
    const from = below(k);
    const j3Sum = prefix[upToHalf]! - prefix[from]!;
    const extra = Math.max(0, Math.ceil((j3Sum - (j2 * capacity - j2Sum)) / capacity - 1e-9));
    best = Math.max(best, j1 + j2 + extra);
  }
  return best;
}
