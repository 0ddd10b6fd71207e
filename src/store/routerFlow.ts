import type { Edge, Node } from '@xyflow/react';
import type { Router, State } from '../engine/read';
import { GEOMETRY } from './layout';

/**
 * Routers drawn under the physical switch they are cabled to, each with its cable, so a routed
 * packet's trip up to the router and back down shows on the canvas.
 */
export type RouterNodeData = { router: Router; port: number | null; portDown: boolean };
export type RouterNode = Node<RouterNodeData, 'router'>;

const SIZE = { width: 860, height: 96 } as const;
/** Room between the physical switch and the routers for the cables. */
const GAP = 56;

export const routerCableId = (routerId: string) => `${routerId}-wire`;

/** Same router, place and port state: the same node object, so React Flow skips it. */
const cache = new WeakMap<Router, RouterNode>();
function routerNode(router: Router, x: number, y: number, portDown: boolean): RouterNode {
  const hit = cache.get(router);
  if (hit && hit.position.x === x && hit.position.y === y && hit.data.portDown === portDown)
    return hit;
  const node: RouterNode = {
    id: router.id,
    type: 'router',
    position: { x, y },
    ...SIZE,
    data: { router, port: router.link?.port ?? null, portDown },
    draggable: false,
    ariaLabel: `Router ${router.name}`,
  };
  cache.set(router, node);
  return node;
}

/** Router nodes and cables; `top` is the physical switch's top, `width` its width. */
export function routerFlow(
  state: Pick<State, 'world'>,
  top: number,
  width: number,
): { nodes: RouterNode[]; edges: Edge[] } {
  const routers = Object.values(state.world.routers);
  const nodes: RouterNode[] = [];
  const edges: Edge[] = [];
  const span = routers.length * SIZE.width + (routers.length - 1) * GAP;
  routers.forEach((router, i) => {
    const sw = router.link ? state.world.physicalSwitches[router.link.switchId] : undefined;
    const portDown = sw !== undefined && sw.downPorts.includes(router.link?.port ?? 0);
    const x = Math.round((width - span) / 2) + i * (SIZE.width + GAP);
    nodes.push(routerNode(router, x, top + GEOMETRY.physicalSwitchHeight + GAP, portDown));
    if (!sw) return;
    edges.push({
      id: routerCableId(router.id),
      source: sw.id,
      sourceHandle: 'routers',
      target: router.id,
      targetHandle: null,
      ariaLabel: `Cable from ${sw.name} port ${router.link?.port ?? ''} to router ${router.name}`,
      style: {
        stroke: portDown ? '#dc2626' : '#334155',
        strokeWidth: 2,
        strokeDasharray: portDown ? '6 4' : undefined,
      },
      selectable: false,
    });
  });
  return { nodes, edges };
}
