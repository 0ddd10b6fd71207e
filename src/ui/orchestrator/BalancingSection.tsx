import { useShallow } from 'zustand/react/shallow';
import { type HostId, type HostLoad, ORCHESTRATOR_SETTING_INFO } from '../../engine';
import { selectHostNames, selectState } from '../../store/selectors';
import { balanceReport } from '../../store/simulationSelectors';
import { CommandButton } from '../components/Button';
import { type FigureField, NumberFields } from '../components/Field';
import { Select } from '../components/Select';
import { type Column, Table } from '../components/Table';
import { useCommit } from '../components/useCommit';
import { useDerived, useSandbox } from '../storeContext';
import { BALANCING_OPTIONS, percent } from './labels';

/** The figures that keep VMs from bouncing, named without the section's own word. */
const FIGURES = (['balanceThreshold', 'balanceCooldownS', 'balanceIntervalS'] as const).map(
  (key): FigureField<typeof key> => {
    const { label, unit, step } = ORCHESTRATOR_SETTING_INFO[key];
    return {
      key,
      label: label.replace('Balancing ', '').replace(/^./, (c) => c.toUpperCase()),
      unit: unit === 'share' ? undefined : unit,
      step,
    };
  },
);

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
        onChange={(balancing) => commit({ type: 'setOrchestrator', patch: { balancing } })}
      />
      <NumberFields
        fields={FIGURES}
        values={settings}
        command={(key, value) => ({ type: 'setOrchestrator', patch: { [key]: value } })}
      />
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
                <CommandButton
                  command={{ type: 'applyRecommendation', vmId: r.vmId, toHostId: r.to }}
                >
                  Apply: move {r.vmName}
                </CommandButton>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
