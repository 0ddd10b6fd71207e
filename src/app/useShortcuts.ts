import { useEffect } from 'react';
import { actionForKey } from '../store/actions';
import type { SandboxStoreApi } from '../store/sandboxStore';

/**
 * Global keyboard shortcuts from the action registry, the one the toolbar's buttons read, so a key
 * and its button do the same; typing in a field is left alone.
 */
export function useShortcuts(store: SandboxStoreApi): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      void action.perform(store);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
