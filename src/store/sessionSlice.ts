import type { StateCreator } from 'zustand';
import { type Command, type Session, type State, startSession } from '../engine/read';
import type { Scenario } from '../scenarios/schema';
import type { SandboxStore } from './sandboxStore';
import type { Simulation, SimulationHandle } from './simulation';

export interface SessionSlice {
  session: Session;
  /**
   * Whether the engine's simulating half has loaded (see simulation.ts). Until it has, commands,
   * the clock and undo wait, and a command is refused with a sentence saying so.
   */
  simulationReady: boolean;
  /** Runs a command; a refusal is shown to the learner and changes nothing. */
  dispatch: (command: Command) => { ok: true } | { ok: false; reason: string };
  undo: () => void;
  redo: () => void;
  /** Advances the simulated clock by dt seconds. */
  advanceClock: (dt: number) => void;
  /**
   * Replaces the whole datacenter and its layout, e.g. after an import; history restarts. An open
   * lesson closes first, so what is loaded becomes the sandbox's work.
   */
  load: (scenario: Scenario) => void;
  scenarioName: string;
}

export const STILL_LOADING = 'The simulation is still loading; try again in a moment.';

export const createSessionSlice =
  (
    initial: State,
    name: string,
    simulation: SimulationHandle,
  ): StateCreator<SandboxStore, [], [], SessionSlice> =>
  (set, get) => {
    /** The simulation, or null (and a word to the learner) while it is still loading. */
    const loaded = (): Simulation | null => {
      if (!simulation.current) get().notify(STILL_LOADING, 'info');
      return simulation.current;
    };
    const swap = (direction: 'undo' | 'redo', nothing: string) => {
      const sim = loaded();
      if (!sim) return;
      const next = sim[direction](get().session);
      if (next) set({ session: next });
      else get().notify(nothing, 'info');
    };
    return {
      session: startSession(initial),
      scenarioName: name,
      simulationReady: simulation.current !== null,
      dispatch: (command) => {
        const sim = loaded();
        if (!sim) return { ok: false, reason: STILL_LOADING };
        // An open lesson may keep some commands locked, and counts the learner's steps.
        const lesson = get().lesson;
        const locked = lesson?.refuse(command);
        const done = locked
          ? { ok: false as const, reason: locked }
          : sim.execute(get().session, command);
        if (!done.ok) {
          get().notify(done.reason, 'error');
          return { ok: false, reason: done.reason };
        }
        set({
          session: done.session,
          ...(lesson && { lesson: { ...lesson, steps: lesson.steps + 1 } }),
        });
        return { ok: true };
      },
      undo: () => swap('undo', 'Nothing to undo.'),
      redo: () => swap('redo', 'Nothing to redo.'),
      advanceClock: (dt) => {
        // The clock is not the learner's doing: before the simulation loads it just waits.
        const sim = simulation.current;
        if (sim) set({ session: sim.advance(get().session, dt) });
      },
      load: (scenario) => {
        // A scenario opened during a lesson (an import, a reset) goes to the free sandbox.
        get().lesson?.leave();
        set({
          session: startSession(scenario.state),
          scenarioName: scenario.name,
          selection: null,
          positions: scenario.layout?.hostPositions ?? {},
        });
      },
    };
  };
