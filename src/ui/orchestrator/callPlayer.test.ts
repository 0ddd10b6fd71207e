import { describe, expect, it } from 'vitest';
import type { CallId, HostId, HypervisorCall, VmId } from '../../engine/read';
import {
  CallPlayer,
  FLIGHT_MS,
  MAX_QUEUED_PER_HOST,
  flightsAt,
  scheduleFlights,
} from './callPlayer';

const call = (id: string, to: string, from: HypervisorCall['from'] = 'orchestrator') =>
  ({
    id: id as CallId,
    from,
    to: to as HostId,
    call: 'create VM',
    vmId: 'vm-1' as VmId,
    at: 0,
  }) satisfies HypervisorCall;

describe('scheduleFlights', () => {
  it('flies calls to one host one after another, and to different hosts together', () => {
    const flights = scheduleFlights(
      [],
      [
        { key: 'a', to: 'h1', label: 'create VM web-2' },
        { key: 'b', to: 'h1', label: 'power on web-2' },
        { key: 'c', to: 'h2', label: 'receive VM app-1' },
      ],
      1000,
    );
    expect(flights.map((f) => [f.key, f.start, f.end])).toEqual([
      ['a', 1000, 1000 + FLIGHT_MS],
      ['b', 1000 + FLIGHT_MS, 1000 + 2 * FLIGHT_MS],
      ['c', 1000, 1000 + FLIGHT_MS],
    ]);
  });

  it('queues a new call behind the one still flying and forgets flights that landed', () => {
    const first = scheduleFlights([], [{ key: 'a', to: 'h1', label: 'x' }], 0);
    const later = scheduleFlights(first, [{ key: 'b', to: 'h1', label: 'y' }], FLIGHT_MS / 2);
    expect(later.find((f) => f.key === 'b')?.start).toBe(FLIGHT_MS);
    const muchLater = scheduleFlights(later, [], 3 * FLIGHT_MS);
    expect(muchLater).toEqual([]);
  });

  it('shows at most a few calls per host from a burst', () => {
    const burst = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, to: 'h1', label: 'x' }));
    expect(scheduleFlights([], burst, 0)).toHaveLength(MAX_QUEUED_PER_HOST);
  });
});

describe('flightsAt', () => {
  it('gives each flight in the air its share of the way, and none before or after', () => {
    const flights = scheduleFlights([], [{ key: 'a', to: 'h1', label: 'x' }], 0);
    expect(flightsAt(flights, -1)).toEqual([]);
    expect(flightsAt(flights, FLIGHT_MS / 4)[0]?.progress).toBeCloseTo(0.25);
    expect(flightsAt(flights, FLIGHT_MS)).toEqual([]);
  });
});

describe('CallPlayer', () => {
  function setup() {
    let now = 0;
    const frames: (() => void)[] = [];
    const lit: (readonly string[])[] = [];
    const player = new CallPlayer(
      {
        now: () => now,
        frame: (run) => frames.push(run),
        cancel: () => undefined,
      },
      (hosts) => lit.push(hosts),
    );
    const advance = (ms: number) => {
      now += ms;
      frames.splice(0).forEach((run) => run());
    };
    return { player, lit, frames, advance };
  }

  it('flies only new calls from the orchestrator, not history or the learner’s own', () => {
    const { player, lit, advance } = setup();
    const old = call('call-1', 'h1');
    player.prime([old]);
    player.sync([old, call('call-2', 'h2', 'learner')], () => 'web-2');
    expect(player.snapshot()).toEqual([]);
    player.sync([old, call('call-3', 'h3')], () => 'web-2');
    expect(player.snapshot().map((f) => [f.to, f.label])).toEqual([['h3', 'create VM web-2']]);
    expect(lit).toEqual([['h3']]);
    advance(FLIGHT_MS);
    expect(player.snapshot()).toEqual([]);
    expect(lit).toEqual([['h3'], []]);
  });

  it('keeps one frame loop however many calls arrive', () => {
    const { player, frames } = setup();
    player.sync([call('call-1', 'h1')], () => undefined);
    player.sync([call('call-2', 'h2')], () => undefined);
    expect(frames).toHaveLength(1);
  });
});
