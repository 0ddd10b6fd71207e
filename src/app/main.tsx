import '@xyflow/react/dist/style.css';
import '../index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createSandboxStore } from '../store/sandboxStore';
import { App } from './App';
import { initialScenario } from './boot';
import { restorePrevious } from './restorePrevious';
import { installTestHook } from './testHook';

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  const { scenario, message, replacedWork } = await initialScenario(window.location, localStorage);
  // A shared link has done its job once loaded; a reload then opens the autosaved work.
  if (window.location.hash)
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  // The store starts loading the simulating half of the engine, which arrives during the first paint.
  const store = createSandboxStore(scenario);
  if (message) {
    const restore = replacedWork
      ? { label: 'Restore my previous work', run: () => void restorePrevious(store) }
      : undefined;
    store.getState().notify(message.text, message.tone, restore);
  }
  installTestHook(store);
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}

void start();
