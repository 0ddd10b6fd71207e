import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { OrchestratorNode as OrchestratorNodeType } from '../../store/orchestratorFlow';
import { useStoreApi } from '../storeContext';
import { CanvasOverlay } from './CanvasOverlay';
import { POLICY_NAME } from './labels';

/**
 * The orchestrator on the canvas: the brain that decides and then calls each hypervisor (the
 * muscles) through its management API. Off, it is drawn grey and says that VMs are placed by
 * hand. It also hosts the canvas overlay: calls in flight, HA countdowns, migrations.
 */
function OrchestratorNodeView({
  data,
  selected,
  positionAbsoluteX,
  positionAbsoluteY,
  width = 0,
  height = 0,
}: NodeProps<OrchestratorNodeType>) {
  const store = useStoreApi();
  const { settings } = data;
  const on = settings.enabled;
  return (
    <div
      className={`flex h-full w-full flex-col justify-center gap-2 rounded-xl border-4 px-5 text-4xl ${on ? 'border-violet-800 bg-violet-50 text-slate-950' : 'border-dashed border-slate-500 bg-slate-100 text-slate-800'} ${selected ? 'ring-4 ring-blue-300' : ''}`}
    >
      <div className="flex items-center gap-4 whitespace-nowrap">
        <span className="font-bold">Orchestrator (brain)</span>
        <span
          className={`rounded px-2 font-bold text-white ${on ? 'bg-violet-800' : 'bg-slate-600'}`}
        >
          {on ? 'ON' : 'OFF'}
        </span>
        {on && (
          <span>
            Policy: <b>{POLICY_NAME[settings.policy]}</b> · HA <b>{settings.ha ? 'on' : 'off'}</b> ·
            Balancing <b>{settings.balancing}</b>
          </span>
        )}
        <button
          type="button"
          className="nodrag ml-auto rounded border-2 border-slate-700 bg-white px-3 text-3xl font-semibold text-slate-900 hover:bg-slate-100"
          onClick={() => store.getState().show({ sidePanel: 'orchestrator' })}
        >
          Settings
        </button>
      </div>
      {on ? (
        <div className="text-slate-800">
          Decides, then calls each hypervisor&apos;s management API (the muscles).
        </div>
      ) : (
        <div className="font-semibold">
          Off: VMs are placed by hand, as in a simple environment.
        </div>
      )}
      <Handle type="source" id="api" position={Position.Bottom} isConnectable={false} />
      <CanvasOverlay origin={{ x: positionAbsoluteX + width / 2, y: positionAbsoluteY + height }} />
    </div>
  );
}

export const OrchestratorNode = memo(OrchestratorNodeView);
