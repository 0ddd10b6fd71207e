import type { StateCreator } from 'zustand';
import {
  type Command,
  type Session,
  type State,
  advance,
  execute,
  redo,
  startSession,
  undo,
} from '../engine';
import type { SandboxStore } from './sandboxStore';

export interface SessionSlice {
  session: Session;
  /** Runs a command; a refusal is shown to the learner and changes nothing. */
  dispatch: (command: Command) => { ok: true } | { ok: false; reason: string };
  undo: () => void;
  redo: () => void;
  /** Advances the simulated clock by dt seconds. */
  advanceClock: (dt: number) => void;
  /** Replaces the whole datacenter, e.g. after an import; history restarts. */
  load: (state: State, name: string) => void;
  scenarioName: string;
}

export const createSessionSlice =
  (initial: State, name: string): StateCreator<SandboxStore, [], [], SessionSlice> =>
  (set, get) => ({
    session: startSession(initial),
    scenarioName: name,
    dispatch: (command) => {
      const result = execute(get().session, command);
      if (!result.ok) {
        get().notify(result.reason, 'error');
        return result;
      }
      set({ session: result.session });
      return { ok: true };
    },
    undo: () => {
      const next = undo(get().session);
      if (next) set({ session: next });
      else get().notify('Nothing to undo.', 'info');
    },
    redo: () => {
      const next = redo(get().session);
      if (next) set({ session: next });
      else get().notify('Nothing to redo.', 'info');
    },
    advanceClock: (dt) => set({ session: advance(get().session, dt) }),
    load: (state, scenarioName) =>
      set({ session: startSession(state), scenarioName, selection: null, positions: {} }),
  });
