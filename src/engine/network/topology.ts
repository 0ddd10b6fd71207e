import type { Router } from '../model/network';
import type {
  Host,
  PhysicalNic,
  PhysicalSwitch,
  PortGroup,
  VSwitch,
  Vm,
  VmPower,
  World,
} from '../model/types';
import { hostList } from '../model/world';
import { type Cidr, formatIp, maskOf, parseCidr, parseIp } from './addr';
import type { DeviceRef, PortRef } from './types';

/**
 * The network as the frame simulation and the reachability matrix see it, resolved once per
 * world: every layer-3 interface with the switch port it plugs into, every virtual switch with
 * the uplink it uses now, every physical switch port with what is cabled to it.
 *
 * A layer-2 segment (one broadcast domain) is numbered: a virtual switch whose uplink works
 * joins the segment of its physical switch, in each VLAN; one without (internal-only, or every
 * uplink down) is a segment of its own. Two interfaces reach each other at layer 2 exactly when
 * their segment numbers are equal.
 */

/** Something that speaks IP: a VM or a router. */
export interface L3Node {
  readonly kind: 'vm' | 'router';
  readonly id: string;
  readonly name: string;
  readonly device: DeviceRef;
  readonly ifaces: Iface[];
  /** Its interfaces that have an address. */
  readonly addressed: Iface[];
  /** The interface of its default route (the first with a gateway in its subnet), if any. */
  gatewayIface: Iface | null;
  /** Why it neither sends nor answers (a VM that is off); null while it runs. */
  readonly down: string | null;
  /** Whether it forwards packets between its subnets (routers do). */
  readonly forwards: boolean;
}

/** A layer-3 interface: a VM's vNIC or a router's VLAN sub-interface. */
export interface Iface {
  /** The vNIC id or router interface id; ARP caches are kept under it. */
  readonly key: string;
  readonly kind: 'vnic' | 'router';
  readonly node: L3Node;
  /** "web-1", "web-1 vNIC 2", "r1 VLAN 10". */
  readonly name: string;
  readonly mac: string;
  readonly cidr: Cidr | null;
  /** The subnet mask and network as 32-bit integers, so that a subnet test is one comparison. */
  readonly mask: number;
  readonly net: number;
  /** The address without prefix, for frames and sentences. */
  readonly ipText: string | null;
  /** The gateway address; null when it has none or it is malformed. */
  readonly gateway: number | null;
  /** The VLAN its frames belong to; for a vNIC on a trunk, the one its guest tags. */
  readonly vlan: number;
  /** The 802.1Q tag on frames as it sends them: a trunk guest's tag, a router sub-interface's. */
  readonly tag: number | null;
  /** For a vNIC, the virtual switch and port group it plugs into. */
  readonly vsw: VswInfo | null;
  readonly portGroup: PortGroup | null;
  /** For a router, the physical switch and port its cable goes to. */
  readonly psw: PswInfo | null;
  readonly pswPort: number;
  /** The switch port it plugs into, as a trace names it. */
  readonly port: PortRef;
  /** The interface itself as its owner's port: "vNIC 1", "VLAN 10". */
  readonly ownPort: PortRef;
  /** Why it is not attached to any switch; null when it is. */
  readonly problem: string | null;
  /** Its layer-2 segment; -1 when it is not attached. */
  readonly seg: number;
}

export interface NicInfo {
  readonly nic: PhysicalNic;
  readonly host: Host;
  readonly device: DeviceRef;
  readonly psw: PswInfo | null;
  readonly port: number;
  /** Why it carries no frames (link down, no cable, port down, host off); null when it works. */
  readonly broken: string | null;
  /** The virtual switch it is the working uplink of, if any. */
  vswitch: VswInfo | null;
  /** The virtual switch it is a configured uplink of (working or not), if any. */
  teamOf: VswInfo | null;
}

export interface UplinkChoice {
  /** The NIC carrying the switch's traffic now; null when none works or none is configured. */
  readonly nic: NicInfo | null;
  /** True when that NIC is a standby one because the active ones failed. */
  readonly failover: boolean;
  /** Configured uplinks that do not work, and why. */
  readonly failed: readonly { readonly name: string; readonly why: string }[];
  /** True when no uplink is configured at all. */
  readonly internal: boolean;
}

export interface VswInfo {
  readonly sw: VSwitch;
  readonly host: Host;
  readonly device: DeviceRef;
  readonly uplink: UplinkChoice;
  readonly uplinkPort: PortRef;
  /** Attached vNICs by VLAN, powered or not. */
  readonly ports: Map<number, Iface[]>;
  readonly base: number;
}

