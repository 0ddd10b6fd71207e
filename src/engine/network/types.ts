import type { HostId, VmId } from '../base/ids';
import type { Refused, Result } from '../base/result';

/** The kinds of thing a frame passes through, each drawn on the canvas. */
export type DeviceKind = 'vm' | 'vswitch' | 'pnic' | 'pswitch' | 'router';

/** A device a frame passes through, named for a learner and identified for the canvas. */
export interface DeviceRef {
  readonly kind: DeviceKind;
  readonly id: string;
  /** What a learner reads: "web-1", "esx-01/vSwitch0", "esx-01/vmnic0", "tor-1", "r1". */
  readonly name: string;
  /** The host it sits in (VM, virtual switch, physical NIC); null for physical switches and routers. */
  readonly hostId: HostId | null;
}

/** A port of a device: a vNIC's port, an uplink, a numbered physical switch port. */
export interface PortRef {
  /** Stable within the device: a vNIC id, a NIC id, "uplink", a port number, an interface id. */
  readonly id: string;
  readonly name: string;
}

export interface ArpPayload {
  readonly op: 'request' | 'reply';
  readonly senderIp: string;
  readonly senderMac: string;
  readonly targetIp: string;
  /** Null in a request: that is what the sender asks for. */
  readonly targetMac: string | null;
}

export interface IpPayload {
  readonly src: string;
  readonly dst: string;
  /** Time to live: each router on the way takes one off. */
  readonly ttl: number;
  readonly icmp: 'echo-request' | 'echo-reply';
}

/** An Ethernet frame as it leaves a hop. */
export interface Frame {
  readonly srcMac: string;
  /** ff:ff:ff:ff:ff:ff for a broadcast. */
  readonly dstMac: string;
  readonly ethertype: 'arp' | 'ipv4';
  /** The 802.1Q VLAN tag the frame carried on the link it arrived over (as sent, at its first hop); null: untagged. */
  readonly tag: number | null;
  readonly arp: ArpPayload | null;
  readonly ip: IpPayload | null;
}

/**
 * What a device did with the frame at one hop:
 * - send: a VM or router puts an IP packet on its port
 * - arp-request / arp-reply: a VM or router broadcasts an ARP question / answers one
 * - arp-cache-hit: the sender already knows the MAC, so no ARP is needed (no frame moves)
 * - forward-known: a switch found the destination MAC in its table and used one port
 * - flood: a broadcast or an unknown destination went out every other port in the VLAN
 * - forward: a physical NIC passes the frame between its cable and its virtual switch
 * - deliver: the frame reached the interface it was for
 * - discard: a copy reached a device it was not for, which ignores it (normal for a flood)
 * - route: a router moved the packet from one subnet (VLAN) to another
 * - drop: the packet went no further; `reason` says why
 */
export type HopAction =
  | 'send'
  | 'arp-request'
  | 'arp-reply'
  | 'arp-cache-hit'
  | 'forward-known'
  | 'flood'
  | 'forward'
  | 'deliver'
  | 'discard'
  | 'route'
  | 'drop';

/** Which packet of the ping a hop belongs to, so rows can be grouped. */
export type TracePhase = 'arp-request' | 'arp-reply' | 'echo-request' | 'echo-reply';

/** One row of a packet trace: one device handling one copy of a frame. */
export interface Hop {
  /** Position in the trace, from 0. */
  readonly step: number;
  /** The hop this copy came from; null for the ping's first hop. A flood fans out: several hops share a parent. */
  readonly parent: number | null;
  readonly phase: TracePhase;
  readonly device: DeviceRef;
  readonly inPort: PortRef | null;
  /** Where the frame goes next from here; several for a flood, none when it ends here. */
  readonly outPorts: readonly PortRef[];
  readonly action: HopAction;
  /** The frame as it reached this hop (as sent, at the sender's hop); null when none moves. */
  readonly frame: Frame | null;
  /** The VLAN the frame belongs to here, for colour; null when no frame moves. */
  readonly vlan: number | null;
  /** A VLAN tag put on the frame here (push, towards an uplink) or taken off (pop, from an uplink). */
  readonly tagOp: 'push' | 'pop' | null;
  /** A switch learned (or refreshed) that this MAC sits behind this port. */
  readonly learned: { readonly mac: string; readonly port: PortRef } | null;
  /** How a switch chose its out ports: a MAC table hit, a miss (unknown unicast) or a broadcast. */
  readonly lookup: 'hit' | 'miss' | 'broadcast' | null;
  /** True when the frame reached this device over a physical cable. */
  readonly wire: boolean;
  /** One sentence saying what happened here. */
  readonly text: string;
  /** For a drop: why the packet went no further. */
  readonly reason: string | null;
  /** Canvas ids to highlight at this hop (host, switch, VM, NIC, physical switch, router). */
  readonly highlight: readonly string[];
}

/** Where and why a packet stopped. */
export interface Drop {
  readonly reason: string;
  readonly at: DeviceRef;
}

/** A ping traced frame by frame: every copy of every frame, in the order they moved. */
export interface Trace {
  readonly src: { readonly id: VmId; readonly name: string; readonly ip: string | null };
  /** The destination: a VM or router id and name when the address belongs to one. */
  readonly dst: { readonly id: string | null; readonly name: string; readonly ip: string | null };
  readonly outcome: 'reply' | 'dropped';
  readonly hops: readonly Hop[];
  /** For a dropped ping: where and why, and the step of the drop row. */
  readonly drop: (Drop & { readonly step: number }) | null;
  /** The line the event log shows. */
  readonly summary: string;
  /** True when any frame of this ping crossed a physical cable. */
  readonly wire: boolean;
  /** True when a router forwarded the packet on the way there. */
  readonly routed: boolean;
  /** Simulated time of the ping. */
  readonly time: number;
}

/** Who a ping goes to: a VM (its address is chosen as a learner would) or an address. */
export type PingTarget = { readonly vmId: VmId } | { readonly ip: string };

/** One cell of the reachability matrix: can the row's VM ping the column's VM? */
export type ReachCell = Result<{ readonly routed: boolean }, Drop>;

/** A drop as a result value: what a failed check, or a refused matrix cell, holds. */
export type Failure = Refused<Drop>;

export interface ReachabilityMatrix {
  readonly vms: readonly { readonly id: VmId; readonly name: string; readonly ip: string | null }[];
  /** cells[i][j]: vms[i] pings vms[j]; null on the diagonal. */
  readonly cells: readonly (readonly (ReachCell | null)[])[];
}
