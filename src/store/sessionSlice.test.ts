import { describe, expect, it } from 'vitest';
import * as engine from '../engine/runtime';
import { allVms } from '../engine/read';
import { defaultScenario } from '../scenarios/builtin/default';
import { createSandboxStore } from './sandboxStore';
import { STILL_LOADING } from './sessionSlice';
import type { Simulation } from './simulation';

/** A store whose simulation arrives only when the test says so, as it does after a first paint. */
function storeWithLateSimulation() {
  let arrive: (sim: Simulation) => void = () => {};
  const simulation = new Promise<Simulation>((resolve) => (arrive = resolve));
  const store = createSandboxStore(defaultScenario(), simulation);
  return { store, arrive: async () => (arrive(engine), await simulation) };
}

describe('before the simulation has loaded', () => {
  it('a command is refused with a sentence saying so, and changes nothing', () => {
    const { store } = storeWithLateSimulation();
    const before = store.getState().session;
    const vm = allVms(before.state.world)[0]!;
    const out = store.getState().dispatch({ type: 'setVmPower', vmId: vm.id, on: false });
    expect(out).toEqual({ ok: false, reason: STILL_LOADING });
    expect(store.getState().notice?.text).toBe(STILL_LOADING);
    expect(store.getState().session).toBe(before);
    expect(store.getState().simulationReady).toBe(false);
  });

  it('the clock waits, and undo says the simulation is loading', () => {
    const { store } = storeWithLateSimulation();
    const before = store.getState().session;
    store.getState().advanceClock(5);
    expect(store.getState().session).toBe(before);
    store.getState().undo();
    expect(store.getState().notice?.text).toBe(STILL_LOADING);
  });

  it('once it arrives the flag is up and commands, the clock and undo run', async () => {
    const { store, arrive } = storeWithLateSimulation();
    await arrive();
    expect(store.getState().simulationReady).toBe(true);
    const vm = allVms(store.getState().session.state.world)[0]!;
    expect(store.getState().dispatch({ type: 'setVmPower', vmId: vm.id, on: false })).toEqual({
      ok: true,
    });
    const time = store.getState().session.state.sim.time;
    store.getState().advanceClock(2);
    expect(store.getState().session.state.sim.time).toBe(time + 2);
    store.getState().undo();
    expect(store.getState().session.past).toHaveLength(0);
  });
});

describe('when the simulation cannot load', () => {
  it('the learner is told to reload, and the store keeps the work', async () => {
    const failed = Promise.reject(new Error('offline'));
    const store = createSandboxStore(defaultScenario(), failed);
    await failed.catch(() => {});
    await Promise.resolve();
    expect(store.getState().notice?.tone).toBe('error');
    expect(store.getState().notice?.text).toMatch(/could not load.*reload/);
    expect(store.getState().simulationReady).toBe(false);
  });
});
