import { useSandbox } from '../storeContext';

const SHOWN = 200;

/** The engine's event log, newest first, as a learner-readable list. */
export function EventLog() {
  const log = useSandbox((s) => s.session.state.sim.log);
  const recent = log.slice(-SHOWN).reverse();
  return (
    <section
      aria-labelledby="log-title"
      className="flex h-52 shrink-0 flex-col border-t-2 border-slate-400"
    >
      <h2 id="log-title" className="px-3 pt-2 text-base font-bold text-slate-900">
        Event log
      </h2>
      <ol
        className="min-h-0 flex-1 overflow-y-auto px-3 pb-2 text-sm"
        aria-label="Events, newest first"
        tabIndex={0}
      >
        {recent.length === 0 && <li className="text-slate-700">Nothing has happened yet.</li>}
        {recent.map((e) => (
          <li key={e.seq} className="border-b border-slate-200 py-0.5 text-slate-900">
            <span className="mr-2 font-mono text-slate-700 tabular-nums">{formatTime(e.time)}</span>
            {e.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function formatTime(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h)}:${pad(m)}:${pad(s % 60)}`;
}
