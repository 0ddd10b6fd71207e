// The scenario fuzzer from the command line, without Vitest:
//   npx tsx src/scenarios/fuzz/run.ts [documents] [seed] [folder]
// prints the counts by outcome and family and writes the failing documents to the folder
// (test-results/fuzz/ unless given).
import { runCensus, summary, writeCounterexamples } from './census';
import { FAILURES } from './judge';

const documents = Number(process.argv[2] ?? 1_000);
const seed = Number(process.argv[3] ?? 20_261_204);
const census = await runCensus(seed, documents);
console.log(summary(census));
for (const [cls, list] of Object.entries(census.examples)) {
  console.log(`\n${cls}:`);
  for (const e of list)
    console.log(
      `  ${e.document.label}\n    → ${e.verdict.where}: ${e.verdict.detail.replace(/\n/g, ' ')}`,
    );
}
console.log('\nby family:');
for (const [family, counts] of Object.entries(census.byFamily).sort()) {
  console.log(`  ${family.padEnd(52)} ${JSON.stringify(counts)}`);
}
writeCounterexamples(census, process.argv[4] ?? 'test-results/fuzz');
// Fails like a test would, so a script or CI can rely on the exit code.
process.exitCode = FAILURES.some((o) => census.counts[o] > 0) ? 1 : 0;
