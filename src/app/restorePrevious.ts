import { fromFile } from '../store/persistence';
import type { SandboxStoreApi } from '../store/sandboxStore';
import { PREVIOUS_KEY } from './boot';

/** Brings back the work a shared link replaced (kept under PREVIOUS_KEY by boot). */
export async function restorePrevious(store: SandboxStoreApi): Promise<void> {
  const text = localStorage.getItem(PREVIOUS_KEY);
  if (!text) return;
  const loaded = await fromFile(text, 'Your previous work');
  const s = store.getState();
  if (!loaded.ok) {
    s.notify(loaded.message, 'error');
    return;
  }
  s.load(loaded.scenario);
  s.notify(`Restored "${loaded.scenario.name}".`, 'success');
}
