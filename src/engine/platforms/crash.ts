import type { ContainerId, HostId, VmId } from '../base/ids';
import { type Result, refuse } from '../base/result';
import type { ContainerRuntime, CrashedLayer, Host, Vm, World } from '../model/types';
import { findVm, withHost, withPlatform, withVm } from '../model/world';
import { hypervisorById } from '../catalog/hypervisors';
import { osName } from '../catalog/operatingSystems';
import { runtimeName } from '../catalog/runtimes';
import { containerHolds } from '../capacity/runtime';
import { holdsResources } from '../capacity/usage';
import { type KernelOwnerId, findContainer, settleContainers, withContainer } from './containers';
import type { Workload } from './items';

/** Every software layer a learner can crash, named by what owns it. */
export type CrashTarget =
  | { readonly kind: 'guest-os'; readonly vmId: VmId }
  | { readonly kind: 'host-os'; readonly hostId: HostId }
  | { readonly kind: 'hypervisor'; readonly hostId: HostId }
  | { readonly kind: 'kernel'; readonly owner: KernelOwnerId }
  | { readonly kind: 'container'; readonly containerId: ContainerId };

/** Who goes down when a layer crashes, and why exactly those. */
export interface Blast {
  /** The layer, for a sentence: "The hypervisor (VMware ESXi) of esx-01". */
  readonly layer: string;
  /** What went down with it: the blast radius. */
  readonly down: readonly Workload[];
  /** Why exactly those went down, in one sentence. */
  readonly why: string;
}

export interface Crash extends Blast {
  readonly world: World;
  /** What crashed: a layer of a host, a VM's guest OS, or one container. */
  readonly scope: 'host' | 'vm' | 'container';
  /** Id of the host, VM or container whose layer crashed. */
  readonly at: string;
}

const vmItem = (vm: Vm): Workload => ({ kind: 'vm', id: vm.id, name: vm.name });

function containerItems(runtime: ContainerRuntime | null, ids: readonly ContainerId[]): Workload[] {
  if (!runtime) return [];
  return ids.flatMap((id) => {
    const c = runtime.containers[id];
    return c ? [{ kind: 'container' as const, id, name: c.name }] : [];
  });
}

/** A VM's guest stops at once: it and every container on its kernel are crashed. */
export function crashedVm(vm: Vm): { vm: Vm; down: Workload[] } {
  const settled = vm.runtime ? settleContainers(vm.runtime, 'crashed') : null;
  return {
    vm: {
      ...vm,
      power: 'crashed',
      bootRemainingS: 0,
      cpuDemand: 0,
      runtime: settled ? settled.runtime : vm.runtime,
    },
    down: [vmItem(vm), ...containerItems(vm.runtime, settled?.hit ?? [])],
  };
}

/**
 * Everything a host runs stops at once (its platform layer crashed, or its hardware failed):
 * VMs and their containers crash, a container host's containers crash, bare-metal apps stop.
 * `layer` records which layer crashed; null when the hardware failed and the software did not.
 */
export function crashedHost(
  host: Host,
  layer: CrashedLayer | null,
): { host: Host; down: Workload[] } {
  const p = host.platform;
  const down: Workload[] = [];
  if (p.kind === 'hypervisor') {
    let vms = p.vms;
    for (const vm of Object.values(p.vms)) {
      if (!holdsResources(vm)) continue;
      const out = crashedVm(vm);
      vms = { ...vms, [vm.id]: out.vm };
      down.push(...out.down);
    }
    return { host: withPlatform(host, { ...p, vms, crashed: layer ?? p.crashed }), down };
  }
  if (p.kind === 'container-host') {
    const settled = settleContainers(p.runtime, 'crashed');
    down.push(...containerItems(p.runtime, settled.hit));
    return {
      host: withPlatform(host, {
        ...p,
        runtime: settled.runtime,
        crashed: layer === null ? p.crashed : 'os',
      }),
      down,
    };
  }
  if (p.crashed === null && host.power === 'on')
    down.push(...p.apps.map((a) => ({ kind: 'app' as const, id: a.id, name: a.name })));
  return { host: withPlatform(host, { ...p, crashed: layer === null ? p.crashed : 'os' }), down };
}

