import type { HostId, NicId, PhysicalSwitchId } from '../base/ids';
import { event } from '../base/log';
import { type Result, refuse } from '../base/result';
import type { Host, PhysicalNic, PhysicalSwitch, World } from '../model/types';
import { getHost, withHost } from '../model/world';
import { portKey, portsInUse } from '../network/cabling';
import { netIndex } from '../network/topology';
import type { RouterLink } from './command';
import { type HandlerOf, done, made } from './types';
import { checkName, checkWhole, firstProblem } from './validate';

/** The physical network: links up and down, cables, physical switches and their ports. */

/** Most ports a physical switch may have (a large modular chassis); the scenario schema agrees. */
const SWITCH_PORTS = [1, 1024] as const;

/** What a change did to the uplinks the virtual switches use: failover, failback, none left. */
function uplinkChanges(before: World, after: World): string {
  const was = netIndex(before).vswitches;
  const sentences: string[] = [];
  for (const [id, now] of netIndex(after).vswitches) {
    const then = was.get(id)?.uplink.nic?.nic;
    const next = now.uplink.nic?.nic;
    if (then?.id === next?.id) continue;
    const sw = now.device.name;
    if (!next) sentences.push(`${sw} has no working uplink left: its VMs reach only each other.`);
    else if (!then) sentences.push(`${sw} sends through ${next.name} again.`);
    else if (now.uplink.failover)
      sentences.push(`${sw} fails over from ${then.name} to standby ${next.name}.`);
    else sentences.push(`${sw} goes back to ${next.name}.`);
  }
  return sentences.length > 0 ? ` ${sentences.join(' ')}` : '';
}

function getNic(
  world: World,
  hostId: HostId,
  nicId: NicId,
): Result<{ host: Host; nic: PhysicalNic }> {
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const nic = found.host.nics.find((n) => n.id === nicId);
  if (!nic) return refuse(`${found.host.name} has no physical NIC ${nicId}.`);
  return { ok: true, host: found.host, nic };
}

function withNicChange(host: Host, nicId: NicId, change: Partial<Host['nics'][number]>): Host {
  return { ...host, nics: host.nics.map((n) => (n.id === nicId ? { ...n, ...change } : n)) };
}

/** A NIC's link fails (or comes back): the cable, the port on the card, the transceiver. */
export const setNicLink: HandlerOf<'setNicLink'> = (ctx, { hostId, nicId, up }) => {
  const found = getNic(ctx.world, hostId, nicId);
  if (!found.ok) return found;
  const { host, nic } = found;
  if (nic.up === up)
    return refuse(`${host.name}/${nic.name}'s link is already ${up ? 'up' : 'down'}.`);
  const world = withHost(ctx.world, withNicChange(host, nicId, { up }));
  return done(
    world,
    event(
      'network.changed',
      `${host.name}/${nic.name}'s link is ${up ? 'up' : 'down'}.${uplinkChanges(ctx.world, world)}`,
      nicId,
      hostId,
    ),
  );
};

/** Plugs a NIC's cable into a physical switch port, or unplugs it (null). */
export const cableNic: HandlerOf<'cableNic'> = (ctx, { hostId, nicId, link }) => {
  const found = getNic(ctx.world, hostId, nicId);
  if (!found.ok) return found;
  const { host, nic } = found;
  const name = `${host.name}/${nic.name}`;
  const problem = whyNotCable(ctx.world, link, name);
  if (problem) return refuse(problem);
  const world = withHost(ctx.world, withNicChange(host, nicId, { link }));
  const where = link
    ? `cabled to ${ctx.world.physicalSwitches[link.switchId]?.name ?? ''} port ${link.port}`
    : 'unplugged';
  return done(
    world,
    event(
      'network.changed',
      `${name} is ${where}.${uplinkChanges(ctx.world, world)}`,
      nicId,
      hostId,
    ),
  );
};

/** Why a cable cannot go to that port (no such switch or port, or taken by another than `self`), or null. */
export function whyNotCable(
  world: World,
  link: RouterLink | null,
  self: string | null,
): string | null {
  if (!link) return null;
  const sw = world.physicalSwitches[link.switchId];
  if (!sw) return `There is no physical switch ${link.switchId}.`;
  const bad = checkWhole(`A port of ${sw.name}`, link.port, 1, sw.portCount);
  if (bad) return bad;
  const user = portsInUse(world).get(portKey(link.switchId, link.port));
  return user && user !== self ? `${sw.name} port ${link.port} is taken by ${user}.` : null;
}

