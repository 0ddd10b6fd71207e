import type { RouterId, VmId } from '../base/ids';
import type { State } from '../model/types';
import { UPLINK, netIndex } from './topology';
import type { PortRef } from './types';

/** What the inspectors show live: a switch's MAC table, a VM's or router's ARP cache. */

export interface MacTableRow {
  readonly vlan: number;
  readonly mac: string;
  /** The port the switch sends frames for this MAC out of. */
  readonly port: PortRef;
  /** Seconds since a frame from this MAC was last seen. */
  readonly ageS: number;
  /** Seconds left before the entry ages out. */
  readonly expiresInS: number;
  /** Whose MAC it is (a VM or router interface), for a learner; null when nobody has it now. */
  readonly owner: string | null;
}

/** The live MAC table of a virtual or physical switch, by VLAN then MAC; aged entries left out. */
export function macTable(state: State, switchId: string): MacTableRow[] {
  const index = netIndex(state.world);
  const now = state.sim.time;
  const ageing = state.world.assumptions.macAgeingSeconds;
  const vsw = index.vswitches.get(switchId);
  const psw = index.pswitches.get(switchId);
  const portOf = (id: string): PortRef => {
    if (vsw)
      return id === UPLINK ? vsw.uplinkPort : (index.byKey.get(id)?.port ?? { id, name: id });
    return psw?.portRefs.get(Number(id)) ?? { id, name: `port ${id}` };
  };
  return (state.sim.net.macTables[switchId] ?? [])
    .filter((e) => now - e.seenAt < ageing)
    .map((e) => ({
      vlan: e.vlan,
      mac: e.mac,
      port: portOf(e.port),
      ageS: now - e.seenAt,
      expiresInS: ageing - (now - e.seenAt),
      owner: index.byMac.get(e.mac)?.name ?? null,
    }))
    .sort((a, b) => a.vlan - b.vlan || a.mac.localeCompare(b.mac));
}

export interface ArpRow {
  readonly ip: string;
  readonly mac: string;
  /** The VM's or router's own interface the entry belongs to. */
  readonly iface: string;
  readonly ageS: number;
  readonly expiresInS: number;
  /** Whose MAC it is now, for a learner; null when nobody has it. */
  readonly owner: string | null;
}

/** The live ARP cache of a VM (all its vNICs) or a router (all its interfaces). */
export function arpCache(state: State, nodeId: VmId | RouterId): ArpRow[] {
  const index = netIndex(state.world);
  const node = index.nodes.get(nodeId);
  if (!node) return [];
  const now = state.sim.time;
  const ageing = state.world.assumptions.arpAgeingSeconds;
  return node.ifaces.flatMap((i) =>
    (state.sim.net.arpCaches[i.key] ?? [])
      .filter((e) => now - e.seenAt < ageing)
      .map((e) => ({
        ip: e.ip,
        mac: e.mac,
        iface: i.ownPort.name,
        ageS: now - e.seenAt,
        expiresInS: ageing - (now - e.seenAt),
        owner: index.byMac.get(e.mac)?.name ?? null,
      })),
  );
}

export interface PortGroupView {
  readonly name: string;
  readonly vlan: number;
  /** How its frames cross the uplink: untagged (0), tagged with its VLAN, or a trunk (4095). */
  readonly mode: 'untagged' | 'tagged' | 'trunk';
  readonly members: readonly {
    readonly vmId: VmId;
    readonly vm: string;
    readonly vnicId: string;
    readonly mac: string;
    readonly ip: string | null;
    /** The VLAN its frames are in (on a trunk, the one its guest tags); -1 when the switch drops them. */
    readonly vlan: number;
    readonly running: boolean;
  }[];
}

/** A port group and the vNICs plugged into it; null when the switch has no such port group. */
export function portGroupView(
  state: State,
  switchId: string,
  portGroupName: string,
): PortGroupView | null {
  const index = netIndex(state.world);
  const vsw = index.vswitches.get(switchId);
  const pg = vsw?.sw.portGroups.find((p) => p.name === portGroupName);
  if (!vsw || !pg) return null;
  const members = [...index.byKey.values()]
    .filter((i) => i.portGroup === pg)
    .map((i) => ({
      vmId: i.node.id as VmId,
      vm: i.node.name,
      vnicId: i.key,
      mac: i.mac,
      ip: i.cidr ? `${i.ipText ?? ''}/${i.cidr.prefix}` : null,
      vlan: i.vlan,
      running: i.node.down === null,
    }));
  const mode = pg.vlan === 0 ? 'untagged' : pg.vlan === 4095 ? 'trunk' : 'tagged';
  return { name: pg.name, vlan: pg.vlan, mode, members };
}
