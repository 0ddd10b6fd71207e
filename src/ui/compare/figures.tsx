import type { ReactNode } from 'react';
import type { CellProps, Column } from '../components/Table';

/** One row of a table that sets the five ways side by side: a figure, worked out for each way. */
export interface Figure<W> {
  readonly key: string;
  readonly label: ReactNode;
  readonly cell: (way: W) => ReactNode;
  readonly cellProps?: (way: W) => CellProps;
}

/** The columns of such a table: the figure's name, then one column per way. */
export function figureColumns<W extends { readonly way: string; readonly name: string }>(
  header: string,
  ways: readonly W[],
  align: 'left' | 'right',
): Column<Figure<W>>[] {
  return [
    { key: 'figure', header, rowHeader: true, className: 'font-semibold', cell: (f) => f.label },
    ...ways.map((w): Column<Figure<W>> => ({
      key: w.way,
      header: w.name,
      align,
      cell: (f) => f.cell(w),
      cellProps: (f) => f.cellProps?.(w) ?? {},
    })),
  ];
}
