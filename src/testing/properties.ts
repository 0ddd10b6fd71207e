import { relative } from 'node:path';
import fc from 'fast-check';
import { expect, inject } from 'vitest';

/** How this Vitest run drives fast-check; chosen once per run by propertySeed.ts. */
export interface PropertyRun {
  readonly seed: number;
  /** 1 in `npm test`; 10 under `npm run test:fuzz`, which also draws a new seed each time. */
  readonly factor: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    properties: PropertyRun;
  }
}

/** fast-check's own default, scaled like every property's own count. */
const DEFAULT_RUNS = 100;

/** A property's run count: `n` in `npm test`, ten times that under `npm run test:fuzz`. */
export const runs = (n: number): number => n * inject('properties').factor;

/** The run's seed for every property, and a failure report that says how to replay it. */
export function configureProperties(): void {
  const { seed, factor } = inject('properties');
  const reporter = (details: fc.RunDetails<unknown>): void => {
    if (!details.failed) return;
    const path = expect.getState().testPath;
    const file = path ? relative(process.cwd(), path) : 'the test file';
    const env = `${factor > 1 ? 'FUZZ=1 ' : ''}FC_SEED=${details.seed}`;
    const error = new Error(
      `${fc.defaultReportMessage(details)}\n\nReplay it with: ${env} npx vitest run ${file}`,
      { cause: details.errorInstance },
    );
    // Point the report at the failing fc.assert in the test, not at this reporter.
    Error.captureStackTrace(error, reporter);
    throw error;
  };
  fc.configureGlobal({ seed, numRuns: runs(DEFAULT_RUNS), reporter });
}
