import type { State } from '../engine/read';
import type { SandboxStoreApi } from '../store/sandboxStore';

/**
 * What the page offers browser tests (and curious teachers in the console) as window.virtlab.
 * Browser tests import this type, so what they read from the page is typed.
 */
export interface VirtlabHook {
  /** The engine state now: the world and the simulation's clock, log and learned tables. */
  readonly state: () => State;
  /** True once the engine's simulating half has loaded: commands, ticks and undo work. */
  readonly ready: () => boolean;
  readonly store: SandboxStoreApi;
}

declare global {
  interface Window {
    virtlab?: VirtlabHook;
  }
}

export function installTestHook(store: SandboxStoreApi): void {
  window.virtlab = {
    state: () => store.getState().session.state,
    ready: () => store.getState().simulationReady,
    store,
  };
}
