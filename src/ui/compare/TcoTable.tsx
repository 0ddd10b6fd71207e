import type { Tco, TcoKey } from '../../engine/read';
import { fmt } from './format';

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
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-base text-slate-900">
        <caption className="mb-1 text-left text-lg font-bold">
          Total cost of ownership over {cost.years} year{cost.years === 1 ? '' : 's'}, in {currency}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700 align-bottom text-left">
            <th scope="col" className="py-1 pr-2 text-sm">
              Cost
            </th>
            {cost.ways.map((w) => (
              <th key={w.way} scope="col" className="px-1 text-right text-sm leading-tight">
                {w.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-2 text-left text-sm font-semibold">
                <span
                  aria-hidden="true"
                  className="mr-1 inline-block h-3 w-3 align-middle"
                  style={{ background: LINE_COLOURS[key] }}
                />
                {labels[key]}
              </th>
              {cost.ways.map((w) => {
                const line = w.lines.find((l) => l.key === key);
                return (
                  <td key={w.way} className="px-1 text-right tabular-nums" title={line?.formula}>
                    {line ? amount(line.total) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="border-b border-slate-400">
            <th scope="row" className="py-1 pr-2 text-left text-sm font-semibold">
              Bought at the start
            </th>
            {cost.ways.map((w) => (
              <td key={w.way} className="px-1 text-right tabular-nums">
                {amount(w.purchase)}
              </td>
            ))}
          </tr>
          <tr className="border-b border-slate-400">
            <th scope="row" className="py-1 pr-2 text-left text-sm font-semibold">
              Running, per year
            </th>
            {cost.ways.map((w) => (
              <td key={w.way} className="px-1 text-right tabular-nums">
                {amount(w.perYear)}
              </td>
            ))}
          </tr>
          <tr className="border-t-2 border-slate-700 text-lg">
            <th scope="row" className="py-1 pr-2 text-left font-bold">
              Total
            </th>
            {cost.ways.map((w) => (
              <td
                key={w.way}
                data-testid={`tco-total-${w.way}`}
                className={`px-1 text-right font-bold tabular-nums ${w.way === cost.cheapest ? 'bg-emerald-100 text-emerald-950' : ''}`}
              >
                {amount(w.total)}
                {w.way === cost.cheapest && <span className="block text-sm">cheapest</span>}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <details className="mt-2 text-sm text-slate-900">
        <summary className="cursor-pointer font-semibold">How each figure was computed</summary>
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
      </details>
    </div>
  );
}
