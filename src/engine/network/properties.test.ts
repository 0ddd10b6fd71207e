import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../testing/properties';
import {
  type Command,
  type HostId,
  type PhysicalSwitchId,
  type State,
  type Trace,
  type Vm,
  type VmId,
  allVms,
  apply,
  emptyState,
  findVm,
  reachability,
  tick,
  tracePing,
} from '../index';

/**
 * Properties over random datacenters: hosts with tagged, untagged and trunk port groups, an
 * internal-only switch now and then, VMs in two subnets with or without gateways, a router on
 * a stick in some VLANs, failed NICs and switch ports, and sometimes a second physical switch
 * that nothing joins to the first.
 */

const PORT_GROUPS = ['A', 'B', 'C', 'T'] as const;

/** A value drawn by weight; fast-check's constantFrom leans on its first value too much for this. */
function weighted<T>(...choices: [T, number][]): fc.Arbitrary<T> {
  return fc.oneof(...choices.map(([v, weight]) => ({ arbitrary: fc.constant(v), weight })));
}

const hostArb = fc.record({
  nics: weighted([2, 3], [1, 1], [0, 1]),
  portGroups: fc.subarray([...PORT_GROUPS], { minLength: 1 }),
  /** VLAN of port group A on this host: 30 on some hosts makes a VLAN mismatch by name. */
  aVlan: weighted([10, 2], [30, 1]),
  internal: weighted([false, 2], [true, 1]),
});

const vmArb = fc.record({
  host: fc.nat(),
  portGroup: fc.nat(),
  plugged: weighted([true, 9], [false, 1]),
  on: weighted([true, 9], [false, 1]),
  /** Mostly the subnet that goes with its VLAN (10.0.10.0/24 in VLAN 10), sometimes not. */
  subnet: weighted<'match' | 10 | 20>(['match', 3], [10, 1], [20, 1]),
  /** Its gateway: the router's .1, none, or by mistake the address of the first VM (.10). */
  gateway: weighted<'router' | 'none' | 'vm'>(['router', 6], ['none', 2], ['vm', 1]),
  guestVlan: weighted<number | null>([null, 1], [10, 1], [20, 1]),
  /** Tag frames on a port group that is not a trunk, which the switch drops. */
  tagsOnAccess: weighted([false, 19], [true, 1]),
  /** A second vNIC in the other subnet, on some port group of its host: a VM in two networks. */
  secondNic: weighted([false, 5], [true, 1]),
});

