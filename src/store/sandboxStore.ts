import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../scenarios/schema';
import { type LessonSlice, createLessonSlice } from './lessonSlice';
import { type SessionSlice, createSessionSlice } from './sessionSlice';
import { type Simulation, type SimulationHandle, loadSimulation } from './simulation';
import { type TraceSlice, createTraceSlice } from './traceSlice';
import { type UiSlice, createUiSlice } from './uiSlice';

/** One store built from slices: the engine session, what only the UI needs, and the lesson open. */
export type SandboxStore = SessionSlice & UiSlice & TraceSlice & LessonSlice;

/**
 * A store opened on a scenario, with the host positions it was saved with. The simulation is
 * loaded after the first paint unless one is given (tests pass the engine in).
 */
export function createSandboxStore(
  scenario: Scenario,
  simulation: Simulation | Promise<Simulation> = loadSimulation(),
) {
  const handle: SimulationHandle = { current: null };
  const store = createStore<SandboxStore>()((...a) => ({
    ...createSessionSlice(scenario.state, scenario.name, handle)(...a),
    ...createUiSlice(...a),
    ...createTraceSlice(handle)(...a),
    ...createLessonSlice(...a),
  }));
  store.getState().load(scenario);
  const attach = (loaded: Simulation) => {
    handle.current = loaded;
    store.setState({ simulationReady: true });
  };
  if (simulation instanceof Promise)
    simulation.then(attach, () =>
      store
        .getState()
        .notify(
          'The simulation could not load: check the connection and reload the page.',
          'error',
        ),
    );
  else attach(simulation);
  return store;
}

export type SandboxStoreApi = ReturnType<typeof createSandboxStore>;
