import { useEffect } from 'react';
import { TRACE_SPEEDS } from '../../store/traceSlice';
import { Button } from '../components/Button';
import { Select } from '../components/Select';
import { useSandbox, useStoreApi } from '../storeContext';

const SPEED_OPTIONS = TRACE_SPEEDS.map((v) => ({ value: String(v), label: String(v) }));

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
      <Select
        label="Hops/s"
        inline
        value={String(speed)}
        options={SPEED_OPTIONS}
        onChange={(v) => setTraceSpeed(Number(v))}
      />
      <span className="text-base font-semibold text-slate-900" aria-live="polite">
        Hop {step + 1} of {count}
      </span>
    </div>
  );
}
