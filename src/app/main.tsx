import '@xyflow/react/dist/style.css';
import '../index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_SCENARIO } from '../scenarios/builtin/defaultFile';
import { excerpt } from '../engine/read';
import { type SandboxStoreApi, createSandboxStore } from '../store/sandboxStore';
import { App } from './App';
import { type Boot, initialScenario } from './boot';
import { restorePrevious } from './restorePrevious';
import { installTestHook } from './testHook';

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  const { hash, search } = window.location;
  // A shared link is read once: cleared before it is read, so a reload opens the autosaved work
  // even when the link could not be opened.
  if (hash) window.history.replaceState(null, '', window.location.pathname + search);
  const boot = await initialScenario({ hash, search }, localStorage);
  const { store, message, replacedWork } = storeFor(boot);
  if (message) {
    const restore = replacedWork
      ? { label: 'Restore my previous work', run: () => void restorePrevious(store) }
      : undefined;
    store.getState().notify(message.text, message.tone, restore);
  }
  installTestHook(store);
  // #lesson=<id> opens that lesson over the sandbox's work, which waits for the learner's return.
  const lesson = new URLSearchParams(hash.slice(1)).get('lesson');
  if (lesson) store.setState({ lessonsShown: true, lessonAsked: lesson });
  // A link followed while the page is open changes only the hash: open it as a fresh page would
  // (the autosave is flushed on the way out).
  window.addEventListener('hashchange', () => {
    if (/[#&](scenario|lesson)=/.test(window.location.hash)) window.location.reload();
  });
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}

/**
 * The store for the opening scenario, or for the default one when that scenario cannot start
 * (the page must open whatever it was given). It starts loading the simulating half of the
 * engine, which arrives during the first paint.
 */
function storeFor(boot: Boot): Boot & { store: SandboxStoreApi } {
  try {
    return { ...boot, store: createSandboxStore(boot.scenario) };
  } catch (error) {
    const why = excerpt(error instanceof Error ? error.message : String(error));
    return {
      scenario: DEFAULT_SCENARIO,
      store: createSandboxStore(DEFAULT_SCENARIO),
      message: {
        text: `The scenario could not be started (VirtLab failed: ${why}). The default scenario opened instead.`,
        tone: 'error',
      },
    };
  }
}

void start();
