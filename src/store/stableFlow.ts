import { sameData } from './sameData';
import type { Flow } from './toFlow';

/**
 * The flow with every node and edge that reads the same as in `prev` given back as `prev`'s
 * object. A tick rewrites each running VM, so toFlow rebuilds every busy host's nodes and edges;
 * React Flow draws a node or an edge again only when its object changes, so the cables, switches
 * and ports that stayed as they were keep their objects and are not drawn again.
 */
export function keepUnchanged(next: Flow, prev: Flow | null): Flow {
  if (!prev) return next;
  return { ...next, nodes: reuse(next.nodes, prev.nodes), edges: reuse(next.edges, prev.edges) };
}

function reuse<T extends { readonly id: string }>(next: T[], prev: readonly T[]): T[] {
  const before = new Map(prev.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = before.get(item.id);
    return old && sameData(old, item) ? old : item;
  });
}
