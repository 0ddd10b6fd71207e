import type { Command } from '../../engine/read';
import { useStoreApi } from '../storeContext';

/** Dispatches a command and returns the refusal reason, or null when it was applied. */
export function useCommit(): (command: Command) => string | null {
  const store = useStoreApi();
  return (command) => {
    const result = store.getState().dispatch(command);
    return result.ok ? null : result.reason;
  };
}

/** Parses a number typed by a learner; NaN lets the engine say what range it wants. */
export const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
