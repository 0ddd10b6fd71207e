import { useState } from 'react';
import { type ReachabilityMatrix, type State, type World, reachability } from '../../engine';
import { useSandbox, useStoreApi } from '../storeContext';
import { RefusalGroups } from './RefusalGroups';
import { ReachabilityTable, cellText } from './ReachabilityTable';

/** More VMs than this make a matrix nobody can read (and thousands of buttons). */
const MAX_SHOWN = 40;

/** The matrix of a world, worked out once per world: worlds are immutable. */
const matrices = new WeakMap<World, ReachabilityMatrix>();
function matrixOf(state: State): ReachabilityMatrix {
  let m = matrices.get(state.world);
  if (!m) {
    m = reachability(state);
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

/**
 * Which VM can ping which, recomputed whenever the topology changes; each refused cell says why,
 * and cells the last change flipped are outlined. Choosing a cell opens the packet tracer on that
 * pair.
 */
export default function ReachabilityView() {
  const store = useStoreApi();
  const m = useSandbox((s) => matrixOf(s.session.state));
  const [picked, setPicked] = useState<{ row: number; col: number } | null>(null);
  // The matrix before the last change, kept to outline the cells that flipped.
  const [shown, setShown] = useState<{
    now: ReachabilityMatrix;
    before: Map<string, boolean> | null;
  }>({
    now: m,
    before: null,
  });
  if (shown.now !== m) {
    const was = shown.now;
    setShown({ now: m, before: was.vms.length <= MAX_SHOWN ? answers(was) : null });
  }
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
      {m.vms.length <= MAX_SHOWN ? (
        <ReachabilityTable
          matrix={m}
          changed={changed}
          onPick={(row, col) => setPicked({ row, col })}
          onOpen={open}
        />
      ) : (
        <p className="text-base text-slate-900">
          This datacenter has {m.vms.length} VMs: the matrix is drawn for up to {MAX_SHOWN}. The
          reasons below still cover every pair.
        </p>
      )}
      <RefusalGroups matrix={m} />
    </div>
  );
}
