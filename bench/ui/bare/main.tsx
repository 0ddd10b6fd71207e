import {
  Background,
  Controls,
  Handle,
  MiniMap,
  type NodeChange,
  type NodeProps,
  Position,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type BareNode, bareShape } from './shape';

/**
 * The bare React Flow page the UI benchmark measures VirtLab against: the documented
 * `applyNodeChanges` idiom, custom nodes as small as a card can be, the same chrome as VirtLab's
 * canvas (background, controls, minimap) with props made once. The hash says how many VMs each
 * host holds (#vms=11,10,9) and how big the canvas is (&w=900&h=600), so its zoom matches.
 */
const params = new URLSearchParams(location.hash.slice(1));
const vmsPerHost = (params.get('vms') ?? '4,4,4').split(',').map(Number);
const size = { width: Number(params.get('w') ?? 1280), height: Number(params.get('h') ?? 720) };
const shape = bareShape(vmsPerHost);

function HostCard({ data }: NodeProps<BareNode>) {
  return (
    <div className="bare-host">
      <div className="bare-host-header">{data.label}</div>
      <Handle type="target" position={Position.Bottom} />
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

function VmCard({ data }: NodeProps<BareNode>) {
  return (
    <div className="bare-vm">
      <Handle type="target" position={Position.Top} />
      <strong>{data.label}</strong>
      <div>{data.detail}</div>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

function SwitchCard({ data }: NodeProps<BareNode>) {
  return (
    <div className="bare-switch">
      <Handle type="target" position={Position.Top} />
      {data.label}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

const nodeTypes = { host: HostCard, vm: VmCard, switch: SwitchCard };
const FIT_VIEW = { padding: 0.03 };
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_SIZE = { width: 150, height: 100 };

function Bare() {
  const [nodes, setNodes] = useState(shape.nodes);
  const onNodesChange = useCallback(
    (changes: NodeChange<BareNode>[]) => setNodes((nds) => applyNodeChanges(changes, nds)),
    [],
  );
  return (
    <div style={size}>
      <ReactFlow
        nodes={nodes}
        edges={shape.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        nodesConnectable={false}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.1}
        maxZoom={2}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={24} />
        <Controls />
        <MiniMap pannable zoomable style={MINIMAP_SIZE} />
      </ReactFlow>
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The bare page has no #root element.');
createRoot(root).render(
  <ReactFlowProvider>
    <Bare />
  </ReactFlowProvider>,
);
