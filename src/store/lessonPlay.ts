import { type Session, excerpt, startSession } from '../engine/read';
import {
  type GoalStatus,
  LESSONS,
  type Lesson,
  type LessonStep,
  type PreparedLesson,
  goalStatuses,
  lessonById,
  lockedReason,
  predictAnswer,
  prepareLesson,
  runStep,
  runSteps,
} from '../lessons';
import {
  type Progress,
  loadProgress,
  mergeProgress,
  progressText,
  readProgressBlob,
  saveProgress,
  withOutcome,
} from './lessonProgress';
import type { LessonRun, SandboxWork } from './lessonSlice';
import type { SandboxStoreApi } from './sandboxStore';

/**
 * What the lesson player does to the store, loaded with the player (see lessonSlice.ts). While a
 * lesson is open its world is the store's session, so the canvas, the inspector, undo and the
 * clock all work on it; the sandbox's own work waits in the lesson's `sandbox` until it closes.
 */

/** A fresh variation for each attempt; the engine itself stays deterministic. */
const newSeed = () => Math.floor(Math.random() * 2 ** 31);

/** Shows the lessons menu (or the open lesson), or hides it. */
export function showLessons(store: SandboxStoreApi, shown: boolean): void {
  lessonProgressOf(store);
  store.setState({ lessonsShown: shown });
}

/**
 * Opens a lesson on its start, stashing the sandbox's work (or keeping the stash when one lesson
 * follows another). An unknown id leaves the sandbox as it is and says so.
 */
export function openLesson(store: SandboxStoreApi, id: string, seed = newSeed()): boolean {
  const source = lessonById(id);
  if (source) startLesson(store, source, seed);
  else
    store
      .getState()
      .notify(
        `There is no lesson "${excerpt(id)}" in this VirtLab; the free sandbox is open.`,
        'error',
      );
  return source !== undefined;
}

/** Opens a lesson given as data (a built-in one, or one a test or a teacher brings). */
export function startLesson(store: SandboxStoreApi, source: Lesson, seed = newSeed()): void {
  const s = store.getState();
  const sandbox: SandboxWork = s.lesson?.sandbox ?? {
    session: s.session,
    positions: s.positions,
    scenarioName: s.scenarioName,
  };
  const hidden: readonly string[] = source.tools?.hidePanels ?? [];
  begin(store, source, prepareLesson(source, seed), sandbox, { introPage: 0 });
  store.setState({
    lessonsShown: true,
    positions: {},
    view: hidden.includes(s.view) ? 'datacenter' : s.view,
    sidePanel: hidden.includes(s.sidePanel) ? 'inspect' : s.sidePanel,
  });
  lessonProgressOf(store);
  track(store);
}

/** Puts the lesson's start in the session as a new attempt (no undo back past it). */
function begin(
  store: SandboxStoreApi,
  source: Lesson,
  prepared: PreparedLesson,
  sandbox: SandboxWork,
  extra: Partial<LessonRun> = {},
): void {
  const { lesson } = prepared;
  const session = startSession(prepared.start);
  const sinceSeq = (prepared.start.sim.log.at(-1)?.seq ?? -1) + 1;
  const run: LessonRun = {
    source,
    prepared,
    sandbox,
    sinceSeq,
    goals: goalStatuses(prepared, session.state, sinceSeq, {}),
    predictions: {},
    steps: 0,
    hintsShown: 0,
    introPage: null,
    solutionShown: false,
    demoShown: false,
    playingSolution: false,
    completed: false,
    hidden: lesson.tools?.hidePanels ?? [],
    refuse: (command) => lockedReason(lesson, command),
    leave: () => leaveLesson(store, false),
    ...extra,
  };
  store.setState({
    session,
    scenarioName: `Lesson: ${lesson.title}`,
    lesson: run,
    selection: null,
    highlight: [],
    trace: null,
    traceWorld: null,
    playing: false,
  });
}

/** Closes the lesson and gives the sandbox its work back, with its undo history. */
export function leaveLesson(store: SandboxStoreApi, showMenu: boolean): void {
  const { lesson } = store.getState();
  untrack(store);
  if (!lesson) return;
  const { session, positions, scenarioName } = lesson.sandbox;
  store.setState({
    session,
    positions,
    scenarioName,
    lesson: null,
    lessonsShown: showMenu,
    selection: null,
    highlight: [],
    trace: null,
    traceWorld: null,
    playing: false,
  });
}

