import type { AssumptionInfo } from './assumptions';

/**
 * The cost study behind the compare view and the TCO panel: one workload, deployed five ways on
 * one server model, priced over N years. Every figure here is labelled and editable.
 */

/** The kernel an app needs; containers share a kernel only among apps of the same family. */
export type AppFamily = 'linux' | 'windows';

/** One application of the workload, with what it needs on its own (no OS included). */
export interface WorkloadApp {
  readonly name: string;
  /** Cores it keeps busy on average. */
  readonly cpu: number;
  /** Memory the app itself needs, without any OS, in GB. */
  readonly memoryGb: number;
  /** Identical copies that run side by side (web servers behind a load balancer, say). */
  readonly instances: number;
  readonly family: AppFamily;
}

export interface CostAssumptions {
  /** Cores of the one server model every way is deployed on. */
  readonly serverCores: number;
  readonly serverMemoryGb: number;
  /** CPU sockets per server; hypervisor licences are often priced per socket. */
  readonly serverSockets: number;
  /** Rack units one server takes. */
  readonly serverRackUnits: number;
  /** Power drawn by a server that is on but idle (P_idle), in W. */
  readonly serverIdleWatts: number;
  /** Power drawn by a server at full CPU use (P_max), in W. */
  readonly serverMaxWatts: number;
  /** Packing stops at this share of a server's cores, leaving headroom for peaks. */
  readonly targetUtilisation: number;
  /** Spare servers added to each consolidated way so a failed server's load can restart (N+1). */
  readonly spareServers: number;
  /** Apps whose containers share one VM in the containers-in-VMs way. */
  readonly appsPerContainerVm: number;
  /** Seconds a server takes to boot: firmware self-test, then its OS or hypervisor. */
  readonly serverBootSeconds: number;
  readonly serverPrice: number;
  /** Network purchase per server: switch ports, cables, optics. */
  readonly networkPerServer: number;
  /** Type-1 hypervisor licence or subscription, per socket per year. */
  readonly hypervisorLicencePerSocketYear: number;
  /** Type-2 hypervisor licence per server per year. */
  readonly type2LicencePerServerYear: number;
  /** OS licence or support subscription per OS instance per year. */
  readonly osLicencePerInstanceYear: number;
  readonly electricityPerKwh: number;
  /** Power usage effectiveness: the building's total power over the IT power (cooling, losses). */
  readonly pue: number;
  /** Rack space per rack unit per year (colocation or the room's share). */
  readonly rackUnitPerYear: number;
  /** Administration per physical server per year (hardware, firmware, cabling). */
  readonly adminPerServerYear: number;
  /** Administration per OS instance per year (patching, monitoring, backups). */
  readonly adminPerOsYear: number;
  /** Years of ownership the TCO covers. */
  readonly years: number;
}

export const DEFAULT_COST_ASSUMPTIONS: CostAssumptions = {
  serverCores: 16,
  serverMemoryGb: 128,
  serverSockets: 2,
  serverRackUnits: 1,
  serverIdleWatts: 150,
  serverMaxWatts: 400,
  targetUtilisation: 0.8,
  spareServers: 1,
  appsPerContainerVm: 4,
  serverBootSeconds: 180,
  serverPrice: 8000,
  networkPerServer: 500,
  hypervisorLicencePerSocketYear: 1500,
  type2LicencePerServerYear: 0,
  osLicencePerInstanceYear: 300,
  electricityPerKwh: 0.2,
  pue: 1.5,
  rackUnitPerYear: 300,
  adminPerServerYear: 500,
  adminPerOsYear: 400,
  years: 5,
};

/** Sections of the TCO panel, in the order it shows them. */
export type CostGroup = 'server' | 'deployment' | 'purchase' | 'licences' | 'power' | 'running';

export interface CostAssumptionInfo extends AssumptionInfo {
  readonly group: CostGroup;
}

