import type { HostId, VmId } from '../base/ids';
import { event } from '../base/log';
import type { Result } from '../base/result';
import type { Change, Host, Vm } from '../model/types';
import { COUNT_LIMITS, fullMessage } from '../model/counts';
import {
  allVms,
  getVm,
  portGroupNames,
  vmNameTaken,
  withHost,
  withHosts,
  withVm,
  withoutVm,
} from '../model/world';
import { osById } from '../catalog/operatingSystems';
import { whyNotFits } from '../capacity/fit';
import { holdsResources } from '../capacity/usage';
import { stoppedRuntime } from '../platforms/containers';
import { getHypervisorHost } from '../platforms/spec';
import { startMigration } from '../orchestrator/migrate';
import type { VmSpec } from './command';
import { type CommandContext, type HandlerOf, changed, done, made, refuse } from './types';
import { LIMITS, checkName, checkNumber, checkWhole, firstProblem } from './validate';
import { newVnic } from './vnicCommands';

function checkVmFields(
  v: Pick<Vm, 'name' | 'os' | 'vcpus' | 'memoryGb' | 'diskGb'>,
): string | null {
  const os = osById(v.os);
  return firstProblem(
    checkName('A VM name', v.name),
    !os ? `There is no guest OS "${v.os}" in the catalog.` : null,
    os && !os.canBeGuest
      ? `${os.name} cannot run as a guest here: its licence allows it only on Apple hardware.`
      : null,
    checkWhole('vCPUs', v.vcpus, ...LIMITS.vcpus),
    checkNumber('Memory (GB)', v.memoryGb, ...LIMITS.vmMemoryGb),
    checkNumber('Disk (GB)', v.diskGb, ...LIMITS.vmDiskGb),
  );
}

function missingNetwork(vm: Vm, hostName: string, available: Set<string>): string | null {
  const missing = vm.nics.find((n) => n.portGroup !== null && !available.has(n.portGroup));
  return missing
    ? `${hostName} has no port group "${missing.portGroup}", which ${vm.name}'s vNIC needs. Add it there, or unplug the vNIC first.`
    : null;
}

/** Creates a VM, powered off, on a hypervisor host: for addVm, and for deployVm once it chose the host. */
export function createVm(
  { world, ids }: CommandContext,
  hostId: HostId,
  spec: VmSpec,
): Result<Change & { host: Host; vm: Vm }> {
  const found = getHypervisorHost(world, hostId);
  if (!found.ok) return found;
  if (allVms(world).length >= COUNT_LIMITS.vms) return refuse(fullMessage(COUNT_LIMITS.vms, 'VMs'));
  const { host } = found;
  const id = ids.take<VmId>('vm');
  const vm: Vm = {
    id,
    name: spec.name ?? `vm-${id.split('-')[1]}`,
    os: spec.os,
    apps: spec.apps ?? [],
    vcpus: spec.vcpus,
    memoryGb: spec.memoryGb,
    diskGb: spec.diskGb,
    nics: (spec.networks ?? []).map((portGroup) => newVnic(ids, portGroup)),
    power: 'off',
    bootRemainingS: 0,
    cpuDemand: 0,
    runtime: null,
    restartPriority: spec.restartPriority ?? 'medium',
  };
  const problem = firstProblem(
    checkVmFields(vm),
    checkWhole('vNICs', vm.nics.length, ...LIMITS.vnics),
    vmNameTaken(world, vm.name) ? `There is already a VM named ${vm.name}.` : null,
    missingNetwork(vm, host.name, portGroupNames(host)),
  );
  if (problem) return refuse(problem);
  return {
    ok: true,
    host,
    vm,
    world: withHost(world, withVm(host, vm)),
    events: [
      event('vm.added', `VM ${vm.name} created on ${host.name} (powered off).`, id, host.id),
    ],
  };
}

export const addVm: HandlerOf<'addVm'> = (ctx, { hostId, spec }) => {
  const out = createVm(ctx, hostId, spec);
  return out.ok ? made(out.vm.id, out.world, ...out.events) : out;
};

export const removeVm: HandlerOf<'removeVm'> = ({ world }, { vmId }) => {
  const found = getVm(world, vmId);
  if (!found.ok) return found;
  const { host, vm } = found;
  const busy = whyMigrating(vm);
  if (busy) return refuse(busy);
  return done(
    withHost(world, withoutVm(host, vmId)),
    event('vm.removed', `VM ${vm.name} deleted from ${host.name}.`, vmId, host.id),
  );
};

