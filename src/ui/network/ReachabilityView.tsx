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

/** Yes or no per ordered pair of VM ids, to compare a matrix with the one before a change. */
function answers(m: ReachabilityMatrix): Map<string, boolean> {
  const out = new Map<string, boolean>();
  m.cells.forEach((row, i) =>
    row.forEach((c, j) => {
      if (c) out.set(`${m.vms[i]?.id}>${m.vms[j]?.id}`, c.ok);
    }),
  );
  return out;
}

/** What a cell says, in words, for its accessible name and the line above the matrix. */
function cellText(m: ReachabilityMatrix, row: number, col: number, changed: boolean): string {
  const src = m.vms[row]?.name ?? '';
  const dst = m.vms[col]?.name ?? '';
  const cell = m.cells[row]?.[col];
  const flip = changed ? ' (just changed)' : '';
  if (!cell) return `${src} to ${dst}`;
  if (cell.ok) return `${src} can ping ${dst}${cell.routed ? ' through a router' : ''}.${flip}`;
  return `${src} cannot ping ${dst}: ${cell.reason}${flip}`;
}

/** "esx-02/vSwitch0" may wrap after the slash rather than mid-word. */
function BreakAtSlash({ text }: { text: string }) {
  const parts = text.split('/');
  return parts.map((p, i) => (
    <span key={i} className="whitespace-nowrap">
      {p}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </span>
  ));
}

function Cell({
  cell,
  label,
  changed,
  onPick,
  onOpen,
}: {
  cell: ReachCell | null | undefined;
  label: string;
  changed: boolean;
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
    <td className={`border p-0 ${changed ? 'border-4 border-amber-500' : 'border-slate-300'}`}>
      <button
        type="button"
        aria-label={label}
        title={label}
        onMouseEnter={onPick}
        onFocus={onPick}
        onClick={onOpen}
        className={`h-full w-full px-0.5 py-1 text-center text-sm leading-tight ${style}`}
      >
        <span aria-hidden="true">
          <span className="font-bold">{cell.ok ? '✓' : '✗'}</span>{' '}
          {cell.ok ? cell.routed ? 'routed' : 'direct' : <BreakAtSlash text={cell.at.name} />}
        </span>
      </button>
    </td>
  );
}

/**
 * Which VM can ping which, recomputed whenever the topology changes; each refused cell says why,
 * and cells the last change flipped are outlined. Choosing a cell opens the packet tracer on that
 * pair.
 */
export default function ReachabilityView() {
  const rt = useRuntime();
  const store = useStoreApi();
  const state = useSandbox((s) => s.session.state);
  const [picked, setPicked] = useState<{ row: number; col: number } | null>(null);
  const m = rt ? matrixOf(rt, state) : null;
  // The matrix before the last change, kept to outline the cells that flipped.
  const [shown, setShown] = useState<{ now: typeof m; before: Map<string, boolean> | null }>({
    now: m,
    before: null,
  });
  if (shown.now !== m) setShown({ now: m, before: shown.now ? answers(shown.now) : null });
  if (!m) return <p className="p-3 text-base text-slate-800">Loading…</p>;
  const before = shown.before;
  const changed = (row: number, col: number) => {
    const was = before?.get(`${m.vms[row]?.id}>${m.vms[col]?.id}`);
    const cell = m.cells[row]?.[col];
    return was !== undefined && cell != null && cell.ok !== was;
  };
  const refused = m.cells.flat().filter((c) => c && !c.ok).length;
  const pairs = m.vms.length * (m.vms.length - 1);
  const open = (row: number, col: number) => {
    const src = m.vms[row]?.id;
    const dst = m.vms[col]?.id;
    if (src && dst) store.getState().traceFromVm(src, dst);
  };
  return (
    <div className="h-full overflow-auto bg-white px-3 py-2">
      <h2 className="text-xl font-bold text-slate-900">Reachability</h2>
      <p className="text-sm text-slate-800">
        Rows ping columns (echo request there, reply back): ✓ a reply, ✗ refused, with where it
        stopped. {pairs - refused} of {pairs} pairs get a reply. Choose a cell to trace that ping.
      </p>
      <p
        className="my-1 min-h-10 rounded bg-sky-50 px-2 py-1 text-base text-slate-900"
        aria-live="polite"
        data-testid="reach-detail"
      >
        {picked
          ? cellText(m, picked.row, picked.col, changed(picked.row, picked.col))
          : 'Point at or focus a cell to read why.'}
      </p>
      <table className="border-collapse text-sm">
        <caption className="sr-only">Reachability: rows ping columns</caption>
        <thead>
          <tr>
            <th scope="col" className="px-1 text-left text-sm text-slate-700">
              from ↓ to →
            </th>
            {m.vms.map((v) => (
              <th
                key={v.id}
                scope="col"
                className="w-20 px-1 text-sm font-bold text-slate-900"
              >
                {v.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.vms.map((v, row) => (
            <tr key={v.id}>
              <th
                scope="row"
                className="px-1 pr-2 text-left text-sm leading-tight font-bold text-slate-900"
              >
                {v.name}
                <span className="block font-normal text-slate-700">{v.ip ?? 'no address'}</span>
              </th>
              {m.vms.map((w, col) => (
                <Cell
                  key={w.id}
                  cell={m.cells[row]?.[col]}
                  label={cellText(m, row, col, changed(row, col))}
                  changed={changed(row, col)}
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