/** What is cabled to one physical switch port. */
export type PortEnd =
  | { readonly kind: 'pnic'; readonly nic: NicInfo }
  | { readonly kind: 'router'; readonly node: L3Node; readonly router: Router };

export interface PswInfo {
  readonly sw: PhysicalSwitch;
  readonly device: DeviceRef;
  readonly base: number;
  readonly ports: Map<number, PortEnd>;
  readonly down: ReadonlySet<number>;
  readonly portRefs: Map<number, PortRef>;
  /** Ports that pass frames on (up, with a working NIC or a router behind), ascending: where a flood goes. */
  readonly carrying: { readonly port: number; readonly ref: PortRef; readonly end: PortEnd }[];
}

export interface NetIndex {
  /** Every VM, in host order then VM order. */
  readonly vms: readonly L3Node[];
  readonly nodes: ReadonlyMap<string, L3Node>;
  readonly byIp: ReadonlyMap<number, readonly Iface[]>;
  readonly byMac: ReadonlyMap<string, Iface>;
  readonly byKey: ReadonlyMap<string, Iface>;
  readonly vswitches: ReadonlyMap<string, VswInfo>;
  readonly pswitches: ReadonlyMap<string, PswInfo>;
}

/** VLAN ids fit in 12 bits, so a segment number is a base times 4096 plus the VLAN. */
const segmentOf = (base: number, vlan: number): number => base * 4096 + vlan;

/** The MAC table port name of a virtual switch's uplink (its team of physical NICs). */
export const UPLINK = 'uplink';

export function vlanText(vlan: number): string {
  return vlan === 0 ? 'VLAN 0 (untagged)' : `VLAN ${vlan}`;
}

/** Why a VM in each power state neither sends nor answers; a state not listed runs its guest. */
const DOWN: Partial<Record<VmPower, (name: string) => string>> = {
  off: (n) => `${n} is off: a VM that is off sends and answers nothing.`,
  booting: (n) => `${n} is still booting: its guest OS does not answer yet.`,
  paused: (n) => `${n} is paused: its guest does not run, so it answers nothing.`,
  crashed: (n) => `${n} has crashed: its guest OS is down.`,
};

function whyVmDown(vm: Vm): string | null {
  return DOWN[vm.power]?.(vm.name) ?? null;
}

function whyNicBroken(host: Host, nic: PhysicalNic, psw: PswInfo | null): string | null {
  const name = `${host.name}/${nic.name}`;
  if (host.power !== 'on')
    return `${host.name} is ${host.power === 'failed' ? 'failed' : 'powered off'}`;
  if (!nic.up) return `${name}'s link is down`;
  if (!nic.link) return `${name} is not cabled to a switch`;
  if (!psw) return `${name} is cabled to a physical switch that is gone`;
  if (nic.link.port > psw.sw.portCount) return `${psw.sw.name} has no port ${nic.link.port}`;
  if (psw.down.has(nic.link.port)) return `${psw.sw.name} port ${nic.link.port} is down`;
  return null;
}

function chooseUplink(sw: VSwitch, nics: ReadonlyMap<string, NicInfo>): UplinkChoice {
  const ordered = [
    ...sw.uplinks.filter((u) => u.role === 'active'),
    ...sw.uplinks.filter((u) => u.role === 'standby'),
  ];
  const failed: { name: string; why: string }[] = [];
  for (const u of ordered) {
    const info = nics.get(u.nic);
    if (!info) {
      failed.push({ name: u.nic, why: `${u.nic} is not a NIC of this host` });
      continue;
    }
    if (info.broken) {
      failed.push({ name: info.device.name, why: info.broken });
      continue;
    }
    return { nic: info, failover: u.role === 'standby', failed, internal: false };
  }
  return { nic: null, failover: false, failed, internal: ordered.length === 0 };
}

function buildPsw(base: number, sw: PhysicalSwitch): PswInfo {
  return {
    sw,
    device: { kind: 'pswitch', id: sw.id, name: sw.name, hostId: null },
    base,
    ports: new Map(),
    down: new Set(sw.downPorts),
    portRefs: new Map(),
    carrying: [],
  };
}

function pswPortRef(psw: PswInfo, port: number, what: string): PortRef {
  const ref = { id: String(port), name: `port ${port} (${what})` };
  psw.portRefs.set(port, ref);
  return ref;
}

