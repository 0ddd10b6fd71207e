import { createContext, useContext, useState } from 'react';
import { useStore } from 'zustand';
import { sameData } from '../store/sameData';
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
 * reads differently from the last one (sameData), so a tick that leaves it as it was costs no
 * render even though the engine built it anew.
 */
export function useDerived<I, A extends readonly unknown[], T>(
  input: (s: SandboxStore) => I,
  compute: (slice: I, ...args: A) => T,
  ...args: A
): T {
  const [derive] = useState(() => keepingSame<I, A, T>());
  return useSandbox((s) => derive(compute, input(s), ...args));
}

/** Works a value out once per input, and gives back the last one while the new one reads the same. */
function keepingSame<I, A extends readonly unknown[], T>() {
  type Compute = (slice: I, ...args: A) => T;
  const work = lastResult((f: Compute, slice: I, ...a: A) => f(slice, ...a));
  let shown: { readonly value: T } | null = null;
  return (f: Compute, slice: I, ...a: A): T => {
    const value = work(f, slice, ...a);
    if (shown && sameData(shown.value, value)) return shown.value;
    shown = { value };
    return value;
  };
}
