import type { OrchestratorSettings } from '../../engine/read';
import { Check } from '../components/Check';
import { Select } from '../components/Select';
import { useCommit } from '../components/useCommit';
import { useSandbox } from '../storeContext';
import { POLICY_OPTIONS } from './labels';

/** The switch and the placement policy: what every other section depends on. */
export function SettingsSection() {
  const settings = useSandbox((s) => s.session.state.world.orchestrator.settings);
  const commit = useCommit();
  const set = (patch: Partial<OrchestratorSettings>) => commit({ type: 'setOrchestrator', patch });
  return (
    <div className="mb-3">
      <Check
        label={<span className="font-bold">Orchestrator on</span>}
        checked={settings.enabled}
        onChange={(enabled) => set({ enabled })}
      />
      {!settings.enabled && (
        <p className="mb-2 rounded border-2 border-dashed border-slate-500 bg-slate-100 p-2 text-sm text-slate-900">
          Off: VMs are placed by hand, as in a simple environment with one hypervisor. Nothing
          restarts, balances or consolidates them, and Deploy is refused.
        </p>
      )}
      <Select
        label="Placement policy"
        value={settings.policy}
        options={POLICY_OPTIONS}
        onChange={(policy) => set({ policy })}
      />
    </div>
  );
}
