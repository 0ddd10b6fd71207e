import type { SandboxStoreApi } from '../store/sandboxStore';

declare global {
  interface Window {
    /** Read-only access for browser tests and curious teachers in the console. */
    virtlab?: { state: () => unknown; ready: () => boolean; store: SandboxStoreApi };
  }
}

export function installTestHook(store: SandboxStoreApi): void {
  window.virtlab = {
    state: () => store.getState().session.state,
    ready: () => store.getState().simulationReady,
    store,
  };
}
