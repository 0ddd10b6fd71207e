import type { ContainerId, HostId, VmId } from '../base/ids';
import { event } from '../base/log';
import type { Result } from '../base/result';
import type { Container, World } from '../model/types';
import { COUNT_LIMITS, fullMessage } from '../model/counts';
import { findVm } from '../model/world';
import { runtimeName } from '../catalog/runtimes';
import { containerHolds } from '../capacity/runtime';
import {
  type KernelOwnerId,
  type RuntimeSite,
  allContainers,
  containerNameTaken,
  findContainer,
  runtimeSiteOf,
  whyContainerNotFits,
  withContainer,
  withRuntime,
} from '../platforms/containers';
import { platformLabel } from '../platforms/spec';
import { type HandlerOf, done, made, refuse } from './types';
import { LIMITS, checkName, checkNumber, firstProblem } from './validate';

/** Where containers would go, or a sentence saying what to install first. */
function getSite(world: World, owner: KernelOwnerId): Result<{ site: RuntimeSite }> {
  const site = runtimeSiteOf(world, owner);
  if (site) return { ok: true, site };
  const host = world.hosts[owner as HostId];
  if (host) {
    return refuse(
      host.platform.kind === 'hypervisor'
        ? `${host.name} runs ${platformLabel(host.platform)}, not a container runtime: run containers in a VM with a runtime, or switch ${host.name} to a container host.`
        : `${host.name} runs ${platformLabel(host.platform)}, with no container runtime: switch it to a container host (an OS with a runtime) first.`,
    );
  }
  const vm = findVm(world, owner as VmId)?.vm;
  return refuse(
    vm
      ? `${vm.name} has no container runtime: install one in its guest (containerd, Docker Engine, Podman…) first.`
      : `There is no host or VM ${owner}.`,
  );
}

function checkContainer(world: World, c: Container): string | null {
  return firstProblem(
    checkName('A container name', c.name),
    containerNameTaken(world, c.name, c.id)
      ? `There is already a container named ${c.name}.`
      : null,
    /^\S{1,128}$/.test(c.image) ? null : 'An image name must be 1 to 128 characters, no spaces.',
    checkNumber('CPU limit (cores)', c.cpu, ...LIMITS.workloadCpu),
    checkNumber('Memory limit (GB)', c.memoryGb, ...LIMITS.workloadMemoryGb),
  );
}

export const addContainer: HandlerOf<'addContainer'> = (ctx, { on, spec }) => {
  const found = getSite(ctx.world, on);
  if (!found.ok) return found;
  const { site } = found;
  if (allContainers(ctx.world).length >= COUNT_LIMITS.containers)
    return refuse(fullMessage(COUNT_LIMITS.containers, 'containers'));
  const id = ctx.ids.take<ContainerId>('container');
  const c: Container = {
    id,
    name: spec.name ?? `ctr-${id.split('-')[1]}`,
    image: spec.image,
    cpu: spec.cpu,
    memoryGb: spec.memoryGb,
    state: 'off',
    startRemainingS: 0,
  };
  const problem = checkContainer(ctx.world, c);
  if (problem) return refuse(problem);
  return made(
    id,
    withContainer(ctx.world, site, c),
    event(
      'container.added',
      `Container ${c.name} (${c.image}) created on ${site.ownerName}'s ${runtimeName(site.runtime.product)} (stopped).`,
      id,
      on,
    ),
  );
};

export const removeContainer: HandlerOf<'removeContainer'> = (ctx, { containerId: id }) => {
  const found = findContainer(ctx.world, id);
  if (!found) return refuse(`There is no container ${id}.`);
  const { site, container } = found;
  const containers = { ...site.runtime.containers };
  delete containers[id];
  return done(
    withRuntime(ctx.world, site, { ...site.runtime, containers }),
    event('container.removed', `Container ${container.name} deleted from ${site.ownerName}.`, id),
  );
};

export const updateContainer: HandlerOf<'updateContainer'> = (ctx, { containerId: id, patch }) => {
  const found = findContainer(ctx.world, id);
  if (!found) return refuse(`There is no container ${id}.`);
  const { site, container } = found;
  const next: Container = { ...container, ...patch };
  const resized = next.cpu !== container.cpu || next.memoryGb !== container.memoryGb;
  const problem = firstProblem(
    checkContainer(ctx.world, next),
    next.image !== container.image && containerHolds(container)
      ? `Stop ${container.name} before changing its image.`
      : null,
    resized && containerHolds(container)
      ? whyContainerNotFits(site, next, ctx.world.assumptions)
      : null,
  );
  if (problem) return refuse(problem);
  return done(
    withContainer(ctx.world, site, next),
    event('container.changed', `Container ${next.name} changed.`, id),
  );
};

/** Starts a container (it runs after the container start time) or stops it. */
export const setContainerPower: HandlerOf<'setContainerPower'> = (ctx, { containerId: id, on }) => {
  const { world } = ctx;
  const found = findContainer(world, id);
  if (!found) return refuse(`There is no container ${id}.`);
  const { site, container } = found;
  if (!on) {
    if (container.state === 'off') return refuse(`${container.name} is already stopped.`);
    return done(
      withContainer(world, site, { ...container, state: 'off', startRemainingS: 0 }),
      event('container.power', `${container.name} stopped.`, id),
    );
  }
  if (containerHolds(container)) return refuse(`${container.name} is already ${container.state}.`);
  // A container may be started while its VM still boots: it waits for the guest kernel.
  const kernelComing = site.vm !== null && site.vm.power === 'booting' && site.host.power === 'on';
  if (!site.kernelUp && !kernelComing) {
    const state = site.vm ? site.vm.power : site.host.power === 'on' ? 'crashed' : site.host.power;
    return refuse(
      `${container.name} needs the kernel of ${site.ownerName}, which is ${state}: ${state === 'crashed' ? 'recover' : 'start'} it first.`,
    );
  }
  const problem = whyContainerNotFits(site, container, world.assumptions);
  if (problem) return refuse(problem);
  const seconds = world.assumptions.containerStartSeconds;
  return done(
    withContainer(world, site, { ...container, state: 'starting', startRemainingS: seconds }),
    event(
      'container.power',
      `${container.name} starting on ${site.ownerName}'s shared kernel: ${seconds} s, no guest OS to boot.`,
      id,
    ),
  );
};