export const COST_ASSUMPTION_INFO: Readonly<Record<keyof CostAssumptions, CostAssumptionInfo>> = {
  serverCores: {
    group: 'server',
    label: 'Cores per server',
    unit: 'cores',
    min: 1,
    max: 512,
    step: 1,
    why: 'Every way runs on the same server model, so the differences come from the platform alone.',
  },
  serverMemoryGb: {
    group: 'server',
    label: 'Memory per server',
    unit: 'GB',
    min: 1,
    max: 24576,
    step: 1,
    why: 'Memory is often what fills a virtualised server first.',
  },
  serverSockets: {
    group: 'server',
    label: 'CPU sockets per server',
    unit: 'sockets',
    min: 1,
    max: 8,
    step: 1,
    why: 'Hypervisor licences are often priced per socket (or per core).',
  },
  serverRackUnits: {
    group: 'server',
    label: 'Rack units per server',
    unit: 'U',
    min: 1,
    max: 10,
    step: 1,
    why: 'A rack holds 42 U or so; fewer servers take less space.',
  },
  serverIdleWatts: {
    group: 'server',
    label: 'Power when idle (P_idle)',
    unit: 'W',
    min: 0,
    max: 5000,
    step: 10,
    why: 'A server that is on draws a large share of its peak power even when it does nothing.',
  },
  serverMaxWatts: {
    group: 'server',
    label: 'Power at full load (P_max)',
    unit: 'W',
    min: 1,
    max: 10000,
    step: 10,
    why: 'Power grows linearly with CPU use between P_idle and P_max: P = P_idle + (P_max − P_idle) · u.',
  },
  targetUtilisation: {
    group: 'deployment',
    label: 'Target CPU use when packing',
    unit: 'share',
    min: 0.1,
    max: 1,
    step: 0.05,
    why: 'Operators leave headroom for peaks, so packing stops before the cores are full.',
  },
  spareServers: {
    group: 'deployment',
    label: 'Spare servers (N+1) in consolidated ways',
    unit: 'servers',
    min: 0,
    max: 100,
    step: 1,
    why: 'When many apps share a server, a spare gives them room to restart after it fails (high availability).',
  },
  appsPerContainerVm: {
    group: 'deployment',
    label: 'Apps per VM (containers in VMs)',
    unit: 'apps',
    min: 1,
    max: 1000,
    step: 1,
    why: 'Containers often run inside VMs, a few apps per VM, to keep a VM boundary between groups.',
  },
  serverBootSeconds: {
    group: 'deployment',
    label: 'Server boot time',
    unit: 's',
    min: 1,
    max: 3600,
    step: 10,
    why: 'A server runs a long firmware self-test before its OS or hypervisor even starts.',
  },
  serverPrice: {
    group: 'purchase',
    label: 'Server price',
    unit: '€',
    min: 0,
    max: 1_000_000,
    step: 100,
    why: 'Bought once, at the start: fewer servers, smaller purchase.',
  },
  networkPerServer: {
    group: 'purchase',
    label: 'Network per server',
    unit: '€',
    min: 0,
    max: 100_000,
    step: 50,
    why: 'Each server needs switch ports, cables and optics.',
  },
  hypervisorLicencePerSocketYear: {
    group: 'licences',
    label: 'Type-1 hypervisor licence',
    unit: '€/socket/year',
    min: 0,
    max: 100_000,
    step: 50,
    why: 'Commercial hypervisors are sold per socket or per core; KVM or Xen cost nothing to license (set 0).',
  },
  type2LicencePerServerYear: {
    group: 'licences',
    label: 'Type-2 hypervisor licence',
    unit: '€/server/year',
    min: 0,
    max: 100_000,
    step: 10,
    why: 'VirtualBox and VMware Workstation are free for many uses; set a price if yours is not.',
  },
  osLicencePerInstanceYear: {
    group: 'licences',
    label: 'OS licence or support',
    unit: '€/OS/year',
    min: 0,
    max: 100_000,
    step: 10,
    why: 'Paid per OS instance: every VM carries its own guest OS, containers on one host share one.',
  },
  electricityPerKwh: {
    group: 'power',
    label: 'Electricity price',
    unit: '€/kWh',
    min: 0,
    max: 5,
    step: 0.01,
    why: 'Energy cost = kWh × price × PUE.',
  },
  pue: {
    group: 'power',
    label: 'PUE (cooling overhead)',
    unit: '×',
    min: 1,
    max: 4,
    step: 0.05,
    why: 'Power usage effectiveness: each watt a server draws costs PUE watts at the meter, cooling included.',
  },
  rackUnitPerYear: {
    group: 'running',
    label: 'Rack space',
    unit: '€/U/year',
    min: 0,
    max: 10_000,
    step: 10,
    why: 'Floor space, racks and their share of the building, per rack unit.',
  },
  adminPerServerYear: {
    group: 'running',
    label: 'Administration per server',
    unit: '€/server/year',
    min: 0,
    max: 100_000,
    step: 50,
    why: 'Hardware care: firmware, failed disks, cabling.',
  },
  adminPerOsYear: {
    group: 'running',
    label: 'Administration per OS instance',
    unit: '€/OS/year',
    min: 0,
    max: 100_000,
    step: 50,
    why: 'Every OS instance needs patching, monitoring and backups, whether it runs on a server or in a VM.',
  },
  years: {
    group: 'running',
    label: 'Years of ownership',
    unit: 'years',
    min: 1,
    max: 15,
    step: 1,
    why: 'TCO adds the purchase to N years of running costs.',
  },
};

export interface CostStudy {
  readonly workload: readonly WorkloadApp[];
  readonly assumptions: CostAssumptions;
}
