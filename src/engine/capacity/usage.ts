import type { Assumptions } from '../model/assumptions';
import type { Host, HypervisorPlatform, Vm, VmPower } from '../model/types';
import { hypervisorById } from '../catalog/hypervisors';
import { runtimeLoad, runtimeReserveGb } from './runtime';

/** A VM holds CPU and memory on its host while it is in any of these states. */
const HOLDS_RESOURCES: ReadonlySet<VmPower> = new Set([
  'booting',
  'running',
  'paused',
  'migrating',
]);

export function holdsResources(vm: Vm): boolean {
  return HOLDS_RESOURCES.has(vm.power);
}

/**
 * What a host's platform runs and what it holds. On a bare-metal host the fields named for VMs
 * count its apps, on a container host its containers (CPU limits in place of vCPUs).
 */
export interface HostUsage {
  /** What the figures count, so a meter can say "VMs", "containers" or "apps". */
  readonly workload: 'vms' | 'containers' | 'apps';
  /** Cores left for VMs once a type-2 host OS took its share. */
  readonly coresForVms: number;
  /** Most vCPUs the host accepts for powered-on VMs (cores for VMs × overcommit ratio). */
  readonly vcpuLimit: number;
  readonly vcpuAllocated: number;
  /** Cores' worth of CPU in use right now, the hypervisor's overhead included. */
  readonly cpuInUse: number;
  /** Cores' worth the hypervisor spends on its guests' behalf (more under type 2); part of cpuInUse. */
  readonly cpuOverhead: number;
  /** Memory the platform keeps for itself: hypervisor, host OS, container runtime. */
  readonly memoryReservedGb: number;
  /** Memory left for VMs. */
  readonly memoryForVmsGb: number;
  readonly memoryAllocatedGb: number;
  /** Memory guests actively touch right now. */
  readonly memoryInUseGb: number;
}

export function isType2(host: Host): boolean {
  return host.platform.kind === 'hypervisor' && hypervisorById(host.platform.product)?.type === 2;
}

export function hostUsage(host: Host, a: Assumptions): HostUsage {
  const p = host.platform;
  if (p.kind === 'hypervisor') return hypervisorUsage(host, p, a);
  const runs = host.power === 'on' && p.crashed === null;
  const memoryReservedGb =
    p.kind === 'bare-metal' ? a.osMemoryGb : runtimeReserveGb(p.runtime.product, p.os, a);
  const load =
    p.kind === 'bare-metal'
      ? p.apps.reduce((t, app) => ({ cpu: t.cpu + app.cpu, memoryGb: t.memoryGb + app.memoryGb }), {
          cpu: 0,
          memoryGb: 0,
        })
      : runtimeLoad(p.runtime);
  const cpu = runs ? load.cpu : 0;
  const memory = runs ? load.memoryGb : 0;
  return {
    workload: p.kind === 'bare-metal' ? 'apps' : 'containers',
    coresForVms: host.cpuCores,
    vcpuLimit: host.cpuCores * host.cpuOvercommit,
    vcpuAllocated: cpu,
    cpuInUse: Math.min(cpu, host.cpuCores),
    cpuOverhead: 0,
    memoryReservedGb,
    memoryForVmsGb: Math.max(0, host.memoryGb - memoryReservedGb),
    memoryAllocatedGb: memory,
    memoryInUseGb: memory,
  };
}

/** Share of a guest's CPU demand the hypervisor adds on top, by hypervisor type. */
export function cpuOverheadShare(host: Host, a: Assumptions): number {
  if (host.platform.kind !== 'hypervisor') return 0;
  return (isType2(host) ? a.type2CpuOverheadPct : a.type1CpuOverheadPct) / 100;
}

function hypervisorUsage(host: Host, p: HypervisorPlatform, a: Assumptions): HostUsage {
  const type2 = isType2(host);
  const coresForVms = Math.max(0, host.cpuCores - (type2 ? a.hostOsCores : 0));
  const memoryReservedGb = a.hypervisorMemoryGb + (type2 ? a.hostOsMemoryGb : 0);
  let vcpuAllocated = 0;
  let demand = 0;
  let memoryAllocatedGb = 0;
  let memoryInUseGb = 0;
  for (const id in p.vms) {
    const vm = p.vms[id as keyof typeof p.vms];
    if (!vm || !holdsResources(vm)) continue;
    vcpuAllocated += vm.vcpus;
    memoryAllocatedGb += vm.memoryGb;
    if (vm.power === 'paused') continue;
    demand += vm.vcpus * vm.cpuDemand;
    memoryInUseGb += vm.memoryGb * a.guestActiveMemoryShare * (0.5 + 0.5 * vm.cpuDemand);
  }
  // Room held for VMs live-migrating here counts as allocated, so nothing else takes it.
  for (const r of p.incoming) {
    vcpuAllocated += r.vcpus;
    memoryAllocatedGb += r.memoryGb;
  }
  const cpuInUse = Math.min(demand * (1 + cpuOverheadShare(host, a)), coresForVms);
  return {
    workload: 'vms',
    coresForVms,
    vcpuLimit: coresForVms * host.cpuOvercommit,
    vcpuAllocated,
    cpuInUse,
    cpuOverhead: Math.max(0, cpuInUse - Math.min(demand, coresForVms)),
    memoryReservedGb,
    memoryForVmsGb: Math.max(0, host.memoryGb - memoryReservedGb),
    memoryAllocatedGb,
    memoryInUseGb,
  };
}
