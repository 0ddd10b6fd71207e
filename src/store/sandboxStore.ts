import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../scenarios/schema';
import { type SessionSlice, createSessionSlice } from './sessionSlice';
import { type TraceSlice, createTraceSlice } from './traceSlice';
import { type UiSlice, createUiSlice } from './uiSlice';

/** One store built from slices: the engine session, and what only the UI needs. */
export type SandboxStore = SessionSlice & UiSlice & TraceSlice;

/** A store opened on a scenario, with the host positions it was saved with. */
export function createSandboxStore(scenario: Scenario) {
  const store = createStore<SandboxStore>()((...a) => ({
    ...createSessionSlice(scenario.state, scenario.name)(...a),
    ...createUiSlice(...a),
    ...createTraceSlice(...a),
  }));
  store.getState().load(scenario);
  return store;
}

export type SandboxStoreApi = ReturnType<typeof createSandboxStore>;
