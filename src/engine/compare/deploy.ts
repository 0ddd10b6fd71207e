import type { Assumptions } from '../model/assumptions';
import type { AppFamily, CostAssumptions, WorkloadApp } from '../model/study';
import { PLATFORM_CHOICE, WAY_ORDER, type WayId } from '../catalog/platforms';
import { type Bin, type Size, firstFitDecreasing, onePerBin } from './pack';

/**
 * One workload deployed five ways on one server model, computed from the labelled assumptions
 * (the simulation's for boot times and overheads, the cost study's for the server model).
 */

/** One running copy of a workload app. */
interface Instance extends Size {
  readonly name: string;
  readonly family: AppFamily;
}

/** What a server holds: a VM with its guest OS, a container, or (one OS per server) the app and its OS. */
interface Guest extends Size {
  readonly apps: readonly Instance[];
}

/** One server of a deployment, for the per-server chart. */
export interface ServerLoad {
  /** Names of the app instances it runs. */
  readonly apps: readonly string[];
  /** VMs or containers on it; 0 when the app runs straight on its OS. */
  readonly guests: number;
  /** Cores busy, the hypervisor's overhead included. */
  readonly cpuCores: number;
  /** Memory in use, platform and OS overheads included. */
  readonly memoryGb: number;
  /** CPU use u, 0..1, of all the server's cores. */
  readonly utilisation: number;
  /** P = P_idle + (P_max − P_idle) · u. */
  readonly watts: number;
  /** A spare kept for failover (N+1): on, idle, running its platform only. */
  readonly spare: boolean;
}

/** One kind of failure and the most app instances it takes down at once. */
export interface BlastCase {
  readonly failure: string;
  readonly appsDown: number;
  /** Hardware failures are listed too, but the crash chart shows software crashes. */
  readonly hardware: boolean;
}

export interface Deployment {
  readonly way: WayId;
  readonly name: string;
  /** Servers bought, spares included. */
  readonly servers: number;
  readonly spareServers: number;
  /** OS instances to license and administer: OS per server, guest OSes, type-2 host OSes. */
  readonly osInstances: number;
  readonly vms: number;
  readonly containers: number;
  /** App instances placed (unplaced ones are listed apart). */
  readonly appInstances: number;
  readonly memoryUsedGb: number;
  /** Of the memory used, what is not the apps' own: OSes, hypervisors, runtimes. */
  readonly memoryOverheadGb: number;
  readonly memoryInstalledGb: number;
  /** Cores busy across all servers, the hypervisor's overhead included. */
  readonly cpuUsedCores: number;
  /** CPU use across all servers, spares included, 0..1. */
  readonly averageUtilisation: number;
  readonly powerWatts: number;
  /** Seconds to start one more instance of an app on running infrastructure. */
  readonly startSeconds: number;
  /** Seconds until the apps run again after the worst software crash (a reboot, then boots). */
  readonly recoverySeconds: number;
  readonly blastRadius: readonly BlastCase[];
  /** Most app instances a single software crash takes down. */
  readonly worstCrashAppsDown: number;
  readonly isolation: string;
  readonly sharedKernel: boolean;
  /** CPU the hypervisor adds to the apps' own use, in %. */
  readonly cpuOverheadPct: number;
  /** Disk and network I/O slowdown the sandbox assumes for this way, in % (type 2 only). */
  readonly ioOverheadPct: number;
  readonly serverLoads: readonly ServerLoad[];
  readonly unplaced: readonly { readonly app: string; readonly reason: string }[];
}

export interface Comparison {
  /** App instances in the workload. */
  readonly instances: number;
  readonly ways: readonly Deployment[];
}

/** How a way turns app instances into guests and packs them onto servers. */
interface WayRules {
  /** Cores and memory each server keeps for its platform before any guest. */
  readonly reserved: Size;
  /** Multiplier on the apps' CPU: 1 + the hypervisor's overhead. */
  readonly cpuFactor: number;
  /** Each guest alone on a server (one OS per server). */
  readonly alone: boolean;
  /** Pack Linux and Windows apps apart: a shared kernel serves one family. */
  readonly byFamily: boolean;
  readonly guests: (apps: readonly Instance[]) => Guest[];
  readonly spares: number;
  readonly osInstances: (servers: number, guests: number) => number;
  readonly vms: (guests: number) => number;
  readonly containers: (apps: number) => number;
  readonly startSeconds: number;
  readonly recoverySeconds: number;
  readonly blast: (perGuest: number, perServer: number) => Omit<BlastCase, 'hardware'>[];
  readonly ioOverheadPct: number;
}

function instancesOf(workload: readonly WorkloadApp[]): Instance[] {
  return workload.flatMap((app) =>
    Array.from({ length: app.instances }, (_, k) => ({
      name: app.instances > 1 ? `${app.name} #${k + 1}` : app.name,
      family: app.family,
      cpu: app.cpu,
      memoryGb: app.memoryGb,
    })),
  );
}

