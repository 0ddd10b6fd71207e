import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { gb } from '../../engine/read';
import type { HostNode as HostNodeType } from '../../store/toFlow';
import { Meter } from '../components/Meter';
import { PlatformLayers } from './PlatformLayers';

const NIC_WIDTH = 76;
const cores = (n: number) => Number(n.toFixed(2));

/** A server drawn as its layered stack; its VMs, virtual switches and containers are child nodes. */
function HostNodeView({ data, selected }: NodeProps<HostNodeType>) {
  const { host, usage, box } = data;
  const down = host.power !== 'on';
  const { bands } = box;
  // Apps on a bare-metal OS keep real cores busy: no vCPU ratio stretches them.
  const cpuLimit = usage.workload === 'apps' ? host.cpuCores : usage.vcpuLimit;
  const cpuShare = usage.coresForVms > 0 ? usage.cpuInUse / usage.coresForVms : 0;
  return (
    <div
      className={`relative h-full w-full rounded-lg border-2 bg-white text-slate-900 ${selected ? 'border-blue-700 ring-4 ring-blue-300' : 'border-slate-500'} ${down ? 'opacity-70' : ''}`}
    >
      {/* Where the orchestrator's management API edge arrives (src/store/orchestratorFlow.ts). */}
      <Handle type="target" id="mgmt" position={Position.Top} isConnectable={false} />
      <div className="host-drag-handle flex h-12 cursor-move items-center justify-between rounded-t-md bg-slate-800 px-3 text-white">
        <span className="text-xl font-bold">{host.name}</span>
        <span
          className={`rounded px-2 py-0.5 text-sm font-semibold ${host.power === 'on' ? 'bg-emerald-200 text-emerald-950' : host.power === 'failed' ? 'bg-red-200 text-red-950' : 'bg-slate-300 text-slate-900'}`}
        >
          {host.power === 'on' ? 'on' : host.power === 'failed' ? 'FAILED' : 'off'}
        </span>
      </div>
      <PlatformLayers host={host} usage={usage} box={box} assumptions={data.assumptions} />
      <div
        className="absolute inset-x-0 bottom-0 flex gap-3 rounded-b-md bg-slate-100 px-3 pt-1"
        style={{ top: bands.hardware }}
      >
        <div className="min-w-0 flex-1">
          <div className="text-base font-semibold text-slate-900">
            Hardware · {host.cpuCores} cores · {host.memoryGb} GB
          </div>
          <div className="mt-1 space-y-1.5">
            <Meter
              label="CPU"
              allocated={cpuLimit > 0 ? usage.vcpuAllocated / cpuLimit : 0}
              inUse={cpuShare}
              text={`${cores(usage.vcpuAllocated)}/${cores(cpuLimit)} ${usage.workload === 'vms' ? 'vCPU' : 'cores'}`}
            />
            <Meter
              label="Mem"
              allocated={
                usage.memoryForVmsGb > 0 ? usage.memoryAllocatedGb / usage.memoryForVmsGb : 0
              }
              inUse={usage.memoryForVmsGb > 0 ? usage.memoryInUseGb / usage.memoryForVmsGb : 0}
              text={`${gb(usage.memoryAllocatedGb)}/${gb(usage.memoryForVmsGb)}`}
            />
          </div>
        </div>
        <div
          className="grid shrink-0 grid-cols-2 content-start gap-x-2 gap-y-3 pt-1"
          aria-label="Physical NICs"
          role="group"
        >
          {host.nics.map((nic) => (
            <div
              key={nic.id}
              role="img"
              aria-label={`Physical NIC ${nic.name} of ${host.name}, link ${nic.up ? 'up' : 'down'}`}
              className={`relative rounded border-2 px-1 text-center text-sm font-semibold ${nic.up ? 'border-slate-700 bg-white text-slate-900' : 'border-red-700 bg-red-50 text-red-900'}`}
              style={{ width: NIC_WIDTH }}
            >
              {nic.name}
              {nic.up ? '' : ' ✕'}
              <Handle type="target" id={nic.id} position={Position.Top} isConnectable={false} />
              <Handle
                type="source"
                id={`${nic.id}-wire`}
                position={Position.Bottom}
                isConnectable={false}
              />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

export const HostNode = memo(HostNodeView);
