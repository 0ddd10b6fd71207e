import { type KeyboardEvent, type ReactNode, useRef } from 'react';

interface Tab {
  readonly id: string;
  readonly label: string;
}

interface TabsProps {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly Tab[];
  active: string;
  onSelect: (id: string) => void;
  /** Prefix for element ids, so two tab lists on one page do not clash. */
  idPrefix: string;
  tone?: 'light' | 'dark';
}

/** An accessible tab list (WAI-ARIA tabs pattern: arrow keys move, Home/End jump). */
export function TabList({ label, tabs, active, onSelect, idPrefix, tone = 'light' }: TabsProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    refs.current[next]?.focus();
  };
  const colours =
    tone === 'dark'
      ? {
          on: 'border-sky-300 text-white',
          off: 'border-transparent text-slate-200 hover:text-white',
        }
      : {
          on: 'border-blue-700 text-blue-900',
          off: 'border-transparent text-slate-700 hover:text-slate-950',
        };
  return (
    <div role="tablist" aria-label={label} className="flex flex-wrap gap-x-1">
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-selected={tab.id === active}
          aria-controls={`${idPrefix}-panel-${tab.id}`}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => onKeyDown(e, i)}
          className={`border-b-4 px-3 py-1.5 text-base font-semibold whitespace-nowrap ${tab.id === active ? colours.on : colours.off}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export function TabPanel({
  idPrefix,
  id,
  active,
  children,
  className = '',
}: {
  idPrefix: string;
  id: string;
  active: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="tabpanel"
      id={`${idPrefix}-panel-${id}`}
      aria-labelledby={`${idPrefix}-tab-${id}`}
      hidden={!active}
      className={className}
    >
      {active && children}
    </div>
  );
}
