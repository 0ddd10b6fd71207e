import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { RouterNode as RouterNodeType } from '../../store/routerFlow';
import { VlanTag } from './VlanTag';

/** A router on a stick: one cable up to the physical switch, one interface (gateway) per VLAN. */
function RouterNodeView({ data, selected }: NodeProps<RouterNodeType>) {
  const { router, port, portDown } = data;
  const cable =
    port === null ? 'not cabled' : `switch port ${port}${portDown ? ' (down)' : ''}, trunk`;
  return (
    <div
      className={`flex h-full w-full flex-col justify-center gap-1 rounded-lg border-4 bg-white px-3 text-slate-900 ${selected ? 'border-blue-700 ring-4 ring-blue-300' : 'border-slate-800'}`}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="flex items-baseline gap-3">
        <span className="text-2xl font-bold">Router {router.name}</span>
        <span className="text-lg text-slate-800">{cable}</span>
      </div>
      <div className="flex flex-wrap gap-2">
        {router.interfaces.map((i) => (
          <VlanTag key={i.id} vlan={i.vlan} large>
            VLAN {i.vlan} · {i.ip}
          </VlanTag>
        ))}
      </div>
    </div>
  );
}

export const RouterNode = memo(RouterNodeView);
