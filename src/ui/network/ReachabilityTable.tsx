import type { ReachCell, ReachabilityMatrix } from '../../engine/read';
import { FOCUS_RING } from '../components/styles';
import { type Column, Table } from '../components/Table';

/** What a cell says, in words, for its accessible name and the line above the matrix. */
export function cellText(
  m: ReachabilityMatrix,
  row: number,
  col: number,
  changed: boolean,
): string {
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

/** The outline of a cell: grey for a VM and itself, thick amber where the last change flipped it. */
function cellClass(cell: ReachCell | null | undefined, changed: boolean): string {
  if (!cell) return 'border border-slate-300 bg-slate-200 text-slate-700';
  return changed ? 'border-4 border-amber-500' : 'border border-slate-300';
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
      <>
        <span className="sr-only">itself</span>—
      </>
    );
  const style = cell.ok
    ? 'bg-green-50 text-green-900 hover:bg-green-100'
    : 'bg-red-50 text-red-900 hover:bg-red-100';
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onMouseEnter={onPick}
      onFocus={onPick}
      onClick={onOpen}
      className={`h-full w-full px-0.5 py-1 text-center text-sm leading-tight ${style} ${FOCUS_RING}`}
    >
      <span aria-hidden="true">
        <span className="font-bold">{cell.ok ? '✓' : '✗'}</span>{' '}
        {cell.ok ? cell.routed ? 'routed' : 'direct' : <BreakAtSlash text={cell.at.name} />}
      </span>
    </button>
  );
}

type MatrixVm = ReachabilityMatrix['vms'][number];

/** The matrix itself: a row per sending VM, a column per answering VM. */
export function ReachabilityTable({
  matrix: m,
  changed,
  onPick,
  onOpen,
}: {
  matrix: ReachabilityMatrix;
  changed: (row: number, col: number) => boolean;
  onPick: (row: number, col: number) => void;
  onOpen: (row: number, col: number) => void;
}) {
  const columns: readonly Column<MatrixVm>[] = [
    {
      key: 'from',
      header: 'from ↓ to →',
      rowHeader: true,
      flush: true,
      className: 'px-1 pr-2 text-sm leading-tight whitespace-nowrap',
      cell: (v) => (
        <>
          {v.name}
          <span className="block font-normal text-slate-700">{v.ip ?? 'no address'}</span>
        </>
      ),
    },
    ...m.vms.map((w, col): Column<MatrixVm> => ({
      key: w.id,
      header: w.name,
      align: 'center',
      flush: true,
      className: 'w-20',
      cellProps: (_, row) => ({ className: cellClass(m.cells[row]?.[col], changed(row, col)) }),
      cell: (_, row) => (
        <Cell
          cell={m.cells[row]?.[col]}
          label={cellText(m, row, col, changed(row, col))}
          onPick={() => onPick(row, col)}
          onOpen={() => onOpen(row, col)}
        />
      ),
    })),
  ];
  return (
    <Table
      caption="Reachability: rows ping columns"
      columns={columns}
      rows={m.vms}
      rowKey={(v) => v.id}
      valign="middle"
    />
  );
}
