import type { HostId, VmId } from '../base/ids';
import { type Result, refuse } from '../base/result';
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

/**
 * Finds a VM and the host it sits on; one lookup per host, not a scan of every VM. Object.hasOwn
 * rather than vms[vmId]: every host's VM record has its own shape, and V8's keyed-load cache
 * turns slow across hundreds of them (about 30 µs against 5 µs at 200 hosts).
 */
export function findVm(world: World, vmId: VmId): { host: Host; vm: Vm } | undefined {
  for (const host of hostList(world)) {
    const p = host.platform;
    if (p.kind === 'hypervisor' && Object.hasOwn(p.vms, vmId)) return { host, vm: p.vms[vmId]! };
  }
  return undefined;
}

/** A host by id, or a sentence saying there is none: lookups name what is missing, never throw. */
export function getHost(world: World, hostId: HostId): Result<{ host: Host }> {
  const host = world.hosts[hostId];
  return host ? { ok: true, host } : refuse(`There is no host ${hostId}.`);
}

export function getVm(world: World, vmId: VmId): Result<{ host: Host; vm: Vm }> {
  const found = findVm(world, vmId);
  return found ? { ok: true, ...found } : refuse(`There is no VM ${vmId}.`);
}

export function withHost(world: World, host: Host): World {
  return { ...world, hosts: { ...world.hosts, [host.id]: host } };
}

/**
 * Several changed hosts in one copy of the hosts record. The copy is what a change costs at
 * scale (about 30 µs for 200 hosts in V8), so a move that changes two hosts copies it once.
 */
export function withHosts(world: World, ...changed: Host[]): World {
  const hosts = { ...world.hosts };
  for (const host of changed) hosts[host.id] = host;
  return { ...world, hosts };
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

/**
 * Walks the VMs host by host without building one list of them all: adding a VM asks this of
 * every VM there is. Object.values, not vms[id]: each host's VM record has its own shape, and
 * V8's keyed loads turn slow across hundreds of them.
 */
export function vmNameTaken(world: World, name: string, except?: string): boolean {
  for (const host of Object.values(world.hosts)) {
    const p = host.platform;
    if (p.kind !== 'hypervisor') continue;
    for (const vm of Object.values(p.vms)) if (vm.name === name && vm.id !== except) return true;
  }
  return false;
}

export function portGroupNames(host: Host): Set<string> {
  if (host.platform.kind !== 'hypervisor') return new Set();
  return new Set(host.platform.vswitches.flatMap((s) => s.portGroups.map((p) => p.name)));
}
