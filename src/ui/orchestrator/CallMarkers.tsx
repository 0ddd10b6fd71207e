import { useEffect, useState, useSyncExternalStore } from 'react';
import { findVm } from '../../engine/read';
import { managementEdgeId } from '../../store/orchestratorFlow';
import type { SandboxStoreApi } from '../../store/sandboxStore';
import { useSandbox, useStoreApi } from '../storeContext';
import { CallPlayer, type FlightView } from './callPlayer';
import { REDUCED_MOTION, useNodeBox } from './nodeBox';

const browserClock = {
  now: () => performance.now(),
  frame: (run: () => void) => requestAnimationFrame(run),
  cancel: (handle: number) => cancelAnimationFrame(handle),
};

/**
 * Lights the hosts being called and their management edges, unless something else (a packet
 * trace) holds the highlight: then the calls fly without taking it over.
 */
function highlighter(store: SandboxStoreApi) {
  let mine: readonly string[] = [];
  return (hostIds: readonly string[]) => {
    const { highlight, setHighlight } = store.getState();
    const ours =
      highlight.length === 0 ||
      (highlight.length === mine.length && highlight.every((id, i) => id === mine[i]));
    if (!ours) return;
    mine = hostIds.flatMap((id) => [id, managementEdgeId(id)]);
    setHighlight(mine);
  };
}

/** The orchestrator's calls, each a label travelling down its management edge. */
export function CallMarkers({ origin }: { origin: { x: number; y: number } }) {
  const store = useStoreApi();
  const calls = useSandbox((s) => s.session.state.world.orchestrator.calls);
  const [player] = useState(() => {
    const p = new CallPlayer(browserClock, highlighter(store));
    p.prime(store.getState().session.state.world.orchestrator.calls);
    return p;
  });
  useEffect(() => {
    const world = store.getState().session.state.world;
    player.sync(calls, (c) => (c.vmId ? findVm(world, c.vmId)?.vm.name : undefined));
  }, [calls, player, store]);
  useEffect(() => () => player.stop(), [player]);
  const flights = useSyncExternalStore(player.subscribe, player.snapshot);
  return flights.map((f) => <CallMarker key={f.key} flight={f} origin={origin} />);
}

/** Eases in and out, so the label visibly leaves the brain and arrives at the host. */
const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

function CallMarker({ flight, origin }: { flight: FlightView; origin: { x: number; y: number } }) {
  const host = useNodeBox(flight.to);
  if (!host) return null;
  const t = REDUCED_MOTION ? 1 : ease(flight.progress);
  const x = origin.x + (host.x + host.width / 2 - origin.x) * t;
  const y = origin.y + (host.y - origin.y) * t;
  return (
    <div
      data-testid="call-in-flight"
      className="absolute top-0 left-0 rounded-lg border-4 border-white bg-violet-800 px-4 py-1 text-4xl font-bold whitespace-nowrap text-white shadow-lg"
      style={{ transform: `translate(${x}px, ${y}px) translate(-50%, -50%)` }}
    >
      {flight.label}
    </div>
  );
}
