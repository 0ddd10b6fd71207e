import type { DeviceRef, Frame, Hop, HopAction, PortRef, TracePhase } from './types';

/** What a caller says about a hop; the recorder numbers it and fills in the rest. */
export interface HopInit {
  readonly parent: number | null;
  readonly device: DeviceRef;
  readonly action: HopAction;
  readonly text: string;
  readonly inPort?: PortRef | null;
  readonly outPorts?: readonly PortRef[];
  readonly frame?: Frame | null;
  /** The VLAN the frame belongs to at this device. */
  readonly vlan?: number | null;
  readonly tagOp?: 'push' | 'pop' | null;
  readonly learned?: Hop['learned'];
  readonly lookup?: Hop['lookup'];
  readonly wire?: boolean;
  readonly reason?: string | null;
}

const NONE: readonly PortRef[] = [];

/** Collects the hops of one ping in the order frames move. */
export class TraceRecorder {
  readonly hops: Hop[] = [];
  /** Set once any frame crosses a physical cable. */
  wire = false;
  phase: TracePhase = 'echo-request';

  add(h: HopInit): number {
    const step = this.hops.length;
    const frame = h.frame ?? null;
    const wire = h.wire ?? false;
    if (wire) this.wire = true;
    const highlight = h.device.hostId ? [h.device.id, h.device.hostId] : [h.device.id];
    this.hops.push({
      step,
      parent: h.parent,
      phase: this.phase,
      device: h.device,
      inPort: h.inPort ?? null,
      outPorts: h.outPorts ?? NONE,
      action: h.action,
      frame,
      vlan: h.vlan ?? null,
      tagOp: h.tagOp ?? null,
      learned: h.learned ?? null,
      lookup: h.lookup ?? null,
      wire,
      text: h.text,
      reason: h.reason ?? null,
      highlight,
    });
    return step;
  }
}