/** The layer at the bottom of a host that owns its kernel. */
function hostKernelTarget(host: Host): CrashTarget {
  const p = host.platform;
  if (p.kind === 'hypervisor' && hypervisorById(p.product)?.type !== 2)
    return { kind: 'hypervisor', hostId: host.id };
  return { kind: 'host-os', hostId: host.id };
}

function crashGuest(world: World, vmId: VmId): Result<Crash> {
  const found = findVm(world, vmId);
  if (!found) return refuse(`There is no VM ${vmId}.`);
  const { host, vm } = found;
  if (vm.power === 'migrating')
    return refuse(`${vm.name} is being live-migrated; wait until the copy ends.`);
  if (!holdsResources(vm))
    return refuse(`${vm.name} is ${vm.power}: only a running guest OS can crash.`);
  const out = crashedVm(vm);
  return {
    ok: true,
    world: withHost(world, withVm(host, out.vm)),
    scope: 'vm',
    at: vm.id,
    layer: `The guest OS (${osName(vm.os)}) of ${vm.name}`,
    down: out.down,
    why: vm.runtime
      ? 'Only this VM stops, with the containers that shared its kernel; the other VMs have kernels of their own.'
      : 'Only this VM stops: the other VMs have kernels of their own.',
  };
}

function crashHostLayer(world: World, hostId: HostId, layer: CrashedLayer): Result<Crash> {
  const host = world.hosts[hostId];
  if (!host) return refuse(`There is no host ${hostId}.`);
  const p = host.platform;
  if (host.power !== 'on')
    return refuse(`${host.name} is ${host.power}: nothing runs there to crash.`);
  const type2 = p.kind === 'hypervisor' && hypervisorById(p.product)?.type === 2;
  if (layer === 'hypervisor' && p.kind !== 'hypervisor')
    return refuse(`${host.name} runs no hypervisor; crash its OS kernel instead.`);
  if (layer === 'os' && p.kind === 'hypervisor' && !type2)
    return refuse(
      `${host.name} has no host OS: ${hypervisorById(p.product)?.name ?? p.product} runs directly on the hardware. Crash its hypervisor instead.`,
    );
  if (p.crashed !== null)
    return refuse(
      `${host.name}'s ${p.crashed === 'os' ? 'OS' : 'hypervisor'} is already down; restart it first.`,
    );
  const out = crashedHost(host, layer);
  const product = p.kind === 'hypervisor' ? (hypervisorById(p.product)?.name ?? p.product) : '';
  const names = {
    hypervisor: {
      layer: `The hypervisor (${product}) of ${host.name}`,
      why: type2
        ? `Every VM on ${host.name} ran inside this application, so they all went down; the host OS keeps running.`
        : `Every VM on ${host.name} ran on this hypervisor, so they all went down.`,
    },
    os:
      p.kind === 'hypervisor'
        ? {
            layer: `The host OS (${osName(p.hostOs ?? '')}) of ${host.name}`,
            why: 'A type-2 hypervisor runs as an application inside its host OS, so every VM went down with it.',
          }
        : p.kind === 'container-host'
          ? {
              layer: `The shared kernel (${osName(p.os)}, ${runtimeName(p.runtime.product)}) of ${host.name}`,
              why: 'Every container on a host shares its one OS kernel, so they all went down.',
            }
          : {
              layer: `The OS (${osName(p.os)}) of ${host.name}`,
              why: 'Its apps ran straight on this OS; other servers are not touched.',
            },
  };
  return {
    ok: true,
    world: withHost(world, out.host),
    scope: 'host',
    at: host.id,
    down: out.down,
    ...names[layer],
  };
}

