import { useEffect } from 'react';
import { selectTraceStale } from '../../store/selectors';
import { useSandbox, useStoreApi } from '../storeContext';
import { HopList } from './HopList';
import { PingForm } from './PingForm';
import { TraceControls } from './TraceControls';
import { TraceSummary } from './TraceSummary';

/**
 * The packet tracer: choose two VMs, ping, and step through every frame hop by hop while the
 * canvas lights up the device and the edge each frame crosses.
 */
export default function TracePanel() {
  const store = useStoreApi();
  const trace = useSandbox((s) => s.trace);
  const traceWorld = useSandbox((s) => s.traceWorld);
  const stale = useSandbox(selectTraceStale);

  // The canvas shows the current hop while this panel is open, and nothing of it after.
  useEffect(() => {
    const s = store.getState();
    s.showHop(s.traceStep);
    return () => {
      store.getState().setTracePlaying(false);
      store.getState().setHighlight([]);
    };
  }, [store]);

  return (
    <section aria-labelledby="trace-title" className="px-3 pb-3">
      <h2 id="trace-title" className="pt-2 text-xl font-bold text-slate-900">
        Packet tracer
      </h2>
      <p className="mb-2 text-sm text-slate-800">
        Ping, then follow every frame hop by hop: ARP first, then the echo request and reply.
      </p>
      <PingForm />
      {trace && traceWorld && (
        <>
          <TraceSummary trace={trace} world={traceWorld} stale={stale} />
          <TraceControls count={trace.hops.length} />
          <HopList trace={trace} />
        </>
      )}
    </section>
  );
}
