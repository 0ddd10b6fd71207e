import type { WayId } from '../catalog/platforms';
import type { Comparison, Deployment } from './deploy';
import type { Tco } from './tco';

/** One figure across the five ways: a row of the compare table, or one bar chart. */
export interface CompareMetric {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  /** Which end is better, so a chart can say so (lower, for all but CPU use). */
  readonly better: 'lower' | 'higher';
  readonly values: readonly {
    readonly way: WayId;
    readonly name: string;
    readonly value: number;
  }[];
}

type Figure = Omit<CompareMetric, 'values'> & { readonly of: (d: Deployment) => number };

const FIGURES: readonly Figure[] = [
  {
    key: 'servers',
    label: 'Servers (spares included)',
    unit: 'servers',
    better: 'lower',
    of: (d) => d.servers,
  },
  {
    key: 'memoryUsedGb',
    label: 'Memory used',
    unit: 'GB',
    better: 'lower',
    of: (d) => d.memoryUsedGb,
  },
  {
    key: 'memoryOverheadGb',
    label: 'Memory not used by the apps',
    unit: 'GB',
    better: 'lower',
    of: (d) => d.memoryOverheadGb,
  },
  { key: 'powerWatts', label: 'Power', unit: 'W', better: 'lower', of: (d) => d.powerWatts },
  {
    key: 'averageUtilisation',
    label: 'Average CPU use',
    unit: '%',
    better: 'higher',
    of: (d) => d.averageUtilisation * 100,
  },
  {
    key: 'osInstances',
    label: 'OS instances to license and patch',
    unit: 'OSes',
    better: 'lower',
    of: (d) => d.osInstances,
  },
  {
    key: 'startSeconds',
    label: 'Time to start one more instance',
    unit: 's',
    better: 'lower',
    of: (d) => d.startSeconds,
  },
  {
    key: 'recoverySeconds',
    label: 'Back after the worst crash',
    unit: 's',
    better: 'lower',
    of: (d) => d.recoverySeconds,
  },
  {
    key: 'worstCrashAppsDown',
    label: 'Apps one crash can take down',
    unit: 'apps',
    better: 'lower',
    of: (d) => d.worstCrashAppsDown,
  },
];

/** The compare table's rows, TCO included, ready for bar charts. */
export function compareMetrics(comparison: Comparison, cost: Tco): CompareMetric[] {
  const rows = FIGURES.map(({ of, ...f }) => ({
    ...f,
    values: comparison.ways.map((d) => ({ way: d.way, name: d.name, value: of(d) })),
  }));
  const money = (key: string, label: string, of: (w: Tco['ways'][number]) => number) => ({
    key,
    label,
    unit: '€',
    better: 'lower' as const,
    values: cost.ways.map((w) => ({ way: w.way, name: w.name, value: of(w) })),
  });
  return [
    ...rows,
    money('tcoPerYear', 'Running cost per year', (w) => w.perYear),
    money('tcoTotal', `Total cost over ${cost.years} years`, (w) => w.total),
  ];
}
