import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as engine from '../engine/runtime';
import { allVms, hostList } from '../engine/read';
import { type Lesson, lessonById } from '../lessons';
import { defaultScenario } from '../scenarios/builtin/default';
import { PROGRESS_KEY, markOf, progressText, readProgress } from './lessonProgress';
import {
  importProgress,
  leaveLesson,
  openLesson,
  resetLesson,
  runPrediction,
  playDemo,
  showHint,
  showIntroPage,
  showSolution,
  startLesson,
} from './lessonPlay';
import { createSandboxStore } from './sandboxStore';
import { MemoryStorage } from '../testing/memoryStorage';

beforeEach(() => vi.stubGlobal('localStorage', new MemoryStorage()));
afterEach(() => vi.unstubAllGlobals());

const FIRST = 'vm-is-an-object';
const first = () => lessonById(FIRST)!;
const storeOnDefault = () => createSandboxStore(defaultScenario(), engine);
const idOf = (store: ReturnType<typeof storeOnDefault>, kind: 'vm' | 'host', name: string) => {
  const world = store.getState().session.state.world;
  const list = kind === 'vm' ? allVms(world) : hostList(world);
  return list.find((x) => x.name === name)!.id;
};
const hostOfVm = (store: ReturnType<typeof storeOnDefault>, name: string) =>
  hostList(store.getState().session.state.world).find((h) =>
    h.platform.kind === 'hypervisor'
      ? Object.values(h.platform.vms).some((v) => v.name === name)
      : false,
  )?.name;

/** Moves the lesson's web VM to esx-02 as a learner's drag would, and lets the migration end. */
function moveWebToEsx02(store: ReturnType<typeof storeOnDefault>) {
  const web = String(store.getState().lesson!.prepared.variables.web);
  const out = store.getState().dispatch({
    type: 'moveVm',
    vmId: idOf(store, 'vm', web),
    toHostId: idOf(store, 'host', 'esx-02'),
  } as never);
  expect(out).toEqual({ ok: true });
  for (let t = 0; t < 60; t += 1) store.getState().advanceClock(1);
  return web;
}

describe('opening a lesson', () => {
  it('puts the lesson start in the session, keeps the sandbox aside and gives it back', () => {
    const store = storeOnDefault();
    store.getState().dispatch({
      type: 'setVmPower',
      vmId: idOf(store, 'vm', 'web-1'),
      on: false,
    } as never);
    const sandbox = store.getState().session;
    expect(openLesson(store, FIRST, 7)).toBe(true);
    const { lesson, session } = store.getState();
    expect(session).not.toBe(sandbox);
    expect(session.past).toHaveLength(0);
    expect(lesson!.sandbox.session).toBe(sandbox);
    const web = String(lesson!.prepared.variables.web);
    expect(hostOfVm(store, web)).toBe('esx-01');
    expect(lesson!.goals.map((g) => g.met)).toEqual([false, true]);
    expect(lesson!.hidden).toEqual(['compare', 'orchestrator']);
    leaveLesson(store, false);
    expect(store.getState().session).toBe(sandbox);
    expect(store.getState().lesson).toBeNull();
  });

  it('a scenario loaded during a lesson (an import, a reset) closes it and becomes the sandbox work', () => {
    const store = storeOnDefault();
    openLesson(store, FIRST, 7);
    const imported = { ...defaultScenario(), name: 'Imported' };
    store.getState().load(imported);
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().scenarioName).toBe('Imported');
    expect(store.getState().session.state).toBe(imported.state);
  });

  it('an unknown id leaves the sandbox as it is and says so', () => {
    const store = storeOnDefault();
    const before = store.getState().session;
    expect(openLesson(store, 'no-such-lesson')).toBe(false);
    expect(store.getState().session).toBe(before);
    expect(store.getState().notice?.text).toMatch(/no lesson "no-such-lesson"/);
  });
});

