import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { type SwitchNode as SwitchNodeType, vlanColour } from '../../store/toFlow';

/** A virtual switch inside the hypervisor, with its port groups coloured by VLAN. */
function SwitchNodeView({ data, selected }: NodeProps<SwitchNodeType>) {
  const { vswitch } = data;
  return (
    <div
      className={`h-full w-full rounded border-2 bg-white px-2 py-0.5 text-slate-900 ${selected ? 'border-blue-700 ring-4 ring-blue-300' : 'border-teal-800'}`}
    >
      <Handle type="target" id="ports" position={Position.Top} isConnectable={false} />
      <div className="text-base font-bold leading-tight">
        {vswitch.name}
        {vswitch.uplinks.length === 0 ? ' · internal only' : ''}
      </div>
      <div className="mt-0.5 flex flex-wrap gap-1">
        {vswitch.portGroups.map((pg) => (
          <span
            key={pg.id}
            role="img"
            aria-label={`Port group ${pg.name}, VLAN ${pg.vlan}`}
            className="rounded px-1.5 text-sm font-semibold text-white"
            style={{ background: vlanColour(pg.vlan) }}
          >
            {pg.name} ·{' '}
            {pg.vlan === 0 ? 'untagged' : pg.vlan === 4095 ? 'trunk' : `VLAN ${pg.vlan}`}
          </span>
        ))}
      </div>
      <Handle type="source" id="uplink" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

export const SwitchNode = memo(SwitchNodeView);
