import { type ReactNode, useState } from 'react';
import { COST_ASSUMPTION_INFO, type CompareMetric, TCO_LABELS } from '../../engine';
import { TabList, TabPanel } from '../components/Tabs';
import { BarChart } from './BarChart';
import { ComparisonTable } from './ComparisonTable';
import { CostAssumptions } from './CostAssumptions';
import { moneyIn, withUnit } from './format';
import { TcoTable, LINE_COLOURS } from './TcoTable';
import { useComparison } from './useComparison';
import { WaysAssume } from './WaysAssume';
import { WorkloadTable } from './WorkloadTable';

const TABS = [
  { id: 'workload', label: 'Workload' },
  { id: 'ways', label: 'Five ways' },
  { id: 'tco', label: 'Total cost' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Figures charted under the comparison table, in this order. */
const CHARTED = ['servers', 'memoryUsedGb', 'powerWatts', 'startSeconds', 'worstCrashAppsDown'];

const barsOf = (m: CompareMetric) => m.values.map((v) => ({ label: v.name, value: v.value }));

/** One workload deployed five ways, compared, and priced over N years. */
export default function CompareView() {
  const [tab, setTab] = useState<TabId>('ways');
  const { comparison, cost, metrics, study } = useComparison();
  const currency = COST_ASSUMPTION_INFO.serverPrice.unit;
  const money = moneyIn(currency);
  const charted = CHARTED.flatMap((k) => metrics.filter((m) => m.key === k));
  const sections: Record<TabId, ReactNode> = {
    workload: <WorkloadTable workload={study.workload} />,
    ways: (
      <>
        <WaysAssume />
        <ComparisonTable comparison={comparison} />
        <div className="mt-4 grid grid-cols-1 gap-3 2xl:grid-cols-2">
          {charted.map((m) => (
            <BarChart
              key={m.key}
              title={m.label}
              bars={barsOf(m)}
              better={m.better}
              format={(n) => withUnit(n, m.unit)}
            />
          ))}
        </div>
      </>
    ),
    tco: (
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[15.5rem_1fr]">
        <section aria-labelledby="cost-figures" className="lg:order-first">
          <h3 id="cost-figures" className="mb-2 text-lg font-bold text-slate-900">
            Cost assumptions
          </h3>
          <CostAssumptions costs={study.assumptions} infos={COST_ASSUMPTION_INFO} />
        </section>
        <section aria-label="Totals" className="min-w-0 space-y-3">
          <TcoTable cost={cost} labels={TCO_LABELS} currency={currency} />
          <BarChart
            title={`Total over ${cost.years} years, by cost`}
            bars={cost.ways.map((w) => ({
              label: w.name,
              value: w.total,
              parts: w.lines.map((l) => ({ key: l.key, value: l.total })),
            }))}
            partColours={LINE_COLOURS}
            better="lower"
            format={money}
            legend={TCO_LABELS}
          />
          <BarChart
            title="Running cost per year"
            bars={cost.ways.map((w) => ({ label: w.name, value: w.perYear }))}
            better="lower"
            format={money}
          />
        </section>
      </div>
    ),
  };
  return (
    <div className="flex h-full flex-col bg-slate-50">
      <div className="flex flex-wrap items-end justify-between gap-2 border-b border-slate-300 bg-white px-4 pt-2">
        <div>
          <h2 className="text-xl font-bold text-slate-900">Compare and cost</h2>
          <p className="text-sm text-slate-800">
            One workload of {comparison.instances} app copies, deployed five ways on the same server
            model. Every figure comes from an editable, labelled assumption.
          </p>
        </div>
        <TabList
          label="Compare sections"
          idPrefix="compare"
          tabs={TABS}
          active={tab}
          onSelect={(id) => setTab(id as TabId)}
        />
      </div>
      {TABS.map(({ id }) => (
        <TabPanel
          key={id}
          idPrefix="compare"
          id={id}
          active={tab === id}
          className="min-h-0 flex-1 overflow-y-auto p-4"
        >
          {sections[id]}
        </TabPanel>
      ))}
    </div>
  );
}
