/**
 * Consolidation planner vs the published bin-packing sets: how many bins above the best known
 * (summed per file), and the slowest instance (median of 3 runs each). The data sits outside
 * the repository, in ../shared/benchmarks/binpacking (see its README); without it this prints
 * one line and skips. PACKING_SETS=u120,t120 limits the run to some sets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  packingProblems,
  packOneDimension,
  parseBppLib,
  parseOrLibrary,
  type BinPackingInstance,
  type Packing,
} from '../src/engine/orchestrator/packing';
import { median } from './util';

/** Runs per instance; the time reported is their median. */
const RUNS = 3;

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
      // The packing is deterministic, so repeats give the same bins; only the time varies.
      const seconds: number[] = [];
      let packing: Packing | undefined;
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        const again = packOneDimension(instance.capacity, instance.sizes);
        seconds.push((performance.now() - start) / 1000);
        if (packing && JSON.stringify(again) !== JSON.stringify(packing)) {
          throw new Error(`${instance.name}: two runs packed differently`);
        }
        packing = again;
      }
      if (!packing) continue;
      const problems = packingProblems(
        [instance.capacity],
        instance.sizes.map((size) => [size]),
        packing.bins,
      );
      if (problems.length > 0) throw new Error(`${instance.name}: ${problems.join('; ')}`);
      bins += packing.bins.length;
      best += instance.bestKnown ?? 0;
      maxTime = Math.max(maxTime, median(seconds));
      if (process.env.PACKING_VERBOSE) {
        console.log(
          `  ${instance.name} ${packing.bins.length}/${instance.bestKnown} ${median(seconds).toFixed(3)} s`,
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
