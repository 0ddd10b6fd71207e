import type { ReactNode } from 'react';

/** What one cell adds to its column's look: a highlight, a tooltip, a test id. */
export interface CellProps {
  readonly className?: string;
  readonly title?: string;
  readonly testId?: string;
}

export interface Column<R> {
  readonly key: string;
  readonly header: ReactNode;
  readonly cell: (row: R, index: number) => ReactNode;
  readonly align?: 'left' | 'right' | 'center';
  /** This column's cells name their row for screen readers (`<th scope="row">`, bold). */
  readonly rowHeader?: boolean;
  /** Classes for the column's header and every cell of it (a width, a text size). */
  readonly className?: string;
  /** The cells hold a control that fills them (a matrix button): no padding of their own. */
  readonly flush?: boolean;
  readonly cellProps?: (row: R, index: number) => CellProps;
}

const ALIGN = { left: 'text-left', right: 'text-right tabular-nums', center: 'text-center' };
const SIZE = {
  sm: { table: 'text-sm', caption: 'text-base' },
  base: { table: 'text-base', caption: 'text-lg' },
} as const;

function cellClass<R>(column: Column<R>, extra = ''): string {
  const pad = column.flush ? 'p-0' : 'py-1 pr-2 last:pr-0';
  return `${pad} ${ALIGN[column.align ?? 'left']} ${column.className ?? ''} ${extra}`;
}

/**
 * A table whose columns are data: a header, a cell renderer and an alignment each. The caption
 * names it for screen readers (and on screen when `showCaption`); `label` names it instead when
 * the visible caption is a sentence rather than a name.
 */
export function Table<R>({
  caption,
  showCaption = false,
  label,
  columns,
  rows,
  rowKey,
  rowClass,
  size = 'sm',
  valign = 'top',
  footer,
}: {
  caption: ReactNode;
  showCaption?: boolean;
  label?: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  rowClass?: (row: R, index: number) => string;
  size?: keyof typeof SIZE;
  /** Cells of a row stand at its top (text of different lengths) or middle (a grid of marks). */
  valign?: 'top' | 'middle';
  /** A line under the rows, across every column (what a score means). */
  footer?: ReactNode;
}) {
  return (
    <table
      aria-label={label}
      className={`w-full border-collapse text-slate-900 ${SIZE[size].table}`}
    >
      <caption
        className={showCaption ? `mb-1 text-left font-bold ${SIZE[size].caption}` : 'sr-only'}
      >
        {caption}
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-600 align-bottom">
          {columns.map((c) => (
            <th key={c.key} scope="col" className={cellClass(c, 'font-bold')}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr
            key={rowKey(row, i)}
            className={`border-b border-b-slate-200 ${valign === 'top' ? 'align-top' : 'align-middle'} ${rowClass?.(row, i) ?? ''}`}
          >
            {columns.map((c) => {
              const own = c.cellProps?.(row, i) ?? {};
              const props = {
                className: cellClass(c, own.className),
                title: own.title,
                'data-testid': own.testId,
              };
              return c.rowHeader ? (
                <th key={c.key} scope="row" {...props}>
                  {c.cell(row, i)}
                </th>
              ) : (
                <td key={c.key} {...props}>
                  {c.cell(row, i)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>
            <td colSpan={columns.length} className="pt-1 text-sm text-slate-800">
              {footer}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
