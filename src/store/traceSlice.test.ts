import { beforeEach, describe, expect, it } from 'vitest';
import { allVms } from '../engine/model/world';
import { defaultScenario } from '../scenarios/builtin/default';
import { type SandboxStoreApi, createSandboxStore } from './sandboxStore';
import { hopHighlight } from './traceHops';

const scenario = defaultScenario();
const vmId = (name: string) => {
  const vm = allVms(scenario.state.world).find((v) => v.name === name);
  if (!vm) throw new Error(`no VM ${name}`);
  return vm.id;
};

let store: SandboxStoreApi;
beforeEach(async () => {
  store = createSandboxStore(scenario, await import('../engine/runtime'));
});

describe('pinging through the store', () => {
  it('keeps the trace of the very run whose learning the ping command kept', () => {
    const before = store.getState().session.state;
    expect(store.getState().ping(vmId('web-1'), { vmId: vmId('app-1') })).toBeNull();
    const s = store.getState();
    expect(s.trace?.outcome).toBe('reply');
    // The world is untouched, so the trace is not stale and there is nothing to undo.
    expect(s.session.state.world).toBe(before.world);
    expect(s.traceWorld).toBe(before.world);
    expect(s.session.past).toHaveLength(0);
    // Every MAC a hop says a switch learned is in that switch's table now, and the log says so.
    for (const hop of s.trace?.hops ?? []) {
      if (!hop.learned) continue;
      const table = s.session.state.sim.net.macTables[hop.device.id] ?? [];
      expect(table.map((e) => e.mac)).toContain(hop.learned.mac);
    }
    expect(s.session.state.sim.log.at(-1)?.text).toBe(s.trace?.summary);
    expect(s.traceStep).toBe(0);
    expect(s.highlight).toEqual(hopHighlight(s.trace!, 0));
  });

  it('returns the refusal and keeps no trace when the address is not one', () => {
    const reason = store.getState().ping(vmId('web-1'), { ip: '10.0.10.300' });
    expect(reason).toMatch(/not an IPv4 address/);
    expect(store.getState().trace).toBeNull();
  });
});

describe('stepping', () => {
  beforeEach(() => {
    store.getState().ping(vmId('batch-1'), { vmId: vmId('cache-1') });
  });

  it('stays within the trace and lights up each hop', () => {
    const { showHop } = store.getState();
    const last = (store.getState().trace?.hops.length ?? 0) - 1;
    showHop(-5);
    expect(store.getState().traceStep).toBe(0);
    showHop(last + 10);
    expect(store.getState().traceStep).toBe(last);
    showHop(2);
    expect(store.getState().highlight).toEqual(hopHighlight(store.getState().trace!, 2));
  });

  it('stops playing at the last hop, and plays again from the first', () => {
    const s = store.getState();
    const last = (s.trace?.hops.length ?? 0) - 1;
    s.setTracePlaying(true);
    s.showHop(last);
    expect(store.getState().tracePlaying).toBe(false);
    store.getState().setTracePlaying(true);
    expect(store.getState().traceStep).toBe(0);
    expect(store.getState().tracePlaying).toBe(true);
  });

  it('"Trace from here" opens the tracer with that VM chosen', () => {
    store.getState().traceFromVm(vmId('db-1'));
    expect(store.getState().sidePanel).toBe('trace');
    expect(store.getState().traceFrom).toEqual({ src: vmId('db-1'), dst: null });
  });
});
