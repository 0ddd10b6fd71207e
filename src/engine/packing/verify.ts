/**
 * What is wrong with a packing, in words (empty when nothing is): an item missing, packed
 * twice or unknown, or a bin over capacity. Sizes and capacity are vectors of the same length
 * (one number each for plain bin packing). Used by the tests and the benchmark, and by anyone
 * who wants to check a plan before acting on it.
 */
export function packingProblems(
  capacity: readonly number[],
  items: readonly (readonly number[])[],
  bins: readonly (readonly number[])[],
): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  bins.forEach((bin, b) => {
    const load = capacity.map(() => 0);
    for (const item of bin) {
      const size = items[item];
      if (!size) problems.push(`bin ${b} holds item ${item}, which does not exist`);
      else if (seen.has(item)) problems.push(`item ${item} is packed twice`);
      else size.forEach((s, d) => (load[d]! += s));
      seen.add(item);
    }
    load.forEach((l, d) => {
      if (l > capacity[d]! * (1 + 1e-12)) problems.push(`bin ${b} holds ${l} of ${capacity[d]}`);
    });
  });
  items.forEach((_, i) => {
    if (!seen.has(i)) problems.push(`item ${i} is in no bin`);
  });
  return problems;
}
