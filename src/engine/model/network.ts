import type { PhysicalSwitchId, RouterId, RouterInterfaceId } from '../base/ids';

/** One routed interface of a router: a VLAN sub-interface on its single cable. */
export interface RouterInterface {
  readonly id: RouterInterfaceId;
  /** The VLAN it sits in: 0 = untagged on the cable, 1–4094 = frames tagged with that id. */
  readonly vlan: number;
  /** Address and prefix length, e.g. "10.0.10.1/24"; the VMs of that subnet use it as gateway. */
  readonly ip: string;
  readonly mac: string;
}

/** A port of a physical switch: where a cable ends. */
export interface SwitchPort {
  readonly switchId: PhysicalSwitchId;
  readonly port: number;
}

/**
 * A router on a stick: one cable to a trunk port of a physical switch, one sub-interface per
 * VLAN. It forwards packets between the subnets it has interfaces in (connected routes only).
 */
export interface Router {
  readonly id: RouterId;
  readonly name: string;
  /** The physical switch port its cable goes to, or null when unplugged. */
  readonly link: SwitchPort | null;
  readonly interfaces: readonly RouterInterface[];
}

/** A learned MAC address: which port of a switch leads to it, within one VLAN. */
export interface MacEntry {
  readonly vlan: number;
  readonly mac: string;
  /** On a virtual switch, the vNIC id of the port or "uplink"; on a physical switch, the port number. */
  readonly port: string;
  /** Simulated time a frame from this MAC was last seen there; the entry ages out from then. */
  readonly seenAt: number;
}

/** A resolved neighbour: the MAC address that answered for an IPv4 address. */
export interface ArpEntry {
  /** IPv4 address without a prefix length. */
  readonly ip: string;
  readonly mac: string;
  /** Simulated time the entry was learned or confirmed; it ages out from then. */
  readonly seenAt: number;
}

/**
 * What the network learned as frames flowed. It lives in Sim, not World: undo does not rewind
 * it, and the clock ages it out.
 */
export interface NetState {
  /** MAC tables of virtual and physical switches, by switch id. */
  readonly macTables: Readonly<Record<string, readonly MacEntry[]>>;
  /** ARP caches, by layer-3 interface id (a vNIC id or a router interface id). */
  readonly arpCaches: Readonly<Record<string, readonly ArpEntry[]>>;
}

export const EMPTY_NET: NetState = { macTables: {}, arpCaches: {} };
