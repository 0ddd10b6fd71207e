import type { HostId, NicId, PortGroupId, SwitchId } from '../base/ids';
import { event } from '../base/log';
import { type Result, refuse } from '../base/result';
import type { Host, HypervisorPlatform, PortGroup, VSwitch, Vm } from '../model/types';
import { getVm, portGroupNames, vmsOf, withHost, withVm } from '../model/world';
import { getHypervisorHost } from '../platforms/spec';
import type { CommandOf, PortGroupSpec } from './command';
import { type CommandContext, type HandlerOf, done, made } from './types';
import { LIMITS, checkName, checkWhole, firstProblem } from './validate';

type Located = { host: Host; platform: HypervisorPlatform; vswitch: VSwitch };

function getSwitch(ctx: CommandContext, hostId: HostId, switchId: SwitchId): Result<Located> {
  const found = getHypervisorHost(ctx.world, hostId);
  if (!found.ok) return found;
  const { host, platform } = found;
  const vswitch = platform.vswitches.find((s) => s.id === switchId);
  return vswitch
    ? { ok: true, host, platform, vswitch }
    : refuse(`There is no virtual switch ${switchId} on ${host.name}.`);
}

function getPortGroup(
  ctx: CommandContext,
  { hostId, switchId, portGroupId }: Omit<CommandOf<'removePortGroup'>, 'type'>,
): Result<Located & { pg: PortGroup }> {
  const at = getSwitch(ctx, hostId, switchId);
  if (!at.ok) return at;
  const pg = at.vswitch.portGroups.find((p) => p.id === portGroupId);
  return pg
    ? { ...at, pg }
    : refuse(`There is no port group ${portGroupId} on ${at.vswitch.name}.`);
}

function withSwitch(host: Host, platform: HypervisorPlatform, vswitch: VSwitch): Host {
  const exists = platform.vswitches.some((s) => s.id === vswitch.id);
  const vswitches = exists
    ? platform.vswitches.map((s) => (s.id === vswitch.id ? vswitch : s))
    : [...platform.vswitches, vswitch];
  return { ...host, platform: { ...platform, vswitches } };
}

function usersOf(host: Host, portGroup: string): Vm[] {
  return vmsOf(host).filter((vm) => vm.nics.some((n) => n.portGroup === portGroup));
}

/** An uplink NIC belongs to one virtual switch at a time, as on a real host. */
function checkUplinks(
  host: Host,
  platform: HypervisorPlatform,
  switchId: SwitchId | null,
  nics: readonly NicId[],
): string | null {
  for (const nic of nics) {
    const pnic = host.nics.find((n) => n.id === nic);
    if (!pnic) return `${host.name} has no physical NIC ${nic}.`;
    const other = platform.vswitches.find(
      (s) => s.id !== switchId && s.uplinks.some((u) => u.nic === nic),
    );
    if (other) return `${pnic.name} is already the uplink of ${other.name}.`;
  }
  return null;
}

const toUplinks = (nics: readonly NicId[]) =>
  nics.map((nic, i) => ({ nic, role: i === 0 ? ('active' as const) : ('standby' as const) }));

export const addSwitch: HandlerOf<'addSwitch'> = (ctx, { hostId, spec }) => {
  const found = getHypervisorHost(ctx.world, hostId);
  if (!found.ok) return found;
  const { host, platform } = found;
  const problem = firstProblem(
    checkName('A switch name', spec.name),
    platform.vswitches.some((s) => s.name === spec.name)
      ? `${host.name} already has a switch named ${spec.name}.`
      : null,
    checkUplinks(host, platform, null, spec.uplinks),
  );
  if (problem) return refuse(problem);
  const vswitch: VSwitch = {
    id: ctx.ids.take<SwitchId>('vswitch'),
    name: spec.name,
    portGroups: [],
    uplinks: toUplinks(spec.uplinks),
  };
  const kind =
    spec.uplinks.length === 0
      ? 'internal-only'
      : `uplinked to ${spec.uplinks.length} NIC${spec.uplinks.length === 1 ? '' : 's'}`;
  return made(
    vswitch.id,
    withHost(ctx.world, withSwitch(host, platform, vswitch)),
    event(
      'network.changed',
      `Virtual switch ${spec.name} added on ${host.name} (${kind}).`,
      vswitch.id,
      hostId,
    ),
  );
};

export const updateSwitch: HandlerOf<'updateSwitch'> = (ctx, { hostId, switchId, spec }) => {
  const at = getSwitch(ctx, hostId, switchId);
  if (!at.ok) return at;
  const { host, platform, vswitch } = at;
  const problem = firstProblem(
    checkName('A switch name', spec.name),
    platform.vswitches.some((s) => s.name === spec.name && s.id !== switchId)
      ? `${host.name} already has a switch named ${spec.name}.`
      : null,
    checkUplinks(host, platform, switchId, spec.uplinks),
  );
  if (problem) return refuse(problem);
  const next: VSwitch = { ...vswitch, name: spec.name, uplinks: toUplinks(spec.uplinks) };
  return done(
    withHost(ctx.world, withSwitch(host, platform, next)),
    event('network.changed', `Virtual switch ${spec.name} on ${host.name} changed.`, switchId),
  );
};

