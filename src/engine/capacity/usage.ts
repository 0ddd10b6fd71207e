import { hypervisorById } from '../catalog/hypervisors';
import type { Assumptions } from '../model/assumptions';
import type { Host, Vm, VmPower } from '../model/types';

/** A VM holds CPU and memory on its host while it is in any of these states. */
const HOLDS_RESOURCES: ReadonlySet<VmPower> = new Set(['booting', 'running', 'paused', 'migrating']);

export function holdsResources(vm: Vm): boolean {
  return HOLDS_RESOURCES.has(vm.power);
}

export interface HostUsage {
  /** Cores left for VMs once a type-2 host OS took its share. */
  readonly coresForVms: number;
  /** Most vCPUs the host accepts for powered-on VMs (cores for VMs × overcommit ratio). */
  readonly vcpuLimit: number;
  readonly vcpuAllocated: number;
  /** Cores' worth of CPU that guests demand right now. */
  readonly cpuInUse: number;
  /** Memory the hypervisor and any host OS keep for themselves. */
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
  const type2 = isType2(host);
  const coresForVms = Math.max(0, host.cpuCores - (type2 ? a.hostOsCores : 0));
  const memoryReservedGb = a.hypervisorMemoryGb + (type2 ? a.hostOsMemoryGb : 0);
  let vcpuAllocated = 0;
  let cpuInUse = 0;
  let memoryAllocatedGb = 0;
  let memoryInUseGb = 0;
  if (host.platform.kind === 'hypervisor') {
    for (const id in host.platform.vms) {
      const vm = host.platform.vms[id as keyof typeof host.platform.vms];
      if (!vm || !holdsResources(vm)) continue;
      vcpuAllocated += vm.vcpus;
      memoryAllocatedGb += vm.memoryGb;
      if (vm.power === 'paused') continue;
      cpuInUse += vm.vcpus * vm.cpuDemand;
      memoryInUseGb += vm.memoryGb * a.guestActiveMemoryShare * (0.5 + 0.5 * vm.cpuDemand);
    }
    // Room held for VMs live-migrating here counts as allocated, so nothing else takes it.
    for (const r of host.platform.incoming) {
      vcpuAllocated += r.vcpus;
      memoryAllocatedGb += r.memoryGb;
    }
  }
  return {
    coresForVms,
    vcpuLimit: coresForVms * host.cpuOvercommit,
    vcpuAllocated,
    cpuInUse: Math.min(cpuInUse, coresForVms),
    memoryReservedGb,
    memoryForVmsGb: Math.max(0, host.memoryGb - memoryReservedGb),
    memoryAllocatedGb,
    memoryInUseGb,
  };
}
