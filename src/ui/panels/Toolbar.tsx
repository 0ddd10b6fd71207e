import { ACTIONS } from '../../store/actions';
import { SPEEDS } from '../../store/uiSlice';
import { ActionButton } from '../components/ActionButton';
import { Select } from '../components/Select';
import { useSandbox, useStoreApi } from '../storeContext';
import { formatTime } from './EventLog';

const SPEED_OPTIONS = SPEEDS.map((s) => ({ value: String(s), label: `${s}× speed` }));

/** The simulated time, in a component of its own: it is the one thing here a tick changes. */
function SimTime() {
  const time = useSandbox((s) => Math.floor(s.session.state.sim.time));
  return (
    <span
      className="font-mono text-lg tabular-nums"
      aria-label={`Simulated time ${formatTime(time)}`}
      data-testid="clock"
    >
      {formatTime(time)}
    </span>
  );
}

/** Undo, the clock, and scenario files: everything that is not about one selected thing. */
export function Toolbar() {
  const store = useStoreApi();
  const speed = useSandbox((s) => s.speed);
  const name = useSandbox((s) => s.scenarioName);
  return (
    <header className="flex flex-wrap items-center gap-2 bg-slate-900 px-3 py-2 text-white">
      <h1 className="mr-2 text-xl font-bold">VirtLab</h1>
      <ActionButton action={ACTIONS.lessons} />
      <span className="mr-auto min-w-0 flex-1 truncate text-base text-slate-200" title="Scenario">
        {name}
      </span>
      <ActionButton action={ACTIONS.undo} />
      <ActionButton action={ACTIONS.redo} />
      <div className="mx-2 flex items-center gap-2" role="group" aria-label="Simulated clock">
        <SimTime />
        <ActionButton action={ACTIONS.playPause} />
        <ActionButton action={ACTIONS.step} />
        <Select
          label="Clock speed"
          hideLabel
          inline
          tone="dark"
          value={String(speed)}
          options={SPEED_OPTIONS}
          onChange={(v) => store.getState().setSpeed(Number(v))}
        />
      </div>
      <ActionButton action={ACTIONS.shareLink} />
      <ActionButton action={ACTIONS.exportFile} />
      <ActionButton action={ACTIONS.importFile} />
      <ActionButton action={ACTIONS.reset} />
    </header>
  );
}
