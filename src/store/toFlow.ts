import type { Edge, Node } from '@xyflow/react';
import {
  type Host,
  type HostId,
  type HostUsage,
  type PhysicalSwitch,
  type State,
  type VSwitch,
  type Vm,
  hostUsage,
  vmsOf,
} from '../engine/read';
import { type ContainerNode, hostContainerNodes, vmContainerNodes } from './containerFlow';
import { GEOMETRY, type HostBox, type Point, layoutHosts, vmCardHeight, vmOffset } from './layout';
import { type OrchestratorNode, orchestratorFlow } from './orchestratorFlow';
import { type RouterNode, routerFlow } from './routerFlow';
import type { Selection } from './uiSlice';

export type HostNodeData = {
  host: Host;
  usage: HostUsage;
  box: HostBox;
  /** For the labelled overheads the platform bands show (type-2 CPU and I/O). */
  assumptions: State['world']['assumptions'];
};
export type VmNodeData = { vm: Vm; hostId: HostId };
export type SwitchNodeData = { vswitch: VSwitch; hostId: HostId };
export type PhysicalSwitchNodeData = {
  sw: PhysicalSwitch;
  ports: { port: number; nicId: string; up: boolean }[];
};

export type HostNode = Node<HostNodeData, 'host'>;
export type VmNode = Node<VmNodeData, 'vm'>;
export type SwitchNode = Node<SwitchNodeData, 'vswitch'>;
export type PhysicalSwitchNode = Node<PhysicalSwitchNodeData, 'pswitch'>;
export type FlowNode =
  | HostNode
  | VmNode
  | SwitchNode
  | PhysicalSwitchNode
  | ContainerNode
  | OrchestratorNode
  | RouterNode;

export interface Flow {
  readonly nodes: FlowNode[];
  readonly edges: Edge[];
  /** Host rectangles in canvas coordinates, for finding the host under a dropped VM. */
  readonly hostBoxes: Map<HostId, HostBox>;
}

/** VLAN colours, chosen for contrast on white and on a projector; VLAN 0 is neutral. */
const VLAN_COLOURS = ['#475569', '#2563eb', '#c2410c', '#7c3aed', '#047857', '#be123c', '#0e7490'];
export function vlanColour(vlan: number): string {
  if (vlan === 0) return VLAN_COLOURS[0] as string;
  return VLAN_COLOURS[1 + (vlan % (VLAN_COLOURS.length - 1))] as string;
}

/** Virtual switches share the hypervisor band's width equally. */
export function switchWidth(count: number, box: HostBox): number {
  const n = Math.max(1, count);
  return (box.width - 2 * GEOMETRY.padding - (n - 1) * GEOMETRY.vmGap) / n;
}

export function switchOffset(index: number, count: number, box: HostBox): Point {
  return {
    x: GEOMETRY.padding + index * (switchWidth(count, box) + GEOMETRY.vmGap),
    y: box.bands.hypervisor + 32,
  };
}

/**
 * Derives React Flow nodes and edges from engine state. Node objects for an unchanged host are
 * reused (cached by the host object's identity), so React Flow re-renders only what changed.
 */
export function toFlow(
  state: Pick<State, 'world'>,
  positions: Readonly<Record<string, Point>>,
): Flow {
  const boxes = layoutHosts(state, positions);
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];
  let bottom = 0;
  let right = 0;
  for (const host of Object.values(state.world.hosts)) {
    const box = boxes.get(host.id);
    if (!box) continue;
    bottom = Math.max(bottom, box.y + box.height);
    right = Math.max(right, box.x + box.width);
    const built = cachedHostFlow(host, box, state);
    nodes.push(...built.nodes);
    edges.push(...built.edges);
  }
  for (const sw of Object.values(state.world.physicalSwitches)) {
    const ports = Object.values(state.world.hosts).flatMap((h) =>
      h.nics.flatMap((n) =>
        n.link?.switchId === sw.id ? [{ port: n.link.port, nicId: n.id, up: n.up }] : [],
      ),
    );
    nodes.push({
      id: sw.id,
      type: 'pswitch',
      position: { x: 0, y: bottom + GEOMETRY.hostGap },
      width: Math.max(right, 400),
      height: GEOMETRY.physicalSwitchHeight,
      data: { sw, ports },
      draggable: false,
      ariaLabel: `Physical switch ${sw.name}`,
    });
    for (const p of ports) {
      edges.push({
        id: `${p.nicId}-wire`,
        source: hostIdOfNic(state, p.nicId),
        sourceHandle: `${p.nicId}-wire`,
        target: sw.id,
        targetHandle: null,
        ariaLabel: `Cable from NIC to ${sw.name} port ${p.port}`,
        style: {
          stroke: p.up ? '#334155' : '#dc2626',
          strokeWidth: 2,
          strokeDasharray: p.up ? undefined : '6 4',
        },
        selectable: false,
      });
    }
  }
  const routers = routerFlow(state, bottom + GEOMETRY.hostGap, Math.max(right, 400));
  nodes.push(...routers.nodes);
  edges.push(...routers.edges);
  // The orchestrator above the hosts, with its management API edges down to each hypervisor.
  const brain = orchestratorFlow(state, boxes);
  nodes.push(...brain.nodes);
  edges.push(...brain.edges);
  return { nodes, edges, hostBoxes: boxes };
}

