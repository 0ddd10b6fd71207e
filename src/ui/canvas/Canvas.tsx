import {
  Background,
  Controls,
  MiniMap,
  type NodeChange,
  type OnSelectionChangeFunc,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useMemo, useState } from 'react';
import type { HostId } from '../../engine/read';
import { selectFlow } from '../../store/selectors';
import { type FlowNode, selectionOf } from '../../store/toFlow';
import { shownNodes } from './shownNodes';
import { useSandbox, useStoreApi } from '../storeContext';
import { ContainerNode } from './ContainerNode';
import { HostNode } from './HostNode';
import { PhysicalSwitchNode } from './PhysicalSwitchNode';
import { SwitchNode } from './SwitchNode';
import { VmNode } from './VmNode';
import { PALETTE_MIME, addFromPalette } from '../panels/paletteItems';
import { OrchestratorNode } from '../orchestrator/OrchestratorNode';
import { RouterNode } from '../network/RouterNode';

const nodeTypes = {
  host: HostNode,
  vm: VmNode,
  vswitch: SwitchNode,
  pswitch: PhysicalSwitchNode,
  container: ContainerNode,
  orchestrator: OrchestratorNode,
  router: RouterNode,
};

/**
 * Props React Flow receives, made once: a new object or function on each render is written into
 * its store and re-renders every subscriber (the minimap draws every node again).
 */
const FIT_VIEW = { padding: 0.03 };
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_SIZE = { width: 150, height: 100 };
const minimapColour = (n: { type?: string }) =>
  n.type === 'vm' ? '#1d4ed8' : n.type === 'host' ? '#e2e8f0' : '#334155';

export function Canvas() {
  const store = useStoreApi();
  const flow = useSandbox(selectFlow);
  const selection = useSandbox((s) => s.selection);
  const highlight = useSandbox((s) => s.highlight);
  const [nodes, setNodes] = useState(() => shownNodes(flow.nodes, [], selection?.id, highlight));
  const { screenToFlowPosition } = useReactFlow();

  // When the engine state or the selection changes, the nodes follow (React's "adjust state
  // while rendering" pattern, which avoids an extra render pass through an effect).
  const [source, setSource] = useState({ flowNodes: flow.nodes, selection, highlight });
  if (
    source.flowNodes !== flow.nodes ||
    source.selection !== selection ||
    source.highlight !== highlight
  ) {
    setSource({ flowNodes: flow.nodes, selection, highlight });
    setNodes(shownNodes(flow.nodes, nodes, selection?.id, highlight));
  }
  const edges = useMemo(
    () =>
      highlight.length === 0
        ? flow.edges
        : flow.edges.map((e) =>
            highlight.includes(e.id) ? { ...e, className: 'vl-highlight', animated: true } : e,
          ),
    [flow.edges, highlight],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => setNodes((nds) => applyNodeChanges(changes, nds)),
    [],
  );

  const hostAt = useCallback(
    (clientX: number, clientY: number): HostId | undefined => {
      const p = screenToFlowPosition({ x: clientX, y: clientY });
      for (const [id, b] of flow.hostBoxes) {
        if (p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height) return id;
      }
      return undefined;
    },
    [flow.hostBoxes, screenToFlowPosition],
  );

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: FlowNode) => {
      const { dispatch, placeHost } = store.getState();
      if (node.type === 'host') {
        placeHost(node.data.host.id, node.position);
        return;
      }
      if (node.type !== 'vm') return;
      const from = node.data.hostId;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const to = point ? hostAt(point.clientX, point.clientY) : undefined;
      if (to && to !== from) dispatch({ type: 'moveVm', vmId: node.data.vm.id, toHostId: to });
      // Whatever happened, the node goes where the engine says it is.
      const { selection: picked, highlight: lit } = store.getState();
      setNodes((prev) => shownNodes(flow.nodes, prev, picked?.id, lit));
    },
    [flow.nodes, hostAt, store],
  );

  const onSelectionChange: OnSelectionChangeFunc<FlowNode> = useCallback(
    ({ nodes: picked }) => {
      const node = picked[0];
      const { select, selection: current } = store.getState();
      if (!node) {
        if (current) select(null);
        return;
      }
      if (current?.id === node.id) return;
      const chosen = selectionOf(node);
      // The brain has no inspector of its own: picking it opens the orchestrator's panel.
      if (chosen === 'orchestrator') store.getState().show({ sidePanel: 'orchestrator' });
      else select(chosen);
    },
    [store],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = event.dataTransfer.getData(PALETTE_MIME);
      if (!item) return;
      event.preventDefault();
      addFromPalette(store, item, hostAt(event.clientX, event.clientY));
    },
    [hostAt, store],
  );

  return (
    <div
      className="h-full w-full"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      data-testid="canvas"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        nodesConnectable={false}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
        maxZoom={2}
        proOptions={PRO_OPTIONS}
        aria-label="Datacenter diagram"
      >
        <Background gap={24} color="#cbd5e1" />
        <Controls position="bottom-left" showInteractive={false} />
        <MiniMap
          pannable
          zoomable
          position="bottom-right"
          style={MINIMAP_SIZE}
          ariaLabel="Minimap of the datacenter"
          nodeColor={minimapColour}
        />
      </ReactFlow>
    </div>
  );
}
