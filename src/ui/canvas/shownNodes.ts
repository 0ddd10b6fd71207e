import type { FlowNode } from '../../store/toFlow';

/** Which flow node each node on the canvas was made from, so an unchanged one keeps its object. */
const madeFrom = new WeakMap<FlowNode, FlowNode>();

/**
 * The nodes as the canvas shows them: each flow node with React Flow's measurement of it and
 * the selection and highlight marks. A node whose flow node and marks are as they were keeps its
 * object, so React Flow neither draws nor measures it again; a node React Flow has changed (a
 * drag) is made again from its flow node, which puts it back where the engine says it is.
 */
export function shownNodes(
  next: readonly FlowNode[],
  shown: readonly FlowNode[],
  selectedId: string | undefined,
  highlight: readonly string[],
): FlowNode[] {
  const before = new Map(shown.map((n) => [n.id, n]));
  return next.map((n) => {
    const was = before.get(n.id);
    const selected = n.id === selectedId;
    const className = highlight.includes(n.id) ? 'vl-highlight' : n.className;
    if (
      was &&
      madeFrom.get(was) === n &&
      !!was.selected === selected &&
      was.className === className
    )
      return was;
    const measured = n.measured ?? was?.measured;
    const node: FlowNode = { ...n, selected, className, ...(measured && { measured }) };
    madeFrom.set(node, n);
    return node;
  });
}