function crashOneContainer(world: World, id: ContainerId): Result<Crash> {
  const found = findContainer(world, id);
  if (!found) return refuse(`There is no container ${id}.`);
  const { site, container } = found;
  if (container.state !== 'running' && container.state !== 'starting')
    return refuse(`${container.name} is ${container.state}: only a running container can crash.`);
  return {
    ok: true,
    world: withContainer(world, site, { ...container, state: 'crashed', startRemainingS: 0 }),
    scope: 'container',
    at: id,
    layer: `Container ${container.name}`,
    down: [{ kind: 'container', id, name: container.name }],
    why: 'Its process stopped; the other containers keep running on the shared kernel.',
  };
}

/** Crashes one layer and reports who went down with it; refuses what cannot crash. */
export function crash(world: World, target: CrashTarget): Result<Crash> {
  switch (target.kind) {
    case 'guest-os':
      return crashGuest(world, target.vmId);
    case 'host-os':
      return crashHostLayer(world, target.hostId, 'os');
    case 'hypervisor':
      return crashHostLayer(world, target.hostId, 'hypervisor');
    case 'container':
      return crashOneContainer(world, target.containerId);
    case 'kernel': {
      const host = world.hosts[target.owner as HostId];
      if (host) return crash(world, hostKernelTarget(host));
      return crashGuest(world, target.owner as VmId);
    }
  }
}

/** What a crash would take down, without crashing anything: for the inspector's crash buttons. */
export function blastRadius(world: World, target: CrashTarget): Result<Blast> {
  const out = crash(world, target);
  if (!out.ok) return out;
  const { layer, down, why } = out;
  return { ok: true, layer, down, why };
}

/** VMs and containers that hold resources on a host: what powering it off would strand. */
export function runningOn(host: Host): Workload[] {
  const p = host.platform;
  if (p.kind === 'hypervisor') return Object.values(p.vms).filter(holdsResources).map(vmItem);
  if (p.kind === 'container-host')
    return Object.values(p.runtime.containers)
      .filter(containerHolds)
      .map((c) => ({ kind: 'container', id: c.id, name: c.name }));
  return [];
}

/** A crash button for the inspector: what it crashes and who would go down, or why it cannot. */
export interface CrashOption {
  readonly target: CrashTarget;
  /** The button's text: "Crash the hypervisor". */
  readonly label: string;
  /** Who would go down; null when the layer cannot crash now. */
  readonly blast: Blast | null;
  /** Why it cannot crash now (the layer is off or already down); null when it can. */
  readonly reason: string | null;
}

function targetsFor(world: World, id: string): { target: CrashTarget; label: string }[] {
  const host = world.hosts[id as HostId];
  if (host) {
    const p = host.platform;
    if (p.kind === 'hypervisor' && hypervisorById(p.product)?.type === 2)
      return [
        { target: { kind: 'host-os', hostId: host.id }, label: 'Crash the host OS' },
        { target: { kind: 'hypervisor', hostId: host.id }, label: 'Crash the hypervisor' },
      ];
    if (p.kind === 'hypervisor')
      return [{ target: { kind: 'hypervisor', hostId: host.id }, label: 'Crash the hypervisor' }];
    return [
      {
        target: { kind: 'host-os', hostId: host.id },
        label: p.kind === 'container-host' ? 'Crash the shared kernel' : 'Crash the OS',
      },
    ];
  }
  const vm = findVm(world, id as VmId)?.vm;
  if (vm)
    return [
      {
        target: { kind: 'guest-os', vmId: vm.id },
        label: vm.runtime ? 'Crash the guest kernel' : 'Crash the guest OS',
      },
    ];
  if (findContainer(world, id as ContainerId))
    return [
      {
        target: { kind: 'container', containerId: id as ContainerId },
        label: 'Crash the container',
      },
    ];
  return [];
}

/** The crash buttons for a host, VM or container, each with its blast radius. */
export function crashOptions(world: World, id: string): CrashOption[] {
  return targetsFor(world, id).map(({ target, label }) => {
    const out = blastRadius(world, target);
    return out.ok
      ? { target, label, blast: { layer: out.layer, down: out.down, why: out.why }, reason: null }
      : { target, label, blast: null, reason: out.reason };
  });
}
