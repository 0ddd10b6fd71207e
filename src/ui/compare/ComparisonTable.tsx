import type { Comparison, Deployment } from '../../engine/read';
import { fmt, fmtPrecise } from './format';

interface Row {
  readonly label: string;
  readonly cell: (d: Deployment) => string;
}

const ROWS: readonly Row[] = [
  { label: 'Servers (spares)', cell: (d) => `${d.servers} (${d.spareServers})` },
  { label: 'OS instances', cell: (d) => fmt(d.osInstances) },
  { label: 'VMs / containers', cell: (d) => `${fmt(d.vms)} / ${fmt(d.containers)}` },
  { label: 'Memory used', cell: (d) => `${fmt(d.memoryUsedGb)} GB` },
  { label: '… not the apps’ own', cell: (d) => `${fmt(d.memoryOverheadGb)} GB` },
  { label: 'Average CPU use', cell: (d) => `${fmt(d.averageUtilisation * 100)} %` },
  { label: 'CPU overhead', cell: (d) => `${fmtPrecise(d.cpuOverheadPct)} %` },
  { label: 'I/O slowdown', cell: (d) => `${fmtPrecise(d.ioOverheadPct)} %` },
  { label: 'Power', cell: (d) => `${fmt(Math.round(d.powerWatts))} W` },
  { label: 'Start one more copy', cell: (d) => `${fmtPrecise(d.startSeconds)} s` },
  { label: 'Back after worst crash', cell: (d) => `${fmtPrecise(d.recoverySeconds)} s` },
];

/** The five ways side by side: one column each, one row per figure. */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const ways = comparison.ways;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-base text-slate-900">
        <caption className="sr-only">
          The workload deployed five ways: servers, memory, power, start time, blast radius,
          isolation
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-700 align-bottom text-left">
            <th scope="col" className="w-44 py-1 pr-2 text-sm">
              Figure
            </th>
            {ways.map((d) => (
              <th key={d.way} scope="col" className="px-1 py-1">
                {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.label} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-2 text-left text-sm font-semibold">
                {r.label}
              </th>
              {ways.map((d) => (
                <td key={d.way} className="px-1 tabular-nums">
                  {r.cell(d)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="border-b border-slate-200 align-top">
            <th scope="row" className="py-1 pr-2 text-left text-sm font-semibold">
              Blast radius (apps down)
            </th>
            {ways.map((d) => (
              <td key={d.way} className="px-1 py-1 text-sm">
                <ul>
                  {d.blastRadius.map((b) => (
                    <li key={b.failure}>
                      {b.failure}: <strong>{b.appsDown}</strong>
                    </li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
          <tr className="align-top">
            <th scope="row" className="py-1 pr-2 text-left text-sm font-semibold">
              Isolation
            </th>
            {ways.map((d) => (
              <td key={d.way} className="px-1 py-1 text-sm">
                {d.isolation}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {ways.some((d) => d.unplaced.length > 0) && (
        <div className="mt-2 rounded border border-red-700 bg-red-50 p-2 text-sm text-red-950">
          <p className="font-semibold">Some apps fit on no server of this model:</p>
          <ul className="ml-4 list-disc">
            {ways.flatMap((d) =>
              d.unplaced.map((u) => (
                <li key={`${d.way}-${u.app}`}>
                  {d.name}: {u.app}. {u.reason}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
