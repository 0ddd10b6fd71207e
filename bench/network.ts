/**
 * Networking figures: the reachability matrix for 500 VMs on 50 hosts (target ≤ 200 ms) and
 * one traced ping (target ≤ 1 ms). The datacenter is built through engine commands: five
 * VLANs with a /24 subnet each, every host carrying all five port groups, two NICs per host on
 * one top-of-rack switch, and a router on a stick with an interface in each VLAN.
 */
import {
  type Command,
  type PhysicalSwitchId,
  type State,
  allVms,
  apply,
  emptyState,
  reachability,
  tick,
  tracePing,
  vmsOf,
} from '../src/engine';
import { report, timeMedian } from './util';

const HOSTS = 50;
const VMS_PER_HOST = 10;
const VLANS = [10, 20, 30, 40, 50];
const LABEL = `${HOSTS}hosts.${HOSTS * VMS_PER_HOST}vms`;

function must(state: State, command: Command): State {
  const r = apply(state, command);
  if (!r.ok) throw new Error(`${command.type} refused: ${r.reason}`);
  return r.state;
}

/** The bench datacenter; `routed` false leaves out the router and the gateways. */
function build(routed: boolean): State {
  let s = emptyState(1);
  const tor = 'psw-1' as PhysicalSwitchId;
  s = must(s, {
    type: 'updatePhysicalSwitch',
    switchId: tor,
    spec: { name: 'tor-1', portCount: 128 },
  });
  const portGroups = VLANS.map((vlan) => ({ name: `vlan${vlan}`, vlan }));
  const hostIds = [];
  for (let h = 0; h < HOSTS; h++) {
    s = must(s, {
      type: 'addHost',
      spec: {
        name: `esx-${h}`,
        cpuCores: 64,
        memoryGb: 512,
        storageGb: 10_000,
        nicCount: 2,
        product: 'esxi',
        portGroups,
      },
    });
    hostIds.push(Object.values(s.world.hosts).find((x) => x.name === `esx-${h}`)!.id);
  }
  if (routed) {
    const interfaces = VLANS.map((vlan) => ({ vlan, ip: `10.0.${vlan}.1/24` }));
    s = must(s, { type: 'addRouter', spec: { name: 'r1', interfaces } });
  }
  const used = new Map<number, number>();
  for (let h = 0; h < HOSTS; h++) {
    for (let k = 0; k < VMS_PER_HOST; k++) {
      const vlan = VLANS[(h * VMS_PER_HOST + k) % VLANS.length]!;
      const n = (used.get(vlan) ?? 1) + 1;
      used.set(vlan, n);
      const name = `vm-${h}-${k}`;
      s = must(s, {
        type: 'addVm',
        hostId: hostIds[h]!,
        spec: {
          name,
          os: 'ubuntu-24.04',
          vcpus: 1,
          memoryGb: 2,
          diskGb: 20,
          networks: [`vlan${vlan}`],
        },
      });
      const vm = vmsOf(s.world.hosts[hostIds[h]!]!).find((v) => v.name === name)!;
      s = must(s, {
        type: 'setVnicAddress',
        vmId: vm.id,
        vnicId: vm.nics[0]!.id,
        ip: `10.0.${vlan}.${n}/24`,
        gateway: routed ? `10.0.${vlan}.1` : null,
      });
      s = must(s, { type: 'setVmPower', vmId: vm.id, on: true });
    }
  }
  return tick(s, s.world.assumptions.vmBootSeconds);
}

/** The same state with a new world object, so nothing cached for the old one is reused. */
const freshWorld = (s: State): State => ({ ...s, world: { ...s.world } });

export async function run(): Promise<void> {
  const routed = build(true);
  const isolated = build(false);
  const cells = (s: State) => reachability(s).cells.flat();
  const ok = cells(routed).filter((c) => c?.ok).length;
  if (ok !== HOSTS * VMS_PER_HOST * (HOSTS * VMS_PER_HOST - 1))
    throw new Error(`Expected every pair to reach the other through r1; ${ok} do.`);

  report(
    `reachability.${LABEL}`,
    timeMedian(() => reachability(freshWorld(routed)), 15),
    'ms',
  );
  report(
    `reachability.${LABEL}.isolated`,
    timeMedian(() => reachability(freshWorld(isolated)), 15),
    'ms',
  );

  // A ping between two VLANs on two hosts with nothing learned yet: two ARP broadcasts flood
  // every host, then the packet is routed. The index of the world is built already, as it is
  // once the UI has drawn the matrix for that world.
  const vms = allVms(routed.world);
  const src = vms[0]!.id;
  const dst = vms[VMS_PER_HOST + 1]!.id;
  const cold = tracePing(routed, src, { vmId: dst });
  if (!cold.ok || cold.trace.outcome !== 'reply') throw new Error('The bench ping failed.');
  // Many short runs: a longer warm-up lets the JIT settle before the median is taken.
  report(
    'ping.trace',
    timeMedian(() => tracePing(routed, src, { vmId: dst }), 1000, 200),
    'ms',
  );
  report('ping.trace.hops', cold.trace.hops.length, 'hops');
  report(
    'ping.trace.warm',
    timeMedian(() => tracePing(cold.state, src, { vmId: dst }), 1000, 200),
    'ms',
  );
  report(
    'ping.trace.new-world',
    timeMedian(() => tracePing(freshWorld(routed), src, { vmId: dst }), 50),
    'ms',
  );
  await Promise.resolve();
}
