import type { AppId } from '../base/ids';
import { event } from '../base/log';
import type { BareMetalApp, Host } from '../model/types';
import { getHost, getVm, withHost, withPlatform, withVm } from '../model/world';
import { osName } from '../catalog/operatingSystems';
import { runtimeName } from '../catalog/runtimes';
import {
  planPlatformChange,
  planVmRuntime,
  whyNoPlatformChange,
  whyNoVmRuntime,
} from '../platforms/impact';
import { describeWorkloads } from '../platforms/items';
import { platformLabel } from '../platforms/spec';
import { type HandlerOf, done, made, refuse } from './types';
import { LIMITS, checkName, checkNumber, firstProblem } from './validate';

/**
 * Switches the platform a host runs. The chooser shows `platformChangeImpact` first and asks;
 * the command then does what the learner confirmed, and undo restores the whole world.
 */
export const setPlatform: HandlerOf<'setPlatform'> = (ctx, { hostId, spec }) => {
  const found = getHost(ctx.world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  const problem = whyNoPlatformChange(host, spec);
  if (problem) return refuse(problem);
  const { platform, impact } = planPlatformChange(host, spec, ctx.ids);
  return done(
    withHost(ctx.world, withPlatform(host, platform)),
    event(
      'platform.changed',
      impact.summary,
      hostId,
      ...[...impact.lost, ...impact.stopped].map((w) => w.id),
    ),
  );
};

/** Installs a container runtime in a VM's guest (a container host inside a VM), swaps or removes it. */
export const setVmRuntime: HandlerOf<'setVmRuntime'> = (ctx, { vmId, runtime }) => {
  const found = getVm(ctx.world, vmId);
  if (!found.ok) return found;
  const { host, vm } = found;
  const problem = whyNoVmRuntime(vm, runtime);
  if (problem) return refuse(problem);
  const plan = planVmRuntime(vm, runtime);
  const lead =
    runtime === null
      ? `${vm.name} no longer runs containers.`
      : `${vm.name} now runs ${runtimeName(runtime)} on its ${osName(vm.os)} guest kernel: a container host inside a VM.`;
  const tail = [
    plan.lost.length > 0 ? `Deleted: ${describeWorkloads(plan.lost)}.` : '',
    plan.stopped.length > 0 ? `Stopped: ${describeWorkloads(plan.stopped)}.` : '',
  ];
  return done(
    withHost(ctx.world, withVm(host, plan.vm)),
    event(
      'platform.changed',
      [lead, ...tail].filter(Boolean).join(' '),
      vmId,
      ...[...plan.lost, ...plan.stopped].map((w) => w.id),
    ),
  );
};

/** Why an app cannot be installed next to the others on a bare-metal OS, or null. */
function whyAppNotFits(host: Host, apps: readonly BareMetalApp[], app: BareMetalApp, osGb: number) {
  const used = apps.reduce((t, a) => t + a.memoryGb, 0);
  const free = host.memoryGb - osGb - used;
  if (app.cpu > host.cpuCores)
    return `${app.name} needs ${app.cpu} cores; ${host.name} has only ${host.cpuCores}.`;
  if (!host.memoryOvercommit && app.memoryGb > free + 1e-9)
    return `${host.name} has ${Number(Math.max(0, free).toFixed(2))} GB free next to its OS and apps; ${app.name} needs ${app.memoryGb} GB.`;
  return null;
}

/** Installs an app straight on a bare-metal OS: the traditional one-OS-per-server way. */
export const addApp: HandlerOf<'addApp'> = (ctx, { hostId, spec }) => {
  const found = getHost(ctx.world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  const p = host.platform;
  if (p.kind !== 'bare-metal') {
    return refuse(
      p.kind === 'hypervisor'
        ? `${host.name} runs ${platformLabel(p)}: apps run in a VM's guest OS there. Add a VM, or switch ${host.name} to a bare-metal OS.`
        : `${host.name} is a container host: run the app as a container, or switch ${host.name} to a bare-metal OS.`,
    );
  }
  const id = ctx.ids.take<AppId>('app');
  const app: BareMetalApp = {
    id,
    name: spec.name ?? `app-${id.split('-')[1]}`,
    cpu: spec.cpu,
    memoryGb: spec.memoryGb,
  };
  const problem = firstProblem(
    checkName('An app name', app.name),
    p.apps.some((a) => a.name === app.name)
      ? `${host.name} already has an app named ${app.name}.`
      : null,
    checkNumber('CPU (cores)', app.cpu, ...LIMITS.workloadCpu),
    checkNumber('Memory (GB)', app.memoryGb, ...LIMITS.workloadMemoryGb),
    whyAppNotFits(host, p.apps, app, ctx.world.assumptions.osMemoryGb),
  );
  if (problem) return refuse(problem);
  return made(
    id,
    withHost(ctx.world, withPlatform(host, { ...p, apps: [...p.apps, app] })),
    event(
      'app.added',
      `${app.name} installed straight on ${host.name}'s ${osName(p.os)}: no VM, no container.`,
      id,
      hostId,
    ),
  );
};

export const removeApp: HandlerOf<'removeApp'> = (ctx, { hostId, appId }) => {
  const found = getHost(ctx.world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  const p = host.platform;
  const app = p.kind === 'bare-metal' ? p.apps.find((a) => a.id === appId) : undefined;
  if (p.kind !== 'bare-metal' || !app) return refuse(`${host.name} has no app ${appId}.`);
  return done(
    withHost(ctx.world, withPlatform(host, { ...p, apps: p.apps.filter((a) => a.id !== appId) })),
    event('app.removed', `${app.name} removed from ${host.name}.`, appId, hostId),
  );
};