function hostIdOfNic(state: Pick<State, 'world'>, nicId: string): string {
  return Object.values(state.world.hosts).find((h) => h.nics.some((n) => n.id === nicId))?.id ?? '';
}

type Built = { nodes: FlowNode[]; edges: Edge[] };
const cache = new WeakMap<
  Host,
  { x: number; y: number; assumptions: State['world']['assumptions']; built: Built }
>();

function cachedHostFlow(host: Host, box: HostBox, state: Pick<State, 'world'>): Built {
  const hit = cache.get(host);
  if (hit && hit.x === box.x && hit.y === box.y && hit.assumptions === state.world.assumptions)
    return hit.built;
  const built = hostFlow(host, box, state);
  cache.set(host, { x: box.x, y: box.y, assumptions: state.world.assumptions, built });
  return built;
}

function hostFlow(host: Host, box: HostBox, state: Pick<State, 'world'>): Built {
  const nodes: FlowNode[] = [
    {
      id: host.id,
      type: 'host',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: {
        host,
        usage: hostUsage(host, state.world.assumptions),
        box,
        assumptions: state.world.assumptions,
      },
      dragHandle: '.host-drag-handle',
      ariaLabel: `Host ${host.name}`,
    },
  ];
  const edges: Edge[] = [];
  if (host.platform.kind !== 'hypervisor')
    return { nodes: [...nodes, ...hostContainerNodes(host, box)], edges };
  const switches = host.platform.vswitches;
  switches.forEach((vswitch, i) => {
    nodes.push({
      id: vswitch.id,
      type: 'vswitch',
      parentId: host.id,
      position: switchOffset(i, switches.length, box),
      width: switchWidth(switches.length, box),
      height: GEOMETRY.switchHeight,
      data: { vswitch, hostId: host.id },
      draggable: false,
      ariaLabel: `Virtual switch ${vswitch.name} on ${host.name}`,
    });
    for (const uplink of vswitch.uplinks) {
      const nic = host.nics.find((n) => n.id === uplink.nic);
      edges.push({
        id: `${vswitch.id}-${uplink.nic}`,
        source: vswitch.id,
        sourceHandle: 'uplink',
        target: host.id,
        targetHandle: uplink.nic,
        ariaLabel: `Uplink from ${vswitch.name} to ${nic?.name ?? uplink.nic} (${uplink.role})`,
        style: {
          stroke: '#0f766e',
          strokeWidth: 2,
          strokeDasharray: uplink.role === 'standby' ? '6 4' : undefined,
        },
        selectable: false,
      });
    }
  });
  const pgSwitch = new Map<string, { vswitch: VSwitch; vlan: number }>();
  for (const vswitch of switches)
    for (const pg of vswitch.portGroups) pgSwitch.set(pg.name, { vswitch, vlan: pg.vlan });
  vmsOf(host).forEach((vm, i) => {
    nodes.push({
      id: vm.id,
      type: 'vm',
      parentId: host.id,
      position: vmOffset(i, box.columns, box.rowHeight),
      width: GEOMETRY.vmWidth,
      height: vmCardHeight(vm),
      data: { vm, hostId: host.id },
      ariaLabel: `VM ${vm.name}`,
      zIndex: 10,
    });
    nodes.push(...vmContainerNodes(vm));
    for (const nic of vm.nics) {
      const at = nic.portGroup ? pgSwitch.get(nic.portGroup) : undefined;
      if (!at) continue;
      edges.push({
        id: nic.id,
        source: vm.id,
        sourceHandle: nic.id,
        target: at.vswitch.id,
        targetHandle: 'ports',
        ariaLabel: `vNIC of ${vm.name} in port group ${nic.portGroup ?? ''}`,
        style: { stroke: vlanColour(at.vlan), strokeWidth: 2 },
        selectable: false,
      });
    }
  });
  return { nodes, edges };
}

/**
 * What picking a canvas node selects, with the entity's own branded id read from the node's
 * data: the one place a React Flow node (whose id is a plain string) turns back into engine ids.
 * The brain has no inspector of its own, so it answers 'orchestrator'.
 */
export function selectionOf(node: FlowNode): NonNullable<Selection> | 'orchestrator' {
  switch (node.type) {
    case 'host':
      return { kind: 'host', id: node.data.host.id };
    case 'vm':
      return { kind: 'vm', id: node.data.vm.id };
    case 'vswitch':
      return { kind: 'vswitch', id: node.data.vswitch.id, hostId: node.data.hostId };
    case 'pswitch':
      return { kind: 'pswitch', id: node.data.sw.id };
    case 'container':
      return { kind: 'container', id: node.data.container.id };
    case 'router':
      return { kind: 'router', id: node.data.router.id };
    case 'orchestrator':
      return 'orchestrator';
  }
}
