import type { VmId } from '../model/ids';
import type { State } from '../model/types';
import { type Leg, leg, targetIface } from './routing';
import { type L3Node, type NetIndex, netIndex } from './topology';
import type { ReachCell, ReachabilityMatrix } from './types';

/**
 * Which VMs can ping which, decided from the resolved topology without moving frames or
 * touching what the switches learned. Each pair costs a route lookup and a segment comparison
 * per direction, so 500 VMs (250 000 pairs) stay well inside a frame's worth of work budget.
 * The packet tracer reaches the same outcome with the same reason (tests hold it to that).
 */

const OK_DIRECT: ReachCell = { ok: true, routed: false };
const OK_ROUTED: ReachCell = { ok: true, routed: true };

const failed = (l: Leg & { ok: false }): ReachCell => ({ ok: false, reason: l.reason, at: l.at });

/** Whether `src` can ping `dst`: echo request there, echo reply back. */
export function reachPair(index: NetIndex, src: L3Node, dst: L3Node): ReachCell {
  if (src.down) return { ok: false, reason: src.down, at: src.device };
  const target = targetIface(src, dst);
  if (!target?.cidr) {
    return {
      ok: false,
      reason: `${dst.name} has no IP address, so there is nothing to ping.`,
      at: dst.device,
    };
  }
  const there = leg(index, src, target.cidr.ip);
  if (!there.ok) return failed(there);
  const back = leg(index, there.last.node, there.egress.cidr?.ip ?? 0);
  if (!back.ok) return failed(back);
  return there.routed || back.routed ? OK_ROUTED : OK_DIRECT;
}

export function reachability(state: State): ReachabilityMatrix {
  const index = netIndex(state.world);
  const vms = index.vms;
  const cells = vms.map((src) =>
    vms.map((dst) => (src === dst ? null : reachPair(index, src, dst))),
  );
  return {
    vms: vms.map((n) => ({
      id: n.id as VmId,
      name: n.name,
      ip: n.ifaces.find((i) => i.ipText)?.ipText ?? null,
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
  return reachPair(index, a, b);
}
