import { ReactFlowProvider } from '@xyflow/react';
import { Suspense } from 'react';
import type { SandboxStoreApi } from '../store/sandboxStore';
import { Loading } from '../ui/components/Loading';
import { PanelBoundary } from '../ui/components/PanelBoundary';
import { TabList, TabPanel } from '../ui/components/Tabs';
import { type Registered, SIDE_PANELS, VIEWS } from '../ui/layout/registry';
import { EventLog } from '../ui/panels/EventLog';
import { Notice } from '../ui/panels/Notice';
import { LessonColumn } from '../ui/lessons/lazy';
import { Toolbar } from '../ui/panels/Toolbar';
import { StoreContext, useSandbox } from '../ui/storeContext';
import { useAutosave } from './useAutosave';
import { useClock } from './useClock';
import { useShortcuts } from './useShortcuts';

/**
 * The tab panels of the registered views or side panels: each waits for its chunk behind
 * Loading, and one that fails says so on its own (PanelBoundary).
 */
function RegisteredPanels({
  entries,
  idPrefix,
  active,
  kind,
  className,
}: {
  entries: readonly Registered[];
  idPrefix: string;
  active: string;
  kind: 'view' | 'panel';
  className: string;
}) {
  return entries.map(({ id, label, Component }) => (
    <TabPanel key={id} idPrefix={idPrefix} id={id} active={id === active} className={className}>
      <PanelBoundary name={`${label} ${kind}`}>
        <Suspense fallback={<Loading />}>
          <Component />
        </Suspense>
      </PanelBoundary>
    </TabPanel>
  ));
}

/** The entries an open lesson does not hide. */
const shown = (entries: readonly Registered[], hidden: readonly string[] | undefined) =>
  hidden ? entries.filter((e) => !hidden.includes(e.id)) : entries;

function Layout() {
  const view = useSandbox((s) => s.view);
  const sidePanel = useSandbox((s) => s.sidePanel);
  const show = useSandbox((s) => s.show);
  const lessonsShown = useSandbox((s) => s.lessonsShown);
  const hidden = useSandbox((s) => s.lesson?.hidden);
  const [views, sidePanels] = [shown(VIEWS, hidden), shown(SIDE_PANELS, hidden)];
  return (
    <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
      <Toolbar />
      <div className="flex min-h-0 flex-1">
        {lessonsShown && <LessonColumn />}
        <main className="relative flex min-w-0 flex-1 flex-col" aria-label="Main view">
          <Notice />
          {views.length > 1 && (
            <div className="border-b border-slate-300 bg-white px-2">
              <TabList
                label="Views"
                idPrefix="view"
                tabs={views}
                active={view}
                onSelect={(id) => show({ view: id })}
              />
            </div>
          )}
          <RegisteredPanels
            entries={views}
            idPrefix="view"
            active={view}
            kind="view"
            className="min-h-0 flex-1"
          />
        </main>
        <aside
          className="flex w-[22rem] shrink-0 flex-col border-l border-slate-300 bg-white"
          aria-label="Details and events"
        >
          <div className="border-b border-slate-300 px-2">
            <TabList
              label="Side panels"
              idPrefix="side"
              tabs={sidePanels}
              active={sidePanel}
              onSelect={(id) => show({ sidePanel: id })}
            />
          </div>
          <RegisteredPanels
            entries={sidePanels}
            idPrefix="side"
            active={sidePanel}
            kind="panel"
            className="min-h-0 flex-1 overflow-y-auto"
          />
          <PanelBoundary name="event log">
            <EventLog />
          </PanelBoundary>
        </aside>
      </div>
    </div>
  );
}

export function App({ store }: { store: SandboxStoreApi }) {
  useClock(store);
  useAutosave(store);
  useShortcuts(store);
  return (
    <StoreContext.Provider value={store}>
      <ReactFlowProvider>
        <Layout />
      </ReactFlowProvider>
    </StoreContext.Provider>
  );
}
