import { ASSUMPTION_INFO, type Assumptions, admissionStatus } from '../../engine';
import { selectWorld } from '../../store/selectors';
import { Field } from '../components/Field';
import { useDerived, useSandbox } from '../storeContext';
import { num, useCommit } from '../panels/useCommit';
import { Check } from './controls';
import { FaultsSection } from './FaultsSection';
import { HaReport } from './HaReport';

/** The assumptions HA's downtime is made of: how long until detection, how long a boot takes. */
const HA_FIGURES: readonly (keyof Assumptions)[] = ['heartbeatTimeoutS', 'vmBootSeconds'];

/** High availability: its switches, its figures, admission control, the report and faults. */
export function HaSection() {
  const settings = useSandbox((s) => s.session.state.world.orchestrator.settings);
  const assumptions = useSandbox((s) => s.session.state.world.assumptions);
  const commit = useCommit();
  const admission = useDerived(selectWorld, admissionStatus);
  return (
    <div>
      <Check
        label="HA: restart a failed host's VMs on other hosts"
        checked={settings.ha}
        onChange={(ha) => commit({ type: 'setOrchestrator', patch: { ha } })}
      />
      <Check
        label="Admission control: keep room for one host to fail"
        checked={settings.admissionControl}
        onChange={(admissionControl) =>
          commit({ type: 'setOrchestrator', patch: { admissionControl } })
        }
      />
      {admission.vms > 0 && (
        <p className="mb-2 text-sm text-slate-900">
          {admission.reason}
          {!settings.admissionControl && ' (Off: nothing is refused for it.)'}
        </p>
      )}
      <div className="grid grid-cols-2 gap-x-2">
        {HA_FIGURES.map((key) => (
          <Field
            key={key}
            label={ASSUMPTION_INFO[key].label}
            type="number"
            value={assumptions[key]}
            suffix={ASSUMPTION_INFO[key].unit}
            onCommit={(v) => commit({ type: 'setAssumption', key, value: num(v) })}
          />
        ))}
      </div>
      <h4 className="mt-1 text-base font-bold text-slate-900">HA report</h4>
      <HaReport />
      <h4 className="mt-2 text-base font-bold text-slate-900">Scheduled faults</h4>
      <FaultsSection />
    </div>
  );
}
