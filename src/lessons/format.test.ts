import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Json, pathsOf, serialise, setAt } from '../scenarios/fuzz/tree';
import { runs } from '../testing/properties';
import { LESSONS } from './catalog';
import { lessonJsonSchemaText, serializeLesson } from './format';
import { PREDICATES } from './predicates';
import { readLesson } from './read';

const first = LESSONS[0]!;
const fileOf = () => JSON.parse(serializeLesson(first)) as { lesson: Record<string, Json> };
const refusal = (text: string) => {
  const read = readLesson(text);
  if (read.ok) throw new Error('expected the lesson to be refused');
  return read.errors[0]!;
};

describe('the lesson file', () => {
  it('round-trips every built-in lesson through its text and its bytes, unchanged', () => {
    for (const lesson of LESSONS) {
      const text = serializeLesson(lesson);
      expect(readLesson(text)).toEqual({ ok: true, lesson });
      expect(readLesson(new TextEncoder().encode(text))).toEqual({ ok: true, lesson });
    }
  });

  it('refuses a predicate with a parameter it does not take, at its line', () => {
    const file = fileOf();
    const goals = file.lesson.goals as { check: Record<string, Json> }[];
    goals[0]!.check.colour = 'red';
    const error = refusal(JSON.stringify(file, null, 2));
    expect(error.path).toBe('lesson.goals.0.check.colour');
    expect(error.message).toMatch(
      /^Line \d+, column \d+: lesson\.goals\.0\.check\.colour is not a field/,
    );
  });

  it('refuses a command type VirtLab does not have', () => {
    const file = fileOf();
    (file.lesson.solution as Json[])[0] = { type: 'formatDisk', vmId: '@web-1' };
    expect(refusal(JSON.stringify(file)).path).toBe('lesson.solution.0.type');
  });

  it('refuses a lesson whose own solution does not meet its goals, at the goal', () => {
    const file = fileOf();
    file.lesson.solution = [{ type: 'wait', seconds: 5 }];
    const error = refusal(JSON.stringify(file, null, 2));
    expect(error.path).toBe('lesson.goals.0');
    expect(error.message).toMatch(
      /the lesson's own solution does not meet this goal: .* each run on a different host\.$/i,
    );
  });

  it('refuses a solution step the engine refuses, naming the step and why', () => {
    const file = fileOf();
    file.lesson.solution = [{ type: 'moveVm', vmId: '@no-such-vm', toHostId: '@esx-02' }];
    const error = refusal(JSON.stringify(file, null, 2));
    expect(error.path).toBe('lesson.solution.0');
    expect(error.message).toMatch(
      /step 1 of the solution is refused: The lesson names no-such-vm, which is not in the datacenter now\.$/,
    );
  });

  it('refuses a scenario file offered as a lesson, saying what it is', () => {
    const scenario = readFileSync('src/scenarios/builtin/default.json', 'utf8');
    expect(refusal(scenario).message).toMatch(
      /This is not a VirtLab lesson file: its "format" is "virtlab-scenario"/,
    );
  });

  it('mutated at any one place, opens intact or is refused with a line and column', () => {
    const file = fileOf() as unknown as Json;
    const paths = pathsOf(file);
    const junk: readonly Json[] = [null, 0, -1e9, '', 'x'.repeat(5_000), [], {}, true, '@nobody'];
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.nat(junk.length - 1), (p, j) => {
        const doc = structuredClone(file);
        setAt(doc, paths[p]!, junk[j]!);
        const read = readLesson(serialise(doc));
        if (read.ok) expect(read.lesson.id).toBeTypeOf('string');
        else for (const e of read.errors) expect(e.message).toMatch(/^Line \d+, column \d+: /);
      }),
      { numRuns: runs(300) },
    );
  });

  it('is described by docs/lesson.schema.json (run `npm run schema` after changing it)', () => {
    expect(readFileSync('docs/lesson.schema.json', 'utf8')).toBe(lessonJsonSchemaText());
  });
});

describe('docs/lesson-format.md', () => {
  it('names every predicate the registry has', () => {
    const doc = readFileSync('docs/lesson-format.md', 'utf8');
    const missing = Object.keys(PREDICATES).filter((is) => !doc.includes(`| \`${is}\``));
    expect(missing).toEqual([]);
  });
});
