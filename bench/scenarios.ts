import { invariantProblems } from '../src/engine';
import { generateState } from '../src/scenarios/generate';
import { scenarioFromState, serializeScenario } from '../src/scenarios/format';
import { parseScenario } from '../src/scenarios/parse';
import { report, timeMedian } from './util';

/**
 * Saving and opening a big scenario file: the browser autosaves after every change, so
 * serializing must stay well inside a frame's budget at 200 hosts / 2,000 VMs; opening a file
 * (JSON, migration, schema, cross-field checks) happens once per load.
 */
export function run(): Promise<void> {
  const scenario = scenarioFromState(generateState({ hosts: 200, vms: 2000, seed: 1 }), 'bench');
  const text = serializeScenario(scenario);
  report('scenario.size.2000vms', text.length / 1024, 'KB');
  report(
    'scenario.serialize.2000vms',
    timeMedian(() => serializeScenario(scenario), 20),
    'ms',
  );
  report(
    'scenario.parse.2000vms',
    timeMedian(() => {
      if (!parseScenario(text).ok) throw new Error('the generated scenario did not parse');
    }, 10),
    'ms',
  );
  // The invariant check alone: the part of opening a file that the engine's rules cost.
  report(
    'scenario.invariants.2000vms',
    timeMedian(() => {
      if (invariantProblems(scenario.state).length > 0)
        throw new Error('the generated world breaks a rule');
    }, 20),
    'ms',
  );
  // A broken file builds the syntax tree to place its errors: the slow path, still one-off.
  const broken = text.replace('"cpuCores": ', '"cpuCores": "x", "_": ');
  report(
    'scenario.parseWithErrors.2000vms',
    timeMedian(() => parseScenario(broken), 10),
    'ms',
  );
  return Promise.resolve();
}
