import { beforeEach, describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import * as simulation from '../engine/runtime';
import { allVms } from '../engine/read';
import { defaultScenario } from '../scenarios/builtin/default';
import type { SandboxStore, SandboxStoreApi } from './sandboxStore';
import { createSandboxStore } from './sandboxStore';
import {
  lastResult,
  selectFlow,
  selectHostIds,
  selectHostNames,
  selectHypervisorHostIds,
  selectPortGroupNames,
  selectSelected,
  selectVmIds,
  selectVmNames,
} from './selectors';

let store: SandboxStoreApi;
let before: SandboxStore;
let after: SandboxStore;
beforeEach(() => {
  store = createSandboxStore(defaultScenario(), simulation);
  before = store.getState();
  store.getState().advanceClock(1);
  after = store.getState();
});

const LISTS = {
  selectHostIds,
  selectHostNames,
  selectHypervisorHostIds,
  selectVmIds,
  selectVmNames,
  selectPortGroupNames,
};

describe('selectors across a tick of the clock', () => {
  it('a tick rewrites the world, so a component reading the whole world would draw again', () => {
    expect(after.session.state.world).not.toBe(before.session.state.world);
    expect(after.session.state.world.hosts).not.toBe(before.session.state.world.hosts);
    const demand = (s: SandboxStore) => allVms(s.session.state.world).map((v) => v.cpuDemand);
    expect(demand(after)).not.toEqual(demand(before));
  });

  it.each(Object.entries(LISTS))(
    '%s gives a shallow-equal result, which useShallow keeps',
    (_, select) => {
      expect(shallow(select(after), select(before))).toBe(true);
      // Reading the same state twice must agree too, or React would see a new snapshot each read.
      expect(shallow(select(after), select(after))).toBe(true);
    },
  );

  it('the name selectors follow a rename, so they are not stuck on the first answer', () => {
    const host = Object.values(after.session.state.world.hosts)[0]!;
    const vm = allVms(after.session.state.world)[0]!;
    after.dispatch({ type: 'updateHost', hostId: host.id, patch: { name: 'renamed-host' } });
    after.dispatch({ type: 'updateVm', vmId: vm.id, patch: { name: 'renamed-vm' } });
    const renamed = store.getState();
    expect(shallow(selectHostNames(renamed), selectHostNames(after))).toBe(false);
    expect(selectHostNames(renamed)[host.id]).toBe('renamed-host');
    expect(shallow(selectVmNames(renamed), selectVmNames(after))).toBe(false);
    expect(selectVmNames(renamed)[vm.id]).toBe('renamed-vm');
  });

  it('the selected switch keeps its parts across a tick; a running VM does not', () => {
    const host = Object.values(after.session.state.world.hosts).find(
      (h) => h.platform.kind === 'hypervisor',
    )!;
    if (host.platform.kind !== 'hypervisor') throw new Error('no hypervisor host');
    const sw = host.platform.vswitches[0]!;
    const pick = (s: SandboxStore, selection: SandboxStore['selection']) =>
      selectSelected({ ...s, selection });
    const onSwitch = { kind: 'vswitch', id: sw.id, hostId: host.id } as const;
    const switchBefore = pick(before, onSwitch);
    const switchAfter = pick(after, onSwitch);
    expect(switchAfter.kind).toBe('vswitch');
    if (switchBefore.kind !== 'vswitch' || switchAfter.kind !== 'vswitch') return;
    expect(switchAfter.vswitch).toBe(switchBefore.vswitch);
    const running = allVms(before.session.state.world).find((v) => v.power === 'running')!;
    const onVm = { kind: 'vm', id: running.id } as const;
    expect(shallow(pick(after, onVm), pick(before, onVm))).toBe(false);
    expect(shallow(pick(after, onVm), pick(after, onVm))).toBe(true);
  });
});

describe('the canvas flow', () => {
  it('is one object per world and positions', () => {
    expect(selectFlow(after)).toBe(selectFlow(after));
    expect(selectFlow(after)).not.toBe(selectFlow(before));
  });

  it('keeps the objects of the edges and switch nodes a tick left alone, and redraws the VMs it moved', () => {
    const was = selectFlow(before);
    const now = selectFlow(after);
    const byId = new Map(was.nodes.map((n) => [n.id, n]));
    const kept = (type: string) =>
      now.nodes.filter((n) => n.type === type).every((n) => byId.get(n.id) === n);
    expect(now.edges.length).toBeGreaterThan(0);
    expect(now.edges.every((e, i) => e === was.edges[i])).toBe(true);
    expect(kept('vswitch')).toBe(true);
    expect(kept('pswitch')).toBe(true);
    const running = new Set(
      allVms(after.session.state.world)
        .filter((v) => v.power === 'running')
        .map((v) => v.id),
    );
    const redrawn = now.nodes.filter((n) => n.type === 'vm' && byId.get(n.id) !== n);
    expect(redrawn.length).toBeGreaterThan(0);
    expect(redrawn.every((n) => n.type === 'vm' && running.has(n.data.vm.id))).toBe(true);
  });
});

describe('lastResult', () => {
  it('works a value out again only when an input changes', () => {
    let runs = 0;
    const pair = lastResult((a: object, b: number) => {
      runs += 1;
      return { a, b };
    });
    const a = {};
    const first = pair(a, 1);
    expect(pair(a, 1)).toBe(first);
    expect(runs).toBe(1);
    expect(pair(a, 2)).not.toBe(first);
    expect(pair({}, 2)).not.toBe(first);
    expect(runs).toBe(3);
  });
});
