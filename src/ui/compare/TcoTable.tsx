import type { Tco, TcoKey } from '../../engine/read';
import { Disclosure } from '../components/Disclosure';
import { Table } from '../components/Table';
import { type Figure, figureColumns } from './figures';
import { fmt } from './format';

type TcoWay = Tco['ways'][number];

/** Colours of the cost lines, shared by the table's key and the stacked chart. */
export const LINE_COLOURS: Readonly<Record<TcoKey, string>> = {
  servers: '#1e3a8a',
  network: '#0e7490',
  hypervisorLicences: '#7c3aed',
  osLicences: '#be185d',
  energy: '#b45309',
  space: '#4d7c0f',
  administration: '#475569',
};

/** Each way's cost, line by line, over the years of ownership; the cheapest way stands out. */
export function TcoTable({
  cost,
  labels,
  currency,
}: {
  cost: Tco;
  labels: Readonly<Record<TcoKey, string>>;
  /** The cells show bare amounts, so five columns fit; the caption names the currency once. */
  currency: string;
}) {
  const amount = (n: number) => fmt(Math.round(n));
  const money = (n: number) => `${amount(n)} ${currency}`;
  const keys = Object.keys(labels) as TcoKey[];
  const figures: Figure<TcoWay>[] = [
    ...keys.map((key): Figure<TcoWay> => ({
      key,
      label: (
        <span className="flex items-baseline gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 shrink-0"
            style={{ background: LINE_COLOURS[key] }}
          />
          {labels[key]}
        </span>
      ),
      cell: (w) => {
        const line = w.lines.find((l) => l.key === key);
        return line ? amount(line.total) : '–';
      },
      cellProps: (w) => ({ title: w.lines.find((l) => l.key === key)?.formula }),
    })),
    { key: 'purchase', label: 'Bought at the start', cell: (w) => amount(w.purchase) },
    { key: 'perYear', label: 'Running, per year', cell: (w) => amount(w.perYear) },
    {
      key: 'total',
      label: <span className="text-lg font-bold">Total</span>,
      cell: (w) => (
        <>
          {amount(w.total)}
          {w.way === cost.cheapest && <span className="block text-base">cheapest</span>}
        </>
      ),
      cellProps: (w) => ({
        testId: `tco-total-${w.way}`,
        className: w.way === cost.cheapest ? 'bg-emerald-100 text-emerald-950' : '',
      }),
    },
  ];
  return (
    <div className="overflow-x-auto">
      <Table
        size="base"
        showCaption
        caption={`Total cost of ownership over ${cost.years} year${cost.years === 1 ? '' : 's'}, in ${currency}`}
        columns={figureColumns('Cost', cost.ways, { align: 'right', compactHeads: true })}
        rows={figures}
        rowKey={(f) => f.key}
        rowClass={(f) =>
          f.key === 'total' ? 'border-t-2 border-t-slate-700 text-lg font-bold' : ''
        }
      />
      <Disclosure title="How each figure was computed" look="inline">
        {cost.ways.map((w) => (
          <div key={w.way} className="mt-1">
            <p className="font-bold">{w.name}</p>
            <ul className="ml-4 list-disc">
              {w.lines.map((l) => (
                <li key={l.key}>
                  {l.label}: {l.formula}
                  {l.when === 'yearly' ? ` per year, × ${cost.years} years` : ', once'} ={' '}
                  {money(l.total)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Disclosure>
    </div>
  );
}