/** A VM in the middle of a live migration is locked until the copy ends. */
function whyMigrating(vm: Vm): string | null {
  return vm.power === 'migrating'
    ? `${vm.name} is being live-migrated; wait until the copy ends.`
    : null;
}

export const updateVm: HandlerOf<'updateVm'> = ({ world }, { vmId, patch }) => {
  const found = getVm(world, vmId);
  if (!found.ok) return found;
  const { host, vm } = found;
  const next: Vm = { ...vm, ...patch };
  const resized = next.vcpus !== vm.vcpus || next.memoryGb !== vm.memoryGb;
  const problem = firstProblem(
    whyMigrating(vm),
    checkVmFields(next),
    vmNameTaken(world, next.name, vmId) ? `There is already a VM named ${next.name}.` : null,
    next.os !== vm.os && holdsResources(vm)
      ? `Shut ${vm.name} down before changing its guest OS.`
      : null,
    resized && holdsResources(vm) ? whyNotFits(host, next, world.assumptions) : null,
  );
  if (problem) return refuse(problem);
  return done(
    withHost(world, withVm(host, next)),
    event('vm.changed', `VM ${next.name} changed.`, vmId),
  );
};

export const setVmPower: HandlerOf<'setVmPower'> = ({ world }, { vmId, on }) => {
  const found = getVm(world, vmId);
  if (!found.ok) return found;
  const { host, vm } = found;
  const busy = whyMigrating(vm);
  if (busy) return refuse(busy);
  if (on) {
    if (holdsResources(vm)) return refuse(`${vm.name} is already ${vm.power}.`);
    if (host.power !== 'on')
      return refuse(`${host.name} is ${host.power}; ${vm.name} cannot start there.`);
    const problem = whyNotFits(host, vm, world.assumptions);
    if (problem) return refuse(problem);
    const booting: Vm = {
      ...vm,
      power: 'booting',
      bootRemainingS: world.assumptions.vmBootSeconds,
      cpuDemand: 0.5,
    };
    return done(
      withHost(world, withVm(host, booting)),
      event(
        'vm.power',
        `${vm.name} powered on; its guest OS boots for ${world.assumptions.vmBootSeconds} s.`,
        vmId,
      ),
    );
  }
  if (vm.power === 'off') return refuse(`${vm.name} is already off.`);
  // A guest that shuts down stops the containers on its kernel too.
  const off: Vm = {
    ...vm,
    power: 'off',
    bootRemainingS: 0,
    cpuDemand: 0,
    runtime: stoppedRuntime(vm.runtime),
  };
  return done(
    withHost(world, withVm(host, off)),
    event('vm.power', `${vm.name} powered off.`, vmId),
  );
};

/**
 * Moves a VM to another host. A powered-off VM moves cold (its files are re-registered); a
 * running one starts a live migration, which copies its memory while it keeps running.
 */
export const moveVm: HandlerOf<'moveVm'> = (ctx, { vmId, toHostId }) => {
  const { world } = ctx;
  const found = getVm(world, vmId);
  if (!found.ok) return found;
  const { host: from, vm } = found;
  if (holdsResources(vm) && vm.power !== 'booting')
    return changed(startMigration(world, ctx.ids, ctx.sim.time, { vmId, to: toHostId }));
  if (from.id === toHostId) return refuse(`${vm.name} is already on ${from.name}.`);
  const target = getHypervisorHost(world, toHostId);
  if (!target.ok) return target;
  const { host: to } = target;
  if (to.power !== 'on')
    return refuse(
      `${to.name} is ${to.power === 'failed' ? 'failed' : 'powered off'}; it cannot take ${vm.name}.`,
    );
  if (vm.power === 'booting')
    return refuse(`${vm.name} is still booting; wait until it runs, or power it off.`);
  const problem = missingNetwork(vm, to.name, portGroupNames(to));
  if (problem) return refuse(problem);
  const moved = withHosts(world, withoutVm(from, vmId), withVm(to, vm));
  return done(
    moved,
    event(
      'vm.moved',
      `${vm.name} moved cold from ${from.name} to ${to.name}.`,
      vmId,
      from.id,
      to.id,
    ),
  );
};
