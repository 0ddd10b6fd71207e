import { useEffect } from 'react';
import { TRACE_SPEEDS } from '../../store/traceSlice';
import { Button } from '../components/Section';
import { useSandbox, useStoreApi } from '../storeContext';

/** Previous and next hop, animate through the hops, and how fast. */
export function TraceControls({ count }: { count: number }) {
  const store = useStoreApi();
  const step = useSandbox((s) => s.traceStep);
  const playing = useSandbox((s) => s.tracePlaying);
  const speed = useSandbox((s) => s.traceSpeed);
  const { showHop, setTracePlaying, setTraceSpeed } = store.getState();

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      const s = store.getState();
      s.showHop(s.traceStep + 1);
    }, 1000 / speed);
    return () => clearInterval(id);
  }, [playing, speed, store]);

  return (
    <div
      role="group"
      aria-label="Step through the hops"
      className="sticky top-0 z-10 mb-2 flex flex-wrap items-center gap-x-2 gap-y-1 border-y border-slate-300 bg-white py-2"
    >
      <Button disabled={step <= 0} onClick={() => showHop(step - 1)}>
        ◀ Previous hop
      </Button>
      <Button disabled={step >= count - 1} onClick={() => showHop(step + 1)}>
        Next hop ▶
      </Button>
      <Button tone="primary" onClick={() => setTracePlaying(!playing)}>
        {playing ? 'Stop' : 'Animate'}
      </Button>
      <label className="flex items-center gap-1 text-sm font-semibold text-slate-800">
        Hops/s
        <select
          value={speed}
          onChange={(e) => setTraceSpeed(Number(e.target.value))}
          className="rounded border border-slate-500 bg-white px-1 py-0.5 text-base text-slate-900"
        >
          {TRACE_SPEEDS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <span className="text-base font-semibold text-slate-900" aria-live="polite">
        Hop {step + 1} of {count}
      </span>
    </div>
  );
}
