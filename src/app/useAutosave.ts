import { useEffect } from 'react';
import { saveAutosave, toFile } from '../store/persistence';
import type { SandboxStoreApi } from '../store/sandboxStore';

const DELAY_MS = 400;

/** Saves the sandbox's work to the browser shortly after each change, so a reload restores it. */
export function useAutosave(store: SandboxStoreApi): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // While a lesson is open, the sandbox's work waits in the lesson: that is what is kept.
    const save = () => {
      const { session, scenarioName, positions } =
        store.getState().lesson?.sandbox ?? store.getState();
      saveAutosave(localStorage, toFile(session.state, scenarioName, positions));
    };
    const unsubscribe = store.subscribe((now, before) => {
      const sandboxSame = now.session === before.session && now.positions === before.positions;
      if (now.lesson ? now.lesson.sandbox === before.lesson?.sandbox : sandboxSame) return;
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
