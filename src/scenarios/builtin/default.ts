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
import { scenarioFromState } from '../parse';
import type { Scenario } from '../schema';

/**
 * A small datacenter teachers recognise, built only through engine commands and ticks, so it is
 * valid by construction and the same on every run.
 */

const NETWORKS = [
  { name: 'VM Network', vlan: 0 },
  { name: 'web', vlan: 10 },
  { name: 'db', vlan: 20 },
];

type NamedHost = HostSpec & { readonly name: string };

const HOSTS: readonly NamedHost[] = [
  {
    name: 'esx-01',
    product: 'esxi',
    cpuCores: 32,
    memoryGb: 256,
    storageGb: 4000,
    nicCount: 4,
    portGroups: NETWORKS,
  },
  // Small on purpose: its VMs leave 7 GB free, so db-1 (32 GB) is refused there and web-1 fits.
  {
    name: 'esx-02',
    product: 'esxi',
    cpuCores: 16,
    memoryGb: 64,
    storageGb: 2000,
    nicCount: 2,
    portGroups: NETWORKS,
  },
  {
    name: 'kvm-01',
    product: 'kvm',
    cpuCores: 24,
    memoryGb: 128,
    storageGb: 3000,
    nicCount: 2,
    portGroups: NETWORKS,
  },
  {
    name: 'hv-01',
    product: 'hyper-v',
    cpuCores: 16,
    memoryGb: 96,
    storageGb: 2000,
    nicCount: 2,
    portGroups: NETWORKS,
  },
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
}

const VMS: readonly PlacedVm[] = [
  {
    host: 'esx-01',
    on: true,
    spec: {
      name: 'web-1',
      os: 'ubuntu-24.04',
      apps: ['nginx'],
      vcpus: 2,
      memoryGb: 4,
      diskGb: 40,
      networks: ['web'],
    },
  },
  {
    host: 'esx-01',
    on: true,
    spec: {
      name: 'db-1',
      os: 'rhel-9',
      apps: ['postgres'],
      vcpus: 8,
      memoryGb: 32,
      diskGb: 500,
      networks: ['db'],
    },
  },
  {
    host: 'esx-02',
    on: true,
    spec: {
      name: 'app-1',
      os: 'windows-server-2022',
      apps: ['IIS'],
      vcpus: 4,
      memoryGb: 24,
      diskGb: 100,
      networks: ['web'],
    },
  },
  {
    host: 'esx-02',
    on: true,
    spec: {
      name: 'batch-1',
      os: 'rhel-9',
      apps: ['java'],
      vcpus: 8,
      memoryGb: 24,
      diskGb: 200,
      networks: ['db'],
    },
  },
  {
    host: 'esx-02',
    on: true,
    spec: {
      name: 'cache-1',
      os: 'alpine-3',
      apps: ['redis'],
      vcpus: 2,
      memoryGb: 8,
      diskGb: 10,
      networks: ['db'],
    },
  },
  {
    host: 'kvm-01',
    on: true,
    spec: {
      name: 'gw-1',
      os: 'freebsd-14',
      apps: ['pf'],
      vcpus: 1,
      memoryGb: 1,
      diskGb: 8,
      networks: ['VM Network', 'web', 'db'],
    },
  },
  {
    host: 'kvm-01',
    on: false,
    spec: {
      name: 'test-1',
      os: 'debian-12',
      apps: ['postgres'],
      vcpus: 2,
      memoryGb: 8,
      diskGb: 60,
      networks: ['db'],
    },
  },
  {
    host: 'hv-01',
    on: true,
    spec: {
      name: 'dc-1',
      os: 'windows-server-2022',
      apps: ['Active Directory', 'DNS'],
      vcpus: 2,
      memoryGb: 8,
      diskGb: 80,
      networks: ['VM Network'],
    },
  },
  {
    host: 'hv-01',
    on: false,
    spec: {
      name: 'sql-1',
      os: 'windows-server-2022',
      apps: ['SQL Server'],
      vcpus: 4,
      memoryGb: 16,
      diskGb: 200,
      networks: ['db'],
    },
  },
  {
    host: 'ws-01',
    on: true,
    spec: {
      name: 'lab-1',
      os: 'ubuntu-24.04',
      apps: ['python'],
      vcpus: 2,
      memoryGb: 4,
      diskGb: 30,
      networks: ['VM Network'],
    },
  },
];

const DESCRIPTION =
  'Two VMware ESXi hosts, a KVM and a Hyper-V server, and a lab PC running Oracle VirtualBox on Windows 11. ' +
  'Port groups "VM Network" (untagged), "web" (VLAN 10) and "db" (VLAN 20) on every server. ' +
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
  for (const { host, spec } of VMS) {
    state = run(state, { type: 'addVm', hostId: hostId(state, host), spec });
  }
  for (const vm of allVms(state.world)) {
    if (VMS.some((v) => v.on && v.spec.name === vm.name)) {
      state = run(state, { type: 'setVmPower', vmId: vm.id, on: true });
    }
  }
  // Tick in 5-second steps until every guest OS has booted.
  const until = state.sim.time + state.world.assumptions.vmBootSeconds + 5;
  while (state.sim.time < until) state = tick(state, 5);
  return scenarioFromState(state, 'Small datacenter', undefined, DESCRIPTION);
}
