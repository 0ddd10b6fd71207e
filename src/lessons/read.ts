import { placedError, readDocument, type ScenarioError } from '../scenarios/parse';
import { LESSON_DOCUMENT } from './format';
import { goalStatuses } from './goals';
import type { Lesson } from './model';
import { prepareLesson, solveLesson } from './play';

export type LessonRead =
  | { readonly ok: true; readonly lesson: Lesson }
  | { readonly ok: false; readonly errors: readonly ScenarioError[]; readonly omitted: number };

/**
 * A lesson file or link, opened only when whole: the document rules every VirtLab file meets,
 * then a dry run: the lesson must start, its own solution must run, and must meet every goal.
 */
export function readLesson(input: string | Uint8Array): LessonRead {
  const read = readDocument(input, LESSON_DOCUMENT);
  if (!read.ok) return read;
  const lesson = read.value.lesson;
  const problem = dryRunProblem(lesson);
  if (!problem) return { ok: true, lesson };
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  return {
    ok: false,
    errors: [placedError(text, ['lesson', ...problem.path], problem.sentence)],
    omitted: 0,
  };
}

/** Why the lesson cannot be taken as written, placed at the part of it that fails; or null. */
function dryRunProblem(lesson: Lesson): { path: (string | number)[]; sentence: string } | null {
  try {
    let prepared;
    try {
      prepared = prepareLesson(lesson, 1);
    } catch (error) {
      return { path: ['start', 'setup'], sentence: `The lesson cannot start: ${messageOf(error)}` };
    }
    const solved = solveLesson(prepared);
    if (!solved.ok)
      return { path: [...solved.path], sentence: `The lesson cannot be solved: ${solved.reason}` };
    const statuses = goalStatuses(
      prepared,
      solved.session.state,
      prepared.start.sim.seq,
      solved.predictions,
    );
    const unmet = statuses.findIndex((s) => !s.met);
    if (unmet < 0) return null;
    return {
      path: ['goals', unmet],
      sentence: `The lesson's own solution does not meet this goal: ${statuses[unmet]!.text}`,
    };
  } catch (error) {
    // Commands from a file are the engine's to judge; one it cannot even read is refused here.
    return {
      path: ['solution'],
      sentence: `VirtLab could not run this lesson (${messageOf(error)}).`,
    };
  }
}

const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 200);
