import type { Result } from '../base/result';
import { formatIp, subnetText } from './addr';
import { diagnose, failure, problemDrop } from './diagnose';
import { type Iface, type L3Node, type NetIndex, inSubnetOf, isLive } from './topology';
import type { Drop, Failure } from './types';

/**
 * Layer-3 decisions shared by the packet tracer and the reachability matrix: which interface a
 * packet leaves by and to which next hop, and whether a receiver keeps or forwards it.
 *
 * A router here knows its connected subnets only, and VMs do not forward, so a packet passes
 * at most one router: source, perhaps its gateway, destination.
 */

/** How a node sends a packet: out of `iface`, to `nextHop` (the destination, or a gateway). */
export interface Route {
  readonly iface: Iface;
  readonly nextHop: number;
  readonly viaGateway: boolean;
}

/** A packet starts with 64 hops to live, as Linux sends it; each router takes one off. */
export const INITIAL_TTL = 64;

/** The interface of the most specific connected subnet holding `dst`, if any. */
function connected(node: L3Node, dst: number): Iface | null {
  let best: Iface | null = null;
  for (const i of node.addressed) {
    if ((dst & i.mask) === i.net && (!best || (i.cidr?.prefix ?? 0) > (best.cidr?.prefix ?? 0)))
      best = i;
  }
  return best;
}

/** The route a node takes to `dst`: the most specific connected subnet, else its gateway. */
export function route(node: L3Node, dst: number): Result<Route, Drop> {
  const direct = connected(node, dst);
  if (direct) return { ok: true, iface: direct, nextHop: dst, viaGateway: false };
  const gw = node.gatewayIface;
  if (gw?.gateway != null) return { ok: true, iface: gw, nextHop: gw.gateway, viaGateway: true };
  return noRoute(node, dst);
}

const noRoutes = new WeakMap<L3Node, Failure>();

/** Why a node has no route to `dst`; for a VM the same for every destination, so shared. */
export function noRoute(node: L3Node, dst: number): Failure {
  const cached = noRoutes.get(node);
  if (cached) return cached;
  const addressed = node.addressed;
  const subnets = addressed.map((i) => (i.cidr ? subnetText(i.cidr) : '')).join(', ');
  if (node.kind === 'router') {
    const reason =
      addressed.length === 0
        ? `${node.name} has no interface with an address.`
        : `${node.name} has no route to ${formatIp(dst)}: it is connected only to ${subnets}, and a router here knows only its connected subnets.`;
    return failure(reason, node.device);
  }
  const reason =
    addressed.length === 0
      ? `${node.name} has no IP address: give its vNIC one, such as 10.0.0.11/24.`
      : `${node.name} has no gateway, so it reaches only its own subnet${addressed.length > 1 ? 's' : ''} ${subnets}.`;
  const shared = failure(reason, node.device);
  noRoutes.set(node, shared);
  return shared;
}

/** The address a learner means by "ping that VM": one in a subnet the source shares, else its first. */
export function targetIface(src: L3Node, dst: L3Node): Iface | null {
  const only = dst.addressed.length === 1 ? dst.addressed[0] : undefined;
  if (only) return only;
  for (const d of dst.addressed) {
    for (const s of src.addressed) if (d.cidr && inSubnetOf(s, d.cidr.ip)) return d;
  }
  return dst.addressed[0] ?? null;
}

export function ownsIp(node: L3Node, ip: number): boolean {
  for (const i of node.addressed) if (i.cidr?.ip === ip) return true;
  return false;
}

/** A sender's gateway is the address of a VM, which drops packets that are not for it. */
export function notARouter(receiver: L3Node, sender: Iface): Failure {
  return failure(
    `${sender.node.name}'s gateway ${formatIp(sender.gateway ?? 0)} is ${receiver.name}'s address, and ${receiver.name} is not a router: it drops packets that are not for it.`,
    receiver.device,
  );
}

/** The live interface answering ARP for `ip` in `from`'s segment, if any. */
export function neighbour(index: NetIndex, from: Iface, ip: number): Iface | null {
  const owners = index.byIp.get(ip);
  if (!owners) return null;
  for (const o of owners) if (o.seg === from.seg && o !== from && isLive(o)) return o;
  return null;
}

/** A packet's way to its next stop: out of `egress`, received by `last`, through a router or not. */
export type Leg = Result<
  { readonly egress: Iface; readonly last: Iface; readonly routed: boolean },
  Drop
>;

/** Delivery within `iface`'s segment to the owner of `dst`, as ARP finds it. */
function direct(index: NetIndex, iface: Iface, dst: number, routed: boolean, egress: Iface): Leg {
  if (iface.problem) return problemDrop(iface);
  const next = neighbour(index, iface, dst);
  if (!next) return diagnose(index, iface, dst);
  return { ok: true, egress, last: next, routed };
}

/**
 * One direction of a ping decided from the segments alone, without moving frames: the same
 * route, ARP and forwarding decisions the tracer makes, in the same order, with the same
 * reasons. It remembers, for one world, where each VM's off-subnet packets go and each
 * router's way on to each destination, so a matrix asks each of those once.
 */
export class Legs {
  private readonly away = new Map<L3Node, Iface | Failure>();
  private readonly onwardLegs = new Map<L3Node, Map<number, Leg>>();

  constructor(readonly index: NetIndex) {}

  leg(node: L3Node, dst: number): Leg {
    const local = connected(node, dst);
    if (local) return direct(this.index, local, dst, false, local);
    const hop = this.offSubnet(node, dst);
    if (!('key' in hop)) return hop;
    const gw = node.gatewayIface as Iface;
    if (ownsIp(hop.node, dst)) return { ok: true, egress: gw, last: hop, routed: false };
    if (!hop.node.forwards) return notARouter(hop.node, gw);
    const rest = this.onward(hop.node, dst);
    return rest.ok ? { ok: true, egress: gw, last: rest.last, routed: true } : rest;
  }

  /**
   * Where a node's packets for other subnets go: the interface that answers ARP for its
   * gateway, or why they go nowhere (no gateway, the gateway's vNIC unplugged, nobody answers).
   * For a VM this does not depend on the destination, so it is worked out once.
   */
  offSubnet(node: L3Node, dst: number): Iface | Failure {
    let hop = this.away.get(node);
    if (!hop) {
      const gw = node.gatewayIface;
      if (!gw || gw.gateway === null) return noRoute(node, dst);
      hop = gw.problem
        ? problemDrop(gw)
        : (neighbour(this.index, gw, gw.gateway) ?? diagnose(this.index, gw, gw.gateway));
      this.away.set(node, hop);
    }
    return hop;
  }

  /** A router's way on to `dst`, out of its connected interface in that subnet. */
  onward(router: L3Node, dst: number): Leg {
    let legs = this.onwardLegs.get(router);
    if (!legs) {
      legs = new Map();
      this.onwardLegs.set(router, legs);
    }
    let result = legs.get(dst);
    if (!result) {
      const out = connected(router, dst);
      result = out ? direct(this.index, out, dst, true, out) : noRoute(router, dst);
      legs.set(dst, result);
    }
    return result;
  }
}
