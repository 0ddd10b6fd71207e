import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { PhysicalSwitchNode as PhysicalSwitchNodeType } from '../../store/toFlow';

/** The physical Ethernet switch that joins the servers. */
function PhysicalSwitchNodeView({ data, selected }: NodeProps<PhysicalSwitchNodeType>) {
  const { sw, ports } = data;
  return (
    <div
      className={`flex h-full w-full items-center gap-4 rounded-lg border-2 bg-slate-700 px-4 text-white ${selected ? 'border-blue-400 ring-4 ring-blue-300' : 'border-slate-900'}`}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <span className="text-lg font-bold">Physical switch {sw.name}</span>
      <span className="text-sm">
        {ports.length} of {sw.portCount} ports cabled · trunk ports carry every VLAN
      </span>
      <Handle type="source" id="routers" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

export const PhysicalSwitchNode = memo(PhysicalSwitchNodeView);
