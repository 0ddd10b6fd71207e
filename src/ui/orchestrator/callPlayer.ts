import type { HypervisorCall } from '../../engine/read';

/**
 * Plays the orchestrator's hypervisor calls on the canvas, one moving label per call, from the
 * brain down to the host it calls. The engine keeps the recent calls in the world; this only
 * decides, in real time, when each is drawn where. Calls to one host fly one after another
 * (create VM, then power on); calls to different hosts fly together.
 */

/** How long one call takes to travel from the orchestrator to its host, in milliseconds. */
export const FLIGHT_MS = 2200;
/** A burst (HA restarting many VMs on one host) shows this many per host; the log has them all. */
export const MAX_QUEUED_PER_HOST = 4;

export interface Flight {
  readonly key: string;
  readonly to: string;
  /** "create VM web-2" */
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface FlightView {
  readonly key: string;
  readonly to: string;
  readonly label: string;
  /** 0 at the orchestrator, 1 at the host. */
  readonly progress: number;
}

export interface NewCall {
  readonly key: string;
  readonly to: string;
  readonly label: string;
}

/** Queues new calls behind what each host still has in flight; drops flights that have ended. */
export function scheduleFlights(
  queued: readonly Flight[],
  fresh: readonly NewCall[],
  now: number,
): Flight[] {
  const out = queued.filter((f) => f.end > now);
  for (const call of fresh) {
    const mine = out.filter((f) => f.to === call.to);
    if (mine.length >= MAX_QUEUED_PER_HOST) continue;
    const start = mine.reduce((t, f) => Math.max(t, f.end), now);
    out.push({ ...call, start, end: start + FLIGHT_MS });
  }
  return out;
}

/** The flights in the air at `now`, with how far each has come. */
export function flightsAt(flights: readonly Flight[], now: number): FlightView[] {
  return flights
    .filter((f) => f.start <= now && now < f.end)
    .map((f) => ({
      key: f.key,
      to: f.to,
      label: f.label,
      progress: (now - f.start) / (f.end - f.start),
    }));
}

/** "create VM web-2", or "power off host" for a call about no VM. */
export const callLabel = (call: HypervisorCall, vmName: string | undefined) =>
  vmName ? `${call.call} ${vmName}` : call.call;

export interface PlayerClock {
  now: () => number;
  frame: (run: () => void) => number;
  cancel: (handle: number) => void;
}

/**
 * Holds the flights and redraws them once per animation frame while any is queued; React reads
 * it through useSyncExternalStore. `onHosts` hears which hosts are being called, on each change.
 */
export class CallPlayer {
  private readonly seen = new WeakSet<HypervisorCall>();
  private flights: Flight[] = [];
  private views: readonly FlightView[] = [];
  private hosts = '';
  private handle: number | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly clock: PlayerClock,
    private readonly onHosts: (hostIds: readonly string[]) => void,
  ) {}

  /** Calls already made when the canvas appears are history, not news: they do not fly. */
  prime(calls: readonly HypervisorCall[]): void {
    for (const c of calls) this.seen.add(c);
  }

  /** Schedules the orchestrator's calls that were not there before; the learner's own do not fly. */
  sync(calls: readonly HypervisorCall[], vmName: (call: HypervisorCall) => string | undefined) {
    const fresh: NewCall[] = [];
    for (const c of calls) {
      if (this.seen.has(c)) continue;
      this.seen.add(c);
      if (c.from === 'orchestrator')
        fresh.push({ key: c.id, to: c.to, label: callLabel(c, vmName(c)) });
    }
    if (fresh.length === 0) return;
    this.flights = scheduleFlights(this.flights, fresh, this.clock.now());
    // One frame loop at a time: a loop already running picks the new flights up.
    if (this.handle === null) this.run();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): readonly FlightView[] => this.views;

  stop(): void {
    if (this.handle !== null) this.clock.cancel(this.handle);
    this.handle = null;
  }

  private readonly run = () => {
    this.handle = null;
    const now = this.clock.now();
    this.flights = this.flights.filter((f) => f.end > now);
    this.views = flightsAt(this.flights, now);
    for (const l of this.listeners) l();
    const hosts = [...new Set(this.views.map((v) => v.to))].sort().join('\n');
    if (hosts !== this.hosts) {
      this.hosts = hosts;
      this.onHosts(hosts ? hosts.split('\n') : []);
    }
    if (this.flights.length > 0) this.handle = this.clock.frame(this.run);
  };
}
