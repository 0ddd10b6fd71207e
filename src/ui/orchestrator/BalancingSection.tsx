import { useShallow } from 'zustand/react/shallow';
import { type BalancingMode, type HostId, type HostLoad, ORCHESTRATOR_SETTING_INFO } from '../../engine';
import { selectHostNames, selectState } from '../../store/selectors';
import { balanceReport } from '../../store/simulationSelectors';
import { Field } from '../components/Field';
import { Select } from '../components/Select';
import { Button } from '../components/Section';
import { type Column, Table } from '../components/Table';
import { num, useCommit } from '../panels/useCommit';
import { useDerived, useSandbox } from '../storeContext';
import { BALANCING_OPTIONS, percent } from './labels';

const LOAD_COLUMNS: readonly Column<HostLoad>[] = [
  { key: 'host', header: 'Host', rowHeader: true, cell: (l) => l.hostName },
  { key: 'cpu', header: 'CPU demand', align: 'right', cell: (l) => percent(l.cpuShare) },
];

/**
 * DRS-like balancing: the mode, the threshold and cooldown that keep VMs from bouncing, the
 * hosts' CPU loads, and the moves the orchestrator recommends, each with its reason.
 */
export function BalancingSection() {
  const settings = useSandbox((s) => s.session.state.world.orchestrator.settings);
  const report = useDerived(selectState, balanceReport);
  const names = useSandbox(useShallow(selectHostNames));
  const commit = useCommit();
  const info = ORCHESTRATOR_SETTING_INFO;
  const name = (id: HostId) => names[id] ?? id;
  return (
    <div>
      <Select
        label="Balancing"
        value={settings.balancing}
        options={BALANCING_OPTIONS}
        onChange={(v) =>
          commit({ type: 'setOrchestrator', patch: { balancing: v as BalancingMode } })
        }
      />
      <div className="grid grid-cols-3 gap-x-2">
        {(['balanceThreshold', 'balanceCooldownS', 'balanceIntervalS'] as const).map((key) => (
          <Field
            key={key}
            label={info[key].label.replace('Balancing ', '').replace(/^./, (c) => c.toUpperCase())}
            type="number"
            step={info[key].step}
            value={settings[key]}
            suffix={info[key].unit === 'share' ? undefined : info[key].unit}
            onCommit={(v) => commit({ type: 'setOrchestrator', patch: { [key]: num(v) } })}
          />
        ))}
      </div>
      <p className="mb-2 text-sm text-slate-800">{info.balanceThreshold.why}</p>
      <Table
        caption="CPU load per host"
        columns={LOAD_COLUMNS}
        rows={report.loads}
        rowKey={(l) => l.hostId}
      />
      <p className="mt-2 mb-1 text-sm text-slate-900">
        Gap between busiest and idlest: <b>{percent(report.gap)}</b> (threshold{' '}
        {percent(report.threshold)}).
      </p>
      {report.recommendations.length === 0 ? (
        <p className="text-sm text-slate-800">{report.note}</p>
      ) : (
        <ul aria-label="Recommendations" className="text-sm">
          {report.recommendations.map((r) => (
            <li key={`${r.vmId}-${r.to}`} className="mb-2 rounded border border-slate-400 p-2">
              <p className="font-bold text-slate-950">
                Move {r.vmName}: {name(r.from)} → {name(r.to)}
              </p>
              <p className="text-slate-900">{r.reason}</p>
              {settings.balancing === 'automatic' ? (
                <p className="text-slate-800">Automatic: the orchestrator does this itself.</p>
              ) : (
                <Button
                  onClick={() =>
                    commit({ type: 'applyRecommendation', vmId: r.vmId, toHostId: r.to })
                  }
                >
                  Apply: move {r.vmName}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
