import type { VmId } from '../model/ids';
import type { State } from '../model/types';
import { downFailure, noAddress } from './diagnose';
import { type Leg, legFinder, targetIface } from './routing';
import { type L3Node, netIndex } from './topology';
import type { ReachCell, ReachabilityMatrix } from './types';

/**
 * Which VMs can ping which, decided from the resolved topology without moving frames or
 * touching what the switches learned: per pair, a route lookup and a segment comparison each
 * way, with gateways and routers worked out once. The packet tracer reaches the same outcome
 * with the same reason (the property tests hold it to that).
 */

const OK_DIRECT: ReachCell = { ok: true, routed: false };
const OK_ROUTED: ReachCell = { ok: true, routed: true };

type LegOf = (node: L3Node, dst: number) => Leg;

/** Whether `src` can ping `dst`: echo request there, echo reply back. */
function reachPair(legOf: LegOf, src: L3Node, dst: L3Node): ReachCell {
  const down = downFailure(src);
  if (down) return down;
  const target = targetIface(src, dst);
  if (!target?.cidr) return noAddress(dst);
  const there = legOf(src, target.cidr.ip);
  if (!there.ok) return there;
  const back = legOf(there.last.node, there.egress.cidr?.ip ?? 0);
  if (!back.ok) return back;
  return there.routed || back.routed ? OK_ROUTED : OK_DIRECT;
}

export function reachability(state: State): ReachabilityMatrix {
  const index = netIndex(state.world);
  const legOf = legFinder(index);
  const vms = index.vms;
  const cells = vms.map((src) =>
    vms.map((dst) => (src === dst ? null : reachPair(legOf, src, dst))),
  );
  return {
    vms: vms.map((n) => ({
      id: n.id as VmId,
      name: n.name,
      ip: n.addressed[0]?.ipText ?? null,
    })),
    cells,
  };
}

/** One cell, for a UI that asks about a single pair; null when either VM is unknown or they are the same. */
export function canPing(state: State, src: VmId, dst: VmId): ReachCell | null {
  const index = netIndex(state.world);
  const a = index.nodes.get(src);
  const b = index.nodes.get(dst);
  if (!a || !b || a === b || a.kind !== 'vm' || b.kind !== 'vm') return null;
  return reachPair(legFinder(index), a, b);
}