const sum = (xs: readonly Size[], key: keyof Size) => xs.reduce((t, x) => t + x[key], 0);

/** Groups of at most `k` apps of one family, in workload order. */
function chunks(apps: readonly Instance[], k: number): Instance[][] {
  const groups: Instance[][] = [];
  for (const family of ['linux', 'windows'] as const) {
    const of = apps.filter((a) => a.family === family);
    for (let i = 0; i < of.length; i += k) groups.push(of.slice(i, i + k));
  }
  return groups;
}

function rulesFor(way: WayId, a: Assumptions, c: CostAssumptions): WayRules {
  const bootAndVm = c.serverBootSeconds + a.vmBootSeconds;
  const oneEach = (extraGb: number, factor: number) => (apps: readonly Instance[]) =>
    apps.map((app) => ({ apps: [app], cpu: app.cpu * factor, memoryGb: app.memoryGb + extraGb }));
  const type1 = 1 + a.type1CpuOverheadPct / 100;
  const type2 = 1 + a.type2CpuOverheadPct / 100;
  const none = { cpu: 0, memoryGb: 0 };
  switch (way) {
    case 'bare-metal':
      return {
        reserved: none,
        cpuFactor: 1,
        alone: true,
        byFamily: false,
        guests: oneEach(a.osMemoryGb, 1),
        spares: 0,
        osInstances: (servers) => servers,
        vms: () => 0,
        containers: () => 0,
        startSeconds: c.serverBootSeconds,
        recoverySeconds: c.serverBootSeconds,
        blast: (_, perServer) => [{ failure: 'Its OS crashes', appsDown: perServer }],
        ioOverheadPct: 0,
      };
    case 'type-1':
      return {
        reserved: { cpu: 0, memoryGb: a.hypervisorMemoryGb },
        cpuFactor: type1,
        alone: false,
        byFamily: false,
        guests: oneEach(a.osMemoryGb, type1),
        spares: c.spareServers,
        osInstances: (_, guests) => guests,
        vms: (guests) => guests,
        containers: () => 0,
        startSeconds: a.vmBootSeconds,
        recoverySeconds: bootAndVm,
        blast: (perGuest, perServer) => [
          { failure: 'A guest OS crashes', appsDown: perGuest },
          { failure: 'The hypervisor crashes', appsDown: perServer },
        ],
        ioOverheadPct: 0,
      };
    case 'type-2':
      return {
        reserved: { cpu: a.hostOsCores, memoryGb: a.hypervisorMemoryGb + a.hostOsMemoryGb },
        cpuFactor: type2,
        alone: false,
        byFamily: false,
        guests: oneEach(a.osMemoryGb, type2),
        spares: c.spareServers,
        osInstances: (servers, guests) => servers + guests,
        vms: (guests) => guests,
        containers: () => 0,
        startSeconds: a.vmBootSeconds,
        recoverySeconds: bootAndVm,
        blast: (perGuest, perServer) => [
          { failure: 'A guest OS crashes', appsDown: perGuest },
          { failure: 'The hypervisor (an application) crashes', appsDown: perServer },
          { failure: 'The host OS crashes', appsDown: perServer },
        ],
        ioOverheadPct: a.type2IoOverheadPct,
      };
    case 'containers':
      return {
        reserved: { cpu: 0, memoryGb: a.osMemoryGb + a.runtimeMemoryGb },
        cpuFactor: 1,
        alone: false,
        byFamily: true,
        guests: oneEach(0, 1),
        spares: c.spareServers,
        osInstances: (servers) => servers,
        vms: () => 0,
        containers: (apps) => apps,
        startSeconds: a.containerStartSeconds,
        recoverySeconds: c.serverBootSeconds + a.containerStartSeconds,
        blast: (_, perServer) => [
          { failure: 'A container crashes', appsDown: 1 },
          { failure: 'The shared kernel crashes', appsDown: perServer },
        ],
        ioOverheadPct: 0,
      };
    case 'containers-in-vms':
      return {
        reserved: { cpu: 0, memoryGb: a.hypervisorMemoryGb },
        cpuFactor: type1,
        alone: false,
        byFamily: false,
        guests: (apps) =>
          chunks(apps, c.appsPerContainerVm).map((group) => ({
            apps: group,
            cpu: sum(group, 'cpu') * type1,
            memoryGb: a.osMemoryGb + a.runtimeMemoryGb + sum(group, 'memoryGb'),
          })),
        spares: c.spareServers,
        osInstances: (_, guests) => guests,
        vms: (guests) => guests,
        containers: (apps) => apps,
        startSeconds: a.containerStartSeconds,
        recoverySeconds: bootAndVm + a.containerStartSeconds,
        blast: (perGuest, perServer) => [
          { failure: 'A container crashes', appsDown: 1 },
          { failure: "A VM's kernel crashes", appsDown: perGuest },
          { failure: 'The hypervisor crashes', appsDown: perServer },
        ],
        ioOverheadPct: 0,
      };
  }
}

