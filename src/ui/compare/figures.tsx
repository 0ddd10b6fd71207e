import type { ReactNode } from 'react';
import type { CellProps, Column } from '../components/Table';

/** One row of a table that sets the five ways side by side: a figure, worked out for each way. */
export interface Figure<W> {
  readonly key: string;
  readonly label: ReactNode;
  readonly cell: (way: W) => ReactNode;
  readonly cellProps?: (way: W) => CellProps;
}

/**
 * The columns of such a table: the figure's name, then one column per way. Figures' names are
 * small print beside the values they name; `compactHeads` sets the ways' names small too, so
 * five columns of amounts fit beside the cost assumptions.
 */
export function figureColumns<W extends { readonly way: string; readonly name: string }>(
  header: string,
  ways: readonly W[],
  { align, labelWidth = '', compactHeads = false }: FigureLayout,
): Column<Figure<W>>[] {
  return [
    {
      key: 'figure',
      header,
      rowHeader: true,
      className: `text-sm font-semibold ${labelWidth}`,
      cell: (f) => f.label,
    },
    ...ways.map((w): Column<Figure<W>> => ({
      key: w.way,
      header: compactHeads ? <span className="block text-sm leading-tight">{w.name}</span> : w.name,
      align,
      cell: (f) => f.cell(w),
      cellProps: (f) => f.cellProps?.(w) ?? {},
    })),
  ];
}

interface FigureLayout {
  readonly align: 'left' | 'right';
  /** A width for the figures' names, e.g. 'w-44', so they wrap seldom. */
  readonly labelWidth?: string;
  readonly compactHeads?: boolean;
}
