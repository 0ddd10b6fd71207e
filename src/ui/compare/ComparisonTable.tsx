import type { Comparison, Deployment } from '../../engine/read';
import { Table } from '../components/Table';
import { type Figure, figureColumns } from './figures';
import { fmt, fmtPrecise } from './format';

const FIGURES: readonly Figure<Deployment>[] = [
  { key: 'servers', label: 'Servers (spares)', cell: (d) => `${d.servers} (${d.spareServers})` },
  { key: 'os', label: 'OS instances', cell: (d) => fmt(d.osInstances) },
  { key: 'vms', label: 'VMs / containers', cell: (d) => `${fmt(d.vms)} / ${fmt(d.containers)}` },
  { key: 'memory', label: 'Memory used', cell: (d) => `${fmt(d.memoryUsedGb)} GB` },
  { key: 'overhead', label: '… not the apps’ own', cell: (d) => `${fmt(d.memoryOverheadGb)} GB` },
  { key: 'cpu', label: 'Average CPU use', cell: (d) => `${fmt(d.averageUtilisation * 100)} %` },
  { key: 'cpuOverhead', label: 'CPU overhead', cell: (d) => `${fmtPrecise(d.cpuOverheadPct)} %` },
  { key: 'io', label: 'I/O slowdown', cell: (d) => `${fmtPrecise(d.ioOverheadPct)} %` },
  { key: 'power', label: 'Power', cell: (d) => `${fmt(Math.round(d.powerWatts))} W` },
  { key: 'start', label: 'Start one more copy', cell: (d) => `${fmtPrecise(d.startSeconds)} s` },
  {
    key: 'recovery',
    label: 'Back after worst crash',
    cell: (d) => `${fmtPrecise(d.recoverySeconds)} s`,
  },
  {
    key: 'blast',
    label: 'Blast radius (apps down)',
    cell: (d) => (
      <ul>
        {d.blastRadius.map((b) => (
          <li key={b.failure}>
            {b.failure}: <strong>{b.appsDown}</strong>
          </li>
        ))}
      </ul>
    ),
  },
  { key: 'isolation', label: 'Isolation', cell: (d) => d.isolation },
];

/** The five ways side by side: one column each, one row per figure. */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const ways = comparison.ways;
  return (
    <div className="overflow-x-auto">
      <Table
        size="base"
        caption="The workload deployed five ways: servers, memory, power, start time, blast radius, isolation"
        columns={figureColumns('Figure', ways, { align: 'left', labelWidth: 'w-44' })}
        rows={FIGURES}
        rowKey={(f) => f.key}
      />
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
