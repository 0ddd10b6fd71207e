import { type HostId, IdAllocator, type VmId } from '../base/ids';
import { type Result, refuse } from '../base/result';
import type { ContainerRuntime, Host, Platform, PlatformSpec, Vm, World } from '../model/types';
import { findVm, vmsOf } from '../model/world';
import { hypervisorById } from '../catalog/hypervisors';
import { containerHolds, containersOf } from '../capacity/runtime';
import { holdsResources } from '../capacity/usage';
import { settleContainers, stoppedRuntime } from './containers';
import { type Workload, describeWorkloads } from './items';
import {
  checkPlatformSpec,
  checkRuntimeOn,
  newPlatform,
  platformLabel,
  samePlatform,
  specOf,
} from './spec';

/** What a platform change does to what the host runs, so the UI can ask before anything is lost. */
export interface PlatformImpact {
  /** Label of the platform before and after: "VMware ESXi (type 1)". */
  readonly from: string;
  readonly to: string;
  /** Deleted with the old platform (a VM's containers go with it). */
  readonly lost: readonly Workload[];
  /** Kept, but shut down: they were running and the layer under them is replaced. */
  readonly stopped: readonly Workload[];
  /** Kept as they are. */
  readonly kept: readonly Workload[];
  /** Sentences for the confirmation dialog and the event log. */
  readonly summary: string;
  /** Whether anything is lost or stopped, so the learner should confirm first. */
  readonly needsConfirmation: boolean;
}

const vmItem = (vm: Vm): Workload => ({ kind: 'vm', id: vm.id, name: vm.name });

function containerItemsOf(runtime: ContainerRuntime | null, running?: boolean): Workload[] {
  return containersOf(runtime)
    .filter((c) => running === undefined || containerHolds(c) === running)
    .map((c) => ({ kind: 'container', id: c.id, name: c.name }));
}

/** Everything a platform runs, VMs' containers included. */
export function workloadsOf(p: Platform): Workload[] {
  switch (p.kind) {
    case 'hypervisor':
      return Object.values(p.vms).flatMap((vm) => [vmItem(vm), ...containerItemsOf(vm.runtime)]);
    case 'container-host':
      return containerItemsOf(p.runtime);
    case 'bare-metal':
      return p.apps.map((a) => ({ kind: 'app', id: a.id, name: a.name }));
  }
}

/** A VM shut down with the layer under it: it and its containers stop, nothing is deleted. */
function stoppedVm(vm: Vm): Vm {
  const runtime = stoppedRuntime(vm.runtime);
  return holdsResources(vm)
    ? { ...vm, power: 'off', bootRemainingS: 0, cpuDemand: 0, runtime }
    : { ...vm, runtime };
}

function summarise(
  name: string,
  from: string,
  to: string,
  lost: readonly Workload[],
  stopped: readonly Workload[],
): string {
  const parts = [`${name} switches from ${from} to ${to}.`];
  if (lost.length > 0) parts.push(`Deleted with the old platform: ${describeWorkloads(lost)}.`);
  if (stopped.length > 0)
    parts.push(`Shut down, and kept to start again: ${describeWorkloads(stopped)}.`);
  if (lost.length === 0 && stopped.length === 0) parts.push('Nothing it runs is lost or stopped.');
  return parts.join(' ');
}

/**
 * The new platform for a host and what happens to what it ran. The same kind keeps its
 * workloads (VMs, containers, apps) and shuts down what was running, since the layer under
 * them is reinstalled; another kind deletes them with the old platform.
 */
export function planPlatformChange(
  host: Host,
  spec: PlatformSpec,
  ids: IdAllocator,
): { platform: Platform; impact: PlatformImpact } {
  const old = host.platform;
  const from = platformLabel(old);
  const to = platformLabel(spec);
  let platform: Platform;
  let lost: Workload[] = [];
  let stopped: Workload[] = [];
  if (old.kind === 'hypervisor' && spec.kind === 'hypervisor') {
    const vms = Object.fromEntries(vmsOf(host).map((vm) => [vm.id, stoppedVm(vm)]));
    stopped = vmsOf(host)
      .filter(holdsResources)
      .flatMap((vm) => [vmItem(vm), ...containerItemsOf(vm.runtime, true)]);
    const type2 = hypervisorById(spec.product)?.type === 2;
    const hostOs = type2 ? (spec.hostOs ?? null) : null;
    platform = { ...old, product: spec.product, hostOs, vms, crashed: null };
  } else if (old.kind === 'container-host' && spec.kind === 'container-host') {
    stopped = containerItemsOf(old.runtime, true);
    const settled = settleContainers(old.runtime, 'off').runtime;
    platform = {
      ...old,
      os: spec.os,
      runtime: { product: spec.runtime, containers: settled.containers },
      crashed: null,
    };
  } else if (old.kind === 'bare-metal' && spec.kind === 'bare-metal') {
    platform = { ...old, os: spec.os, crashed: null };
  } else {
    platform = newPlatform(ids, host.nics, spec);
    lost = workloadsOf(old);
  }
  const all = workloadsOf(platform);
  const gone = new Set([...lost, ...stopped].map((w) => w.id));
  const kept = all.filter((w) => !gone.has(w.id));
  return {
    platform,
    impact: {
      from,
      to,
      lost,
      stopped,
      kept,
      summary: summarise(host.name, from, to, lost, stopped),
      needsConfirmation: lost.length + stopped.length > 0,
    },
  };
}

