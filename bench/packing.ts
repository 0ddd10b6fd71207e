/**
 * Consolidation planner vs the published bin-packing sets: how many bins above the best known
 * (summed per file), and the slowest instance. The data sits outside the repository, in
 * ../shared/benchmarks/binpacking (see its README); without it this prints one line and skips.
 * PACKING_SETS=u120,t120 limits the run to some sets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  parseBppLib,
  parseOrLibrary,
  type BinPackingInstance,
} from '../src/engine/orchestrator/packing/instances';
import { packingProblems, packOneDimension } from '../src/engine/orchestrator/packing';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/benchmarks/binpacking');

interface BenchSet {
  readonly name: string;
  readonly load: () => BinPackingInstance[];
}

function sets(): BenchSet[] {
  const falkenauer = ['u120', 'u250', 'u500', 'u1000'].map((name, k) => ({
    name,
    load: () =>
      parseOrLibrary(readFileSync(path.join(dataDir, `Falkenauer/binpack${k + 1}.txt`), 'utf8')),
  }));
  const tripletDir = path.join(dataDir, 'Triplets');
  const triplets = ['120', '249', '501'].map((size) => ({
    name: `t${size}`,
    load: () =>
      readdirSync(path.join(tripletDir, size))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => {
          const parsed = parseBppLib(f, readFileSync(path.join(tripletDir, size, f), 'utf8'));
          // Every bin of the optimum holds one triplet: n/3 bins.
          return { ...parsed, bestKnown: parsed.sizes.length / 3 };
        }),
  }));
  const wanted = process.env.PACKING_SETS?.split(',');
  return [...falkenauer, ...triplets].filter((s) => !wanted || wanted.includes(s.name));
}

export async function run(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`packing: skipped, no benchmark data at ${dataDir}`);
    return;
  }
  for (const set of sets()) {
    let bins = 0;
    let best = 0;
    let maxTime = 0;
    for (const instance of set.load()) {
      const start = performance.now();
      const packing = packOneDimension(instance.capacity, instance.sizes);
      const seconds = (performance.now() - start) / 1000;
      const problems = packingProblems(
        [instance.capacity],
        instance.sizes.map((size) => [size]),
        packing.bins,
      );
      if (problems.length > 0) throw new Error(`${instance.name}: ${problems.join('; ')}`);
      bins += packing.bins.length;
      best += instance.bestKnown ?? 0;
      maxTime = Math.max(maxTime, seconds);
      if (process.env.PACKING_VERBOSE) {
        console.log(
          `  ${instance.name} ${packing.bins.length}/${instance.bestKnown} ${seconds.toFixed(3)} s`,
        );
      }
    }
    console.log(`packing.${set.name}.gap: ${((100 * (bins - best)) / best).toFixed(2)} %`);
    console.log(`packing.${set.name}.bins: ${bins} bins`);
    console.log(`packing.${set.name}.bestKnown: ${best} bins`);
    console.log(`packing.${set.name}.maxTime: ${maxTime.toFixed(2)} s`);
    await Promise.resolve();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
