import { type Host, type HostId, type State, type Vm, isType2, vmsOf } from '../engine/read';

/**
 * Geometry of the layered diagram, in canvas units. Each host is drawn bottom to top as its
 * stack: hardware, then the platform's layers (a hypervisor with its virtual switches and
 * vNICs, perhaps over a host OS; one OS kernel with its apps; or one shared kernel, a container
 * runtime and its containers), then what runs on top. The numbers here are the one place that
 * decides where each layer sits, shared by toFlow and the host node.
 */
export const GEOMETRY = {
  vmWidth: 196,
  vmHeight: 120,
  vmGap: 14,
  padding: 14,
  header: 50,
  vnicBand: 34,
  hypervisorBand: 112,
  /** A type-2 host OS: its name, what it keeps, and the overhead every VM pays. */
  hostOsBand: 74,
  hardwareBand: 116,
  switchHeight: 72,
  hostGap: 60,
  minVmColumns: 2,
  maxVmColumns: 4,
  hostsPerRow: 3,
  physicalSwitchHeight: 72,
  /** A container box on a container host: name, image, state, limits. */
  containerHeight: 96,
  /** An app box on a bare-metal OS. */
  appHeight: 64,
  /** The container runtime band: its name and its chain of programs. */
  runtimeBand: 48,
  /** The one OS kernel band of a bare-metal or container host. */
  kernelBand: 56,
  /** Inside a container-host VM: where its containers start, and each one's row. */
  vmContainersTop: 92,
  vmContainerRow: 34,
  vmFooter: 30,
} as const;

export interface HostBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly vmRows: number;
  /** Height of every VM card (or container or app box) in this host's grid. */
  readonly rowHeight: number;
  /**
   * Top of each band, relative to the host's top-left corner. `vms` is the top of whatever runs
   * on the platform (VMs, containers or apps); `vnics` and `hypervisor` are drawn on hypervisor
   * hosts only; `hostOs` is a type-2 host OS or the one kernel of a bare-metal or container
   * host; `runtime` is a container host's runtime band.
   */
  readonly bands: {
    vms: number;
    vnics: number;
    hypervisor: number;
    hostOs: number | null;
    runtime: number | null;
    hardware: number;
  };
}

/** How many boxes a host's top area holds: VMs, containers or apps. */
function itemCount(host: Host): number {
  const p = host.platform;
  if (p.kind === 'hypervisor') return vmsOf(host).length;
  if (p.kind === 'container-host') return Object.keys(p.runtime.containers).length;
  return p.apps.length;
}

export function hostColumns(host: Host): number {
  return Math.min(GEOMETRY.maxVmColumns, Math.max(GEOMETRY.minVmColumns, itemCount(host)));
}

/** A VM card grows to show the containers on its guest kernel. */
export function vmCardHeight(vm: Vm): number {
  if (!vm.runtime) return GEOMETRY.vmHeight;
  const n = Math.max(1, Object.keys(vm.runtime.containers).length);
  return GEOMETRY.vmContainersTop + n * GEOMETRY.vmContainerRow + GEOMETRY.vmFooter;
}

function rowHeightOf(host: Host): number {
  const p = host.platform;
  if (p.kind === 'container-host') return GEOMETRY.containerHeight;
  if (p.kind === 'bare-metal') return GEOMETRY.appHeight;
  return vmsOf(host).reduce<number>((h, vm) => Math.max(h, vmCardHeight(vm)), GEOMETRY.vmHeight);
}

export function hostSize(host: Host): Omit<HostBox, 'x' | 'y'> {
  const g = GEOMETRY;
  const columns = hostColumns(host);
  const rowHeight = rowHeightOf(host);
  const vmRows = Math.max(1, Math.ceil(itemCount(host) / columns));
  const width = g.padding * 2 + columns * g.vmWidth + (columns - 1) * g.vmGap;
  const vms = g.header;
  const top = vms + vmRows * (rowHeight + g.vmGap);
  const bands = {
    vms,
    ...(host.platform.kind === 'hypervisor' ? hypervisorBands(host, top) : kernelBands(host, top)),
  };
  return { width, height: bands.hardware + g.hardwareBand, columns, vmRows, rowHeight, bands };
}

type LowerBands = Omit<HostBox['bands'], 'vms'>;

/** Below the VMs: their vNICs, the hypervisor, a type-2 host's OS, the hardware. */
function hypervisorBands(host: Host, top: number): LowerBands {
  const g = GEOMETRY;
  const hypervisor = top + g.vnicBand;
  const hostOs = isType2(host) ? hypervisor + g.hypervisorBand : null;
  const hardware = (hostOs ?? hypervisor) + (hostOs === null ? g.hypervisorBand : g.hostOsBand);
  return { vnics: top, hypervisor, hostOs, runtime: null, hardware };
}

/** Below the containers or apps: a container host's runtime, the OS kernel, the hardware. */
function kernelBands(host: Host, top: number): LowerBands {
  const g = GEOMETRY;
  const runtime = host.platform.kind === 'container-host' ? top : null;
  const hostOs = runtime === null ? top : runtime + g.runtimeBand;
  return { vnics: top, hypervisor: top, hostOs, runtime, hardware: hostOs + g.kernelBand };
}

export type Point = { readonly x: number; readonly y: number };

/** Default placement: hosts in rows, each row as tall as its tallest host. */
export function layoutHosts(
  state: Pick<State, 'world'>,
  positions: Readonly<Record<string, Point>>,
): Map<HostId, HostBox> {
  const boxes = new Map<HostId, HostBox>();
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

/** Where the VM (or container, or app) at `index` sits inside its host. */
export function vmOffset(
  index: number,
  columns: number,
  rowHeight: number = GEOMETRY.vmHeight,
): Point {
  const g = GEOMETRY;
  return {
    x: g.padding + (index % columns) * (g.vmWidth + g.vmGap),
    y: g.header + Math.floor(index / columns) * (rowHeight + g.vmGap),
  };
}

/** Where the container at `index` sits inside its VM's card. */
export function vmContainerOffset(index: number): Point {
  return { x: 8, y: GEOMETRY.vmContainersTop + index * GEOMETRY.vmContainerRow };
}
