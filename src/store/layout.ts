import { type Host, type State, isType2, vmsOf } from '../engine/read';

/**
 * Geometry of the layered diagram, in canvas units. Each host is drawn bottom to top as
 * hardware, (host OS), hypervisor with its virtual switches, vNIC band, VMs; the numbers here
 * are the one place that decides where each layer sits, shared by toFlow and the host node.
 */
export const GEOMETRY = {
  vmWidth: 196,
  vmHeight: 120,
  vmGap: 14,
  padding: 14,
  header: 50,
  vnicBand: 34,
  hypervisorBand: 112,
  hostOsBand: 40,
  hardwareBand: 116,
  switchHeight: 72,
  hostGap: 60,
  minVmColumns: 2,
  maxVmColumns: 4,
  hostsPerRow: 3,
  physicalSwitchHeight: 72,
} as const;

export interface HostBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly vmRows: number;
  /** Top of each band, relative to the host's top-left corner. */
  readonly bands: {
    vms: number;
    vnics: number;
    hypervisor: number;
    hostOs: number | null;
    hardware: number;
  };
}

export function hostColumns(host: Host): number {
  const n = vmsOf(host).length;
  return Math.min(GEOMETRY.maxVmColumns, Math.max(GEOMETRY.minVmColumns, n));
}

export function hostSize(host: Host): Omit<HostBox, 'x' | 'y'> {
  const g = GEOMETRY;
  const columns = hostColumns(host);
  const vmRows = Math.max(1, Math.ceil(vmsOf(host).length / columns));
  const width = g.padding * 2 + columns * g.vmWidth + (columns - 1) * g.vmGap;
  const vms = g.header;
  const vnics = vms + vmRows * (g.vmHeight + g.vmGap);
  const hypervisor = vnics + g.vnicBand;
  const hostOs = isType2(host) ? hypervisor + g.hypervisorBand : null;
  const hardware = (hostOs ?? hypervisor) + (hostOs === null ? g.hypervisorBand : g.hostOsBand);
  return {
    width,
    height: hardware + g.hardwareBand,
    columns,
    vmRows,
    bands: { vms, vnics, hypervisor, hostOs, hardware },
  };
}

export type Point = { readonly x: number; readonly y: number };

/** Default placement: hosts in rows, each row as tall as its tallest host. */
export function layoutHosts(
  state: State,
  positions: Readonly<Record<string, Point>>,
): Map<string, HostBox> {
  const boxes = new Map<string, HostBox>();
  const hosts = Object.values(state.world.hosts);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  hosts.forEach((host, i) => {
    if (i > 0 && i % GEOMETRY.hostsPerRow === 0) {
      x = 0;
      y += rowHeight + GEOMETRY.hostGap;
      rowHeight = 0;
    }
    const size = hostSize(host);
    const at = positions[host.id] ?? { x, y };
    boxes.set(host.id, { ...size, ...at });
    x += size.width + GEOMETRY.hostGap;
    rowHeight = Math.max(rowHeight, size.height);
  });
  return boxes;
}

/** Where the VM at `index` sits inside its host. */
export function vmOffset(index: number, columns: number): Point {
  const g = GEOMETRY;
  return {
    x: g.padding + (index % columns) * (g.vmWidth + g.vmGap),
    y: g.header + Math.floor(index / columns) * (g.vmHeight + g.vmGap),
  };
}
