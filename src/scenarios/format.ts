import type { State } from '../engine';
import { CURRENT_VERSION } from './migrate';
import type { Scenario, ScenarioLayout } from './schema';

/**
 * Writing scenario files. Kept apart from parse.ts so that saving (autosave, export) does not
 * pull the schema validator into the first page load; reading a file loads it on demand.
 */
export const SCENARIO_FORMAT = 'virtlab-scenario';

/** The file text of a scenario: 2-space JSON, keys in the order the data was built. */
export function serializeScenario(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** Wraps an engine state as a scenario of the current format version. */
export function scenarioFromState(
  state: State,
  name: string,
  layout?: ScenarioLayout,
  description?: string,
): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: CURRENT_VERSION,
    name,
    ...(description !== undefined ? { description } : {}),
    state,
    ...(layout ? { layout } : {}),
  };
}
