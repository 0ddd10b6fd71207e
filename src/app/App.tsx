import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import type { SandboxStoreApi } from '../store/sandboxStore';
import { defaultScenario } from '../scenarios/builtin/default';
import { Canvas } from '../ui/canvas/Canvas';
import { AssumptionsPanel } from '../ui/panels/AssumptionsPanel';
import { EventLog } from '../ui/panels/EventLog';
import { Inspector } from '../ui/panels/Inspector';
import { Notice } from '../ui/panels/Notice';
import { Palette } from '../ui/panels/Palette';
import { Toolbar } from '../ui/panels/Toolbar';
import { StoreContext } from '../ui/storeContext';
import { useAutosave } from './useAutosave';
import { useClock } from './useClock';
import { useShortcuts } from './useShortcuts';

export function App({ store }: { store: SandboxStoreApi }) {
  useClock(store);
  useAutosave(store);
  useShortcuts(store);
  const [showAssumptions, setShowAssumptions] = useState(false);
  const reset = () => {
    if (
      !window.confirm(
        'Replace your datacenter with the default scenario? Export it first to keep it.',
      )
    )
      return;
    const scenario = defaultScenario();
    store.getState().load(scenario.state, scenario.name);
  };
  return (
    <StoreContext.Provider value={store}>
      <ReactFlowProvider>
        <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
          <Toolbar onToggleAssumptions={() => setShowAssumptions((v) => !v)} onReset={reset} />
          <div className="flex min-h-0 flex-1">
            <main className="flex min-w-0 flex-1 flex-col" aria-label="Datacenter">
              <Palette />
              <div className="relative min-h-0 flex-1">
                <Notice />
                <Canvas />
              </div>
            </main>
            <aside
              className="flex w-[22rem] shrink-0 flex-col border-l border-slate-300 bg-white"
              aria-label="Details and events"
            >
              <div className="min-h-0 flex-1 overflow-y-auto">
                {showAssumptions ? <AssumptionsPanel /> : <Inspector />}
              </div>
              <EventLog />
            </aside>
          </div>
        </div>
      </ReactFlowProvider>
    </StoreContext.Provider>
  );
}
