import { useState } from 'react';
import type { ReachCell, ReachabilityMatrix, State, World } from '../../engine/read';
import type { EngineRuntime } from '../../store/sessionSlice';
import { useRuntime, useSandbox, useStoreApi } from '../storeContext';
import { RefusalGroups } from './RefusalGroups';

/** The matrix of a world, worked out once per world: worlds are immutable. */
const matrices = new WeakMap<World, ReachabilityMatrix>();
function matrixOf(rt: EngineRuntime, state: State): ReachabilityMatrix {
  let m = matrices.get(state.world);
  if (!m) {
    m = rt.reachability(state);
    matrices.set(state.world, m);
  }
  return m;
}

interface Picked {
  readonly row: number;
  readonly col: number;
}

/** What a cell says, in words, for its accessible name and the line above the matrix. */
function cellText(m: ReachabilityMatrix, { row, col }: Picked): string {
  const src = m.vms[row]?.name ?? '';
  const dst = m.vms[col]?.name ?? '';
  const cell = m.cells[row]?.[col];
  if (!cell) return `${src} to ${dst}`;
  if (cell.ok) return `${src} can ping ${dst}${cell.routed ? ' through a router' : ''}.`;
  return `${src} cannot ping ${dst}: ${cell.reason}`;
}

function Cell({
  cell,
  label,
  onPick,
  onOpen,
}: {
  cell: ReachCell | null | undefined;
  label: string;
  onPick: () => void;
  onOpen: () => void;
}) {
  if (!cell)
    return (
      <td className="border border-slate-300 bg-slate-200 text-center text-slate-700">
        <span className="sr-only">itself</span>—
      </td>
    );
  const style = cell.ok
    ? 'bg-green-50 text-green-900 hover:bg-green-100'
    : 'bg-red-50 text-red-900 hover:bg-red-100';
  return (
    <td className="border border-slate-300 p-0">
      <button
        type="button"
        aria-label={label}
        title={label}
        onMouseEnter={onPick}
        onFocus={onPick}
        onClick={onOpen}
        className={`h-full w-full px-1 py-1 text-center text-sm leading-tight ${style}`}
      >
        <span className="block text-lg font-bold" aria-hidden="true">
          {cell.ok ? '✓' : '✗'}
        </span>
        <span className="block [overflow-wrap:anywhere]" aria-hidden="true">
          {cell.ok ? (cell.routed ? 'routed' : 'direct') : cell.at.name}
        </span>
      </button>
    </td>
  );
}

/**
 * Which VM can ping which, recomputed whenever the topology changes; each refused cell says why.
 * Choosing a cell opens the packet tracer on that pair.
 */
export default function ReachabilityView() {
  const rt = useRuntime();
  const store = useStoreApi();
  const state = useSandbox((s) => s.session.state);
  const [picked, setPicked] = useState<Picked | null>(null);
  if (!rt) return <p className="p-3 text-base text-slate-800">Loading…</p>;
  const m = matrixOf(rt, state);
  const refused = m.cells.flat().filter((c) => c && !c.ok).length;
  const pairs = m.vms.length * (m.vms.length - 1);
  const open = (row: number, col: number) => {
    const src = m.vms[row]?.id;
    const dst = m.vms[col]?.id;
    if (src && dst) store.getState().traceFromVm(src, dst);
  };
  return (
    <div className="h-full overflow-auto bg-white p-3">
      <h2 className="text-xl font-bold text-slate-900">Reachability</h2>
      <p className="text-sm text-slate-800">
        Which VM can ping which: the echo request there and the reply back. Rows send, columns
        answer. {pairs - refused} of {pairs} pairs get a reply. Choose a cell to trace that ping.
      </p>
      <p
        className="my-2 min-h-12 rounded bg-sky-50 p-2 text-base text-slate-900"
        aria-live="polite"
        data-testid="reach-detail"
      >
        {picked ? cellText(m, picked) : 'Point at or focus a cell to read why.'}
      </p>
      <table className="border-collapse text-sm">
        <caption className="sr-only">Reachability: rows ping columns</caption>
        <thead>
          <tr>
            <th scope="col" className="p-1 text-left text-sm text-slate-700">
              from ↓ to →
            </th>
            {m.vms.map((v) => (
              <th key={v.id} scope="col" className="w-20 p-1 text-sm font-bold text-slate-900">
                {v.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.vms.map((v, row) => (
            <tr key={v.id}>
              <th scope="row" className="p-1 pr-2 text-left text-sm font-bold text-slate-900">
                {v.name}
                <span className="block font-normal text-slate-700">{v.ip ?? 'no address'}</span>
              </th>
              {m.vms.map((w, col) => (
                <Cell
                  key={w.id}
                  cell={m.cells[row]?.[col]}
                  label={cellText(m, { row, col })}
                  onPick={() => setPicked({ row, col })}
                  onOpen={() => open(row, col)}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <RefusalGroups matrix={m} />
    </div>
  );
}
