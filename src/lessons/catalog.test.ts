import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS, SEQUENCES } from './catalog';
import { goalStatuses } from './goals';
import { startSession } from '../engine';
import { prepareLesson, runSteps, solveLesson, type PreparedLesson } from './play';

/**
 * Every built-in lesson, played by its own reference solution on three attempts (three
 * variation seeds): the solution runs without a refusal and meets every goal item, and the
 * start alone meets none of the checks, so no lesson is solved before the learner acts.
 */

const SEEDS = [1, 2, 3];
const DOMAIN_HEADINGS = new Set(
  readFileSync('docs/domain.md', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('## '))
    .map((l) => l.slice(3).trim()),
);

/** The lesson's own solution played, or the test fails saying where it was refused. */
function solve(prepared: PreparedLesson) {
  const solved = solveLesson(prepared);
  if (!solved.ok) throw new Error(`${solved.path.join('.')}: ${solved.reason}`);
  return solved;
}

describe('the built-in lessons', () => {
  it('have unique ids, known sequences, orders without gaps and a domain section each', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const seq of SEQUENCES) {
      const orders = LESSONS.filter((l) => l.sequence === seq.id).map((l) => l.order);
      expect(orders, seq.id).toEqual(orders.map((_, i) => i + 1));
    }
    for (const lesson of LESSONS) {
      expect(
        SEQUENCES.map((s) => s.id),
        lesson.id,
      ).toContain(lesson.sequence);
      expect(DOMAIN_HEADINGS, `${lesson.id} cites "${lesson.domain}"`).toContain(lesson.domain);
      expect(lesson.hints.length, `${lesson.id} hints`).toBeGreaterThanOrEqual(2);
      expect(lesson.goals.length, `${lesson.id} goals`).toBeGreaterThanOrEqual(1);
    }
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      for (const seed of SEEDS) {
        it(`is met by its own solution (seed ${seed})`, () => {
          const prepared = prepareLesson(lesson, seed);
          const { session, predictions } = solve(prepared);
          const statuses = goalStatuses(
            prepared,
            session.state,
            prepared.start.sim.seq,
            predictions,
          );
          expect(statuses.filter((s) => !s.met).map((s) => s.text)).toEqual([]);
        });
      }

      it('plays each intro demonstration from its start without a refusal', () => {
        const prepared = prepareLesson(lesson, 1);
        for (const [i, page] of prepared.lesson.intro.entries()) {
          if (!page.demo) continue;
          const played = runSteps(startSession(prepared.start), page.demo.steps);
          expect(played.ok ? '' : played.reason, `intro page ${i + 1}`).toBe('');
        }
      });

      it('is not met at its start', () => {
        const prepared = prepareLesson(lesson, 1);
        const statuses = goalStatuses(prepared, prepared.start, prepared.start.sim.seq, {});
        const checks = statuses.filter((s) => s.kind === 'check');
        expect(
          checks.every((s) => s.met),
          'every check already holds at the start',
        ).toBe(false);
      });

      it('asks questions whose answers are among the choices and not empty', () => {
        const prepared = prepareLesson(lesson, 1);
        const { predictions } = solve(prepared);
        for (const goal of prepared.lesson.goals) {
          if (goal.kind !== 'predict') continue;
          const actual = predictions[goal.id]!.actual;
          expect(actual.length, `${goal.id} has an answer`).toBeGreaterThan(0);
          for (const name of actual) expect(goal.choices, goal.id).toContain(name);
        }
      });
    });
  }
});
