import type { Command } from '../../engine/read';
import { useStoreApi } from '../storeContext';

/** How long the canvas picks out who a crash or a recovery touched. */
const HIGHLIGHT_MS = 4000;

/**
 * Dispatches a command and, when it is applied, lights up on the canvas everything its events
 * name (a crash's blast radius: the layer and who went down with it) for a few seconds.
 * Returns the refusal reason, or null.
 */
export function useDispatchAndShow(): (command: Command) => string | null {
  const store = useStoreApi();
  return (command) => {
    const before = store.getState().session.state.sim.seq;
    const result = store.getState().dispatch(command);
    if (!result.ok) return result.reason;
    const subjects = store
      .getState()
      .session.state.sim.log.filter((e) => e.seq >= before)
      .flatMap((e) => e.subjects);
    const { setHighlight } = store.getState();
    setHighlight(subjects);
    window.setTimeout(() => {
      if (store.getState().highlight === subjects) setHighlight([]);
    }, HIGHLIGHT_MS);
    return null;
  };
}
