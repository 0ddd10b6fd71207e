/**
 * Figures the simulation assumes. Each is shown, labelled and editable in the Assumptions panel,
 * and saved with the scenario; none is a hidden constant.
 */
export interface Assumptions {
  /** Seconds a VM takes from power-on to running (a guest kernel and OS start). */
  readonly vmBootSeconds: number;
  /** Memory the hypervisor itself keeps on every host, in GB. */
  readonly hypervisorMemoryGb: number;
  /** Cores a type-2 host OS keeps for itself. */
  readonly hostOsCores: number;
  /** Memory a type-2 host OS keeps for itself, in GB. */
  readonly hostOsMemoryGb: number;
  /** Share of its configured memory a running guest actively touches at full CPU demand. */
  readonly guestActiveMemoryShare: number;
  /** Seconds a switch keeps a learned MAC address it has not seen again. */
  readonly macAgeingSeconds: number;
  /** Seconds a guest or router keeps an ARP answer before it asks again. */
  readonly arpAgeingSeconds: number;
  /** Seconds without a heartbeat before the orchestrator declares a host failed (HA). */
  readonly heartbeatTimeoutS: number;
  /** Bandwidth each live migration gets on the migration network, in Gbit/s. */
  readonly migrationBandwidthGbps: number;
  /** Memory a running guest dirties per second while its memory is copied, in MB/s. */
  readonly migrationDirtyRateMbS: number;
  /** Pre-copy stops once the dirty remainder can be copied within this pause, in ms. */
  readonly migrationMaxDowntimeMs: number;
  /** Pre-copy rounds before the stop-and-copy is forced, even if the remainder is large. */
  readonly migrationMaxRounds: number;
  /** Seconds a container takes from start to running (a process starts; no kernel boots). */
  readonly containerStartSeconds: number;
  /** Memory one OS instance keeps for its kernel and services, in GB (bare metal, container host, a VM's guest). */
  readonly osMemoryGb: number;
  /** Memory a container runtime keeps for its daemons and shims, in GB. */
  readonly runtimeMemoryGb: number;
  /** Extra CPU a type-1 hypervisor costs a guest, in % of the guest's demand. */
  readonly type1CpuOverheadPct: number;
  /** Extra CPU a type-2 hypervisor costs a guest, in % of the guest's demand (its host OS is in the way). */
  readonly type2CpuOverheadPct: number;
  /** How much slower a guest's disk and network I/O is under a type-2 hypervisor, in %. */
  readonly type2IoOverheadPct: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  vmBootSeconds: 30,
  hypervisorMemoryGb: 1,
  hostOsCores: 1,
  hostOsMemoryGb: 4,
  guestActiveMemoryShare: 0.8,
  macAgeingSeconds: 300,
  arpAgeingSeconds: 60,
  heartbeatTimeoutS: 15,
  migrationBandwidthGbps: 10,
  migrationDirtyRateMbS: 100,
  migrationMaxDowntimeMs: 300,
  migrationMaxRounds: 30,
  containerStartSeconds: 0.5,
  osMemoryGb: 1,
  runtimeMemoryGb: 0.25,
  type1CpuOverheadPct: 3,
  type2CpuOverheadPct: 15,
  type2IoOverheadPct: 30,
};

export interface AssumptionInfo {
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly why: string;
}

