import type { HostId, VmId } from '../model/ids';
import type { Host, HypervisorPlatform, Vm, World } from '../model/types';
import { findVm } from '../model/world';
import { whyNoVms } from '../platforms/spec';

/** Lookups that turn a missing or wrong entity into a sentence rather than an exception. */
export type Found<T> = { ok: true; value: T } | { ok: false; reason: string };

export function getHost(world: World, hostId: HostId): Found<Host> {
  const host = world.hosts[hostId];
  return host ? { ok: true, value: host } : { ok: false, reason: `There is no host ${hostId}.` };
}

export function getHypervisorHost(
  world: World,
  hostId: HostId,
): Found<{ host: Host; platform: HypervisorPlatform }> {
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const host = found.value;
  if (host.platform.kind !== 'hypervisor') {
    return { ok: false, reason: whyNoVms(host) ?? `${host.name} runs no hypervisor.` };
  }
  return { ok: true, value: { host, platform: host.platform } };
}

export function getVm(world: World, vmId: VmId): Found<{ host: Host; vm: Vm }> {
  const found = findVm(world, vmId);
  return found ? { ok: true, value: found } : { ok: false, reason: `There is no VM ${vmId}.` };
}
