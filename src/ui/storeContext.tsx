import { createContext, useContext, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { lastResult } from '../store/selectors';
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
 * A value the engine works out from a slice of the store (a report, a plan, a table), as in
 * `useDerived(selectWorld, crashOptions, hostId)`. It is worked out again only when the slice
 * or one of `args` changes (by identity), and the component re-renders only when the value
 * differs shallowly from the last one, so a tick that leaves it as it was costs no render.
 */
export function useDerived<I, A extends readonly unknown[], T>(
  input: (s: SandboxStore) => I,
  compute: (slice: I, ...args: A) => T,
  ...args: A
): T {
  const [memo] = useState(() =>
    lastResult((f: typeof compute, slice: I, ...a: A) => f(slice, ...a)),
  );
  return useSandbox(useShallow((s) => memo(compute, input(s), ...args)));
}