describe('playing a lesson', () => {
  it('the goals turn as the learner works, and finishing marks the lesson done with its steps', () => {
    const store = storeOnDefault();
    openLesson(store, FIRST, 3);
    moveWebToEsx02(store);
    const { lesson } = store.getState();
    expect(lesson!.goals.every((g) => g.met)).toBe(true);
    expect(lesson!.completed).toBe(true);
    expect(lesson!.steps).toBe(1);
    expect(store.getState().lessonProgress?.[FIRST]).toEqual({
      done: true,
      shown: false,
      bestSteps: 1,
    });
    expect(readProgress(localStorage.getItem(PROGRESS_KEY)!, 'saved')).toEqual({
      ok: true,
      progress: { [FIRST]: { done: true, shown: false, bestSteps: 1 } },
    });
  });

  it('hints come one at a time, and reset starts again with no hint shown', () => {
    const store = storeOnDefault();
    openLesson(store, FIRST, 3);
    showHint(store);
    expect(store.getState().lesson!.hintsShown).toBe(1);
    for (let i = 0; i < 5; i += 1) showHint(store);
    expect(store.getState().lesson!.hintsShown).toBe(first().hints.length);
    moveWebToEsx02(store);
    resetLesson(store, 4);
    const { lesson } = store.getState();
    expect(lesson!.hintsShown).toBe(0);
    expect(lesson!.steps).toBe(0);
    expect(hostOfVm(store, String(lesson!.prepared.variables.web))).toBe('esx-01');
  });

  it('showing the solution plays it through the session and marks the lesson shown, not done', async () => {
    const store = storeOnDefault();
    openLesson(store, FIRST, 5);
    const states: string[] = [];
    await showSolution(store, () => {
      states.push(hostOfVm(store, String(store.getState().lesson!.prepared.variables.web)) ?? '');
      return Promise.resolve();
    });
    const { lesson } = store.getState();
    expect(lesson!.goals.every((g) => g.met)).toBe(true);
    expect(lesson!.completed).toBe(false);
    expect(lesson!.solutionShown).toBe(true);
    expect(lesson!.playingSolution).toBe(false);
    // Step by step: the VM was still on esx-01 before the move, on esx-02 while the clock ran.
    expect(states[0]).toBe('esx-01');
    expect(states.at(-1)).toBe('esx-02');
    expect(markOf(store.getState().lessonProgress?.[FIRST])).toBe('shown');
    // The solution ran through the session, so it can be undone.
    expect(store.getState().session.past.length).toBeGreaterThan(0);
  });

  it('an intro demonstration plays on the start, counts for nothing, and the lesson starts afresh', async () => {
    const store = storeOnDefault();
    openLesson(store, FIRST, 5);
    expect(store.getState().lesson!.introPage).toBe(0);
    const seen: string[] = [];
    await playDemo(store, () => {
      seen.push(hostOfVm(store, 'cache-1') ?? '');
      return Promise.resolve();
    });
    expect(seen[0]).toBe('esx-02');
    expect(hostOfVm(store, 'cache-1')).toBe('esx-01');
    expect(store.getState().lesson).toMatchObject({ steps: 0, demoShown: true, completed: false });
    showIntroPage(store, null);
    expect(hostOfVm(store, 'cache-1')).toBe('esx-02');
    expect(store.getState().lesson).toMatchObject({ introPage: null, demoShown: false, steps: 0 });
  });

  it("a locked command is refused with the lesson's sentence and changes nothing", () => {
    const store = storeOnDefault();
    const locked: Lesson = { ...first(), tools: { lockCommands: ['setVmPower'] } };
    startLesson(store, locked, 1);
    const before = store.getState().session;
    const out = store.getState().dispatch({
      type: 'setVmPower',
      vmId: idOf(store, 'vm', 'db-1'),
      on: false,
    } as never);
    expect(out.ok).toBe(false);
    expect(store.getState().notice?.text).toMatch(/keeps "setVmPower" locked/);
    expect(store.getState().session).toBe(before);
    expect(store.getState().lesson!.steps).toBe(0);
  });
});