/** Builds the index; see `netIndex` for the cached version. */
function buildIndex(world: World): NetIndex {
  let nextBase = 0;
  const pswitches = new Map<string, PswInfo>();
  for (const sw of Object.values(world.physicalSwitches)) {
    pswitches.set(sw.id, buildPsw(nextBase++, sw));
  }
  const vswitches = new Map<string, VswInfo>();
  const nodes = new Map<string, L3Node>();
  const vms: L3Node[] = [];
  const byIp = new Map<number, Iface[]>();
  const byMac = new Map<string, Iface>();
  const byKey = new Map<string, Iface>();

  const addIface = (iface: Iface) => {
    iface.node.ifaces.push(iface);
    if (iface.cidr) iface.node.addressed.push(iface);
    byKey.set(iface.key, iface);
    byMac.set(iface.mac, iface);
    if (iface.cidr) {
      const list = byIp.get(iface.cidr.ip);
      if (list) list.push(iface);
      else byIp.set(iface.cidr.ip, [iface]);
    }
  };

  for (const host of hostList(world)) {
    const hostNics = new Map<string, NicInfo>();
    for (const nic of host.nics) {
      const psw = nic.link ? (pswitches.get(nic.link.switchId) ?? null) : null;
      const device: DeviceRef = {
        kind: 'pnic',
        id: nic.id,
        name: `${host.name}/${nic.name}`,
        hostId: host.id,
      };
      const info: NicInfo = {
        nic,
        host,
        device,
        psw,
        port: nic.link?.port ?? 0,
        broken: whyNicBroken(host, nic, psw),
        vswitch: null,
        teamOf: null,
      };
      hostNics.set(nic.id, info);
      if (psw && nic.link) {
        psw.ports.set(nic.link.port, { kind: 'pnic', nic: info });
        pswPortRef(psw, nic.link.port, device.name);
      }
    }
    if (host.platform.kind !== 'hypervisor') continue;
    const pgOwner = new Map<string, { vsw: VswInfo; pg: PortGroup }>();
    for (const sw of host.platform.vswitches) {
      const uplink = chooseUplink(sw, hostNics);
      const own = nextBase++;
      const info: VswInfo = {
        sw,
        host,
        device: { kind: 'vswitch', id: sw.id, name: `${host.name}/${sw.name}`, hostId: host.id },
        uplink,
        uplinkPort: {
          id: UPLINK,
          name: uplink.nic ? `uplink ${uplink.nic.nic.name}` : 'uplink (none working)',
        },
        ports: new Map(),
        base: uplink.nic?.psw ? uplink.nic.psw.base : own,
      };
      if (uplink.nic) uplink.nic.vswitch = info;
      for (const u of sw.uplinks) {
        const n = hostNics.get(u.nic);
        if (n) n.teamOf = info;
      }
      vswitches.set(sw.id, info);
      for (const pg of sw.portGroups) pgOwner.set(pg.name, { vsw: info, pg });
    }
    for (const vm of Object.values(host.platform.vms)) {
      const node: L3Node = {
        kind: 'vm',
        id: vm.id,
        name: vm.name,
        device: { kind: 'vm', id: vm.id, name: vm.name, hostId: host.id },
        ifaces: [],
        addressed: [],
        gatewayIface: null,
        down: whyVmDown(vm),
        forwards: false,
      };
      nodes.set(vm.id, node);
      vms.push(node);
      vm.nics.forEach((vnic, i) => {
        const name = vm.nics.length === 1 ? vm.name : `${vm.name} vNIC ${i + 1}`;
        const cidr = vnic.ip ? parseCidr(vnic.ip) : null;
        const at = vnic.portGroup !== null ? pgOwner.get(vnic.portGroup) : undefined;
        let problem: string | null = null;
        let vlan = -1;
        if (vnic.portGroup === null) {
          problem = `${name}'s vNIC is not plugged into any port group.`;
        } else if (!at) {
          problem = `${host.name} has no port group "${vnic.portGroup}", which ${name}'s vNIC names.`;
        } else if (at.pg.vlan === 4095) {
          vlan = vnic.guestVlan ?? 0;
        } else if (vnic.guestVlan !== null) {
          problem = `${name}'s guest tags its frames with VLAN ${vnic.guestVlan}, but port group "${at.pg.name}" is ${vlanText(at.pg.vlan)}, not a trunk (4095): the virtual switch drops frames a guest tagged.`;
        } else {
          vlan = at.pg.vlan;
        }
        const iface: Iface = {
          key: vnic.id,
          kind: 'vnic',
          node,
          name,
          mac: vnic.mac,
          cidr,
          ...subnetBits(cidr),
          ipText: cidr ? formatIp(cidr.ip) : null,
          gateway: vnic.gateway ? parseIp(vnic.gateway) : null,
          vlan,
          tag: at?.pg.vlan === 4095 ? vnic.guestVlan : null,
          vsw: at?.vsw ?? null,
          portGroup: at?.pg ?? null,
          psw: null,
          pswPort: 0,
          port: {
            id: vnic.id,
            name: at ? `${name} ("${at.pg.name}", ${vlanText(vlan)})` : name,
          },
          ownPort: { id: vnic.id, name: `vNIC ${i + 1} (${vnic.mac})` },
          problem,
          seg: problem === null && at ? segmentOf(at.vsw.base, vlan) : -1,
        };
        addIface(iface);
        if (problem === null && at) {
          const list = at.vsw.ports.get(vlan);
          if (list) list.push(iface);
          else at.vsw.ports.set(vlan, [iface]);
        }
      });
    }
  }

  for (const router of Object.values(world.routers)) {
    const node: L3Node = {
      kind: 'router',
      id: router.id,
      name: router.name,
      device: { kind: 'router', id: router.id, name: router.name, hostId: null },
      ifaces: [],
      addressed: [],
      gatewayIface: null,
      down: null,
      forwards: true,
    };
    nodes.set(router.id, node);
    const psw = router.link ? (pswitches.get(router.link.switchId) ?? null) : null;
    const port = router.link?.port ?? 0;
    let problem: string | null = null;
    if (!router.link) problem = `${router.name} is not cabled to a physical switch.`;
    else if (!psw) problem = `${router.name} is cabled to a physical switch that is gone.`;
    else if (port > psw.sw.portCount) problem = `${psw.sw.name} has no port ${port}.`;
    else if (psw.down.has(port))
      problem = `${psw.sw.name} port ${port}, where ${router.name} is cabled, is down.`;
    if (psw && router.link) {
      psw.ports.set(port, { kind: 'router', node, router });
      pswPortRef(psw, port, router.name);
    }
    for (const rif of router.interfaces) {
      const cidr = parseCidr(rif.ip);
      addIface({
        key: rif.id,
        kind: 'router',
        node,
        name: `${router.name} ${vlanText(rif.vlan)}`,
        mac: rif.mac,
        cidr,
        ...subnetBits(cidr),
        ipText: cidr ? formatIp(cidr.ip) : null,
        gateway: null,
        vlan: rif.vlan,
        tag: rif.vlan === 0 ? null : rif.vlan,
        vsw: null,
        portGroup: null,
        psw,
        pswPort: port,
        port: { id: rif.id, name: `${router.name} ${vlanText(rif.vlan)}` },
        ownPort: { id: rif.id, name: `${vlanText(rif.vlan)} sub-interface (${rif.mac})` },
        problem,
        seg: problem === null && psw ? segmentOf(psw.base, rif.vlan) : -1,
      });
    }
  }
  for (const node of nodes.values()) {
    node.gatewayIface =
      node.addressed.find((i) => i.gateway !== null && inSubnetOf(i, i.gateway)) ?? null;
  }
  for (const psw of pswitches.values()) {
    for (const port of [...psw.ports.keys()].sort((a, b) => a - b)) {
      const end = psw.ports.get(port);
      const ref = psw.portRefs.get(port);
      const works = end?.kind === 'router' || end?.nic.broken === null;
      if (end && ref && works && !psw.down.has(port)) psw.carrying.push({ port, ref, end });
    }
  }
  return { vms, nodes, byIp, byMac, byKey, vswitches, pswitches };
}

const cache = new WeakMap<World, NetIndex>();

/** The index of a world, built once: worlds are immutable, so it never goes stale. */
export function netIndex(world: World): NetIndex {
  let index = cache.get(world);
  if (!index) {
    index = buildIndex(world);
    cache.set(world, index);
  }
  return index;
}

function subnetBits(cidr: Cidr | null): { mask: number; net: number } {
  if (!cidr) return { mask: 0, net: 0 };
  const mask = maskOf(cidr.prefix) | 0;
  return { mask, net: cidr.ip & mask };
}

/** Whether `ip` is in the interface's subnet; false when it has no address. */
export function inSubnetOf(i: Iface, ip: number): boolean {
  return i.cidr !== null && (ip & i.mask) === i.net;
}

/** An interface that can send and answer: its node runs and it is plugged in. */
export function isLive(iface: Iface): boolean {
  return iface.node.down === null && iface.problem === null;
}
