import type { Edge, Node } from '@xyflow/react';

/**
 * The shape VirtLab's canvas draws at full detail, rebuilt with plain React Flow nodes: per host
 * a group node holding one virtual switch and its VM cards, a physical switch under all hosts
 * and an orchestrator above them. Edges: each VM to its host's switch, two uplinks from each
 * switch to its host, one management edge from the orchestrator to each host, and one cable per
 * host NIC into the physical switch until its ports run out. Sizes follow VirtLab's layout, so
 * fitting the view gives the same zoom. Kept apart from the app's code on purpose: this is the
 * fixed floor the app is measured against.
 */
export type CardData = { label: string; detail?: string };
export type BareNode = Node<CardData>;

const VM = { width: 196, height: 120, gap: 14 };
const PADDING = 14;
const HEADER = 50;
/** vNIC band, hypervisor band (the switch sits 32 into it) and hardware band. */
const BANDS = { vnics: 34, hypervisor: 112, hardware: 116 };
const SWITCH_HEIGHT = 72;
const HOST_GAP = 60;
const HOSTS_PER_ROW = 3;
const NICS_PER_HOST = 2;
const PHYSICAL_PORTS = 48;

function hostSize(vms: number) {
  const columns = Math.min(4, Math.max(2, vms));
  const rows = Math.max(1, Math.ceil(vms / columns));
  return {
    columns,
    width: 2 * PADDING + columns * VM.width + (columns - 1) * VM.gap,
    vmsHeight: rows * (VM.height + VM.gap),
    height: HEADER + rows * (VM.height + VM.gap) + BANDS.vnics + BANDS.hypervisor + BANDS.hardware,
  };
}

/** The nodes and edges for hosts holding `vmsPerHost[i]` VMs each. */
export function bareShape(vmsPerHost: readonly number[]): { nodes: BareNode[]; edges: Edge[] } {
  const nodes: BareNode[] = [];
  const edges: Edge[] = [];
  let y = 0;
  let rowHeight = 0;
  let x = 0;
  let right = 0;
  let cables = 0;
  vmsPerHost.forEach((count, h) => {
    if (h % HOSTS_PER_ROW === 0 && h > 0) {
      y += rowHeight + HOST_GAP;
      x = 0;
      rowHeight = 0;
    }
    const size = hostSize(count);
    const host = `host-${h}`;
    const sw = `${host}-switch`;
    nodes.push({
      id: host,
      type: 'host',
      position: { x, y },
      width: size.width,
      height: size.height,
      data: { label: `host-${String(h + 1).padStart(3, '0')}` },
      dragHandle: '.bare-host-header',
    });
    nodes.push({
      id: sw,
      type: 'switch',
      parentId: host,
      position: { x: PADDING, y: HEADER + size.vmsHeight + BANDS.vnics + 32 },
      width: size.width - 2 * PADDING,
      height: SWITCH_HEIGHT,
      data: { label: 'vSwitch0' },
      draggable: false,
    });
    for (let v = 0; v < count; v += 1) {
      const vm = `${host}-vm-${v}`;
      nodes.push({
        id: vm,
        type: 'vm',
        parentId: host,
        position: {
          x: PADDING + (v % size.columns) * (VM.width + VM.gap),
          y: HEADER + Math.floor(v / size.columns) * (VM.height + VM.gap),
        },
        width: VM.width,
        height: VM.height,
        data: { label: `vm-${h}-${v}`, detail: '2 vCPU · 4 GB · running' },
        zIndex: 10,
      });
      edges.push({ id: `${vm}-vnic`, source: vm, target: sw });
    }
    for (let n = 0; n < NICS_PER_HOST; n += 1) {
      edges.push({ id: `${sw}-uplink-${n}`, source: sw, target: host });
      if (cables < PHYSICAL_PORTS) {
        edges.push({ id: `${host}-cable-${n}`, source: host, target: 'pswitch' });
        cables += 1;
      }
    }
    edges.push({ id: `${host}-management`, source: 'orchestrator', target: host });
    x += size.width + HOST_GAP;
    right = Math.max(right, x);
    rowHeight = Math.max(rowHeight, size.height);
  });
  const width = Math.max(right - HOST_GAP, 400);
  nodes.push({
    id: 'pswitch',
    type: 'switch',
    position: { x: 0, y: y + rowHeight + HOST_GAP },
    width,
    height: SWITCH_HEIGHT,
    data: { label: 'Physical switch' },
    draggable: false,
  });
  nodes.push({
    id: 'orchestrator',
    type: 'switch',
    position: { x: width / 4, y: -226 },
    width: width / 2,
    height: 136,
    data: { label: 'Orchestrator' },
    draggable: false,
  });
  return { nodes, edges };
}
