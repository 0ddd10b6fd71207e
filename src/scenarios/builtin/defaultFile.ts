import type { Scenario } from '../schema';
import file from './default.json';

/**
 * The default scenario as written by `npm run builtin`: plain data, so opening the page needs
 * neither the engine's commands nor the validator. defaultFile.test.ts keeps it current.
 */
export const DEFAULT_SCENARIO = file as unknown as Scenario;
