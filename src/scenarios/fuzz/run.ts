// The scenario fuzzer from the command line, without Vitest:
//   npx tsx src/scenarios/fuzz/run.ts [documents] [seed] [folder]
// prints the counts by outcome and family and writes the failing documents to the folder
// (test-results/fuzz/ unless given).
import {
  failureExamples,
  failures,
  familyLines,
  runCensus,
  summary,
  writeCounterexamples,
} from './census';

const documents = Number(process.argv[2] ?? 1_000);
const seed = Number(process.argv[3] ?? 20_261_204);
const census = await runCensus(seed, documents);
console.log(summary(census));
console.log(['', ...failureExamples(census), '', 'by family:', ...familyLines(census)].join('\n'));
writeCounterexamples(census, process.argv[4] ?? 'test-results/fuzz');
// Fails like a test would, so a script or CI can rely on the exit code.
process.exitCode = failures(census).length > 0 ? 1 : 0;
