import { type IdAllocator, type VmId, type VnicId, macFor } from '../base/ids';
import { event } from '../base/log';
import type { Result } from '../base/result';
import type { Host, Vm, Vnic } from '../model/types';
import { getVm, portGroupNames, withHost, withVm } from '../model/world';
import { parseCidr, whyNotAddress, whyNotGateway } from '../network/addr';
import { addressUser } from '../network/cabling';
import { type CommandContext, type HandlerOf, done, made, refuse } from './types';
import { LIMITS, checkWhole } from './validate';

/** A VM's virtual NICs: adding and removing them, their addresses, a trunk guest's VLAN tag. */

/** A new vNIC with its own MAC, plugged into `portGroup` (null: unplugged), with no address. */
export function newVnic(ids: IdAllocator, portGroup: string | null): Vnic {
  const id = ids.take<VnicId>('vnic');
  const mac = macFor(Number(id.split('-')[1]));
  return { id, mac, portGroup, ip: null, gateway: null, guestVlan: null };
}

function withNic(vm: Vm, nic: Vnic): Vm {
  return { ...vm, nics: vm.nics.map((n) => (n.id === nic.id ? nic : n)) };
}

function getNic(
  ctx: CommandContext,
  vmId: VmId,
  vnicId: VnicId,
): Result<{ host: Host; vm: Vm; nic: Vnic }> {
  const found = getVm(ctx.world, vmId);
  if (!found.ok) return found;
  const { host, vm } = found;
  const nic = vm.nics.find((n) => n.id === vnicId);
  if (!nic) return refuse(`${vm.name} has no vNIC ${vnicId}.`);
  return { ok: true, host, vm, nic };
}

/** Adds a vNIC (hot-add works on a running VM too), plugged into a port group of its host or not. */
export const addVnic: HandlerOf<'addVnic'> = (ctx, { vmId, portGroup }) => {
  const found = getVm(ctx.world, vmId);
  if (!found.ok) return found;
  const { host, vm } = found;
  const problem = checkWhole('vNICs', vm.nics.length + 1, ...LIMITS.vnics);
  if (problem) return refuse(`${vm.name} already has ${vm.nics.length} vNICs, the most allowed.`);
  if (portGroup !== null && !portGroupNames(host).has(portGroup))
    return refuse(`${host.name} has no port group "${portGroup}".`);
  const nic = newVnic(ctx.ids, portGroup);
  const next: Vm = { ...vm, nics: [...vm.nics, nic] };
  const where = portGroup ? `, plugged into "${portGroup}"` : ', not plugged in';
  return made(
    nic.id,
    withHost(ctx.world, withVm(host, next)),
    event('network.changed', `${vm.name} got a new vNIC ${nic.mac}${where}.`, vmId, nic.id),
  );
};

export const removeVnic: HandlerOf<'removeVnic'> = (ctx, { vmId, vnicId }) => {
  const found = getNic(ctx, vmId, vnicId);
  if (!found.ok) return found;
  const { host, vm, nic } = found;
  const next: Vm = { ...vm, nics: vm.nics.filter((n) => n.id !== vnicId) };
  return done(
    withHost(ctx.world, withVm(host, next)),
    event('network.changed', `${vm.name}'s vNIC ${nic.mac} removed.`, vmId),
  );
};

/**
 * Gives a vNIC an IPv4 address with prefix length ("10.0.10.11/24") and optionally a default
 * gateway inside that subnet; null clears them. An address is unique across the datacenter.
 */
export const setVnicAddress: HandlerOf<'setVnicAddress'> = (ctx, { vmId, vnicId, ip, gateway }) => {
  const found = getNic(ctx, vmId, vnicId);
  if (!found.ok) return found;
  const { host, vm, nic } = found;
  if (ip === null) {
    if (gateway !== null)
      return refuse('A gateway needs an address in its subnet: give the vNIC an IP address too.');
    return done(
      withHost(ctx.world, withVm(host, withNic(vm, { ...nic, ip: null, gateway: null }))),
      event('network.changed', `${vm.name}'s vNIC ${nic.mac} has no IP address now.`, vmId),
    );
  }
  const bad = whyNotAddress('An address', ip);
  if (bad) return refuse(bad);
  const cidr = parseCidr(ip);
  if (!cidr) return refuse(`"${ip}" is not an address.`);
  const user = addressUser(ctx.world, ip, nic.id);
  if (user) return refuse(`${ip.split('/')[0] ?? ip} is already the address of ${user}.`);
  const badGateway = gateway === null ? null : whyNotGateway(cidr, gateway);
  if (badGateway) return refuse(badGateway);
  const text = `${vm.name}'s vNIC ${nic.mac} now has the address ${ip}${gateway ? `, gateway ${gateway}` : ', no gateway'}.`;
  return done(
    withHost(ctx.world, withVm(host, withNic(vm, { ...nic, ip, gateway }))),
    event('network.changed', text, vmId),
  );
};

/**
 * On a trunk port group (VLAN 4095) the guest tags its own frames; this sets the VLAN it tags
 * with (null: it sends untagged frames). On any other port group a tagging guest's frames are
 * dropped, and the packet tracer says so.
 */
export const setVnicGuestVlan: HandlerOf<'setVnicGuestVlan'> = (ctx, { vmId, vnicId, vlan }) => {
  const found = getNic(ctx, vmId, vnicId);
  if (!found.ok) return found;
  const { host, vm, nic } = found;
  if (vlan !== null) {
    const problem = checkWhole('The VLAN a guest tags', vlan, 1, 4094);
    if (problem) return refuse(problem);
  }
  const text =
    vlan === null
      ? `${vm.name}'s guest sends untagged frames on vNIC ${nic.mac}.`
      : `${vm.name}'s guest tags its frames on vNIC ${nic.mac} with VLAN ${vlan}.`;
  return done(
    withHost(ctx.world, withVm(host, withNic(vm, { ...nic, guestVlan: vlan }))),
    event('network.changed', text, vmId),
  );
};
