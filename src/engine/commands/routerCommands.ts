import { type RouterId, type RouterInterfaceId, macFor } from '../base/ids';
import { event } from '../base/log';
import { type Result, refuse } from '../base/result';
import type { Router, RouterInterface } from '../model/network';
import type { World } from '../model/types';
import { whyNotAddress } from '../network/addr';
import { addressUser, freePort } from '../network/cabling';
import type { RouterLink } from './command';
import { whyNotCable } from './linkCommands';
import { type CommandContext, type HandlerOf, done, made } from './types';
import { checkName, checkWhole, firstProblem } from './validate';

/** Routers on a stick: one cable to a physical switch trunk port, one interface per VLAN. */

function withRouter(world: World, router: Router): World {
  return { ...world, routers: { ...world.routers, [router.id]: router } };
}

function getRouter(world: World, routerId: RouterId): Result<{ router: Router }> {
  const router = world.routers[routerId];
  return router ? { ok: true, router } : refuse(`There is no router ${routerId}.`);
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

export const addRouter: HandlerOf<'addRouter'> = (ctx, { spec }) => {
  const { world } = ctx;
  const link = spec.link === undefined ? defaultLink(world) : spec.link;
  const interfaces = spec.interfaces ?? [];
  const vlans = new Set(interfaces.map((i) => i.vlan));
  const problem = firstProblem(
    checkName('A router name', spec.name),
    Object.values(world.routers).some((r) => r.name === spec.name)
      ? `There is already a router named ${spec.name}.`
      : null,
    whyNotCable(world, link, null),
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
  return made(
    router.id,
    withRouter(world, router),
    event(
      'network.changed',
      `Router ${router.name} added, ${whereText(world, link)}, with ${router.interfaces.length} interface${router.interfaces.length === 1 ? '' : 's'}.`,
      router.id,
    ),
  );
};

export const updateRouter: HandlerOf<'updateRouter'> = (ctx, { routerId, patch }) => {
  const { world } = ctx;
  const found = getRouter(world, routerId);
  if (!found.ok) return found;
  const { router } = found;
  const next: Router = { ...router, ...patch };
  const problem = firstProblem(
    checkName('A router name', next.name),
    Object.values(world.routers).some((r) => r.name === next.name && r.id !== routerId)
      ? `There is already a router named ${next.name}.`
      : null,
    whyNotCable(world, next.link, router.name),
  );
  if (problem) return refuse(problem);
  return done(
    withRouter(world, next),
    event('network.changed', `Router ${next.name} is ${whereText(world, next.link)}.`, routerId),
  );
};

export const removeRouter: HandlerOf<'removeRouter'> = (ctx, { routerId }) => {
  const found = getRouter(ctx.world, routerId);
  if (!found.ok) return found;
  const { router } = found;
  const routers = { ...ctx.world.routers };
  delete routers[routerId];
  return done(
    { ...ctx.world, routers },
    event('network.changed', `Router ${router.name} removed.`, routerId),
  );
};

/** Adds the router's interface in `vlan`, or changes its address when it has one there. */
export const setRouterInterface: HandlerOf<'setRouterInterface'> = (
  ctx,
  { routerId, vlan, ip },
) => {
  const found = getRouter(ctx.world, routerId);
  if (!found.ok) return found;
  const { router } = found;
  const existing = router.interfaces.find((i) => i.vlan === vlan);
  const problem = checkInterface(ctx.world, vlan, ip, existing?.id ?? '');
  if (problem) return refuse(problem);
  const fresh = existing ? null : newInterface(ctx, vlan, ip);
  const interfaces = fresh
    ? [...router.interfaces, fresh]
    : router.interfaces.map((i) => (i.id === existing?.id ? { ...i, ip } : i));
  const world = withRouter(ctx.world, { ...router, interfaces });
  const text = `Router ${router.name}'s interface in VLAN ${vlan} has the address ${ip}.`;
  const changed = event('network.changed', text, routerId);
  return fresh ? made(fresh.id, world, changed) : done(world, changed);
};

export const removeRouterInterface: HandlerOf<'removeRouterInterface'> = ({ world }, c) => {
  const found = getRouter(world, c.routerId);
  if (!found.ok) return found;
  const { router } = found;
  const interfaces = router.interfaces.filter((i) => i.vlan !== c.vlan);
  if (interfaces.length === router.interfaces.length)
    return refuse(`${router.name} has no interface in VLAN ${c.vlan}.`);
  const text = `Router ${router.name}'s interface in VLAN ${c.vlan} removed.`;
  return done(
    withRouter(world, { ...router, interfaces }),
    event('network.changed', text, router.id),
  );
};
