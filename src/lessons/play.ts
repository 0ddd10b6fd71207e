import {
  type Session,
  type State,
  type Command,
  advance,
  allContainers,
  allVms,
  emptyState,
  execute,
  findVm,
  startSession,
} from '../engine';
import { defaultScenario } from '../scenarios';
import type { Prediction } from './goals';
import type { Lesson, LessonStep, PredictGoal } from './model';
import { resolveRefs } from './refs';
import { drawVariables, substitute } from './variation';

/** A lesson made ready for one attempt: its variables drawn, and its start state built. */
export interface PreparedLesson {
  /** The lesson with every "{variable}" replaced for this attempt. */
  readonly lesson: Lesson;
  readonly seed: number;
  readonly variables: Readonly<Record<string, string | number>>;
  readonly start: State;
}

export function prepareLesson(source: Lesson, seed: number): PreparedLesson {
  const variables = drawVariables(source.variation, seed);
  const lesson = substitute(source, variables);
  const base = lesson.start.from === 'default' ? defaultScenario().state : emptyState(seed);
  const built = runSteps(startSession(base), lesson.start.setup);
  if (!built.ok) throw new Error(`Lesson ${source.id} cannot start: ${built.reason}`);
  return { lesson, seed, variables, start: built.session.state };
}

/** A step's command with its "@name" references resolved against the state it runs on. */
export function commandOf(state: State, step: Exclude<LessonStep, { type: 'wait' }>): Command {
  return resolveRefs(state, step) as unknown as Command;
}

/** Seconds of simulated time pass one second at a time, as the play button would run them. */
function wait(session: Session, seconds: number): Session {
  let next = session;
  for (let t = 0; t < seconds; t += 1) next = advance(next, 1);
  return next;
}

export type StepsResult =
  | { readonly ok: true; readonly session: Session }
  | { readonly ok: false; readonly reason: string; readonly step: number };

/** Runs steps one after another through the session (so they can be undone); stops at a refusal. */
export function runSteps(session: Session, steps: readonly LessonStep[]): StepsResult {
  let next = session;
  for (const [i, step] of steps.entries()) {
    const out = runStep(next, step);
    if (!out.ok) return { ok: false, reason: out.reason, step: i };
    next = out.session;
  }
  return { ok: true, session: next };
}

export function runStep(
  session: Session,
  step: LessonStep,
): { ok: true; session: Session } | { ok: false; reason: string } {
  if (step.type === 'wait') return { ok: true, session: wait(session, step.seconds) };
  let command: Command;
  try {
    command = commandOf(session.state, step);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const done = execute(session, command);
  return done.ok ? { ok: true, session: done.session } : { ok: false, reason: done.reason };
}

/** Whether a step is a command the learner would make (waits are the clock's doing). */
export const isCommand = (step: LessonStep): boolean => step.type !== 'wait';

/** The names a predict question's run shows as its answer, read off the states around the run. */
export function predictAnswer(goal: PredictGoal, before: State, after: State): string[] {
  if (goal.answer === 'moved') {
    return allVms(before.world)
      .filter((vm) => {
        const was = findVm(before.world, vm.id)?.host.id;
        const now = findVm(after.world, vm.id)?.host.id;
        return was !== undefined && now !== undefined && was !== now;
      })
      .map((vm) => vm.name);
  }
  // Starting counts as up before the run (a booting VM the run crashes goes down); after it,
  // only running does (a VM the run restarts is still down while it boots).
  const vms = (s: State, up: readonly string[]) =>
    new Set(
      allVms(s.world)
        .filter((v) => up.includes(v.power))
        .map((v) => v.name),
    );
  const containers = (s: State, up: readonly string[]) =>
    new Set(
      allContainers(s.world)
        .filter((c) => up.includes(c.state))
        .map((c) => c.name),
    );
  const [vmsBefore, vmsAfter] = [
    vms(before, ['running', 'booting', 'migrating']),
    vms(after, ['running', 'migrating']),
  ];
  const [ctrBefore, ctrAfter] = [
    containers(before, ['running', 'starting']),
    containers(after, ['running']),
  ];
  return [
    ...[...vmsBefore].filter((n) => !vmsAfter.has(n)),
    ...[...ctrBefore].filter((n) => !ctrAfter.has(n)),
  ].sort();
}

/** Whether a command is allowed by the lesson's tools; locked ones are refused with a reason. */
export function lockedReason(lesson: Lesson, command: Command): string | null {
  if (!lesson.tools?.lockCommands?.includes(command.type)) return null;
  return `This lesson keeps "${command.type}" locked, so that it shows one idea at a time; open the free sandbox to try it.`;
}

/** What playing a lesson's own solution gives: the solved session and each question's answer. */
export type Solved =
  | {
      readonly ok: true;
      readonly session: Session;
      readonly predictions: Readonly<Record<string, Prediction>>;
    }
  | { readonly ok: false; readonly path: readonly (string | number)[]; readonly reason: string };

/**
 * Plays the reference solution from the start, then every question's run on the solved state,
 * answering each question right; a lesson whose solution is refused says at which step.
 */
export function solveLesson(prepared: PreparedLesson): Solved {
  const solved = runSteps(startSession(prepared.start), prepared.lesson.solution);
  if (!solved.ok)
    return {
      ok: false,
      path: ['solution', solved.step],
      reason: `step ${solved.step + 1} of the solution is refused: ${solved.reason}`,
    };
  const predictions: Record<string, Prediction> = {};
  for (const [i, goal] of prepared.lesson.goals.entries()) {
    if (goal.kind !== 'predict') continue;
    const ran = runSteps(solved.session, goal.run);
    if (!ran.ok)
      return {
        ok: false,
        path: ['goals', i, 'run', ran.step],
        reason: `the run of question ${goal.id} is refused: ${ran.reason}`,
      };
    const actual = predictAnswer(goal, solved.session.state, ran.session.state);
    predictions[goal.id] = { chosen: actual, actual };
  }
  return { ok: true, session: solved.session, predictions };
}