/** Back to the lesson's start, with a new variation. */
export function resetLesson(store: SandboxStoreApi, seed = newSeed()): void {
  const { lesson } = store.getState();
  if (!lesson) return;
  begin(store, lesson.source, prepareLesson(lesson.source, seed), lesson.sandbox);
}

/** The lesson after this one in the course, if any. */
export function nextLessonId(id: string): string | undefined {
  const at = LESSONS.findIndex((l) => l.id === id);
  return at < 0 ? undefined : LESSONS[at + 1]?.id;
}

export function showHint(store: SandboxStoreApi): void {
  update(store, (l) => ({
    hintsShown: Math.min(l.hintsShown + 1, l.prepared.lesson.hints.length),
  }));
}

/** Turns to an intro page, or (null) closes the intro to start, afresh after a demonstration. */
export function showIntroPage(store: SandboxStoreApi, page: number | null): void {
  const { lesson } = store.getState();
  if (page === null && lesson?.demoShown)
    begin(store, lesson.source, lesson.prepared, lesson.sandbox);
  else update(store, () => ({ introPage: page }));
}

/**
 * Predict, then run: keeps what the learner chose, runs the question's steps through the
 * session and keeps what the engine then shows as the answer.
 */
export function runPrediction(
  store: SandboxStoreApi,
  goalId: string,
  chosen: readonly string[],
): void {
  const { lesson, session, notify } = store.getState();
  const goal = lesson?.prepared.lesson.goals.find((g) => g.id === goalId);
  if (!lesson || goal?.kind !== 'predict') return;
  const out = runSteps(session, goal.run);
  if (!out.ok) {
    notify(`"${goal.runLabel}" could not run: ${out.reason}`, 'error');
    return;
  }
  const actual = predictAnswer(goal, session.state, out.session.state);
  store.setState({
    session: out.session,
    lesson: { ...lesson, predictions: { ...lesson.predictions, [goalId]: { chosen, actual } } },
  });
}

/** Time between two shown steps of the solution, and between two of its simulated seconds. */
const STEP_MS = 700;
const SECOND_MS = 60;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Plays the reference solution from the lesson's start (the world it was written for), one step
 * at a time through the session so the learner sees each one; a wait runs the clock second by
 * second. The lesson then counts as shown, not done. Leaving or resetting stops the playing.
 */
export async function showSolution(
  store: SandboxStoreApi,
  pause: (ms: number) => Promise<void> = sleep,
): Promise<void> {
  const { lesson } = store.getState();
  if (!lesson || lesson.playingSolution) return;
  begin(store, lesson.source, lesson.prepared, lesson.sandbox, {
    solutionShown: true,
    playingSolution: true,
  });
  const { prepared } = lesson;
  saveOutcome(store, prepared.lesson.id, 'shown');
  await playShown(store, prepared, prepared.lesson.solution, pause, 'The solution');
}

/**
 * Plays the demonstration of the intro page shown, from the lesson's start; the attempt itself
 * starts afresh when the intro closes, so nothing the demonstration did counts.
 */
export async function playDemo(
  store: SandboxStoreApi,
  pause: (ms: number) => Promise<void> = sleep,
): Promise<void> {
  const { lesson } = store.getState();
  const demo = lesson?.prepared.lesson.intro[lesson.introPage ?? -1]?.demo;
  if (!lesson || !demo || lesson.playingSolution) return;
  begin(store, lesson.source, lesson.prepared, lesson.sandbox, {
    introPage: lesson.introPage,
    demoShown: true,
    playingSolution: true,
  });
  await playShown(store, lesson.prepared, demo.steps, pause, 'The demonstration');
}

/**
 * Plays steps one at a time through the session so the learner sees each one (a wait runs the
 * clock second by second); leaving or resetting the lesson stops it.
 */
async function playShown(
  store: SandboxStoreApi,
  prepared: PreparedLesson,
  steps: readonly LessonStep[],
  pause: (ms: number) => Promise<void>,
  what: string,
): Promise<void> {
  // A new attempt, leaving, or the intro closing mid-demonstration ends the playing.
  const still = () => {
    const now = store.getState().lesson;
    return now?.prepared === prepared && now.playingSolution;
  };
  for (const [i, step] of steps.entries()) {
    for (const part of shownParts(step)) {
      await pause(part.type === 'wait' ? SECOND_MS : STEP_MS);
      if (!still()) return;
      const out = runStep(store.getState().session, part);
      if (!out.ok) {
        store.getState().notify(`${what} stopped at its step ${i + 1}: ${out.reason}`, 'error');
        break;
      }
      store.setState({ session: out.session });
    }
  }
  if (still()) update(store, () => ({ playingSolution: false }));
}

