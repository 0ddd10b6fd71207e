import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type ConsolidationPlan, type HostId, consolidationPlan } from '../../engine';
import { selectHostNames } from '../../store/selectors';
import { Button } from '../components/Button';
import { Outcome } from '../components/Outcome';
import { formatTime } from '../panels/EventLog';
import { useSandbox, useStoreApi } from '../storeContext';

/**
 * Consolidation: pack the running VMs onto the fewest hosts and power the idle ones off. The
 * plan is made when asked (packing many hosts takes a moment), shown, and then applied.
 */
export function ConsolidationSection() {
  const store = useStoreApi();
  const names = useSandbox(useShallow(selectHostNames));
  const [planned, setPlanned] = useState<{ plan: ConsolidationPlan; at: number } | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const name = (id: HostId) => names[id] ?? id;
  const makePlan = () => {
    const { session } = store.getState();
    setPlanned({ plan: consolidationPlan(session.state.world), at: session.state.sim.time });
    setResult(null);
  };
  const apply = () => {
    const out = store.getState().dispatch({ type: 'consolidate' });
    setResult(
      out.ok
        ? {
            ok: true,
            text: 'Consolidation started: the VMs move live, then the emptied hosts power off.',
          }
        : { ok: false, text: out.reason },
    );
    if (out.ok) setPlanned(null);
  };
  const plan = planned?.plan;
  return (
    <div>
      <Button onClick={makePlan}>Plan consolidation</Button>
      {plan && planned && (
        <div className="mt-2 text-sm text-slate-900" aria-label="Consolidation plan" role="region">
          <p className="mb-1 text-xs text-slate-800">Planned at {formatTime(planned.at)}.</p>
          <p className="mb-1">{plan.summary}</p>
          <dl className="mb-1 grid grid-cols-2 gap-x-2 text-base">
            <dt>Hosts on</dt>
            <dd className="font-bold">
              {plan.hostsBefore} → {plan.hostsAfter}
            </dd>
            <dt>Power</dt>
            <dd className="font-bold">
              {Math.round(plan.wattsBefore)} W → {Math.round(plan.wattsAfter)} W
            </dd>
            <dt>Saved</dt>
            <dd className="font-bold">
              {Math.round(plan.wattsSaved)} W · {Math.round(plan.costSavedPerYear)} € a year
            </dd>
          </dl>
          {plan.moves.length > 0 && (
            <ul className="mb-1" aria-label="VMs to move">
              {plan.moves.map((m) => (
                <li key={m.vmId}>
                  {m.vmName}: {name(m.from)} → {name(m.to)}
                </li>
              ))}
            </ul>
          )}
          {plan.powerOff.length > 0 && (
            <p className="mb-1">Powered off: {plan.powerOff.map(name).join(', ')}</p>
          )}
          {plan.keptForHa.length > 0 && (
            <p className="mb-1">Kept on for HA: {plan.keptForHa.map(name).join(', ')}</p>
          )}
          {plan.powerOff.length > 0 && (
            <Button tone="primary" onClick={apply}>
              Apply: move and power off
            </Button>
          )}
        </div>
      )}
      <Outcome result={result} />
    </div>
  );
}