/** Why a host's platform cannot be switched to `spec` right now, or null. */
export function whyNoPlatformChange(host: Host, spec: PlatformSpec): string | null {
  const problem = checkPlatformSpec(spec);
  if (problem) return problem;
  if (host.power === 'failed') return `${host.name} has failed: repair it (power it on) first.`;
  if (samePlatform(specOf(host.platform), spec))
    return `${host.name} already runs ${platformLabel(spec)}.`;
  const p = host.platform;
  if (
    p.kind === 'hypervisor' &&
    (p.incoming.length > 0 || vmsOf(host).some((v) => v.power === 'migrating'))
  )
    return `A live migration involves ${host.name}; wait until the copy ends.`;
  return null;
}

/** The pure query the platform chooser calls before it asks the learner to confirm. */
export function platformChangeImpact(
  world: World,
  hostId: HostId,
  spec: PlatformSpec,
): Result<{ value: PlatformImpact }> {
  const host = world.hosts[hostId];
  if (!host) return refuse(`There is no host ${hostId}.`);
  const problem = whyNoPlatformChange(host, spec);
  if (problem) return refuse(problem);
  return { ok: true, value: planPlatformChange(host, spec, new IdAllocator(0)).impact };
}

/**
 * Installing, changing or removing the container runtime in a VM's guest. Removing it deletes
 * the containers; another runtime keeps them, stopped.
 */
export function planVmRuntime(
  vm: Vm,
  runtime: string | null,
): { vm: Vm; lost: Workload[]; stopped: Workload[] } {
  if (runtime === null)
    return { vm: { ...vm, runtime: null }, lost: containerItemsOf(vm.runtime), stopped: [] };
  const containers = stoppedRuntime(vm.runtime)?.containers ?? {};
  return {
    vm: { ...vm, runtime: { product: runtime, containers } },
    lost: [],
    stopped: containerItemsOf(vm.runtime, true),
  };
}

export function whyNoVmRuntime(vm: Vm, runtime: string | null): string | null {
  if ((vm.runtime?.product ?? null) === runtime)
    return runtime === null
      ? `${vm.name} has no container runtime to remove.`
      : `${vm.name} already runs ${platformLabel({ kind: 'container-host', os: vm.os, runtime })}.`;
  return runtime === null ? null : checkRuntimeOn(runtime, vm.os, 'vm');
}

/** What a runtime change in a VM would do, for the same confirmation dialog. */
export function vmRuntimeImpact(
  world: World,
  vmId: VmId,
  runtime: string | null,
): Result<{ value: PlatformImpact }> {
  const found = findVm(world, vmId);
  if (!found) return refuse(`There is no VM ${vmId}.`);
  const { vm } = found;
  const problem = whyNoVmRuntime(vm, runtime);
  if (problem) return refuse(problem);
  const label = (r: string | null) =>
    r === null
      ? `${vm.name} without containers`
      : platformLabel({ kind: 'container-host', os: vm.os, runtime: r });
  const plan = planVmRuntime(vm, runtime);
  const from = label(vm.runtime?.product ?? null);
  const to = label(runtime);
  const gone = new Set([...plan.lost, ...plan.stopped].map((w) => w.id));
  return {
    ok: true,
    value: {
      from,
      to,
      lost: plan.lost,
      stopped: plan.stopped,
      kept: containerItemsOf(plan.vm.runtime).filter((w) => !gone.has(w.id)),
      summary: summarise(vm.name, from, to, plan.lost, plan.stopped),
      needsConfirmation: plan.lost.length + plan.stopped.length > 0,
    },
  };
}
