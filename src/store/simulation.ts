import type * as Runtime from '../engine/runtime';

/**
 * What the store runs through the engine's simulating half: commands, the clock, undo and the
 * packet tracer. These are functions, not state, so the store holds them beside its state.
 */
export type Simulation = Pick<
  typeof Runtime,
  'execute' | 'advance' | 'undo' | 'redo' | 'tracePing'
>;

/**
 * Loads the simulating half in a chunk of its own, so the first paint downloads only what it
 * draws (engine/read). Lazily loaded panels import the engine directly instead.
 */
export const loadSimulation = (): Promise<Simulation> => import('../engine/runtime');

/** The store's hold on the simulation: null until it has loaded. */
export interface SimulationHandle {
  current: Simulation | null;
}
