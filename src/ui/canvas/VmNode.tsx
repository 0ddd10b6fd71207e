import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { type VmPower, osName, runtimeById } from '../../engine/read';
import type { VmNode as VmNodeType } from '../../store/toFlow';
import { MigrationStrip } from '../orchestrator/lazy';

const POWER_STYLE: Record<VmPower, string> = {
  running: 'bg-emerald-700 text-white',
  migrating: 'bg-violet-700 text-white',
  booting: 'bg-amber-300 text-amber-950',
  paused: 'bg-slate-400 text-slate-950',
  off: 'bg-slate-200 text-slate-900',
  crashed: 'bg-red-700 text-white',
};

/** A VM: its guest OS and apps, sizes and power state; one handle per vNIC at the bottom. */
function VmNodeView({ data, selected }: NodeProps<VmNodeType>) {
  const { vm } = data;
  const power =
    vm.power === 'booting'
      ? `booting ${Math.ceil(vm.bootRemainingS)} s`
      : vm.power === 'crashed'
        ? 'CRASHED'
        : vm.power;
  const crashed = vm.power === 'crashed';
  return (
    <div
      className={`flex h-full w-full cursor-grab flex-col rounded-md border-2 px-2 py-1 text-slate-900 ${crashed ? 'bg-red-50' : 'bg-blue-50'} ${selected ? 'border-blue-700 ring-4 ring-blue-300' : crashed ? 'border-red-700' : 'border-blue-800'}`}
    >
      <div className="flex items-center justify-between gap-1">
        <span className="truncate text-lg font-bold leading-tight">{vm.name}</span>
        <span className={`shrink-0 rounded px-1.5 text-sm font-semibold ${POWER_STYLE[vm.power]}`}>
          {power}
        </span>
      </div>
      <div className="truncate text-base">{osName(vm.os)}</div>
      {vm.runtime ? (
        <div className="truncate text-sm font-semibold text-cyan-900">
          Runtime: {runtimeById(vm.runtime.product)?.name ?? vm.runtime.product}
        </div>
      ) : (
        <div className="truncate text-sm text-slate-700">
          {vm.apps.length > 0 ? vm.apps.join(', ') : 'no apps'}
        </div>
      )}
      <div className="mt-auto text-base font-semibold tabular-nums">
        {vm.vcpus} vCPU · {vm.memoryGb} GB
      </div>
      {vm.power === 'migrating' && <MigrationStrip vmId={vm.id} />}
      {vm.nics.map((nic, i) => (
        <Handle
          key={nic.id}
          type="source"
          id={nic.id}
          role="img"
          aria-label={`vNIC ${i + 1} of ${vm.name}, ${nic.portGroup ? `in port group ${nic.portGroup}` : 'unplugged'}`}
          position={Position.Bottom}
          isConnectable={false}
          style={{ left: `${((i + 1) * 100) / (vm.nics.length + 1)}%` }}
        />
      ))}
    </div>
  );
}

export const VmNode = memo(VmNodeView);
