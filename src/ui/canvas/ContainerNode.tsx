import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ContainerState } from '../../engine/read';
import type { ContainerNode as ContainerNodeType } from '../../store/containerFlow';

const STATE_STYLE: Record<ContainerState, string> = {
  running: 'bg-emerald-700 text-white',
  starting: 'bg-amber-300 text-amber-950',
  off: 'bg-slate-200 text-slate-900',
  crashed: 'bg-red-700 text-white',
};

const stateText = (s: ContainerState) => (s === 'crashed' ? 'CRASHED' : s);
const limits = (cpu: number, memoryGb: number) => `${cpu} CPU · ${memoryGb} GB`;

/** A container: its name, image, state and limits; it carries no kernel of its own. */
function ContainerNodeView({ data, selected }: NodeProps<ContainerNodeType>) {
  const { container: c, compact } = data;
  const crashed = c.state === 'crashed';
  const frame = `h-full w-full rounded border-2 text-slate-900 ${crashed ? 'border-red-700 bg-red-50' : 'border-cyan-800 bg-cyan-50'} ${selected ? 'ring-4 ring-blue-300' : ''}`;
  const badge = `shrink-0 rounded px-1.5 text-sm font-semibold ${STATE_STYLE[c.state]}`;
  if (compact)
    return (
      <div className={`${frame} flex items-center gap-1 px-1.5`}>
        <span className="min-w-0 flex-1 truncate text-sm font-bold">{c.name}</span>
        <span className={badge}>{stateText(c.state)}</span>
      </div>
    );
  return (
    <div className={`${frame} flex flex-col px-2 py-1`}>
      <div className="flex items-center justify-between gap-1">
        <span className="truncate text-lg font-bold leading-tight">{c.name}</span>
        <span className={badge}>{stateText(c.state)}</span>
      </div>
      <div className="truncate text-base">{c.image}</div>
      <div className="mt-auto text-base font-semibold tabular-nums">
        {limits(c.cpu, c.memoryGb)}
      </div>
    </div>
  );
}

export const ContainerNode = memo(ContainerNodeView);
