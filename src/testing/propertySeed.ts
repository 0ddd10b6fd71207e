import { randomInt } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import type { PropertyRun } from './properties';

/** The seed `npm test` always uses, so a property that passes in CI passes on every machine. */
const FIXED_SEED = 20_261_204;

/**
 * Vitest global setup: picks one fast-check seed for the whole run and prints it. FC_SEED=n
 * replays a run; FUZZ=1 (`npm run test:fuzz`) draws a random seed and runs each property ten
 * times as often.
 */
export default function propertySeed(project: TestProject): void {
  const fuzz = process.env.FUZZ === '1';
  const given = process.env.FC_SEED;
  const seed = given !== undefined ? Number(given) : fuzz ? randomInt(2 ** 31) : FIXED_SEED;
  if (!Number.isSafeInteger(seed))
    throw new Error(`FC_SEED must be a whole number, not "${given}".`);
  const run: PropertyRun = { seed, factor: fuzz ? 10 : 1 };
  project.provide('properties', run);
  const how = given !== undefined ? 'from FC_SEED' : fuzz ? 'random' : 'fixed';
  const again = fuzz ? `FC_SEED=${seed} npm run test:fuzz` : `FC_SEED=${seed} npx vitest run`;
  console.log(
    `fast-check seed ${seed} (${how}), ${run.factor}× runs per property; replay: ${again}`,
  );
}