export const ASSUMPTION_INFO: Readonly<Record<keyof Assumptions, AssumptionInfo>> = {
  vmBootSeconds: {
    label: 'VM boot time',
    unit: 's',
    min: 1,
    max: 600,
    step: 1,
    why: 'A VM starts a whole guest kernel and OS: tens of seconds is typical.',
  },
  hypervisorMemoryGb: {
    label: 'Hypervisor memory',
    unit: 'GB',
    min: 0,
    max: 64,
    step: 0.5,
    why: 'The hypervisor keeps some memory for itself on every host.',
  },
  hostOsCores: {
    label: 'Host OS cores (type 2)',
    unit: 'cores',
    min: 0,
    max: 16,
    step: 1,
    why: 'A type-2 hypervisor runs inside a host OS, which uses CPU of its own.',
  },
  hostOsMemoryGb: {
    label: 'Host OS memory (type 2)',
    unit: 'GB',
    min: 0,
    max: 64,
    step: 0.5,
    why: 'The host OS under a type-2 hypervisor keeps memory for itself and its apps.',
  },
  guestActiveMemoryShare: {
    label: 'Guest active memory at full load',
    unit: 'share',
    min: 0.1,
    max: 1,
    step: 0.05,
    why: 'A guest touches only part of its memory; the rest is allocated but idle.',
  },
  macAgeingSeconds: {
    label: 'MAC table ageing time',
    unit: 's',
    min: 10,
    max: 3600,
    step: 10,
    why: 'A learning switch forgets a MAC address it has not seen for this long, then floods frames to it again. 300 s is the default of the Linux bridge and of most switches.',
  },
  arpAgeingSeconds: {
    label: 'ARP cache lifetime',
    unit: 's',
    min: 5,
    max: 14400,
    step: 5,
    why: 'A guest forgets a neighbour it has not confirmed for a while and broadcasts an ARP request again. Real systems differ (Linux re-checks after about 30 s, many routers keep entries for 4 hours); 60 s is a teaching value, short enough to watch.',
  },
  heartbeatTimeoutS: {
    label: 'HA heartbeat timeout',
    unit: 's',
    min: 1,
    max: 600,
    step: 1,
    why: 'The orchestrator declares a host failed only after it misses heartbeats this long, so a short network blip does not restart every VM; vSphere HA waits about 15 s.',
  },
  migrationBandwidthGbps: {
    label: 'Live migration bandwidth',
    unit: 'Gbit/s',
    min: 0.1,
    max: 400,
    step: 0.1,
    why: 'Memory is copied over the migration network; 1 Gbit/s moves 125 MB per second. 10 Gbit/s is a common migration link. The model gives each migration in flight the whole link.',
  },
  migrationDirtyRateMbS: {
    label: 'Guest page-dirty rate',
    unit: 'MB/s',
    min: 0,
    max: 100000,
    step: 10,
    why: 'While memory is copied the guest keeps writing; pages it dirties must be copied again in the next round. A busy database dirties far more than an idle web server.',
  },
  migrationMaxDowntimeMs: {
    label: 'Live migration downtime target',
    unit: 'ms',
    min: 1,
    max: 10000,
    step: 10,
    why: 'Pre-copy ends when the dirty memory left can be copied within this pause; the VM is stopped only for that last copy (QEMU aims at 300 ms by default).',
  },
  migrationMaxRounds: {
    label: 'Most pre-copy rounds',
    unit: 'rounds',
    min: 1,
    max: 100,
    step: 1,
    why: 'A guest that dirties memory as fast as the link copies it never converges; after this many rounds the remainder is copied with the VM stopped (Xen’s classic save loop stopped after 30).',
  },
  containerStartSeconds: {
    label: 'Container start time',
    unit: 's',
    min: 0.01,
    max: 60,
    step: 0.05,
    why: 'A container is a process on a kernel that already runs: no guest OS boots, so well under a second is typical.',
  },
  osMemoryGb: {
    label: 'OS memory (per OS instance)',
    unit: 'GB',
    min: 0,
    max: 32,
    step: 0.25,
    why: 'Every OS instance keeps memory for its kernel and services: each VM pays it once, containers sharing a kernel pay it once between them.',
  },
  runtimeMemoryGb: {
    label: 'Container runtime memory',
    unit: 'GB',
    min: 0,
    max: 8,
    step: 0.05,
    why: 'The runtime (daemons such as dockerd or containerd, and a small shim per container) uses some memory.',
  },
  type1CpuOverheadPct: {
    label: 'CPU overhead, type 1',
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    why: 'With hardware-assisted virtualisation a guest runs its code on the CPU directly; exits to the hypervisor cost a few %. An illustrative figure: it depends on the workload.',
  },
  type2CpuOverheadPct: {
    label: 'CPU overhead, type 2',
    unit: '%',
    min: 0,
    max: 200,
    step: 1,
    why: 'A type-2 hypervisor is an application: the host OS schedules it among its own processes, so guests lose more CPU than under type 1. An illustrative figure.',
  },
  type2IoOverheadPct: {
    label: 'I/O slowdown, type 2',
    unit: '%',
    min: 0,
    max: 300,
    step: 1,
    why: "Every disk and network I/O of a type-2 guest passes through the host OS's drivers and file system. An illustrative figure.",
  },
};
