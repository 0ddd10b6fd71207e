import { type State, holdsResources, hostUsage, vmsOf } from '../index';

/**
 * What must hold in every state the engine can reach, as a list of broken rules (empty when all
 * hold), so a property test can print them all for the failing case.
 */
export function brokenRules(state: State): string[] {
  const broken: string[] = [];
  const { world, sim } = state;
  const seenIds = new Set<string>();
  const claim = (id: string, what: string) => {
    if (seenIds.has(id)) broken.push(`${what} ${id} is not unique.`);
    seenIds.add(id);
    // Ids are numbered from the counter, which only grows: none may be at or past it.
    const n = Number(id.slice(id.lastIndexOf('-') + 1));
    if (!(n < sim.nextId)) broken.push(`${what} ${id} is not below the id counter ${sim.nextId}.`);
  };
  const vmNames = new Set<string>();
  const hostNames = new Set<string>();
  for (const [key, host] of Object.entries(world.hosts)) {
    if (key !== host.id) broken.push(`Host ${host.id} is filed under ${key}.`);
    claim(host.id, 'Host');
    if (hostNames.has(host.name)) broken.push(`Two hosts are named ${host.name}.`);
    hostNames.add(host.name);
    for (const nic of host.nics) claim(nic.id, 'NIC');
    if (host.platform.kind !== 'hypervisor') continue;
    for (const s of host.platform.vswitches) {
      claim(s.id, 'Switch');
      for (const pg of s.portGroups) claim(pg.id, 'Port group');
    }
    for (const [vmKey, vm] of Object.entries(host.platform.vms)) {
      if (vmKey !== vm.id) broken.push(`VM ${vm.id} is filed under ${vmKey} on ${host.name}.`);
      // A VM on two hosts would claim its id twice.
      claim(vm.id, 'VM');
      for (const nic of vm.nics) claim(nic.id, 'vNIC');
      if (vmNames.has(vm.name)) broken.push(`Two VMs are named ${vm.name}.`);
      vmNames.add(vm.name);
    }
    const held = vmsOf(host).filter(holdsResources);
    if (host.power !== 'on' && held.length > 0) {
      broken.push(
        `${host.name} is ${host.power} yet ${held.map((v) => v.name).join(', ')} hold resources on it.`,
      );
    }
    const u = hostUsage(host, world.assumptions);
    if (u.vcpuAllocated > u.vcpuLimit) {
      broken.push(
        `${host.name} has ${u.vcpuAllocated} vCPUs powered on over its limit of ${u.vcpuLimit}.`,
      );
    }
    for (const vm of held) {
      if (vm.vcpus > u.coresForVms) {
        broken.push(
          `${vm.name} has ${vm.vcpus} vCPUs on ${host.name}, which has ${u.coresForVms} cores for VMs.`,
        );
      }
    }
    if (!host.memoryOvercommit && u.memoryAllocatedGb > u.memoryForVmsGb + 1e-9) {
      broken.push(
        `${host.name} has ${u.memoryAllocatedGb} GB powered on over its ${u.memoryForVmsGb} GB for VMs.`,
      );
    }
  }
  return broken;
}