/** A wait is shown one simulated second at a time. */
const shownParts = (step: LessonStep): LessonStep[] =>
  step.type === 'wait'
    ? Array.from({ length: step.seconds }, () => ({ type: 'wait' as const, seconds: 1 }))
    : [step];

function update(store: SandboxStoreApi, change: (lesson: LessonRun) => Partial<LessonRun>): void {
  const { lesson } = store.getState();
  if (lesson) store.setState({ lesson: { ...lesson, ...change(lesson) } });
}

/** The goal items follow the session; finishing them all (without the solution) is kept. */
const tracking = new WeakMap<SandboxStoreApi, () => void>();

function track(store: SandboxStoreApi): void {
  untrack(store);
  let seen: { session: Session; lesson: LessonRun } | null = null;
  const follow = () => {
    const { lesson, session } = store.getState();
    if (
      !lesson ||
      (seen?.session === session &&
        seen.lesson.predictions === lesson.predictions &&
        seen.lesson.prepared === lesson.prepared)
    )
      return;
    seen = { session, lesson };
    const goals = goalStatuses(lesson.prepared, session.state, lesson.sinceSeq, lesson.predictions);
    const finished =
      !lesson.solutionShown && !lesson.demoShown && goals.length > 0 && goals.every((g) => g.met);
    const same = sameGoals(goals, lesson.goals);
    if (same && (lesson.completed || !finished)) return;
    store.setState({
      lesson: {
        ...lesson,
        goals: same ? lesson.goals : goals,
        completed: lesson.completed || finished,
      },
    });
    if (finished && !lesson.completed)
      saveOutcome(store, lesson.prepared.lesson.id, { done: lesson.steps });
  };
  tracking.set(store, store.subscribe(follow));
  follow();
}

/** Whether two goal lists read the same (so a tick that changes none costs no render). */
const sameGoals = (a: readonly GoalStatus[], b: readonly GoalStatus[]) =>
  a.length === b.length &&
  a.every((g, i) => g.text === b[i]?.text && g.met === b[i].met && g.right === b[i].right);

function untrack(store: SandboxStoreApi): void {
  tracking.get(store)?.();
  tracking.delete(store);
}

/** The progress, read from the browser's storage the first time the player needs it. */
export function lessonProgressOf(store: SandboxStoreApi): Progress {
  const held = store.getState().lessonProgress;
  if (held) return held;
  const loaded = loadProgress(localStorage);
  store.setState({ lessonProgress: loaded });
  return loaded;
}

function setProgress(store: SandboxStoreApi, progress: Progress): void {
  store.setState({ lessonProgress: progress });
  saveProgress(localStorage, progress);
}

function saveOutcome(
  store: SandboxStoreApi,
  id: string,
  outcome: { done: number } | 'shown',
): void {
  setProgress(store, withOutcome(lessonProgressOf(store), id, outcome));
}

/** Downloads the progress as a small JSON file. */
export function exportProgress(store: SandboxStoreApi): void {
  const blob = new Blob([progressText(lessonProgressOf(store))], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'virtlab-lesson-progress.json';
  a.click();
  URL.revokeObjectURL(a.href);
}

/** Joins a progress file into the progress; one that does not read changes nothing. */
export async function importProgress(
  store: SandboxStoreApi,
  file: Blob,
  fileName: string,
): Promise<void> {
  const read = await readProgressBlob(file, fileName);
  if (!read.ok) {
    store.getState().notify(read.message, 'error');
    return;
  }
  setProgress(store, mergeProgress(lessonProgressOf(store), read.progress));
  const records = Object.values(read.progress);
  const done = records.filter((r) => r.done).length;
  const shown = records.filter((r) => !r.done && r.shown).length;
  store
    .getState()
    .notify(
      `Progress from ${fileName} added: ${done} lesson${done === 1 ? '' : 's'} done, ${shown} with the solution shown.`,
      'success',
    );
}
