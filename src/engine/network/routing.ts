import { formatIp, inSubnet, subnetText } from './addr';
import { diagnose, problemDrop } from './diagnose';
import { type Iface, type L3Node, type NetIndex, isLive } from './topology';
import type { Drop } from './types';

/**
 * Layer-3 decisions shared by the packet tracer and the reachability matrix: which interface a
 * packet leaves by and to which next hop, and whether a receiver keeps or forwards it.
 */

/** How a node sends a packet: out of `iface`, to `nextHop` (the destination, or a gateway). */
export interface Route {
  readonly iface: Iface;
  readonly nextHop: number;
  readonly viaGateway: boolean;
}

/** A packet starts at 64 hops to live, as Linux sends it. */
export const INITIAL_TTL = 64;

export const isDrop = (x: object): x is Drop => 'reason' in x;

/**
 * The route a node takes to `dst`: the most specific connected subnet, else the first
 * interface with a gateway inside its own subnet. A router here knows its connected subnets only.
 */
export function route(node: L3Node, dst: number): Route | Drop {
  let best: Iface | null = null;
  for (const i of node.ifaces) {
    if (i.cidr && inSubnet(i.cidr, dst) && (!best || i.cidr.prefix > (best.cidr?.prefix ?? 0)))
      best = i;
  }
  if (best) return { iface: best, nextHop: dst, viaGateway: false };
  for (const i of node.ifaces) {
    if (i.cidr && i.gateway !== null && inSubnet(i.cidr, i.gateway))
      return { iface: i, nextHop: i.gateway, viaGateway: true };
  }
  return { reason: noRouteReason(node, dst), at: node.device };
}

function noRouteReason(node: L3Node, dst: number): string {
  const addressed = node.ifaces.filter((i) => i.cidr);
  if (addressed.length === 0) {
    return node.kind === 'vm'
      ? `${node.name} has no IP address: give its vNIC one, such as 10.0.0.11/24.`
      : `${node.name} has no interface with an address.`;
  }
  const subnets = addressed.map((i) => (i.cidr ? subnetText(i.cidr) : '')).join(', ');
  if (node.kind === 'router') {
    return `${node.name} has no route to ${formatIp(dst)}: it is connected only to ${subnets}, and a router here knows only its connected subnets.`;
  }
  return `${formatIp(dst)} is outside ${node.name}'s subnet ${subnets} and ${node.name} has no gateway, so it has no route there.`;
}

/** The address a learner means by "ping that VM": one in a subnet the source shares, else its first. */
export function targetIface(src: L3Node, dst: L3Node): Iface | null {
  const addressed = dst.ifaces.filter((i) => i.cidr);
  const shared = addressed.find((d) =>
    src.ifaces.some((s) => s.cidr && d.cidr && inSubnet(s.cidr, d.cidr.ip)),
  );
  return shared ?? addressed[0] ?? null;
}

export function ownsIp(node: L3Node, ip: number): boolean {
  return node.ifaces.some((i) => i.cidr?.ip === ip);
}

/** A packet reached a node that neither owns its destination nor forwards. */
export function notARouter(receiver: L3Node, sender: L3Node, dst: number, gw: number): Drop {
  return {
    reason: `${receiver.name} got a packet for ${formatIp(dst)} but does not forward packets: ${sender.name}'s gateway ${formatIp(gw)} is ${receiver.name}'s address, not a router's.`,
    at: receiver.device,
  };
}

export function ttlExpired(node: L3Node): Drop {
  return {
    reason: `The packet's time to live ran out at ${node.name}: it was going round in circles.`,
    at: node.device,
  };
}

/** The live interface answering ARP for `ip` in `from`'s segment, if any. */
export function neighbour(index: NetIndex, from: Iface, ip: number): Iface | null {
  const owners = index.byIp.get(ip);
  if (!owners) return null;
  for (const o of owners) if (o.seg === from.seg && o !== from && isLive(o)) return o;
  return null;
}

export type Leg =
  | { readonly ok: true; readonly egress: Iface; readonly last: Iface; readonly routed: boolean }
  | ({ readonly ok: false } & Drop);

/**
 * One direction of a ping decided from the segments alone, without moving frames: the route,
 * the next hop's presence in the segment, and any router on the way.
 */
export function leg(index: NetIndex, node: L3Node, dst: number, ttl = INITIAL_TTL): Leg {
  let at = node;
  let egress: Iface | null = null;
  let routed = false;
  for (let left = ttl; ; left--) {
    const r = route(at, dst);
    if (isDrop(r)) return { ok: false, ...r };
    if (r.iface.problem) return { ok: false, ...problemDrop(r.iface) };
    egress ??= r.iface;
    const next = neighbour(index, r.iface, r.nextHop);
    if (!next) return { ok: false, ...diagnose(index, r.iface, r.nextHop) };
    if (ownsIp(next.node, dst)) return { ok: true, egress, last: next, routed };
    if (!next.node.forwards) return { ok: false, ...notARouter(next.node, at, dst, r.nextHop) };
    if (left <= 1) return { ok: false, ...ttlExpired(next.node) };
    at = next.node;
    routed = true;
  }
}
