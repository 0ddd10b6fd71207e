import type { StateCreator } from 'zustand';
import { type Command, type Session, type State, startSession } from '../engine/read';
import type * as Runtime from '../engine/runtime';
import type { Scenario } from '../scenarios/schema';
import type { SandboxStore } from './sandboxStore';

export type EngineRuntime = typeof Runtime;

export interface SessionSlice {
  session: Session;
  /** The engine's state-changing half, attached once it has loaded (see app/main.tsx). */
  runtime: EngineRuntime | null;
  attachRuntime: (runtime: EngineRuntime) => void;
  /** Runs a command; a refusal is shown to the learner and changes nothing. */
  dispatch: (command: Command) => { ok: true } | { ok: false; reason: string };
  undo: () => void;
  redo: () => void;
  /** Advances the simulated clock by dt seconds. */
  advanceClock: (dt: number) => void;
  /** Replaces the whole datacenter and its layout, e.g. after an import; history restarts. */
  load: (scenario: Scenario) => void;
  scenarioName: string;
}

const STILL_LOADING = 'The simulation is still loading; try again in a moment.';

export const createSessionSlice =
  (initial: State, name: string): StateCreator<SandboxStore, [], [], SessionSlice> =>
  (set, get) => ({
    session: startSession(initial),
    scenarioName: name,
    runtime: null,
    attachRuntime: (runtime) => set({ runtime }),
    dispatch: (command) => {
      const { runtime, session, notify } = get();
      if (!runtime) {
        notify(STILL_LOADING, 'info');
        return { ok: false, reason: STILL_LOADING };
      }
      const result = runtime.execute(session, command);
      if (!result.ok) {
        notify(result.reason, 'error');
        return result;
      }
      set({ session: result.session });
      return { ok: true };
    },
    undo: () => {
      const { runtime, session, notify } = get();
      const next = runtime?.undo(session);
      if (next) set({ session: next });
      else notify(runtime ? 'Nothing to undo.' : STILL_LOADING, 'info');
    },
    redo: () => {
      const { runtime, session, notify } = get();
      const next = runtime?.redo(session);
      if (next) set({ session: next });
      else notify(runtime ? 'Nothing to redo.' : STILL_LOADING, 'info');
    },
    advanceClock: (dt) => {
      const { runtime, session } = get();
      if (runtime) set({ session: runtime.advance(session, dt) });
    },
    load: (scenario) =>
      set({
        session: startSession(scenario.state),
        scenarioName: scenario.name,
        selection: null,
        positions: scenario.layout?.hostPositions ?? {},
      }),
  });
