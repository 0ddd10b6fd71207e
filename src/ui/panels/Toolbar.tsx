import { useRef } from 'react';
import { ACTIONS } from '../../store/actions';
import { fromFile, toFile } from '../../store/persistence';
import { encodeScenarioLink } from '../../store/shareLink';
import { SPEEDS } from '../../store/uiSlice';
import { useSandbox, useStoreApi } from '../storeContext';
import { formatTime } from './EventLog';

const btn =
  'rounded border border-slate-400 bg-slate-700 px-3 py-1 text-base font-semibold text-white hover:bg-slate-600 disabled:opacity-50 focus-visible:outline-3 focus-visible:outline-sky-300';

/** Links longer than this are cut by some chat and mail tools. */
const LONG_LINK = 8000;

/** Undo, the clock, and scenario files: everything that is not about one selected thing. */
export function Toolbar({ onReset }: { onReset: () => void }) {
  const store = useStoreApi();
  const canUndo = useSandbox((s) => s.session.past.length > 0);
  const canRedo = useSandbox((s) => s.session.future.length > 0);
  const time = useSandbox((s) => Math.floor(s.session.state.sim.time));
  const playing = useSandbox((s) => s.playing);
  const speed = useSandbox((s) => s.speed);
  const name = useSandbox((s) => s.scenarioName);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const { session, scenarioName, positions } = store.getState();
    const blob = new Blob([toFile(session.state, scenarioName, positions)], {
      type: 'application/json',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${scenarioName.replace(/[^\w.-]+/g, '-') || 'scenario'}.virtlab.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };

  const shareLink = async () => {
    const { session, scenarioName, positions, notify } = store.getState();
    const base = window.location.origin + window.location.pathname;
    const url = await encodeScenarioLink(base, toFile(session.state, scenarioName, positions));
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
  };

  const importFile = async (file: File) => {
    const loaded = await fromFile(await file.text(), file.name);
    const s = store.getState();
    if (!loaded.ok) {
      s.notify(loaded.message, 'error');
      return;
    }
    s.load(loaded.scenario);
    s.notify(`Loaded "${loaded.scenario.name}" from ${file.name}.`, 'success');
  };

  return (
    <header className="flex flex-wrap items-center gap-2 bg-slate-900 px-3 py-2 text-white">
      <h1 className="mr-2 text-xl font-bold">VirtLab</h1>
      <span className="mr-auto truncate text-base text-slate-200" title="Scenario">
        {name}
      </span>
      <button
        type="button"
        className={btn}
        disabled={!canUndo}
        onClick={() => ACTIONS.undo.perform(store)}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className={btn}
        disabled={!canRedo}
        onClick={() => ACTIONS.redo.perform(store)}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
      <div className="mx-2 flex items-center gap-2" role="group" aria-label="Simulated clock">
        <span
          className="font-mono text-lg tabular-nums"
          aria-label={`Simulated time ${formatTime(time)}`}
          data-testid="clock"
        >
          {formatTime(time)}
        </span>
        <button
          type="button"
          className={btn}
          onClick={() => ACTIONS.playPause.perform(store)}
          aria-pressed={playing}
          aria-keyshortcuts="Alt+P"
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          className={btn}
          onClick={() => ACTIONS.step.perform(store)}
          aria-keyshortcuts="Alt+S"
        >
          Step
        </button>
        <label className="sr-only" htmlFor="speed">
          Clock speed
        </label>
        <select
          id="speed"
          value={speed}
          onChange={(e) => store.getState().setSpeed(Number(e.target.value))}
          className="rounded border border-slate-400 bg-slate-700 px-2 py-1 text-base text-white"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}× speed
            </option>
          ))}
        </select>
      </div>
      <button type="button" className={btn} onClick={() => void shareLink()}>
        Share link
      </button>
      <button type="button" className={btn} onClick={exportFile}>
        Export
      </button>
      <button type="button" className={btn} onClick={() => fileInput.current?.click()}>
        Import
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="hidden"
        aria-label="Import scenario file"
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file);
          e.target.value = '';
        }}
      />
      <button type="button" className={btn} onClick={onReset}>
        Reset
      </button>
    </header>
  );
}
