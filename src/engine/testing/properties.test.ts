import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../testing/properties';
import {
  type Session,
  type State,
  apply,
  invariantProblems,
  problemText,
  startSession,
  undo,
  redo,
} from '../index';
import { sandbox } from './driver';
import { type Step, commandStepArb, runStep, stepArb } from './steps';

/**
 * Properties over random command sequences against a small datacenter. Together they run
 * 1,000 sequences (up to 40 or 60 steps each); fast-check prints the seed and the shrunk
 * steps of any failing case.
 */

const datacenters = new Map<number, State>();

/** Two type-1 hosts and a type-2 laptop, some VMs running, one booting, one off; built once per seed. */
function smallDatacenter(seed: number): State {
  const built = datacenters.get(seed) ?? buildDatacenter(seed);
  datacenters.set(seed, built);
  return built;
}

function buildDatacenter(seed: number): State {
  return sandbox({ seed })
    .host('esx-01', { cores: 8, memoryGb: 32, portGroups: ['VM Network', 'web'] })
    .host('esx-02', { cores: 4, memoryGb: 16, nics: 3, product: 'kvm' })
    .host('laptop', { cores: 4, memoryGb: 16, product: 'virtualbox', hostOs: 'windows-11' })
    .vm('web-1', { on: 'esx-01', vcpus: 2, memoryGb: 8, networks: ['web'] })
    .vm('db-1', { on: 'esx-01', vcpus: 4, memoryGb: 12, networks: ['VM Network'] })
    .vm('app-1', { on: 'esx-02', vcpus: 2, memoryGb: 4, networks: ['VM Network'] })
    .vm('dev-1', { on: 'laptop', vcpus: 2, memoryGb: 6 })
    .vm('spare', { on: 'esx-02', memoryGb: 2 })
    .powerOn('web-1')
    .powerOn('db-1')
    .powerOn('dev-1')
    .tick(40)
    .powerOn('app-1').state;
}

/** Freezes a state deeply, so any command that writes to its input throws instead. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const seedArb = fc.integer({ min: 1, max: 20 });
/** Sequences of every length up to the most, not only short ones. */
const steps = (arb: fc.Arbitrary<Step>, maxLength: number) =>
  fc.array(arb, { maxLength, size: 'max' });

function runAll(session: Session, list: readonly Step[]): Session {
  return list.reduce((s, step) => runStep(s, step).session, session);
}

// A few seconds on a quiet machine; the timeout leaves room for a busy one.
describe('engine properties over random command sequences', { timeout: 30_000 }, () => {
  it('keeps every rule after every step, and refuses without changing anything', () => {
    fc.assert(
      fc.property(seedArb, steps(stepArb, 40), (seed, list) => {
        // Frozen deeply, so a command that wrote to the state it was given would throw.
        let session = startSession(deepFreeze(smallDatacenter(seed)));
        for (const step of list) {
          const out = runStep(session, step);
          if (out.kind === 'refused') {
            // Nothing moved: the session is the very same, and asking again gives the same answer.
            if (out.session !== session) throw new Error('A refused step changed the session.');
            const again = apply(session.state, out.command);
            if (again.ok || again.reason !== out.reason)
              throw new Error('A refusal did not repeat.');
            // A sentence a learner can read, with no blank filled by nothing.
            if (!/^\S.*[.!]$/s.test(out.reason) || /undefined|null|NaN|\[object/.test(out.reason)) {
              throw new Error(`Unreadable reason: ${out.reason}`);
            }
          }
          session = out.session;
          deepFreeze(session.state);
          const broken = invariantProblems(session.state).map(problemText);
          if (broken.length > 0)
            throw new Error(`${JSON.stringify(step)} broke: ${broken.join(' ')}`);
        }
      }),
      { numRuns: runs(400) },
    );
  });

  it('undoes a whole sequence back to the identical world, and redoes it forward', () => {
    const undoRedo = fc.oneof(
      { arbitrary: commandStepArb, weight: 8 },
      { arbitrary: fc.constantFrom<Step>({ t: 'undo' }, { t: 'redo' }), weight: 2 },
    );
    fc.assert(
      fc.property(seedArb, steps(undoRedo, 60), (seed, list) => {
        const start = startSession(smallDatacenter(seed));
        const end = runAll(start, list);
        let session = end;
        let back = 0;
        for (let s = undo(session); s; s = undo(session)) {
          session = s;
          back += 1;
        }
        expect(session.state.world).toBe(start.state.world);
        for (let i = 0; i < back; i += 1) session = redo(session) ?? session;
        expect(session.state.world).toBe(end.state.world);
        // The clock and the id counter never went back.
        expect(session.state.sim.nextId).toBe(end.state.sim.nextId);
      }),
      { numRuns: runs(350) },
    );
  });

  it('replays the same scenario, seed and steps into the identical event log', () => {
    fc.assert(
      fc.property(seedArb, steps(stepArb, 40), (seed, list) => {
        const first = runAll(startSession(smallDatacenter(seed)), list).state;
        const second = runAll(startSession(smallDatacenter(seed)), list).state;
        expect(second.sim.log).toEqual(first.sim.log);
        expect(second).toEqual(first);
      }),
      { numRuns: runs(250) },
    );
  });
});