const topologyArb = fc.record({
  hosts: fc.array(hostArb, { minLength: 1, maxLength: 4 }),
  vms: fc.array(vmArb, { minLength: 2, maxLength: 6 }),
  router: fc.option(
    fc.oneof(
      weighted<number[]>([[10, 20], 2], [[10, 20, 30], 1], [[0, 10, 20], 1]),
      fc.subarray([0, 10, 20, 30], { minLength: 1 }),
    ),
    { nil: null },
  ),
  /** Per host: recabled to a second physical switch that nothing joins to tor-1. */
  secondSwitch: fc.array(weighted([false, 5], [true, 1]), {
    minLength: 4,
    maxLength: 4,
  }),
  nicsDown: fc.array(fc.nat(), { maxLength: 2 }),
  portsDown: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 2 }),
  /** Changes made after a round of pings, so that what the switches learned goes stale. */
  changes: fc.array(
    fc.record({
      kind: fc.constantFrom('nic', 'port', 'readdress', 'swap', 'replug', 'power'),
      n: fc.nat(),
      m: fc.nat(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

type Topology = typeof topologyArb extends fc.Arbitrary<infer T> ? T : never;

function must(state: State, command: Command): State {
  const r = apply(state, command);
  if (!r.ok) throw new Error(`${command.type} refused: ${r.reason}`);
  return r.state;
}

function pgVlan(name: string, aVlan: number): number {
  return { A: aVlan, B: 20, C: 0, T: 4095, I: 0 }[name] ?? 0;
}

/** Builds a topology through engine commands, as a learner would. */
function build(t: Topology): State {
  let s = emptyState(7);
  s = must(s, {
    type: 'updatePhysicalSwitch',
    switchId: 'psw-1' as PhysicalSwitchId,
    spec: { name: 'tor-1', portCount: 24 },
  });
  const hostIds: HostId[] = [];
  const pgsOf: string[][] = [];
  t.hosts.forEach((h, i) => {
    s = must(s, {
      type: 'addHost',
      spec: {
        name: `esx-${i}`,
        cpuCores: 16,
        memoryGb: 64,
        storageGb: 1000,
        nicCount: h.nics,
        product: 'esxi',
        portGroups: h.portGroups.map((name) => ({ name, vlan: pgVlan(name, h.aVlan) })),
      },
    });
    const host = Object.values(s.world.hosts).find((x) => x.name === `esx-${i}`);
    if (!host) throw new Error('host missing');
    hostIds.push(host.id);
    const names: string[] = [...h.portGroups];
    if (h.internal) {
      s = must(s, { type: 'addSwitch', hostId: host.id, spec: { name: 'internal', uplinks: [] } });
      const p = s.world.hosts[host.id]?.platform;
      const sw =
        p?.kind === 'hypervisor' ? p.vswitches.find((v) => v.name === 'internal') : undefined;
      if (!sw) throw new Error('switch missing');
      s = must(s, {
        type: 'addPortGroup',
        hostId: host.id,
        switchId: sw.id,
        spec: { name: 'I', vlan: 0 },
      });
      names.push('I');
    }
    pgsOf.push(names);
  });
  // Hosts picked for the second switch are recabled to it; nothing joins it to tor-1.
  const movers = hostIds.filter((_, i) => t.secondSwitch[i]);
  if (movers.length > 0) {
    s = must(s, { type: 'addPhysicalSwitch', spec: { name: 'tor-2', portCount: 24 } });
    const tor2 = Object.values(s.world.physicalSwitches).find((x) => x.name === 'tor-2');
    let port = 1;
    for (const hostId of movers) {
      for (const nic of s.world.hosts[hostId]?.nics ?? []) {
        s = must(s, {
          type: 'cableNic',
          hostId,
          nicId: nic.id,
          link: { switchId: tor2?.id ?? ('' as PhysicalSwitchId), port: port++ },
        });
      }
    }
  }
  if (t.router) {
    s = must(s, {
      type: 'addRouter',
      spec: {
        name: 'r1',
        interfaces: t.router.map((vlan) => ({ vlan, ip: `10.0.${vlan === 0 ? 40 : vlan}.1/24` })),
      },
    });
  }
  t.vms.forEach((v, i) => {
    const h = v.host % hostIds.length;
    const names = pgsOf[h] ?? [];
    const pg = v.plugged ? (names[v.portGroup % names.length] ?? null) : null;
    const hostId = hostIds[h] as HostId;
    const vlan = pg === null ? 0 : pgVlan(pg, t.hosts[h]?.aVlan ?? 10);
    const subnet =
      v.subnet !== 'match' ? v.subnet : vlan === 4095 ? (v.guestVlan ?? 10) : vlan === 20 ? 20 : 10;
    s = must(s, {
      type: 'addVm',
      hostId,
      spec: {
        name: `vm-${i}`,
        os: 'ubuntu-24.04',
        vcpus: 1,
        memoryGb: 1,
        diskGb: 10,
        networks: [pg],
      },
    });
    const vm = allVms(s.world).find((x) => x.name === `vm-${i}`) as Vm;
    const vnicId = vm.nics[0]?.id;
    if (!vnicId) throw new Error('vnic missing');
    s = must(s, {
      type: 'setVnicAddress',
      vmId: vm.id,
      vnicId,
      ip: `10.0.${subnet}.${10 + i}/24`,
      gateway:
        v.gateway === 'none' || (v.gateway === 'vm' && i === 0)
          ? null
          : `10.0.${subnet}.${v.gateway === 'vm' ? 10 : 1}`,
    });
    if (pg === 'T' || v.tagsOnAccess)
      s = must(s, { type: 'setVnicGuestVlan', vmId: vm.id, vnicId, vlan: v.guestVlan ?? 10 });
    if (v.secondNic) {
      s = must(s, { type: 'addVnic', vmId: vm.id, portGroup: names[v.portGroup % 2] ?? null });
      const second = allVms(s.world).find((x) => x.id === vm.id)?.nics[1];
      if (!second) throw new Error('second vNIC missing');
      const other = subnet === 10 ? 20 : 10;
      s = must(s, {
        type: 'setVnicAddress',
        vmId: vm.id,
        vnicId: second.id,
        ip: `10.0.${other}.${50 + i}/24`,
        gateway: null,
      });
    }
    if (v.on) s = must(s, { type: 'setVmPower', vmId: vm.id, on: true });
  });
  const nics = Object.values(s.world.hosts).flatMap((h) =>
    h.nics.map((n) => [h.id, n.id] as const),
  );
  for (const n of new Set(t.nicsDown.map((i) => i % Math.max(1, nics.length)))) {
    const pick = nics[n];
    if (pick) s = must(s, { type: 'setNicLink', hostId: pick[0], nicId: pick[1], up: false });
  }
  for (const port of new Set(t.portsDown)) {
    s = must(s, { type: 'setSwitchPort', switchId: 'psw-1' as PhysicalSwitchId, port, up: false });
  }
  return tick(s, s.world.assumptions.vmBootSeconds);
}

/** Two VMs trade addresses, so an ARP entry learned for one now names the other's MAC. */
function swapAddresses(s: State, n: number, m: number): State {
  const vms = allVms(s.world);
  const a = vms[n % vms.length];
  const b = vms[m % vms.length];
  const [na, nb] = [a?.nics[0], b?.nics[0]];
  if (!a || !b || a === b || !na || !nb) return s;
  const steps: Command[] = [
    { type: 'setVnicAddress', vmId: a.id, vnicId: na.id, ip: '10.99.0.1/24', gateway: null },
    { type: 'setVnicAddress', vmId: b.id, vnicId: nb.id, ip: na.ip, gateway: na.gateway },
    { type: 'setVnicAddress', vmId: a.id, vnicId: na.id, ip: nb.ip, gateway: nb.gateway },
  ];
  return steps.reduce(must, s);
}

/** Applies a change if the engine accepts it; a refused one changes nothing, as for a learner. */
function change(s: State, c: Topology['changes'][number], round: number): State {
  const vms = allVms(s.world);
  const vm = vms[c.n % vms.length];
  const nic = vm?.nics[0];
  const host = vm && findVm(s.world, vm.id)?.host;
  const pnics = Object.values(s.world.hosts).flatMap((h) => h.nics.map((n) => [h.id, n] as const));
  const pnic = pnics[c.n % Math.max(1, pnics.length)];
  let command: Command | null = null;
  if (c.kind === 'nic' && pnic)
    command = { type: 'setNicLink', hostId: pnic[0], nicId: pnic[1].id, up: !pnic[1].up };
  if (c.kind === 'port') {
    const port = 1 + (c.n % 10);
    const down = s.world.physicalSwitches['psw-1' as PhysicalSwitchId]?.downPorts.includes(port);
    command = { type: 'setSwitchPort', switchId: 'psw-1' as PhysicalSwitchId, port, up: !!down };
  }
  if (c.kind === 'readdress' && vm && nic) {
    const subnet = c.m % 2 === 0 ? 10 : 20;
    const ip = `10.0.${subnet}.${100 + round * 10 + (c.n % 10)}/24`;
    command = {
      type: 'setVnicAddress',
      vmId: vm.id,
      vnicId: nic.id,
      ip,
      gateway: `10.0.${subnet}.1`,
    };
  }
  if (c.kind === 'replug' && vm && nic && host?.platform.kind === 'hypervisor') {
    const names = host.platform.vswitches.flatMap((sw) => sw.portGroups.map((p) => p.name));
    command = {
      type: 'plugVnic',
      vmId: vm.id,
      vnicId: nic.id,
      portGroup: names[c.m % names.length] ?? null,
    };
  }
  if (c.kind === 'swap') return swapAddresses(s, c.n, c.m);
  if (c.kind === 'power' && vm)
    command = { type: 'setVmPower', vmId: vm.id, on: vm.power !== 'running' };
  const r = command && apply(s, command);
  return r?.ok ? tick(r.state, s.world.assumptions.vmBootSeconds) : s;
}

/** The VLAN a vNIC's frames are in, read straight from the world. */
function vnicVlan(s: State, vnicId: string): number | null {
  for (const vm of allVms(s.world)) {
    const nic = vm.nics.find((n) => n.id === vnicId);
    if (!nic) continue;
    const host = findVm(s.world, vm.id)?.host;
    if (host?.platform.kind !== 'hypervisor') return null;
    const pg = host.platform.vswitches
      .flatMap((sw) => sw.portGroups)
      .find((p) => p.name === nic.portGroup);
    if (!pg) return null;
    return pg.vlan === 4095 ? (nic.guestVlan ?? 0) : pg.vlan;
  }
  return null;
}

const L2 = new Set(['vswitch', 'pnic', 'pswitch']);

function checkVlans(s: State, trace: Trace): void {
  for (const h of trace.hops) {
    if (h.device.kind === 'vswitch') {
      for (const out of h.outPorts) {
        if (out.id.startsWith('vnic-')) expect(vnicVlan(s, out.id), trace.summary).toBe(h.vlan);
      }
    }
    const parent = h.parent === null ? undefined : trace.hops[h.parent];
    if (!parent || parent.vlan === null || h.vlan === null) continue;
    // Only a VM or a router starts a frame in another VLAN; switches and NICs never change it.
    if (L2.has(h.device.kind) && L2.has(parent.device.kind)) expect(h.vlan).toBe(parent.vlan);
    if (h.device.kind === 'vm' && parent.device.kind === 'vswitch' && h.inPort) {
      expect(vnicVlan(s, h.inPort.id), `${h.device.name} got a VLAN ${h.vlan} frame`).toBe(h.vlan);
    }
  }
}

function checkNoReturn(trace: Trace): void {
  for (const h of trace.hops) {
    if ((h.device.kind === 'vswitch' || h.device.kind === 'pswitch') && h.inPort) {
      const inId = h.inPort.id;
      expect(
        h.outPorts.map((p) => p.id),
        `${h.device.name} at step ${h.step}`,
      ).not.toContain(inId);
    }
  }
}

const pairsOf = (ids: readonly VmId[]) =>
  ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as const));

describe('networking over random topologies', () => {
  it('the tracer and the matrix agree on every pair, with the same reason, however much was learned', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        let s = build(t);
        // Ping every pair twice, change the topology so learned entries go stale, ping again.
        for (let round = 0; round <= t.changes.length; round++) {
          if (round > 0) s = change(s, t.changes[round - 1] as Topology['changes'][number], round);
          const matrix = reachability(s);
          const ids = matrix.vms.map((v) => v.id);
          const pairs = round === 0 ? [...pairsOf(ids), ...pairsOf(ids)] : pairsOf(ids);
          for (const [a, b] of pairs) {
            const cell = matrix.cells[ids.indexOf(a)]?.[ids.indexOf(b)];
            const r = tracePing(s, a, { vmId: b });
            if (!r.ok || !cell) throw new Error('no result');
            expect(r.trace.outcome, r.trace.summary).toBe(cell.ok ? 'reply' : 'dropped');
            if (!cell.ok) {
              expect(r.trace.drop?.reason).toBe(cell.reason);
              expect(r.trace.drop?.at.id).toBe(cell.at.id);
            }
            s = r.state;
          }
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('a frame is never delivered to a port outside its VLAN, and a flood never returns to its ingress port', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        let s = build(t);
        const ids = reachability(s).vms.map((v) => v.id);
        for (const [a, b] of pairsOf(ids)) {
          const r = tracePing(s, a, { vmId: b });
          if (!r.ok) throw new Error(r.reason);
          checkVlans(s, r.trace);
          checkNoReturn(r.trace);
          s = r.state;
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('reachability is symmetric: one-vNIC VMs need both directions for either ping', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        const s = build(t);
        const single = reachability(s).vms.map(
          (v) => allVms(s.world).find((x) => x.id === v.id)?.nics.length === 1,
        );
        const { cells } = reachability(s);
        cells.forEach((row, i) =>
          row.forEach((cell, j) => {
            if (single[i] && single[j]) expect(cell?.ok, `${i}→${j}`).toBe(cells[j]?.[i]?.ok);
          }),
        );
      }),
      { numRuns: runs(100) },
    );
  });

  it('the same datacenter and the same pings give the same traces', () => {
    fc.assert(
      fc.property(topologyArb, (t) => {
        const once = build(t);
        const again = build(t);
        expect(again).toEqual(once);
        const ids = reachability(once).vms.map((v) => v.id);
        const [a, b] = ids;
        if (!a || !b) return;
        const x = tracePing(once, a, { vmId: b });
        const y = tracePing(again, a, { vmId: b });
        expect(y).toEqual(x);
      }),
      { numRuns: runs(30) },
    );
  });
});
