import type { VmId } from '../base/ids';
import type { State } from '../model/types';
import { downFailure, noAddress, problemDrop } from './diagnose';
import { type Leg, Legs, noRoute, targetIface } from './routing';
import { type Iface, type L3Node, isLive, netIndex } from './topology';
import type { Failure, ReachCell, ReachabilityMatrix } from './types';

/**
 * Which VMs can ping which, decided from the resolved topology without moving frames or
 * touching what the switches learned. The packet tracer reaches the same outcome with the
 * same reason (the property tests hold it to that).
 *
 * Every cell could be decided by `reachPair`, two legs of route lookups. A matrix of 500 VMs
 * has a quarter of a million cells, so the common case (VMs with one address each) first
 * goes through a plan made once per VM: its subnet, its segment, and where its packets for
 * other subnets go. Anything the plan does not settle falls back to `reachPair`.
 */

const OK_DIRECT: ReachCell = { ok: true, routed: false };
const OK_ROUTED: ReachCell = { ok: true, routed: true };

/** Whether `src` can ping `dst`: echo request there, echo reply back. */
function reachPair(legs: Legs, src: L3Node, dst: L3Node): ReachCell {
  const down = downFailure(src);
  if (down) return down;
  const target = targetIface(src, dst);
  if (!target?.cidr) return noAddress(dst);
  const there = legs.leg(src, target.cidr.ip);
  if (!there.ok) return there;
  const back = legs.leg(there.last.node, there.egress.cidr?.ip ?? 0);
  if (!back.ok) return back;
  return there.routed || back.routed ? OK_ROUTED : OK_DIRECT;
}

/** What a VM with one address, held by no one else, does with any packet it sends. */
interface Plan {
  readonly iface: Iface;
  readonly ip: number;
  readonly live: boolean;
  /** For packets to other subnets: the router they go through, or why they go nowhere. */
  readonly away: { readonly router: L3Node; readonly legs: (Leg | undefined)[] } | Failure | null;
}

/** Not settled by the plans: ask `reachPair`. */
const ASK = null;

/** One direction between two planned VMs: ok (routed or not), a failure, or ASK. */
function planned(legs: Legs, from: Plan, to: Plan, toIndex: number): Failure | boolean | null {
  const i = from.iface;
  if ((to.ip & i.mask) === i.net) {
    if (i.problem) return problemDrop(i);
    return to.iface.seg === i.seg && to.live ? false : ASK;
  }
  const away = from.away;
  if (!away) return ASK;
  if (!('router' in away)) return away;
  let leg = away.legs[toIndex];
  if (!leg) {
    leg = legs.onward(away.router, to.ip);
    away.legs[toIndex] = leg;
  }
  if (!leg.ok) return leg;
  return leg.last === to.iface ? true : ASK;
}

function makePlans(legs: Legs, vms: readonly L3Node[]): (Plan | null)[] {
  const routerLegs = new Map<L3Node, (Leg | undefined)[]>();
  return vms.map((node) => {
    const iface = node.addressed[0];
    const ip = iface?.cidr?.ip;
    if (node.addressed.length !== 1 || !iface || ip === undefined) return null;
    if (legs.index.byIp.get(ip)?.length !== 1) return null;
    let away: Plan['away'] = null;
    const gw = node.gatewayIface;
    if (!gw) {
      away = noRoute(node, ip);
    } else {
      const hop = legs.offSubnet(node, ip);
      if (!('key' in hop)) away = hop;
      else if (hop.node.forwards) {
        let shared = routerLegs.get(hop.node);
        if (!shared) {
          shared = new Array<Leg | undefined>(vms.length).fill(undefined);
          routerLegs.set(hop.node, shared);
        }
        away = { router: hop.node, legs: shared };
      }
    }
    return { iface, ip, live: isLive(iface), away };
  });
}

export function reachability(state: State): ReachabilityMatrix {
  const index = netIndex(state.world);
  const legs = new Legs(index);
  const vms = index.vms;
  const plans = makePlans(legs, vms);
  const cells = vms.map((src, i) => {
    const from = plans[i];
    const down = downFailure(src);
    return vms.map((dst, j): ReachCell | null => {
      if (i === j) return null;
      const to = plans[j];
      if (!from || !to || down) return down ?? reachPair(legs, src, dst);
      const there = planned(legs, from, to, j);
      if (there === ASK) return reachPair(legs, src, dst);
      if (typeof there !== 'boolean') return there;
      const back = planned(legs, to, from, i);
      if (back === ASK) return reachPair(legs, src, dst);
      if (typeof back !== 'boolean') return back;
      return there || back ? OK_ROUTED : OK_DIRECT;
    });
  });
  return {
    vms: vms.map((v) => ({ id: v.id as VmId, name: v.name, ip: v.addressed[0]?.ipText ?? null })),
    cells,
  };
}

/** One cell, for a UI that asks about a single pair; null when either VM is unknown or they are the same. */
export function canPing(state: State, src: VmId, dst: VmId): ReachCell | null {
  const index = netIndex(state.world);
  const a = index.nodes.get(src);
  const b = index.nodes.get(dst);
  if (!a || !b || a === b || a.kind !== 'vm' || b.kind !== 'vm') return null;
  return reachPair(new Legs(index), a, b);
}
