import fc from 'fast-check';
import { runs } from '../testing/properties';
import { describe, expect, it } from 'vitest';
import { startSession } from '../engine';
import { runStep, stepArb } from '../engine/testing/steps';
import { defaultScenario } from './builtin/default';
import { scenarioFromState, serializeScenario } from './format';
import { parseScenario } from './parse';

/**
 * The file format must hold every state the engine can reach: an autosave that fails to load
 * loses a learner's work. Random command sequences (the engine's own step generator, refused
 * steps and undo included) from the default scenario must all save and load back unchanged.
 */
describe('every state the engine reaches', () => {
  it('saves to a file that loads back equal', () => {
    const start = startSession(defaultScenario().state);
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30, size: 'max' }), (steps) => {
        const session = steps.reduce((s, step) => runStep(s, step).session, start);
        const text = serializeScenario(scenarioFromState(session.state, 'random'));
        const result = parseScenario(text);
        expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
        // JSON has no -0 (a step may set an assumption to it); compare what JSON can hold.
        expect(result.ok && result.scenario.state).toEqual(
          JSON.parse(JSON.stringify(session.state)),
        );
      }),
      { numRuns: runs(60) },
    );
  });
});
