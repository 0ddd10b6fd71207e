import { describe, expect, it } from 'vitest';
import {
  type Host,
  type State,
  allVms,
  hostList,
  hostUsage,
  hypervisorById,
  invariantProblems,
  osById,
  vmsOf,
} from '../engine';
import { generateState } from './generate';
import { scenarioFromState, serializeScenario } from './format';
import { parseScenario } from './parse';

const platformOf = (host: Host) => {
  if (host.platform.kind !== 'hypervisor') throw new Error(`${host.name} runs no hypervisor.`);
  return host.platform;
};

describe('generateState', () => {
  const state: State = generateState({ hosts: 40, vms: 300, seed: 3 });

  it('builds the hosts and VMs asked for, keeping every engine rule', () => {
    expect(hostList(state.world)).toHaveLength(40);
    expect(allVms(state.world)).toHaveLength(300);
    expect(invariantProblems(state)).toEqual([]);
  });

  it('places VMs only where all of them could run at once', () => {
    for (const host of hostList(state.world)) {
      const u = hostUsage(host, state.world.assumptions);
      const vms = vmsOf(host);
      expect(vms.every((v) => v.vcpus <= u.coresForVms)).toBe(true);
      expect(vms.reduce((t, v) => t + v.vcpus, 0)).toBeLessThanOrEqual(u.vcpuLimit);
      expect(vms.reduce((t, v) => t + v.memoryGb, 0)).toBeLessThanOrEqual(u.memoryForVmsGb);
    }
  });

  it('powers most VMs on and boots them all', () => {
    const vms = allVms(state.world);
    const running = vms.filter((v) => v.power === 'running').length;
    // 85 % are powered on; 300 draws stay well within 70 % to 97 %.
    expect(running / vms.length).toBeGreaterThan(0.7);
    expect(running / vms.length).toBeLessThan(0.97);
    expect(vms.every((v) => v.power === 'running' || v.power === 'off')).toBe(true);
  });

  it('mixes type-1 and type-2 products and guest OSes from the catalog', () => {
    const products = new Set(hostList(state.world).map((h) => platformOf(h).product));
    const types = new Set([...products].map((p) => hypervisorById(p)?.type));
    expect(products.size).toBeGreaterThanOrEqual(4);
    expect(types).toEqual(new Set([1, 2]));
    for (const host of hostList(state.world)) {
      const p = platformOf(host);
      if (hypervisorById(p.product)?.type === 2) expect(osById(p.hostOs ?? '')?.canHost).toBe(true);
    }
    const oses = new Set(allVms(state.world).map((v) => v.os));
    expect(oses.size).toBeGreaterThanOrEqual(4);
    expect([...oses].every((os) => osById(os)?.canBeGuest)).toBe(true);
  });

  it('gives every host the VM Network, web and db port groups, and plugs VMs by role', () => {
    for (const host of hostList(state.world)) {
      const groups = platformOf(host).vswitches.flatMap((s) => s.portGroups);
      expect(groups.map((g) => [g.name, g.vlan])).toEqual([
        ['VM Network', 0],
        ['web', 10],
        ['db', 20],
      ]);
    }
    for (const vm of allVms(state.world)) {
      const expected = vm.name.startsWith('web-')
        ? 'web'
        : vm.name.startsWith('db-')
          ? 'db'
          : 'VM Network';
      expect(vm.nics.map((n) => n.portGroup)).toEqual([expected]);
    }
  });

  it('gives the same state for the same seed and another for another seed', () => {
    const again = generateState({ hosts: 40, vms: 300, seed: 3 });
    expect(again).toEqual(state);
    const other = generateState({ hosts: 40, vms: 300, seed: 4 });
    expect(allVms(other.world).map((v) => v.name)).not.toEqual(
      allVms(state.world).map((v) => v.name),
    );
  });

  it('refuses a datacenter too small for its VMs, and nonsense sizes', () => {
    expect(() => generateState({ hosts: 1, vms: 500, seed: 1 })).toThrow(/do not fit on 1 hosts/);
    expect(() => generateState({ hosts: 0, vms: 1, seed: 1 })).toThrow(/whole number of hosts/);
  });
});

describe('a generated scenario file', () => {
  it('parses as a valid scenario and gives back the same state', () => {
    const state = generateState({ hosts: 10, vms: 60, seed: 9 });
    const text = serializeScenario(scenarioFromState(state, 'Generated'));
    const parsed = parseScenario(text);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    expect(parsed.scenario.state).toEqual(state);
  });
});
