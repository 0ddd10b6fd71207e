import { useEffect } from 'react';
import { saveAutosave, toFile } from '../store/persistence';
import type { SandboxStoreApi } from '../store/sandboxStore';

const DELAY_MS = 400;

/** Saves the work to the browser shortly after each change, so a reload restores it. */
export function useAutosave(store: SandboxStoreApi): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      const { session, scenarioName, positions } = store.getState();
      saveAutosave(localStorage, toFile(session.state, scenarioName, positions));
    };
    const unsubscribe = store.subscribe((now, before) => {
      if (now.session === before.session && now.positions === before.positions) return;
      clearTimeout(timer);
      timer = setTimeout(save, DELAY_MS);
    });
    const flush = () => {
      clearTimeout(timer);
      save();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      clearTimeout(timer);
    };
  }, [store]);
}