describe('a predict-then-run question', () => {
  const question: Lesson = {
    ...lessonById(FIRST)!,
    goals: [
      {
        kind: 'predict',
        id: 'fail',
        question: 'esx-01 fails. Which VMs go down?',
        choices: ['{web}', 'db-1', 'app-1'],
        runLabel: 'Fail esx-01',
        run: [{ type: 'setHostPower', hostId: '@esx-01', power: 'failed' }],
        answer: 'down',
      },
    ],
  };

  it('runs its steps through the session and shows the answer the engine gives beside the pick', () => {
    const store = storeOnDefault();
    startLesson(store, question, 2);
    const web = String(store.getState().lesson!.prepared.variables.web);
    expect(store.getState().lesson!.goals[0]).toMatchObject({ met: false });
    runPrediction(store, 'fail', ['db-1']);
    const { lesson, session } = store.getState();
    // The answer is read off the engine: both VMs of esx-01 went down.
    expect(lesson!.predictions.fail).toEqual({ chosen: ['db-1'], actual: ['db-1', web].sort() });
    expect(lesson!.goals[0]).toMatchObject({ met: true, right: false });
    expect(hostList(session.state.world).find((h) => h.name === 'esx-01')?.power).toBe('failed');
    expect(lesson!.completed).toBe(true);
    expect(lesson!.steps).toBe(0);
  });
});

describe('progress files', () => {
  it('a progress file reads back as the progress it was written from', () => {
    const progress = {
      [FIRST]: { done: true, shown: true, bestSteps: 2 },
      other: { done: false, shown: true },
    };
    expect(readProgress(progressText(progress), 'p.json')).toEqual({ ok: true, progress });
  });

  it('an invalid file is refused naming what is wrong, and the progress is unchanged', async () => {
    const store = storeOnDefault();
    openLesson(store, FIRST, 3);
    moveWebToEsx02(store);
    const before = store.getState().lessonProgress;
    const stored = localStorage.getItem(PROGRESS_KEY);
    const bad = progressText({ [FIRST]: { done: true, shown: false } }).replace(
      '"done": true',
      '"done": "yes"',
    );
    await importProgress(store, new Blob([bad]), 'bad.json');
    expect(store.getState().notice?.tone).toBe('error');
    expect(store.getState().notice?.text).toMatch(
      /bad\.json was not loaded.*\n.*"lessons" › "vm-is-an-object" › "done".*boolean/,
    );
    expect(store.getState().lessonProgress).toBe(before);
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(stored);
  });

  it('a file nested too deep is refused by the limits before it is parsed', () => {
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
    const read = readProgress(deep, 'deep.json');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(
      /Line 1, column 33: The field \[0\] › \[0\] › \[0\] › … › \[0\] nests lists and objects more than 32 levels deep/,
    );
  });

  it('a scenario file is refused as not a progress file', () => {
    const read = readProgress('{"format":"virtlab-scenario","version":3}', 'scenario.json');
    expect(!read.ok && read.message).toMatch(/not a VirtLab lesson progress file/);
  });

  it('an imported file joins the progress: done stays done, the fewest steps are kept', async () => {
    const store = storeOnDefault();
    openLesson(store, FIRST, 3);
    moveWebToEsx02(store);
    const file = progressText({
      [FIRST]: { done: false, shown: true },
      later: { done: true, shown: false, bestSteps: 4 },
    });
    await importProgress(store, new Blob([file]), 'p.json');
    expect(store.getState().lessonProgress).toEqual({
      [FIRST]: { done: true, shown: true, bestSteps: 1 },
      later: { done: true, shown: false, bestSteps: 4 },
    });
    expect(store.getState().notice?.text).toMatch(
      /p\.json added: 1 lesson done, 1 with the solution shown/,
    );
  });
});
