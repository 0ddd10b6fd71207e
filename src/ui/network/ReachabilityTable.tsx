import type { ReachCell, ReachabilityMatrix } from '../../engine/read';

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
  return (
    <table className="border-collapse text-sm">
      <caption className="sr-only">Reachability: rows ping columns</caption>
      <thead>
        <tr>
          <th scope="col" className="px-1 text-left text-sm text-slate-700">
            from ↓ to →
          </th>
          {m.vms.map((v) => (
            <th key={v.id} scope="col" className="w-20 px-1 text-sm font-bold text-slate-900">
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
                onPick={() => onPick(row, col)}
                onOpen={() => onOpen(row, col)}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
