import {
  type Command,
  type HostSpec,
  type State,
  type VmSpec,
  allVms,
  apply,
  emptyState,
  hostList,
  tick,
} from '../../engine';
import { scenarioFromState } from '../format';
import type { Scenario } from '../schema';

/**
 * A small datacenter teachers recognise, built only through engine commands and ticks, so it is
 * valid by construction and the same on every run.
 */

/** Every server carries the same three networks, so a VM finds its port group on any of them. */
const NETWORKS = [
  { name: 'VM Network', vlan: 0, subnet: '10.0.0' },
  { name: 'web', vlan: 10, subnet: '10.0.10' },
  { name: 'db', vlan: 20, subnet: '10.0.20' },
] as const;
type Network = (typeof NETWORKS)[number]['name'];
const PORT_GROUPS = NETWORKS.map(({ name, vlan }) => ({ name, vlan }));

type NamedHost = HostSpec & { readonly name: string };

const server = (name: string, product: string, cpuCores: number, memoryGb: number): NamedHost => ({
  name,
  product,
  cpuCores,
  memoryGb,
  storageGb: 2000,
  nicCount: 2,
  portGroups: PORT_GROUPS,
});

const HOSTS: readonly NamedHost[] = [
  { ...server('esx-01', 'esxi', 32, 256), storageGb: 4000, nicCount: 4 },
  // Small on purpose: its VMs leave 7 GB free, so db-1 (32 GB) is refused there and web-1 fits.
  server('esx-02', 'esxi', 16, 64),
  server('kvm-01', 'kvm', 24, 128),
  server('hv-01', 'hyper-v', 16, 96),
  // A lab PC: the type-2 hypervisor runs as an application on Windows 11, the host OS layer.
  {
    name: 'ws-01',
    product: 'virtualbox',
    hostOs: 'windows-11',
    cpuCores: 8,
    memoryGb: 32,
    storageGb: 1000,
    nicCount: 1,
  },
];

interface PlacedVm {
  readonly host: string;
  readonly on: boolean;
  readonly spec: VmSpec & { readonly name: string };
  /** The last number of each vNIC's address in its network's subnet, in `networks` order. */
  readonly hostNumbers: readonly number[];
}

function vm(
  host: string,
  on: boolean,
  [name, os, apps]: [string, string, string[]],
  [vcpus, memoryGb, diskGb]: [number, number, number],
  nics: [Network, number][],
): PlacedVm {
  const spec = { name, os, apps, vcpus, memoryGb, diskGb, networks: nics.map(([n]) => n) };
  return { host, on, spec, hostNumbers: nics.map(([, n]) => n) };
}

const VMS: readonly PlacedVm[] = [
  vm('esx-01', true, ['web-1', 'ubuntu-24.04', ['nginx']], [2, 4, 40], [['web', 11]]),
  vm('esx-01', true, ['db-1', 'rhel-9', ['postgres']], [8, 32, 500], [['db', 21]]),
  vm('esx-02', true, ['app-1', 'windows-server-2022', ['IIS']], [4, 24, 100], [['web', 12]]),
  vm('esx-02', true, ['batch-1', 'rhel-9', ['java']], [8, 24, 200], [['db', 22]]),
  vm('esx-02', true, ['cache-1', 'alpine-3', ['redis']], [2, 8, 10], [['db', 23]]),
  // A monitoring VM with a leg in every network reaches each one directly, without the router.
  vm(
    'kvm-01',
    true,
    ['mon-1', 'freebsd-14', ['zabbix']],
    [1, 2, 20],
    [
      ['VM Network', 5],
      ['web', 5],
      ['db', 5],
    ],
  ),
  vm('kvm-01', false, ['test-1', 'debian-12', ['postgres']], [2, 8, 60], [['db', 31]]),
  vm(
    'hv-01',
    true,
    ['dc-1', 'windows-server-2022', ['Active Directory', 'DNS']],
    [2, 8, 80],
    [['VM Network', 10]],
  ),
  vm('hv-01', false, ['sql-1', 'windows-server-2022', ['SQL Server']], [4, 16, 200], [['db', 24]]),
  vm('ws-01', true, ['lab-1', 'ubuntu-24.04', ['python']], [2, 4, 30], [['VM Network', 50]]),
];

const subnetOf = (network: string) => NETWORKS.find((n) => n.name === network)?.subnet ?? '';

const DESCRIPTION =
  'Two VMware ESXi hosts, a KVM and a Hyper-V server, and a lab PC running Oracle VirtualBox on Windows 11. ' +
  'Port groups "VM Network" (untagged, 10.0.0.0/24), "web" (VLAN 10, 10.0.10.0/24) and "db" (VLAN 20, 10.0.20.0/24) ' +
  'on every server, joined by the router r1. ' +
  'esx-02 is nearly full on memory: try dragging db-1 onto it, then a small VM such as web-1.';

/** Built-in data that the engine refuses is a bug in this file, not a learner's mistake. */
function run(state: State, command: Command): State {
  const result = apply(state, command);
  if (!result.ok) throw new Error(`The default scenario cannot be built: ${result.reason}`);
  return result.state;
}

function hostId(state: State, name: string) {
  const host = hostList(state.world).find((h) => h.name === name);
  if (!host) throw new Error(`The default scenario has no host ${name}.`);
  return host.id;
}

export function defaultScenario(): Scenario {
  let state = emptyState(1);
  for (const spec of HOSTS) state = run(state, { type: 'addHost', spec });
  // A router on a stick: one cable to the top-of-rack switch, one interface per network.
  const interfaces = NETWORKS.map((n) => ({ vlan: n.vlan, ip: `${n.subnet}.1/24` }));
  state = run(state, { type: 'addRouter', spec: { name: 'r1', interfaces } });
  for (const { host, spec } of VMS) {
    state = run(state, { type: 'addVm', hostId: hostId(state, host), spec });
  }
  for (const vm of allVms(state.world)) {
    const placed = VMS.find((v) => v.spec.name === vm.name);
    vm.nics.forEach((nic, i) => {
      const subnet = subnetOf(nic.portGroup ?? '');
      const ip = `${subnet}.${placed?.hostNumbers[i] ?? 0}/24`;
      // A VM with one vNIC sends other subnets' traffic to the router; mon-1 needs none.
      const gateway = vm.nics.length === 1 ? `${subnet}.1` : null;
      state = run(state, {
        type: 'setVnicAddress',
        vmId: vm.id,
        vnicId: nic.id,
        ip,
        gateway,
      });
    });
    if (placed?.on) state = run(state, { type: 'setVmPower', vmId: vm.id, on: true });
  }
  // Tick in 5-second steps until every guest OS has booted.
  const until = state.sim.time + state.world.assumptions.vmBootSeconds + 5;
  while (state.sim.time < until) state = tick(state, 5);
  return scenarioFromState(state, 'Small datacenter', undefined, DESCRIPTION);
}
