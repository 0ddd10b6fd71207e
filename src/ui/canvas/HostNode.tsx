import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { hypervisorById, osName } from '../../engine';
import { GEOMETRY } from '../../store/layout';
import type { HostNode as HostNodeType } from '../../store/toFlow';
import { Meter } from '../components/Meter';

const NIC_WIDTH = 76;
const gb = (n: number) => `${Number(n.toFixed(1))} GB`;

/** A server drawn as the classic layered stack; its VMs and virtual switches are child nodes. */
function HostNodeView({ data, selected }: NodeProps<HostNodeType>) {
  const { host, usage, box } = data;
  const product = host.platform.kind === 'hypervisor' ? hypervisorById(host.platform.product) : undefined;
  const down = host.power !== 'on';
  const { bands } = box;
  const cpuShare = usage.coresForVms > 0 ? usage.cpuInUse / usage.coresForVms : 0;
  return (
    <div
      className={`relative h-full w-full rounded-lg border-2 bg-white text-slate-900 ${selected ? 'border-blue-700 ring-4 ring-blue-300' : 'border-slate-500'} ${down ? 'opacity-70' : ''}`}
    >
      <div className="host-drag-handle flex h-11 cursor-move items-center justify-between rounded-t-md bg-slate-800 px-3 text-white">
        <span className="text-lg font-bold">{host.name}</span>
        <span className={`rounded px-2 py-0.5 text-sm font-semibold ${host.power === 'on' ? 'bg-emerald-200 text-emerald-950' : host.power === 'failed' ? 'bg-red-200 text-red-950' : 'bg-slate-300 text-slate-900'}`}>
          {host.power === 'on' ? 'on' : host.power === 'failed' ? 'FAILED' : 'off'}
        </span>
      </div>
      <div className="absolute left-3 text-xs font-semibold uppercase tracking-wide text-slate-700" style={{ top: bands.vnics + 12 }}>
        Virtual Ethernet ports (vNICs)
      </div>
      <div className="absolute inset-x-0 border-y border-teal-700 bg-teal-50" style={{ top: bands.hypervisor, height: GEOMETRY.hypervisorBand }}>
        <div className="px-3 pt-1 text-sm font-semibold text-teal-950">
          Hypervisor · {product?.name ?? 'none'}{product ? ` · type ${product.type}` : ''}
        </div>
      </div>
      {bands.hostOs !== null && host.platform.kind === 'hypervisor' && (
        <div className="absolute inset-x-0 flex items-center border-b border-amber-700 bg-amber-50 px-3 text-sm font-semibold text-amber-950" style={{ top: bands.hostOs, height: GEOMETRY.hostOsBand }}>
          Host OS · {osName(host.platform.hostOs ?? '')} · keeps {host.cpuCores - usage.coresForVms} core, {gb(usage.memoryReservedGb)} with hypervisor
        </div>
      )}
      <div className="absolute inset-x-0 bottom-0 rounded-b-md bg-slate-100 px-3 pt-1" style={{ top: bands.hardware }}>
        <div className="text-sm font-semibold text-slate-900">
          Server hardware · {host.cpuCores} cores · {host.memoryGb} GB · {host.storageGb} GB disk
        </div>
        <div className="mt-1 space-y-1">
          <Meter label="CPU" allocated={usage.vcpuLimit > 0 ? usage.vcpuAllocated / usage.vcpuLimit : 0} inUse={cpuShare} text={`${usage.vcpuAllocated}/${usage.vcpuLimit} vCPU`} />
          <Meter label="Mem" allocated={usage.memoryForVmsGb > 0 ? usage.memoryAllocatedGb / usage.memoryForVmsGb : 0} inUse={usage.memoryForVmsGb > 0 ? usage.memoryInUseGb / usage.memoryForVmsGb : 0} text={`${gb(usage.memoryAllocatedGb)}/${gb(usage.memoryForVmsGb)}`} />
        </div>
        <div className="mt-1 flex gap-2">
          {host.nics.map((nic) => (
            <div key={nic.id} className={`relative rounded border px-1 text-xs font-semibold ${nic.up ? 'border-slate-600 bg-white text-slate-900' : 'border-red-700 bg-red-50 text-red-900'}`} style={{ width: NIC_WIDTH }}>
              {nic.name}{nic.up ? '' : ' ✕'}
              <Handle type="target" id={nic.id} position={Position.Top} isConnectable={false} />
              <Handle type="source" id={`${nic.id}-wire`} position={Position.Bottom} isConnectable={false} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

export const HostNode = memo(HostNodeView);
