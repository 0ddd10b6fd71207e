import type { ContainerId, HostId, VmId } from '../base/ids';
import { gb } from '../base/text';
import type { Assumptions } from '../model/assumptions';
import type { Container, ContainerRuntime, Host, Vm, World } from '../model/types';
import { hostList, vmsOf, withHost, withPlatform, withVm } from '../model/world';
import { containerHolds, containersOf, runtimeReserveGb } from '../capacity/runtime';

/** Where containers live: a container host's own kernel, or a VM's guest kernel. */
export type KernelOwnerId = HostId | VmId;

/** A container engine wherever it sits, with what a command needs to write it back. */
export interface RuntimeSite {
  readonly host: Host;
  /** The VM whose guest kernel the containers share; null on a container host. */
  readonly vm: Vm | null;
  readonly runtime: ContainerRuntime;
  /** The OS whose kernel the containers share. */
  readonly os: string;
  /** Name of the kernel's owner, for sentences: the host's or the VM's. */
  readonly ownerName: string;
  /** Whether that kernel runs now, so containers may run on it. */
  readonly kernelUp: boolean;
}

function hostSite(host: Host): RuntimeSite | null {
  const p = host.platform;
  if (p.kind !== 'container-host') return null;
  return {
    host,
    vm: null,
    runtime: p.runtime,
    os: p.os,
    ownerName: host.name,
    kernelUp: host.power === 'on' && p.crashed === null,
  };
}

function vmSite(host: Host, vm: Vm): RuntimeSite | null {
  if (!vm.runtime) return null;
  return {
    host,
    vm,
    runtime: vm.runtime,
    os: vm.os,
    ownerName: vm.name,
    kernelUp: host.power === 'on' && vm.power === 'running',
  };
}

/** Every runtime in the world, container hosts and container-host VMs alike. */
export function runtimeSites(world: World): RuntimeSite[] {
  const sites: RuntimeSite[] = [];
  for (const host of hostList(world)) {
    const own = hostSite(host);
    if (own) sites.push(own);
    for (const vm of vmsOf(host)) {
      const inVm = vmSite(host, vm);
      if (inVm) sites.push(inVm);
    }
  }
  return sites;
}

/** The runtime on a container host or in a VM, by the id of the one that owns the kernel. */
export function runtimeSiteOf(world: World, owner: KernelOwnerId): RuntimeSite | undefined {
  const host = world.hosts[owner as HostId];
  if (host) return hostSite(host) ?? undefined;
  for (const h of hostList(world)) {
    const vm = h.platform.kind === 'hypervisor' ? h.platform.vms[owner as VmId] : undefined;
    if (vm) return vmSite(h, vm) ?? undefined;
  }
  return undefined;
}

export function findContainer(
  world: World,
  id: ContainerId,
): { site: RuntimeSite; container: Container } | undefined {
  for (const site of runtimeSites(world)) {
    const container = site.runtime.containers[id];
    if (container) return { site, container };
  }
  return undefined;
}

export function allContainers(world: World): Container[] {
  return runtimeSites(world).flatMap((s) => containersOf(s.runtime));
}

/** Writes a changed runtime back where it sits, sharing everything else. */
export function withRuntime(world: World, site: RuntimeSite, runtime: ContainerRuntime): World {
  const { host, vm } = site;
  if (vm) return withHost(world, withVm(host, { ...vm, runtime }));
  if (host.platform.kind !== 'container-host') return world;
  return withHost(world, withPlatform(host, { ...host.platform, runtime }));
}

export function withContainer(world: World, site: RuntimeSite, c: Container): World {
  return withRuntime(world, site, {
    ...site.runtime,
    containers: { ...site.runtime.containers, [c.id]: c },
  });
}

/** Sets every container of a runtime that holds resources to `state`; the rest stay as they are. */
export function settleContainers(
  runtime: ContainerRuntime,
  state: 'off' | 'crashed',
): { runtime: ContainerRuntime; hit: ContainerId[] } {
  const hit: ContainerId[] = [];
  const containers: Record<ContainerId, Container> = {};
  for (const c of Object.values(runtime.containers)) {
    if (containerHolds(c)) {
      hit.push(c.id);
      containers[c.id] = { ...c, state, startRemainingS: 0 };
    } else containers[c.id] = c;
  }
  return hit.length === 0 ? { runtime, hit } : { runtime: { ...runtime, containers }, hit };
}

export function containerNameTaken(world: World, name: string, except?: string): boolean {
  return allContainers(world).some((c) => c.name === name && c.id !== except);
}

/** Room for containers on one kernel: a container host's own, or a VM's guest. */
export interface RuntimeCapacity {
  /** Cores the containers may use; a single container's CPU limit cannot exceed it. */
  readonly cores: number;
  /** Sum of CPU limits allowed (cores × the host's overcommit ratio, as cgroup quotas allow). */
  readonly cpuLimit: number;
  /** Memory left for containers once the OS and the runtime took theirs. */
  readonly memoryGb: number;
  /** Whether memory limits may add up to more than memoryGb (a host with memory overcommit). */
  readonly memoryOvercommit: boolean;
}

export function runtimeCapacity(site: RuntimeSite, a: Assumptions): RuntimeCapacity {
  const { host, vm } = site;
  const cores = vm ? vm.vcpus : host.cpuCores;
  const memory = vm ? vm.memoryGb : host.memoryGb;
  return {
    cores,
    cpuLimit: cores * host.cpuOvercommit,
    memoryGb: Math.max(0, memory - runtimeReserveGb(site.runtime.product, site.os, a)),
    memoryOvercommit: vm === null && host.memoryOvercommit,
  };
}

/** Why a container cannot hold resources next to the others on its kernel, or null. */
export function whyContainerNotFits(
  site: RuntimeSite,
  c: Pick<Container, 'id' | 'name' | 'cpu' | 'memoryGb'>,
  a: Assumptions,
): string | null {
  const cap = runtimeCapacity(site, a);
  const others = containersOf(site.runtime).filter((o) => o.id !== c.id && containerHolds(o));
  const cpuUsed = others.reduce((t, o) => t + o.cpu, 0);
  const memUsed = others.reduce((t, o) => t + o.memoryGb, 0);
  if (c.cpu > cap.cores)
    return `${c.name} asks for ${c.cpu} cores; ${site.ownerName} has only ${cap.cores}.`;
  if (cpuUsed + c.cpu > cap.cpuLimit + 1e-9)
    return `${site.ownerName} has ${Number((cap.cpuLimit - cpuUsed).toFixed(2))} cores of CPU limits free; ${c.name} needs ${c.cpu}.`;
  if (!cap.memoryOvercommit && memUsed + c.memoryGb > cap.memoryGb + 1e-9)
    return `${site.ownerName} has ${gb(Math.max(0, cap.memoryGb - memUsed))} free for containers; ${c.name} needs ${gb(c.memoryGb)}.`;
  return null;
}

/** A runtime whose kernel shuts down: its containers stop (not crash); none if there is none. */
export function stoppedRuntime(runtime: ContainerRuntime | null): ContainerRuntime | null {
  return runtime && settleContainers(runtime, 'off').runtime;
}
