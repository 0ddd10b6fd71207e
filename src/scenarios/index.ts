/** Scenario files: the versioned format, reading and writing it, and the built-in scenarios. */
export { SCENARIO_FORMAT, scenarioFromState, serializeScenario } from './format';
export {
  scenarioSchema,
  stateSchema,
  type Scenario,
  type ScenarioLayout,
  type HostPosition,
} from './schema';
export {
  CURRENT_VERSION,
  MIGRATIONS,
  migrate,
  type Migration,
  type MigrationRegistry,
} from './migrate';
export {
  MAX_ERRORS,
  parseScenario,
  readScenario,
  type ParseResult,
  type ScenarioError,
} from './parse';
export { TEXT_LIMITS } from './limits';
export { BUILTIN_SCENARIOS, type BuiltinScenario } from './builtin';
export { defaultScenario } from './builtin/default';