export const removeSwitch: HandlerOf<'removeSwitch'> = (ctx, { hostId, switchId }) => {
  const at = getSwitch(ctx, hostId, switchId);
  if (!at.ok) return at;
  const { host, platform, vswitch } = at;
  const inUse = vswitch.portGroups.flatMap((pg) => usersOf(host, pg.name));
  if (inUse.length > 0)
    return refuse(
      `${vswitch.name} still has vNICs plugged in (${inUse.map((v) => v.name).join(', ')}): unplug them first.`,
    );
  const next: Host = {
    ...host,
    platform: { ...platform, vswitches: platform.vswitches.filter((s) => s.id !== switchId) },
  };
  return done(
    withHost(ctx.world, next),
    event(
      'network.changed',
      `Virtual switch ${vswitch.name} removed from ${host.name}.`,
      switchId,
      hostId,
    ),
  );
};

function checkPortGroup(host: Host, spec: PortGroupSpec, except: string | null): string | null {
  return firstProblem(
    checkName('A port group name', spec.name.replace(/ /g, '_')),
    checkWhole('VLAN id', spec.vlan, ...LIMITS.vlan),
    spec.name !== except && portGroupNames(host).has(spec.name)
      ? `${host.name} already has a port group named "${spec.name}".`
      : null,
  );
}

export const addPortGroup: HandlerOf<'addPortGroup'> = (ctx, { hostId, switchId, spec }) => {
  const at = getSwitch(ctx, hostId, switchId);
  if (!at.ok) return at;
  const { host, platform, vswitch } = at;
  const problem = checkPortGroup(host, spec, null);
  if (problem) return refuse(problem);
  const pg: PortGroup = {
    id: ctx.ids.take<PortGroupId>('portGroup'),
    name: spec.name,
    vlan: spec.vlan,
  };
  const next = { ...vswitch, portGroups: [...vswitch.portGroups, pg] };
  return made(
    pg.id,
    withHost(ctx.world, withSwitch(host, platform, next)),
    event(
      'network.changed',
      `Port group "${spec.name}" (VLAN ${spec.vlan}) added to ${vswitch.name} on ${host.name}.`,
      pg.id,
    ),
  );
};

/** Renaming a port group carries its vNICs along, as renaming a network label does. */
export const updatePortGroup: HandlerOf<'updatePortGroup'> = (ctx, command) => {
  const at = getPortGroup(ctx, command);
  if (!at.ok) return at;
  const { host, platform, vswitch, pg } = at;
  const { spec } = command;
  const problem = checkPortGroup(host, spec, pg.name);
  if (problem) return refuse(problem);
  let next = withSwitch(host, platform, {
    ...vswitch,
    portGroups: vswitch.portGroups.map((p) => (p.id === pg.id ? { ...p, ...spec } : p)),
  });
  for (const vm of usersOf(host, pg.name)) {
    next = withVm(next, {
      ...vm,
      nics: vm.nics.map((n) => (n.portGroup === pg.name ? { ...n, portGroup: spec.name } : n)),
    });
  }
  return done(
    withHost(ctx.world, next),
    event(
      'network.changed',
      `Port group "${spec.name}" on ${host.name} set to VLAN ${spec.vlan}.`,
      pg.id,
    ),
  );
};

export const removePortGroup: HandlerOf<'removePortGroup'> = (ctx, command) => {
  const at = getPortGroup(ctx, command);
  if (!at.ok) return at;
  const { host, platform, vswitch, pg } = at;
  const users = usersOf(host, pg.name);
  if (users.length > 0)
    return refuse(
      `Port group "${pg.name}" still has vNICs plugged in (${users.map((v) => v.name).join(', ')}): unplug them first.`,
    );
  const next = { ...vswitch, portGroups: vswitch.portGroups.filter((p) => p.id !== pg.id) };
  return done(
    withHost(ctx.world, withSwitch(host, platform, next)),
    event('network.changed', `Port group "${pg.name}" removed from ${host.name}.`, pg.id),
  );
};

/** Plugs a vNIC into a port group of its host's switches, or unplugs it (null). */
export const plugVnic: HandlerOf<'plugVnic'> = (ctx, { vmId, vnicId, portGroup }) => {
  const found = getVm(ctx.world, vmId);
  if (!found.ok) return found;
  const { host, vm } = found;
  const nic = vm.nics.find((n) => n.id === vnicId);
  if (!nic) return refuse(`${vm.name} has no vNIC ${vnicId}.`);
  if (portGroup !== null && !portGroupNames(host).has(portGroup))
    return refuse(`${host.name} has no port group "${portGroup}".`);
  const next: Vm = { ...vm, nics: vm.nics.map((n) => (n.id === vnicId ? { ...n, portGroup } : n)) };
  const text = portGroup
    ? `${vm.name}'s vNIC ${nic.mac} plugged into "${portGroup}".`
    : `${vm.name}'s vNIC ${nic.mac} unplugged.`;
  return done(withHost(ctx.world, withVm(host, next)), event('network.changed', text, vmId));
};
