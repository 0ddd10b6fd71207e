/** Helpers shared by bench files: medians over repeated runs, timed with performance.now(). */

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median wall time of `fn` in milliseconds over `runs` calls, after `warmup` calls (default a
 * tenth of the runs) so the JIT has compiled it. `fn` gets the run's index.
 */
export function timeMedian(
  fn: (i: number) => void,
  runs: number,
  warmup = Math.ceil(runs / 10),
): number {
  for (let i = 0; i < warmup; i += 1) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn(warmup + i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Prints one figure as the bench runner expects: `name: value unit`. */
export function report(name: string, value: number, unit: string): void {
  // Whole numbers (counts) print exactly; measurements keep three significant figures.
  const shown = Number.isInteger(value) ? value : Number(value.toPrecision(3));
  console.log(`${name}: ${shown} ${unit}`);
}
