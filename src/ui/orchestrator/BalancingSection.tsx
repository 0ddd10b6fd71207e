import type { BalancingMode } from '../../engine/read';
import { Field } from '../components/Field';
import { Select } from '../components/Select';
import { Button } from '../components/Section';
import { num, useCommit } from '../panels/useCommit';
import { useRuntime, useSandbox } from '../storeContext';
import { BALANCING_OPTIONS, percent } from './labels';

/**
 * DRS-like balancing: the mode, the threshold and cooldown that keep VMs from bouncing, the
 * hosts' CPU loads, and the moves the orchestrator recommends, each with its reason.
 */
export function BalancingSection() {
  const rt = useRuntime();
  const world = useSandbox((s) => s.session.state.world);
  const now = useSandbox((s) => s.session.state.sim.time);
  const commit = useCommit();
  if (!rt) return null;
  const { settings } = world.orchestrator;
  const info = rt.ORCHESTRATOR_SETTING_INFO;
  const report = rt.balanceRecommendations(world, now);
  const name = (id: string) => world.hosts[id as keyof typeof world.hosts]?.name ?? id;
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
      <p className="mb-2 text-xs text-slate-800">{info.balanceThreshold.why}</p>
      <table className="mb-2 w-full text-left text-sm" aria-label="CPU load per host">
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col">Host</th>
            <th scope="col" className="text-right">
              CPU demand
            </th>
          </tr>
        </thead>
        <tbody>
          {report.loads.map((l) => (
            <tr key={l.hostId} className="border-b border-slate-200">
              <th scope="row">{l.hostName}</th>
              <td className="text-right tabular-nums">{percent(l.cpuShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mb-1 text-sm text-slate-900">
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
