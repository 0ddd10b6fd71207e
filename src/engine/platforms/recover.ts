import type { HostId, VmId } from '../base/ids';
import { type Result, refuse } from '../base/result';
import type { Assumptions } from '../model/assumptions';
import type { Container, ContainerRuntime, Host, Vm, World } from '../model/types';
import { findVm, vmsOf, withHost, withPlatform, withVm } from '../model/world';
import { whyNotFits, whyPlatformDown } from '../capacity/fit';
import {
  type KernelOwnerId,
  runtimeSiteOf,
  whyContainerNotFits,
  withContainer,
} from './containers';
import { type Workload, describeWorkloads } from './items';

export interface Recovery {
  readonly world: World;
  /** What starts again: VMs boot, containers start, apps run. */
  readonly restarted: readonly Workload[];
  /** What stays crashed, because there is no room for it any more. */
  readonly stuck: readonly Workload[];
  /** The sentence for the log. */
  readonly text: string;
}

const booting = (vm: Vm, a: Assumptions): Vm => ({
  ...vm,
  power: 'booting',
  bootRemainingS: a.vmBootSeconds,
  cpuDemand: 0.5,
});

/**
 * Crashed containers of one runtime start again, oldest first, while they fit. In a VM that is
 * still booting they wait for its kernel (the tick counts them down once it runs).
 */
function restartContainers(
  world: World,
  owner: KernelOwnerId,
  runtime: ContainerRuntime | null,
  a: Assumptions,
  restarted: Workload[],
  stuck: Workload[],
): World {
  let next = world;
  for (const c of Object.values(runtime?.containers ?? {})) {
    if (c.state !== 'crashed') continue;
    const site = runtimeSiteOf(next, owner);
    if (!site) break;
    const item: Workload = { kind: 'container', id: c.id, name: c.name };
    if (whyContainerNotFits(site, c, a)) {
      stuck.push(item);
      continue;
    }
    const started: Container = {
      ...c,
      state: 'starting',
      startRemainingS: a.containerStartSeconds,
    };
    next = withContainer(next, site, started);
    restarted.push(item);
  }
  return next;
}

/** A crashed VM boots again (if it fits), then its crashed containers start. */
function restartVm(
  world: World,
  host: Host,
  vm: Vm,
  a: Assumptions,
  restarted: Workload[],
  stuck: Workload[],
): World {
  let next = world;
  let current = vm;
  if (vm.power === 'crashed') {
    if (whyNotFits(host, vm, a)) {
      stuck.push({ kind: 'vm', id: vm.id, name: vm.name });
      return next;
    }
    current = booting(vm, a);
    next = withHost(next, withVm(host, current));
    restarted.push({ kind: 'vm', id: vm.id, name: vm.name });
  }
  return restartContainers(next, vm.id, current.runtime, a, restarted, stuck);
}

function sentence(
  lead: string,
  restarted: readonly Workload[],
  stuck: readonly Workload[],
  a: Assumptions,
): string {
  const parts = [lead];
  if (restarted.length > 0) {
    const vms = restarted.some((w) => w.kind === 'vm');
    const ctrs = restarted.some((w) => w.kind === 'container');
    const times = [
      vms ? `a VM boots its guest OS in ${a.vmBootSeconds} s` : '',
      ctrs ? `a container starts in ${a.containerStartSeconds} s` : '',
    ].filter(Boolean);
    parts.push(
      `Starting again: ${describeWorkloads(restarted)}${times.length ? ` (${times.join('; ')})` : ''}.`,
    );
  }
  if (stuck.length > 0)
    parts.push(`No room left for ${describeWorkloads(stuck)}: they stay crashed.`);
  return parts.join(' ');
}

function recoverHost(world: World, host: Host, a: Assumptions): Result<Recovery> {
  if (host.power !== 'on') return refuse(`${host.name} is ${host.power}: power it on first.`);
  const p = host.platform;
  const lead = whyPlatformDown(host)
    ? `${host.name}'s ${p.crashed === 'hypervisor' ? 'hypervisor' : 'OS'} restarted.`
    : null;
  const restarted: Workload[] = [];
  const stuck: Workload[] = [];
  let next = withHost(world, withPlatform(host, { ...p, crashed: null }));
  if (p.kind === 'hypervisor') {
    for (const vm of vmsOf(host)) {
      const fresh = next.hosts[host.id];
      if (fresh) next = restartVm(next, fresh, vm, a, restarted, stuck);
    }
  } else if (p.kind === 'container-host') {
    next = restartContainers(next, host.id, p.runtime, a, restarted, stuck);
  } else if (lead) {
    restarted.push(...p.apps.map((app) => ({ kind: 'app' as const, id: app.id, name: app.name })));
  }
  if (!lead && restarted.length === 0 && stuck.length === 0)
    return refuse(`Nothing on ${host.name} has crashed.`);
  return {
    ok: true,
    world: next,
    restarted,
    stuck,
    text: sentence(lead ?? `Recovering ${host.name}.`, restarted, stuck, a),
  };
}

/**
 * Restarts what crashed on a host (its platform layer first, then its VMs, containers or apps)
 * or in a VM (its guest OS, then its containers). Crashed things restart; stopped ones stay off.
 */
export function recover(world: World, owner: KernelOwnerId): Result<Recovery> {
  const a = world.assumptions;
  const host = world.hosts[owner as HostId];
  if (host) return recoverHost(world, host, a);
  const found = findVm(world, owner as VmId);
  if (!found) return refuse(`There is no host or VM ${owner}.`);
  const down = whyPlatformDown(found.host);
  if (down) return refuse(down);
  if (found.host.power !== 'on')
    return refuse(`${found.host.name} is ${found.host.power}: power it on first.`);
  const restarted: Workload[] = [];
  const stuck: Workload[] = [];
  const next = restartVm(world, found.host, found.vm, a, restarted, stuck);
  if (restarted.length === 0 && stuck.length === 0)
    return refuse(`Nothing in ${found.vm.name} has crashed.`);
  return {
    ok: true,
    world: next,
    restarted,
    stuck,
    text: sentence(`Recovering ${found.vm.name}.`, restarted, stuck, a),
  };
}
