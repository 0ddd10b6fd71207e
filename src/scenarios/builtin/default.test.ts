import { describe, expect, it } from 'vitest';
import {
  allVms,
  apply,
  canPing,
  findVm,
  holdsResources,
  hostList,
  hypervisorById,
  portGroupNames,
  tick,
  vmsOf,
} from '../../engine';
import { serializeScenario } from '../format';
import { parseScenario } from '../parse';
import { BUILTIN_SCENARIOS } from '.';
import { hypervisorOf } from '../testing';
import { defaultScenario } from './default';

const scenario = defaultScenario();
const { world } = scenario.state;
const hostNamed = (name: string) => hostList(world).find((h) => h.name === name);
const vmNamed = (name: string) => allVms(world).find((v) => v.name === name);

describe('defaultScenario', () => {
  it('parses, and survives serialize → parse unchanged', () => {
    const text = serializeScenario(scenario);
    const result = parseScenario(text);
    expect(result.ok && result.scenario).toEqual(scenario);
  });

  it('is the same on every build', () => {
    expect(serializeScenario(defaultScenario())).toBe(serializeScenario(scenario));
  });

  it('has the hosts teachers recognise, the lab PC showing its host OS layer', () => {
    const platforms = hostList(world).map((h) => [
      h.name,
      hypervisorOf(h).product,
      hypervisorOf(h).hostOs,
    ]);
    expect(platforms).toEqual([
      ['esx-01', 'esxi', null],
      ['esx-02', 'esxi', null],
      ['kvm-01', 'kvm', null],
      ['hv-01', 'hyper-v', null],
      ['ws-01', 'virtualbox', 'windows-11'],
    ]);
    expect(hypervisorById('virtualbox')?.type).toBe(2);
    expect(new Set(hostList(world).map((h) => h.memoryGb)).size).toBeGreaterThan(3);
  });

  it('gives every server host the port groups VM Network, web and db on VLANs 0, 10, 20', () => {
    for (const name of ['esx-01', 'esx-02', 'kvm-01', 'hv-01']) {
      const host = hostNamed(name);
      const groups = hypervisorOf(host).vswitches.flatMap((s) => s.portGroups);
      expect(groups.map((g) => [g.name, g.vlan])).toEqual([
        ['VM Network', 0],
        ['web', 10],
        ['db', 20],
      ]);
    }
  });

  it('holds ten VMs with six guest OSes, all booted but two that are off', () => {
    const vms = allVms(world);
    expect(vms).toHaveLength(10);
    expect(new Set(vms.map((v) => v.os))).toEqual(
      new Set([
        'ubuntu-24.04',
        'debian-12',
        'rhel-9',
        'windows-server-2022',
        'alpine-3',
        'freebsd-14',
      ]),
    );
    expect(vms.filter((v) => v.power === 'off').map((v) => v.name)).toEqual(['test-1', 'sql-1']);
    expect(vms.filter((v) => v.power !== 'off').every((v) => v.power === 'running')).toBe(true);
    expect(vmsOf(hostNamed('ws-01')!).map((v) => [v.name, v.power])).toEqual([
      ['lab-1', 'running'],
    ]);
  });

  it('plugs every vNIC into a port group its host has', () => {
    for (const host of hostList(world)) {
      const names = portGroupNames(host);
      for (const vm of vmsOf(host)) {
        for (const nic of vm.nics) expect(names.has(nic.portGroup ?? '')).toBe(true);
      }
    }
  });

  it('addresses every vNIC in its network, and routes between the VLANs through r1', () => {
    for (const vm of allVms(world)) {
      for (const nic of vm.nics) {
        const subnet = { 'VM Network': '10.0.0.', web: '10.0.10.', db: '10.0.20.' }[
          nic.portGroup ?? ''
        ];
        expect(nic.ip?.startsWith(subnet ?? '?')).toBe(true);
      }
    }
    const ping = (from: string, to: string) =>
      canPing(scenario.state, vmNamed(from)!.id, vmNamed(to)!.id);
    // web-1 (VLAN 10) and db-1 (VLAN 20) are in different subnets: only the router joins them.
    expect(ping('web-1', 'db-1')).toEqual({ ok: true, routed: true });
    // mon-1 has a leg in the db network, so it reaches db-1 directly.
    expect(ping('mon-1', 'db-1')).toEqual({ ok: true, routed: false });
  });

  describe('the refused drag', () => {
    const esx02 = hostNamed('esx-02')!.id;

    it('refuses db-1 (32 GB) on esx-02, saying how many GB are free', () => {
      // 64 GB − 1 GB the hypervisor keeps = 63 GB for VMs; app-1 24 + batch-1 24 + cache-1 8 = 56.
      const db1 = vmNamed('db-1')!;
      expect(holdsResources(db1)).toBe(true);
      const result = apply(scenario.state, { type: 'moveVm', vmId: db1.id, toHostId: esx02 });
      expect(result).toEqual({ ok: false, reason: 'esx-02 has 7 GB free; db-1 needs 32 GB.' });
    });

    it('accepts a small VM (web-1, 4 GB) there: it live-migrates and keeps running', () => {
      const web1 = vmNamed('web-1')!;
      const result = apply(scenario.state, { type: 'moveVm', vmId: web1.id, toHostId: esx02 });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      // Live migration copies memory while the VM runs; a minute is ample for 4 GB.
      let state = result.state;
      for (let t = 0; t < 60; t += 5) state = tick(state, 5);
      const moved = findVm(state.world, web1.id);
      expect(moved?.host.name).toBe('esx-02');
      expect(moved?.vm.power).toBe('running');
    });
  });
});

describe('BUILTIN_SCENARIOS', () => {
  it('lists scenarios with unique ids that each build a valid file', () => {
    expect(new Set(BUILTIN_SCENARIOS.map((b) => b.id)).size).toBe(BUILTIN_SCENARIOS.length);
    for (const builtin of BUILTIN_SCENARIOS) {
      expect(builtin.title.length).toBeGreaterThan(0);
      expect(parseScenario(serializeScenario(builtin.build())).ok).toBe(true);
    }
  });
});