const round = (n: number) => Number(n.toFixed(2));

function deploy(
  way: WayId,
  apps: readonly Instance[],
  a: Assumptions,
  c: CostAssumptions,
): Deployment {
  const rules = rulesFor(way, a, c);
  const capacity: Size = {
    cpu: Math.max(0, c.serverCores - rules.reserved.cpu) * c.targetUtilisation,
    memoryGb: Math.max(0, c.serverMemoryGb - rules.reserved.memoryGb),
  };
  const families = rules.byFamily ? (['linux', 'windows'] as const) : [null];
  const bins: Bin<Guest>[] = [];
  const unplaced: Deployment['unplaced'][number][] = [];
  for (const family of families) {
    const guests = rules.guests(family ? apps.filter((x) => x.family === family) : apps);
    const packed = (rules.alone ? onePerBin : firstFitDecreasing)(guests, capacity);
    bins.push(...packed.bins);
    for (const g of packed.unplaced) {
      unplaced.push({
        app: g.apps.map((x) => x.name).join(', '),
        reason: `Needs ${round(g.cpu)} cores and ${round(g.memoryGb)} GB here; a server offers ${round(capacity.cpu)} cores (at ${round(c.targetUtilisation * 100)} % use) and ${round(capacity.memoryGb)} GB.`,
      });
    }
  }
  const watts = (u: number) => c.serverIdleWatts + (c.serverMaxWatts - c.serverIdleWatts) * u;
  const server = (
    names: string[],
    guests: number,
    cpu: number,
    memoryGb: number,
    spare = false,
  ): ServerLoad => {
    const u = Math.min(1, cpu / c.serverCores);
    return { apps: names, guests, cpuCores: cpu, memoryGb, utilisation: u, watts: watts(u), spare };
  };
  // One pass over the servers for every total: this runs on each edit of a figure.
  const loads: ServerLoad[] = [];
  let guests = 0;
  let appCount = 0;
  let appMemoryGb = 0;
  let perGuest = 0;
  let perServer = 0;
  for (const b of bins) {
    const names: string[] = [];
    for (const g of b.items) {
      for (const x of g.apps) {
        names.push(x.name);
        appMemoryGb += x.memoryGb;
      }
      perGuest = Math.max(perGuest, g.apps.length);
    }
    guests += b.items.length;
    appCount += names.length;
    perServer = Math.max(perServer, names.length);
    const reserved = rules.reserved.memoryGb;
    loads.push(server(names, rules.alone ? 0 : b.items.length, b.cpu, reserved + b.memoryGb));
  }
  const spares = bins.length > 0 ? rules.spares : 0;
  for (let i = 0; i < spares; i += 1) loads.push(server([], 0, 0, rules.reserved.memoryGb, true));
  let memoryUsedGb = 0;
  let cpuUsedCores = 0;
  let powerWatts = 0;
  for (const l of loads) {
    memoryUsedGb += l.memoryGb;
    cpuUsedCores += l.cpuCores;
    powerWatts += l.watts;
  }
  const servers = loads.length;
  const software = rules.blast(perGuest, perServer).map((b) => ({ ...b, hardware: false }));
  const choice = PLATFORM_CHOICE[way];
  return {
    way,
    name: choice.name,
    servers,
    spareServers: spares,
    osInstances: rules.osInstances(servers, guests),
    vms: rules.vms(guests),
    containers: rules.containers(appCount),
    appInstances: appCount,
    memoryUsedGb,
    memoryOverheadGb: memoryUsedGb - appMemoryGb,
    memoryInstalledGb: servers * c.serverMemoryGb,
    cpuUsedCores,
    averageUtilisation: servers > 0 ? cpuUsedCores / (servers * c.serverCores) : 0,
    powerWatts,
    startSeconds: rules.startSeconds,
    recoverySeconds: rules.recoverySeconds,
    blastRadius: [...software, { failure: 'A server fails', appsDown: perServer, hardware: true }],
    worstCrashAppsDown: Math.max(0, ...software.map((b) => b.appsDown)),
    isolation: choice.isolation,
    sharedKernel: choice.sharedKernel,
    cpuOverheadPct: round((rules.cpuFactor - 1) * 100),
    ioOverheadPct: rules.ioOverheadPct,
    serverLoads: loads,
    unplaced,
  };
}

/** The workload deployed each of the five ways; every figure comes from the assumptions. */
export function compareDeployments(
  workload: readonly WorkloadApp[],
  assumptions: Assumptions,
  cost: CostAssumptions,
): Comparison {
  const apps = instancesOf(workload);
  return {
    instances: apps.length,
    ways: WAY_ORDER.map((way) => deploy(way, apps, assumptions, cost)),
  };
}
