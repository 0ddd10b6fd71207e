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

/** How far into a node or edge to compare: its fields, their fields, and the items of a list. */
const DEPTH = 4;

function reuse<T extends { readonly id: string }>(next: T[], prev: readonly T[]): T[] {
  const before = new Map(prev.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = before.get(item.id);
    return old && sameData(old, item, DEPTH) ? old : item;
  });
}

/** Equal as plain data, looking `depth` levels into objects and arrays (identity below that). */
export function sameData(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((k) => k in right && sameData(left[k], right[k], depth - 1))
  );
}