function getSwitch(world: World, switchId: PhysicalSwitchId): Result<{ sw: PhysicalSwitch }> {
  const sw = world.physicalSwitches[switchId];
  return sw ? { ok: true, sw } : refuse(`There is no physical switch ${switchId}.`);
}

function withSwitch(world: World, sw: PhysicalSwitch): World {
  return { ...world, physicalSwitches: { ...world.physicalSwitches, [sw.id]: sw } };
}

/** A port of a physical switch is shut down (or brought back): whatever is cabled there loses its link. */
export const setSwitchPort: HandlerOf<'setSwitchPort'> = (ctx, { switchId, port, up }) => {
  const found = getSwitch(ctx.world, switchId);
  if (!found.ok) return found;
  const { sw } = found;
  const bad = checkWhole(`A port of ${sw.name}`, port, 1, sw.portCount);
  if (bad) return refuse(bad);
  const isDown = sw.downPorts.includes(port);
  if (isDown === !up) return refuse(`${sw.name} port ${port} is already ${up ? 'up' : 'down'}.`);
  const downPorts = up
    ? sw.downPorts.filter((p) => p !== port)
    : [...sw.downPorts, port].sort((a, b) => a - b);
  const world = withSwitch(ctx.world, { ...sw, downPorts });
  const user = portsInUse(ctx.world).get(portKey(switchId, port));
  return done(
    world,
    event(
      'network.changed',
      `${sw.name} port ${port}${user ? ` (${user})` : ''} is ${up ? 'up' : 'down'}.${uplinkChanges(ctx.world, world)}`,
      switchId,
    ),
  );
};

export interface PhysicalSwitchSpec {
  readonly name: string;
  readonly portCount: number;
}

function checkSwitchSpec(world: World, spec: PhysicalSwitchSpec, self: string | null) {
  return firstProblem(
    checkName('A switch name', spec.name),
    checkWhole('Port count', spec.portCount, ...SWITCH_PORTS),
    Object.values(world.physicalSwitches).some((s) => s.name === spec.name && s.id !== self)
      ? `There is already a physical switch named ${spec.name}.`
      : null,
  );
}

export const addPhysicalSwitch: HandlerOf<'addPhysicalSwitch'> = (ctx, { spec }) => {
  const problem = checkSwitchSpec(ctx.world, spec, null);
  if (problem) return refuse(problem);
  const sw: PhysicalSwitch = {
    id: ctx.ids.take<PhysicalSwitchId>('physicalSwitch'),
    name: spec.name,
    portCount: spec.portCount,
    downPorts: [],
  };
  return made(
    sw.id,
    withSwitch(ctx.world, sw),
    event('network.changed', `Physical switch ${sw.name} added with ${sw.portCount} ports.`, sw.id),
  );
};

/** Renames a physical switch or changes its port count; ports in use must remain. */
export const updatePhysicalSwitch: HandlerOf<'updatePhysicalSwitch'> = (
  ctx,
  { switchId, spec },
) => {
  const found = getSwitch(ctx.world, switchId);
  if (!found.ok) return found;
  const { sw } = found;
  const problem = checkSwitchSpec(ctx.world, spec, switchId);
  if (problem) return refuse(problem);
  for (const [key, user] of portsInUse(ctx.world)) {
    const port = Number(key.slice(key.lastIndexOf(':') + 1));
    if (key.startsWith(`${switchId}:`) && port > spec.portCount)
      return refuse(
        `${user} is cabled to port ${port} of ${sw.name}: unplug it before removing that port.`,
      );
  }
  const next: PhysicalSwitch = {
    ...sw,
    name: spec.name,
    portCount: spec.portCount,
    downPorts: sw.downPorts.filter((p) => p <= spec.portCount),
  };
  return done(
    withSwitch(ctx.world, next),
    event('network.changed', `Physical switch ${next.name} has ${next.portCount} ports.`, switchId),
  );
};

export const removePhysicalSwitch: HandlerOf<'removePhysicalSwitch'> = (ctx, { switchId }) => {
  const found = getSwitch(ctx.world, switchId);
  if (!found.ok) return found;
  const { sw } = found;
  const users = [...portsInUse(ctx.world)]
    .filter(([key]) => key.startsWith(`${switchId}:`))
    .map(([, user]) => user);
  if (users.length > 0)
    return refuse(
      `${sw.name} still has cables plugged in (${users.join(', ')}): unplug them first.`,
    );
  const physicalSwitches = { ...ctx.world.physicalSwitches };
  delete physicalSwitches[switchId];
  return done(
    { ...ctx.world, physicalSwitches },
    event('network.changed', `Physical switch ${sw.name} removed.`, switchId),
  );
};
