import { expect, inject, test } from 'vitest';
import {
  failureExamples,
  failures,
  familyLines,
  runCensus,
  summary,
  writeCounterexamples,
} from './census';

/** A fixed sample in `npm test`; `npm run test:fuzz` judges 10,000 from a new seed. */
const { seed, factor } = inject('properties');
const DOCUMENTS = factor > 1 ? 10_000 : 200;
const FOLDER = 'test-results/fuzz';

test(
  `every mutated scenario opens intact or is refused with where, alike at every door (${DOCUMENTS} documents)`,
  { timeout: DOCUMENTS * 200 },
  async () => {
    const census = await runCensus(seed, DOCUMENTS);
    const report = [summary(census), 'by family:', ...familyLines(census)].join('\n');
    console.log(report);
    const found = failures(census);
    if (found.length > 0) writeCounterexamples(census, FOLDER);
    const replay = `FC_SEED=${seed} ${factor > 1 ? 'npm run test:fuzz' : 'npx vitest run src/scenarios/fuzz'}`;
    expect(
      found,
      `${report}\n\n${failureExamples(census).join('\n')}\n\nThe documents are in ${FOLDER}/. Replay: ${replay}`,
    ).toEqual([]);
  },
);
