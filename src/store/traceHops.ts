import type { DeviceKind, DeviceRef, Hop, Trace } from '../engine/read';

/**
 * Where a packet trace's hops sit on the canvas: which edge a frame travelled to reach a hop,
 * which way along it, and which nodes and edges to light up. Pure, so it is unit-tested.
 *
 * Edge ids follow toFlow: a vNIC edge is the vNIC's id (VM → virtual switch), an uplink is
 * `${switchId}-${nicId}` (virtual switch → host's NIC), a cable is `${nicId}-wire` (host's NIC →
 * physical switch) and a router's cable is `${routerId}-wire` (physical switch → router).
 */

/** Top to bottom of the drawing; every edge's source sits above its target. */
const RANK: Record<DeviceKind, number> = { vm: 0, vswitch: 1, pnic: 2, pswitch: 3, router: 4 };

export interface HopEdge {
  readonly id: string;
  /** True when the frame moves from the edge's source to its target. */
  readonly forward: boolean;
}

/** The edge toFlow draws between two devices; `hop` is the one the frame arrived at. */
function edgeBetween(from: DeviceRef, hop: Hop): string | null {
  const [upper, lower] =
    RANK[from.kind] < RANK[hop.device.kind] ? [from, hop.device] : [hop.device, from];
  // Either way along a vNIC, the hop the frame arrives at names the vNIC as its in port.
  if (upper.kind === 'vm' && lower.kind === 'vswitch') return hop.inPort?.id ?? null;
  if (upper.kind === 'vswitch' && lower.kind === 'pnic') return `${upper.id}-${lower.id}`;
  if (upper.kind === 'pnic' && lower.kind === 'pswitch') return `${upper.id}-wire`;
  if (upper.kind === 'pswitch' && lower.kind === 'router') return `${lower.id}-wire`;
  return null;
}

/** The edge a frame crossed to reach hop `step`; null when no frame moved between devices. */
export function hopEdge(trace: Trace, step: number): HopEdge | null {
  const hop = trace.hops[step];
  if (!hop?.frame || hop.parent === null) return null;
  const from = trace.hops[hop.parent]?.device;
  if (!from || from.id === hop.device.id) return null;
  const id = edgeBetween(from, hop);
  return id === null ? null : { id, forward: RANK[from.kind] < RANK[hop.device.kind] };
}

/** Nodes and edges to light up at hop `step`: the device, its host, the edge the frame took. */
export function hopHighlight(trace: Trace, step: number): string[] {
  const hop = trace.hops[step];
  if (!hop) return [];
  const edge = hopEdge(trace, step);
  return edge ? [...hop.highlight, edge.id] : [...hop.highlight];
}

/**
 * The devices a packet passed from where it was sent to hop `step`, in order. Only hops of that
 * hop's phase count, so the ARP exchanges on the way (to the gateway, by the router) drop out.
 */
export function pathTo(trace: Trace, step: number): string[] {
  const phase = trace.hops[step]?.phase;
  const names: string[] = [];
  for (let h = trace.hops[step]; h; h = h.parent === null ? undefined : trace.hops[h.parent]) {
    if (h.phase === phase && names[0] !== h.device.name) names.unshift(h.device.name);
  }
  return names;
}

/** Whether any hop of a phase reached its device over a physical cable. */
export function phaseCrossedWire(trace: Trace, phase: Hop['phase']): boolean {
  return trace.hops.some((h) => h.phase === phase && h.wire);
}

/** The hop where the echo request (or reply) reached the VM it was for; -1 when it never did. */
export function deliveredAt(trace: Trace, phase: 'echo-request' | 'echo-reply'): number {
  return trace.hops.findIndex((h) => h.phase === phase && h.action === 'deliver');
}
