import { DEFAULT_SCENARIO } from '../scenarios/builtin/defaultFile';
import { fromBlob, toFile } from './persistence';
import type { SandboxStoreApi } from './sandboxStore';
import { encodeScenarioLink } from './shareLink';

/** Links longer than this are cut by some chat and mail tools. */
const LONG_LINK = 8000;

const currentFile = (store: SandboxStoreApi): string => {
  const { session, scenarioName, positions } = store.getState();
  return toFile(session.state, scenarioName, positions);
};

/** Downloads the datacenter, with its layout, as a scenario file named after it. */
export function exportScenario(store: SandboxStoreApi): void {
  const blob = new Blob([currentFile(store)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${store.getState().scenarioName.replace(/[^\w.-]+/g, '-') || 'scenario'}.virtlab.json`;
  a.click();
  URL.revokeObjectURL(a.href);
}

/** Copies a link that carries the whole datacenter, and says how long it is. */
export async function copyShareLink(store: SandboxStoreApi): Promise<void> {
  const { notify } = store.getState();
  const base = window.location.origin + window.location.pathname;
  const url = await encodeScenarioLink(base, currentFile(store));
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    notify(
      'The browser did not let VirtLab use the clipboard; use Export to share a file instead.',
      'error',
    );
    return;
  }
  const long =
    url.length > LONG_LINK
      ? ' Some chat tools cut links this long: if it arrives broken, share the exported file instead.'
      : '';
  notify(
    `A link to this datacenter was copied (${url.length.toLocaleString('en')} characters).${long}`,
    'success',
  );
}

/** Loads a scenario file the learner picked; a file that does not load changes nothing. */
export async function importScenario(store: SandboxStoreApi, file: File): Promise<void> {
  const loaded = await fromBlob(file, file.name);
  const s = store.getState();
  if (!loaded.ok) {
    s.notify(loaded.message, 'error');
    return;
  }
  s.load(loaded.scenario);
  s.notify(`Loaded "${loaded.scenario.name}" from ${file.name}.`, 'success');
}

/** Replaces the datacenter with the default scenario once the learner has agreed to. */
export function resetToDefault(store: SandboxStoreApi): void {
  if (
    !window.confirm(
      'Replace your datacenter with the default scenario? Export it first to keep it.',
    )
  )
    return;
  store.getState().load(DEFAULT_SCENARIO);
}
