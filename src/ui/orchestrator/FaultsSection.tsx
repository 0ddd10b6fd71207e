import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectHostNames, selectHypervisorHostIds } from '../../store/selectors';
import { Select } from '../components/Select';
import { Button } from '../components/Button';
import { Input } from '../components/Field';
import { Outcome } from '../components/Outcome';
import { useSandbox, useStoreApi } from '../storeContext';
import { formatTime } from '../panels/EventLog';
import { seconds } from './labels';

/** Fail host X at time T: the scenario injects the fault, so the class can watch HA react. */
export function FaultsSection() {
  const store = useStoreApi();
  const faults = useSandbox((s) => s.session.state.world.orchestrator.faults);
  const names = useSandbox(useShallow(selectHostNames));
  const hostIds = useSandbox(useShallow(selectHypervisorHostIds));
  const now = useSandbox((s) => Math.floor(s.session.state.sim.time));
  const options = hostIds.map((id) => ({ value: id, label: names[id] ?? id }));
  const [hostId, setHostId] = useState('');
  const [inS, setInS] = useState('30');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const chosen = hostIds.find((id) => id === hostId) ?? hostIds[0];
  const schedule = () => {
    if (!chosen) {
      setResult({ ok: false, text: 'There is no hypervisor host to fail: add one first.' });
      return;
    }
    const at = now + Number(inS);
    const out = store.getState().dispatch({ type: 'scheduleFault', hostId: chosen, at });
    setResult(
      out.ok
        ? {
            ok: true,
            text: `${names[chosen] ?? chosen} fails at ${formatTime(at)}.`,
          }
        : { ok: false, text: out.reason },
    );
  };
  return (
    <div>
      {faults.length > 0 ? (
        <ul className="mb-2 text-sm text-slate-900">
          {faults.map((f) => (
            <li key={f.id} className="flex items-center justify-between gap-2 py-0.5">
              <span>
                {names[f.hostId] ?? f.hostId} fails at {formatTime(f.at)} (in{' '}
                {seconds(Math.ceil(Math.max(0, f.at - now)))})
              </span>
              <Button
                onClick={() => store.getState().dispatch({ type: 'cancelFault', faultId: f.id })}
              >
                Cancel
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-1 text-sm text-slate-800">None scheduled.</p>
      )}
      <div className="grid grid-cols-2 gap-x-2">
        <Select label="Fail host" value={chosen ?? ''} options={options} onChange={setHostId} />
        <Input label="In (simulated s)" type="number" value={inS} onChange={setInS} />
      </div>
      <Button onClick={schedule}>Schedule the failure</Button>
      <Outcome result={result} />
    </div>
  );
}
