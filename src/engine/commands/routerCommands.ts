import { type PhysicalSwitchId, type RouterId, type RouterInterfaceId, macFor } from '../base/ids';
import type { Router, RouterInterface } from '../model/network';
import type { World } from '../model/types';
import { whyNotAddress } from '../network/addr';
import { addressUser, freePort, portKey, portsInUse } from '../network/cabling';
import { event } from '../base/log';
import { type CommandContext, type Outcome, done, refuse } from './types';
import { checkName, checkWhole, firstProblem } from './validate';

/** Routers on a stick: one cable to a physical switch trunk port, one interface per VLAN. */

export type RouterLink = { readonly switchId: PhysicalSwitchId; readonly port: number };

export interface RouterSpec {
  readonly name: string;
  /** Where its cable goes; omitted: the first free port of the first physical switch; null: unplugged. */
  readonly link?: RouterLink | null;
  /** Its interfaces, one per VLAN, each with an address and prefix length. */
  readonly interfaces?: readonly { readonly vlan: number; readonly ip: string }[];
}

function withRouter(world: World, router: Router): World {
  return { ...world, routers: { ...world.routers, [router.id]: router } };
}

function getRouter(world: World, routerId: RouterId): Router | string {
  return world.routers[routerId] ?? `There is no router ${routerId}.`;
}

function checkLink(world: World, link: RouterLink | null, self: string | null): string | null {
  if (!link) return null;
  const sw = world.physicalSwitches[link.switchId];
  if (!sw) return `There is no physical switch ${link.switchId}.`;
  const bad = checkWhole(`A port of ${sw.name}`, link.port, 1, sw.portCount);
  if (bad) return bad;
  const user = portsInUse(world).get(portKey(link.switchId, link.port));
  return user && user !== self ? `${sw.name} port ${link.port} is taken by ${user}.` : null;
}

function checkInterface(world: World, vlan: number, ip: string, except: string): string | null {
  const user = addressUser(world, ip, except);
  return firstProblem(
    checkWhole('A router interface VLAN', vlan, 0, 4094),
    whyNotAddress('A router interface address', ip),
    user ? `${ip.split('/')[0] ?? ip} is already the address of ${user}.` : null,
  );
}

function newInterface(ctx: CommandContext, vlan: number, ip: string): RouterInterface {
  const id = ctx.ids.take<RouterInterfaceId>('routerInterface');
  return { id, vlan, ip, mac: macFor(Number(id.split('-')[1])) };
}

function defaultLink(world: World): RouterLink | null {
  const sw = Object.values(world.physicalSwitches)[0];
  const port = sw ? freePort(world, sw.id) : null;
  return sw && port !== null ? { switchId: sw.id, port } : null;
}

const whereText = (world: World, link: RouterLink | null) =>
  link
    ? `cabled to ${world.physicalSwitches[link.switchId]?.name ?? link.switchId} port ${link.port}`
    : 'not cabled';

export function addRouter(ctx: CommandContext, spec: RouterSpec): Outcome {
  const { world } = ctx;
  const link = spec.link === undefined ? defaultLink(world) : spec.link;
  const interfaces = spec.interfaces ?? [];
  const vlans = new Set(interfaces.map((i) => i.vlan));
  const problem = firstProblem(
    checkName('A router name', spec.name),
    Object.values(world.routers).some((r) => r.name === spec.name)
      ? `There is already a router named ${spec.name}.`
      : null,
    checkLink(world, link, null),
    vlans.size < interfaces.length ? 'A router has one interface per VLAN.' : null,
    ...interfaces.map((i) => checkInterface(world, i.vlan, i.ip, '')),
  );
  if (problem) return refuse(problem);
  const ips = new Set(interfaces.map((i) => i.ip.split('/')[0]));
  if (ips.size < interfaces.length) return refuse('Each router interface needs its own address.');
  const router: Router = {
    id: ctx.ids.take<RouterId>('router'),
    name: spec.name,
    link,
    interfaces: interfaces.map((i) => newInterface(ctx, i.vlan, i.ip)),
  };
  return done(
    withRouter(world, router),
    event(
      'network.changed',
      `Router ${router.name} added, ${whereText(world, link)}, with ${router.interfaces.length} interface${router.interfaces.length === 1 ? '' : 's'}.`,
      router.id,
    ),
  );
}

export function updateRouter(
  ctx: CommandContext,
  routerId: RouterId,
  patch: { readonly name?: string; readonly link?: RouterLink | null },
): Outcome {
  const { world } = ctx;
  const router = getRouter(world, routerId);
  if (typeof router === 'string') return refuse(router);
  const next: Router = { ...router, ...patch };
  const problem = firstProblem(
    checkName('A router name', next.name),
    Object.values(world.routers).some((r) => r.name === next.name && r.id !== routerId)
      ? `There is already a router named ${next.name}.`
      : null,
    checkLink(world, next.link, router.name),
  );
  if (problem) return refuse(problem);
  return done(
    withRouter(world, next),
    event('network.changed', `Router ${next.name} is ${whereText(world, next.link)}.`, routerId),
  );
}

export function removeRouter(ctx: CommandContext, routerId: RouterId): Outcome {
  const router = getRouter(ctx.world, routerId);
  if (typeof router === 'string') return refuse(router);
  const routers = { ...ctx.world.routers };
  delete routers[routerId];
  return done(
    { ...ctx.world, routers },
    event('network.changed', `Router ${router.name} removed.`, routerId),
  );
}

/** Adds the router's interface in `vlan`, or changes its address when it has one there. */
export function setRouterInterface(
  ctx: CommandContext,
  routerId: RouterId,
  vlan: number,
  ip: string,
): Outcome {
  const router = getRouter(ctx.world, routerId);
  if (typeof router === 'string') return refuse(router);
  const existing = router.interfaces.find((i) => i.vlan === vlan);
  const problem = checkInterface(ctx.world, vlan, ip, existing?.id ?? '');
  if (problem) return refuse(problem);
  const interfaces = existing
    ? router.interfaces.map((i) => (i.id === existing.id ? { ...i, ip } : i))
    : [...router.interfaces, newInterface(ctx, vlan, ip)];
  return done(
    withRouter(ctx.world, { ...router, interfaces }),
    event(
      'network.changed',
      `Router ${router.name}'s interface in VLAN ${vlan} has the address ${ip}.`,
      routerId,
    ),
  );
}

export function removeRouterInterface(
  ctx: CommandContext,
  routerId: RouterId,
  vlan: number,
): Outcome {
  const router = getRouter(ctx.world, routerId);
  if (typeof router === 'string') return refuse(router);
  if (!router.interfaces.some((i) => i.vlan === vlan))
    return refuse(`${router.name} has no interface in VLAN ${vlan}.`);
  return done(
    withRouter(ctx.world, {
      ...router,
      interfaces: router.interfaces.filter((i) => i.vlan !== vlan),
    }),
    event(
      'network.changed',
      `Router ${router.name}'s interface in VLAN ${vlan} removed.`,
      routerId,
    ),
  );
}
