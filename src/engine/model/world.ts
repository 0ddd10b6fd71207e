import type { HostId, VmId } from './ids';
import type { Host, Platform, Vm, World } from './types';

/** Read and write helpers over the world; every write returns a new world and shares the rest. */

export function hostList(world: World): Host[] {
  return Object.values(world.hosts);
}

export function vmsOf(host: Host): Vm[] {
  return host.platform.kind === 'hypervisor' ? Object.values(host.platform.vms) : [];
}

export function allVms(world: World): Vm[] {
  return hostList(world).flatMap(vmsOf);
}

/** Finds a VM and the host it sits on; one lookup per host, not a scan of every VM. */
export function findVm(world: World, vmId: VmId): { host: Host; vm: Vm } | undefined {
  for (const host of hostList(world)) {
    const vm = host.platform.kind === 'hypervisor' ? host.platform.vms[vmId] : undefined;
    if (vm) return { host, vm };
  }
  return undefined;
}

export function withHost(world: World, host: Host): World {
  return { ...world, hosts: { ...world.hosts, [host.id]: host } };
}

export function withoutHost(world: World, hostId: HostId): World {
  const hosts = { ...world.hosts };
  delete hosts[hostId];
  return { ...world, hosts };
}

export function withPlatform(host: Host, platform: Platform): Host {
  return { ...host, platform };
}

export function withVm(host: Host, vm: Vm): Host {
  if (host.platform.kind !== 'hypervisor') return host;
  return withPlatform(host, { ...host.platform, vms: { ...host.platform.vms, [vm.id]: vm } });
}

export function withoutVm(host: Host, vmId: VmId): Host {
  if (host.platform.kind !== 'hypervisor') return host;
  const vms = { ...host.platform.vms };
  delete vms[vmId];
  return withPlatform(host, { ...host.platform, vms });
}

/** Names are unique per kind so that a learner (and a reason sentence) can name things. */
export function hostNameTaken(world: World, name: string, except?: string): boolean {
  return hostList(world).some((h) => h.name === name && h.id !== except);
}

/** Walks the VMs in place rather than listing them: adding a VM asks this of every VM there is. */
export function vmNameTaken(world: World, name: string, except?: string): boolean {
  for (const hostId in world.hosts) {
    const p = world.hosts[hostId as HostId]?.platform;
    if (p?.kind !== 'hypervisor') continue;
    for (const vmId in p.vms) {
      const vm = p.vms[vmId as VmId];
      if (vm && vm.name === name && vm.id !== except) return true;
    }
  }
  return false;
}

export function portGroupNames(host: Host): Set<string> {
  if (host.platform.kind !== 'hypervisor') return new Set();
  return new Set(host.platform.vswitches.flatMap((s) => s.portGroups.map((p) => p.name)));
}
