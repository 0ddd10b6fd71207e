import { ASSUMPTION_INFO, admissionStatus } from '../../engine';
import { selectWorld } from '../../store/selectors';
import { Check } from '../components/Check';
import { type FigureField, NumberFields } from '../components/Field';
import { useCommit } from '../components/useCommit';
import { useDerived, useSandbox } from '../storeContext';
import { FaultsSection } from './FaultsSection';
import { HaReport } from './HaReport';

/** The assumptions HA's downtime is made of: how long until detection, how long a boot takes. */
const HA_FIGURES = (['heartbeatTimeoutS', 'vmBootSeconds'] as const).map(
  (key): FigureField<typeof key> => ({
    key,
    label: ASSUMPTION_INFO[key].label,
    unit: ASSUMPTION_INFO[key].unit,
  }),
);

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
      <NumberFields
        fields={HA_FIGURES}
        values={assumptions}
        command={(key, value) => ({ type: 'setAssumption', key, value })}
      />
      <h4 className="mt-1 text-base font-bold text-slate-900">HA report</h4>
      <HaReport />
      <h4 className="mt-2 text-base font-bold text-slate-900">Scheduled faults</h4>
      <FaultsSection />
    </div>
  );
}
