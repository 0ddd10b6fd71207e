import '@xyflow/react/dist/style.css';
import '../index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createSandboxStore } from '../store/sandboxStore';
import { App } from './App';
import { initialScenario } from './boot';
import { installTestHook } from './testHook';

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  const { scenario, message } = await initialScenario(window.location, localStorage);
  const store = createSandboxStore(scenario.state, scenario.name);
  for (const [id, at] of Object.entries(scenario.layout?.hostPositions ?? {}))
    store.getState().placeHost(id, at);
  if (message) store.getState().notify(message.text, message.tone);
  installTestHook(store);
  // The state-changing half of the engine loads while the first paint happens.
  void import('../engine/runtime').then((runtime) => store.getState().attachRuntime(runtime));
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}

void start();
