import {
  type Command,
  type HostId,
  OPERATING_SYSTEMS,
  type State,
  type VmId,
  apply,
  emptyState,
  hostUsage,
  nextRandom,
  tick,
} from '../engine';

/**
 * A large, valid datacenter built through engine commands, for benchmarks, the scale test and
 * the `npm run scenario` CLI. The same options always give the same state.
 */
export interface GenerateOptions {
  readonly hosts: number;
  readonly vms: number;
  readonly seed: number;
  /** Share of VMs powered on (and booted); the rest stay off. */
  readonly poweredOnShare?: number;
}

/** The platforms a generated host runs, by weight: mostly type 1, a few type-2 lab machines. */
const PLATFORMS = [
  { weight: 40, prefix: 'esx', product: 'esxi', hostOs: null },
  { weight: 25, prefix: 'kvm', product: 'kvm', hostOs: null },
  { weight: 15, prefix: 'hv', product: 'hyper-v', hostOs: null },
  { weight: 10, prefix: 'xen', product: 'xen', hostOs: null },
  { weight: 5, prefix: 'vbox', product: 'virtualbox', hostOs: 'ubuntu-24.04' },
  { weight: 5, prefix: 'ws', product: 'vmware-workstation', hostOs: 'windows-11' },
] as const;

const HOST_CORES = [16, 24, 32, 48, 64] as const;
const HOST_MEMORY_GB = [128, 256, 256, 384, 512] as const;
/** Small VMs are the common case, as in real estates. */
const VM_VCPUS = [1, 2, 2, 2, 4, 4, 8] as const;
const VM_MEMORY_GB = [1, 2, 2, 4, 4, 8, 8, 16, 32] as const;
const VM_DISK_GB = [20, 40, 80, 200] as const;

/** Each role plugs into its own port group; every host carries all three. */
const PORT_GROUPS = [
  { name: 'VM Network', vlan: 0 },
  { name: 'web', vlan: 10 },
  { name: 'db', vlan: 20 },
];
const ROLES = [
  { prefix: 'web', network: 'web' },
  { prefix: 'db', network: 'db' },
  { prefix: 'app', network: 'VM Network' },
] as const;
const GUEST_OSES = OPERATING_SYSTEMS.filter((o) => o.canBeGuest).map((o) => o.id);

/** Room a host has left for VMs, counted for every VM placed, on or off, so all could run. */
interface Room {
  readonly id: HostId;
  readonly name: string;
  readonly coresForVms: number;
  vcpusFree: number;
  memoryFreeGb: number;
}

export function generateState(options: GenerateOptions): State {
  const { hosts, vms, seed } = options;
  const onShare = options.poweredOnShare ?? 0.85;
  if (!Number.isInteger(hosts) || hosts < 1 || !Number.isInteger(vms) || vms < 0) {
    throw new Error('generateState needs a whole number of hosts (at least 1) and of VMs.');
  }
  // Choices come from their own PRNG stream, so the state's PRNG starts as emptyState sets it.
  let rng = (seed ^ 0x5bd1e995) | 0;
  const random = () => {
    const r = nextRandom(rng);
    rng = r.rng;
    return r.value;
  };
  const choose = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const totalWeight = PLATFORMS.reduce((t, p) => t + p.weight, 0);
  const platform = () => {
    let w = random() * totalWeight;
    return PLATFORMS.find((p) => (w -= p.weight) < 0) ?? PLATFORMS[0];
  };

  let state = emptyState(seed);
  /** Applies a command and returns the id it is about (the first subject of its event). */
  const run = (command: Command): string => {
    const result = apply(state, command);
    if (!result.ok) throw new Error(`Generating the scenario failed: ${result.reason}`);
    state = result.state;
    return result.events[0]?.subjects[0] ?? '';
  };

  const rooms: Room[] = [];
  for (let i = 1; i <= hosts; i += 1) {
    const p = platform();
    const name = `${p.prefix}-${String(i).padStart(3, '0')}`;
    const id = run({
      type: 'addHost',
      spec: {
        name,
        cpuCores: choose(HOST_CORES),
        memoryGb: choose(HOST_MEMORY_GB),
        storageGb: 4000,
        nicCount: 2,
        product: p.product,
        hostOs: p.hostOs,
        portGroups: PORT_GROUPS,
      },
    });
    const host = state.world.hosts[id as HostId];
    if (!host) throw new Error(`Generating the scenario lost track of ${name}.`);
    const u = hostUsage(host, state.world.assumptions);
    rooms.push({
      id: host.id,
      name,
      coresForVms: u.coresForVms,
      vcpusFree: u.vcpuLimit,
      memoryFreeGb: u.memoryForVmsGb,
    });
  }

  const toPowerOn: VmId[] = [];
  for (let i = 1; i <= vms; i += 1) {
    const role = choose(ROLES);
    const vcpus = choose(VM_VCPUS);
    const memoryGb = choose(VM_MEMORY_GB);
    const room = placeFor(rooms, vcpus, memoryGb, Math.floor(random() * rooms.length));
    if (!room) {
      throw new Error(
        `${vms} VMs do not fit on ${hosts} hosts (VM ${i} of ${vcpus} vCPUs and ${memoryGb} GB found no room): use more hosts.`,
      );
    }
    room.vcpusFree -= vcpus;
    room.memoryFreeGb -= memoryGb;
    const vmId = run({
      type: 'addVm',
      hostId: room.id,
      spec: {
        name: `${role.prefix}-${String(i).padStart(4, '0')}`,
        os: choose(GUEST_OSES),
        vcpus,
        memoryGb,
        diskGb: choose(VM_DISK_GB),
        networks: [role.network],
      },
    });
    if (random() < onShare) toPowerOn.push(vmId as VmId);
  }
  for (const vmId of toPowerOn) run({ type: 'setVmPower', vmId, on: true });
  // Past the boot time every powered-on VM runs; a few more ticks spread their CPU demand.
  state = tick(state, state.world.assumptions.vmBootSeconds);
  for (let i = 0; i < 3; i += 1) state = tick(state, 5);
  return state;
}

/**
 * The first host, from a random start, where the VM fits: no more vCPUs than the host's cores
 * for VMs, and within its vCPU and memory room.
 */
function placeFor(rooms: Room[], vcpus: number, memoryGb: number, start: number): Room | null {
  for (let k = 0; k < rooms.length; k += 1) {
    const room = rooms[(start + k) % rooms.length]!;
    if (vcpus <= room.coresForVms && vcpus <= room.vcpusFree && memoryGb <= room.memoryFreeGb) {
      return room;
    }
  }
  return null;
}
