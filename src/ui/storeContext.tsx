import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SandboxStore, SandboxStoreApi } from '../store/sandboxStore';

export const StoreContext = createContext<SandboxStoreApi | null>(null);

export function useStoreApi(): SandboxStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSandbox must be used inside <StoreContext.Provider>.');
  return store;
}

/** Reads one narrow slice of the sandbox store; re-renders only when that slice changes. */
export function useSandbox<T>(selector: (s: SandboxStore) => T): T {
  return useStore(useStoreApi(), selector);
}

/**
 * The engine's simulation half (commands, traces, placement, compare), or null for the few
 * moments after the first paint before it has loaded. See engine/read.ts.
 */
export function useRuntime() {
  return useSandbox((s) => s.runtime);
}
