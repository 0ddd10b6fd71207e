import type { Edge, Node } from '@xyflow/react';
import type { Host, OrchestratorSettings, State } from '../engine/read';
import type { HostBox } from './layout';

/**
 * The orchestrator drawn as its own actor above the hosts (docs/domain.md,
 * "The infrastructure orchestrator": the brain
 * above the muscles), with one "management API" edge down to each hypervisor it can call.
 */
export type OrchestratorNodeData = { settings: OrchestratorSettings };
export type OrchestratorNode = Node<OrchestratorNodeData, 'orchestrator'>;

export const ORCHESTRATOR_NODE_ID = 'orchestrator';
export const managementEdgeId = (hostId: string) => `mgmt-${hostId}`;

/**
 * Wide and short: the canvas is usually limited by its height, so width costs no zoom, and
 * two lines of large text stay readable when the whole datacenter is in view.
 */
const SIZE = { width: 1640, height: 136 } as const;
/** Room between the brain and the hosts' tops, where the calls travel. */
const GAP = 90;

/** Off: grey dashes. A failed host's edge is red (heartbeats lost); maintenance is amber. */
function edgeStyle(host: Host, enabled: boolean) {
  if (!enabled) return { stroke: '#64748b', strokeWidth: 2, strokeDasharray: '4 8' };
  const crashed = host.platform.kind === 'hypervisor' && host.platform.crashed !== null;
  if (host.power === 'failed' || crashed)
    return { stroke: '#b91c1c', strokeWidth: 3, strokeDasharray: '10 8' };
  if (host.power === 'off') return { stroke: '#64748b', strokeWidth: 2, strokeDasharray: '4 8' };
  if (host.maintenance) return { stroke: '#b45309', strokeWidth: 3, strokeDasharray: '10 6' };
  return { stroke: '#6d28d9', strokeWidth: 3 };
}

const edgeCache = new WeakMap<Host, { enabled: boolean; edge: Edge }>();

function managementEdge(host: Host, enabled: boolean): Edge {
  const hit = edgeCache.get(host);
  if (hit && hit.enabled === enabled) return hit.edge;
  const edge: Edge = {
    id: managementEdgeId(host.id),
    source: ORCHESTRATOR_NODE_ID,
    sourceHandle: 'api',
    target: host.id,
    targetHandle: 'mgmt',
    type: 'straight',
    ariaLabel: `Management API from the orchestrator to the hypervisor of ${host.name}`,
    style: edgeStyle(host, enabled),
    selectable: false,
  };
  edgeCache.set(host, { enabled, edge });
  return edge;
}

let lastNode: OrchestratorNode | null = null;

/** The brain's node, centred above the hosts, and its edges to every hypervisor host. */
export function orchestratorFlow(
  state: Pick<State, 'world'>,
  boxes: ReadonlyMap<string, HostBox>,
): { nodes: OrchestratorNode[]; edges: Edge[] } {
  const settings = state.world.orchestrator.settings;
  let left = 0;
  let right = 0;
  let top = 0;
  for (const b of boxes.values()) {
    left = Math.min(left, b.x);
    right = Math.max(right, b.x + b.width);
    top = Math.min(top, b.y);
  }
  const x = Math.round((left + right - SIZE.width) / 2);
  const y = top - SIZE.height - GAP;
  // Same settings, same place: the same node object, so React Flow skips it.
  const node: OrchestratorNode =
    lastNode &&
    lastNode.data.settings === settings &&
    lastNode.position.x === x &&
    lastNode.position.y === y
      ? lastNode
      : {
          id: ORCHESTRATOR_NODE_ID,
          type: 'orchestrator',
          position: { x, y },
          ...SIZE,
          data: { settings },
          draggable: false,
          ariaLabel: `Orchestrator (brain), ${settings.enabled ? 'on' : 'off'}`,
        };
  lastNode = node;
  const edges = Object.values(state.world.hosts)
    .filter((h) => h.platform.kind === 'hypervisor' && boxes.has(h.id))
    .map((h) => managementEdge(h, settings.enabled));
  return { nodes: [node], edges };
}
