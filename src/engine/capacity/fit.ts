import { gb } from '../base/text';
import type { Assumptions } from '../model/assumptions';
import type { Host, Vm } from '../model/types';
import { hypervisorById } from '../catalog/hypervisors';
import { osName } from '../catalog/operatingSystems';
import { holdsResources, hostUsage } from './usage';

/** Why nothing can start on a host because a layer of its platform is down, or null. */
export function whyPlatformDown(host: Host): string | null {
  const p = host.platform;
  if (p.crashed === null) return null;
  const layer =
    p.kind === 'hypervisor' && p.crashed === 'hypervisor'
      ? `hypervisor (${hypervisorById(p.product)?.name ?? p.product})`
      : p.kind === 'hypervisor'
        ? `host OS (${osName(p.hostOs ?? '')})`
        : `OS (${osName(p.os)})`;
  return `${host.name}'s ${layer} has crashed: restart it first.`;
}

/**
 * Why `vm` cannot hold resources on `host` next to what already runs there, or null when it
 * fits. The VM's own current allocation on that host, if any, is not counted twice.
 */
export function whyNotFits(
  host: Host,
  vm: Pick<Vm, 'id' | 'name' | 'vcpus' | 'memoryGb'>,
  a: Assumptions,
): string | null {
  const down = whyPlatformDown(host);
  if (down) return down;
  const usage = hostUsage(host, a);
  const existing = host.platform.kind === 'hypervisor' ? host.platform.vms[vm.id] : undefined;
  const selfCpu = existing && holdsResources(existing) ? existing.vcpus : 0;
  const selfMem = existing && holdsResources(existing) ? existing.memoryGb : 0;
  if (vm.vcpus > usage.coresForVms) {
    return `${vm.name} has ${vm.vcpus} vCPUs; ${host.name} has only ${usage.coresForVms} cores for VMs, and a VM cannot have more vCPUs than the host has cores.`;
  }
  const vcpuFree = usage.vcpuLimit - (usage.vcpuAllocated - selfCpu);
  if (vm.vcpus > vcpuFree) {
    return `${host.name} has ${vcpuFree} vCPUs free at ${host.cpuOvercommit}:1 overcommit; ${vm.name} needs ${vm.vcpus}.`;
  }
  if (!host.memoryOvercommit) {
    const memFree = usage.memoryForVmsGb - (usage.memoryAllocatedGb - selfMem);
    if (vm.memoryGb > memFree + 1e-9) {
      return `${host.name} has ${gb(Math.max(0, memFree))} free; ${vm.name} needs ${gb(vm.memoryGb)}.`;
    }
  }
  return null;
}
