import type { StateCreator } from 'zustand';
import type { PingTarget, Trace, VmId, World } from '../engine/read';
import type { SandboxStore } from './sandboxStore';
import type { SimulationHandle } from './simulation';
import { hopHighlight } from './traceHops';

/** What the packet tracer shows: the last ping's hops and which one the learner is looking at. */
export interface TraceSlice {
  /** The last ping traced, to step through; null before the first. */
  trace: Trace | null;
  /** The world it was traced over, so the panel can say when the network has changed since. */
  traceWorld: World | null;
  /** The hop shown now, an index into the trace's hops. */
  traceStep: number;
  /** Whether the hops advance by themselves. */
  tracePlaying: boolean;
  /** Hops per second while they advance by themselves. */
  traceSpeed: number;
  /** The VM (and perhaps destination) the tracer's form starts from, set by "Trace from here". */
  traceFrom: { readonly src: VmId; readonly dst: VmId | null } | null;
  /**
   * Pings through the engine (the switches and guests learn, the log records it) and keeps the
   * same run's trace to step through; returns the refusal, or null.
   */
  ping: (src: VmId, dst: PingTarget) => string | null;
  setTrace: (trace: Trace, world: World) => void;
  showHop: (step: number) => void;
  setTracePlaying: (playing: boolean) => void;
  setTraceSpeed: (hopsPerSecond: number) => void;
  /** Opens the tracer with this source (and destination) chosen. */
  traceFromVm: (src: VmId, dst?: VmId) => void;
}

export const TRACE_SPEEDS = [0.5, 1, 2, 4] as const;

export const createTraceSlice =
  (simulation: SimulationHandle): StateCreator<SandboxStore, [], [], TraceSlice> =>
  (set, get) => ({
    trace: null,
    traceWorld: null,
    traceStep: 0,
    tracePlaying: false,
    traceSpeed: 1,
    traceFrom: null,
    ping: (src, dst) => {
      const { session, dispatch, setTrace } = get();
      // tracePing and the ping command run the same simulation on the same state, so the trace
      // shown is the one whose learning the command keeps.
      const traced = simulation.current?.tracePing(session.state, src, dst);
      const done = dispatch({ type: 'ping', srcVmId: src, dst });
      if (!done.ok) return done.reason;
      if (!traced?.ok) return traced?.reason ?? null;
      setTrace(traced.trace, session.state.world);
      return null;
    },
    setTrace: (trace, world) =>
      set({
        trace,
        traceWorld: world,
        traceStep: 0,
        tracePlaying: false,
        highlight: hopHighlight(trace, 0),
      }),
    showHop: (step) => {
      const { trace } = get();
      if (!trace) return;
      const at = Math.max(0, Math.min(step, trace.hops.length - 1));
      const last = at === trace.hops.length - 1;
      set({
        traceStep: at,
        highlight: hopHighlight(trace, at),
        ...(last && { tracePlaying: false }),
      });
    },
    setTracePlaying: (playing) => {
      const { trace, traceStep } = get();
      // Playing from the last hop starts again from the first.
      if (playing && trace && traceStep >= trace.hops.length - 1) get().showHop(0);
      set({ tracePlaying: playing && trace !== null });
    },
    setTraceSpeed: (traceSpeed) => set({ traceSpeed }),
    traceFromVm: (src, dst) => set({ traceFrom: { src, dst: dst ?? null }, sidePanel: 'trace' }),
  });
