import type { Vm } from '../../engine/read';
import { Select } from '../components/Select';
import { Section } from '../components/Section';
import { useCommit } from '../components/useCommit';
import { selectState } from '../../store/selectors';
import { migrationOfVm } from '../../store/simulationSelectors';
import { useDerived } from '../storeContext';
import { PRIORITY_OPTIONS, millis, seconds } from './labels';

/** The VM as the orchestrator sees it: who HA restarts first, and a live migration under way. */
export default function VmOrchestration({ vm }: { vm: Vm }) {
  const commit = useCommit();
  const moving = useDerived(selectState, migrationOfVm, vm.id);
  const { migration, progress } = moving ?? {};
  return (
    <Section title="Orchestrator">
      <Select
        label="Restart priority (HA)"
        value={vm.restartPriority}
        options={PRIORITY_OPTIONS}
        onChange={(restartPriority) =>
          commit({ type: 'updateVm', vmId: vm.id, patch: { restartPriority } })
        }
      />
      {migration && progress && (
        <p className="text-sm text-slate-900" role="status">
          Live-migrating to {moving?.targetName}:{' '}
          {progress.phase === 'pre-copy'
            ? `pre-copy round ${progress.round} of ${migration.plan.rounds.length}`
            : 'stop-and-copy'}
          , {Math.round(progress.fraction * 100)} % done, {seconds(progress.secondsLeft)} left;
          planned downtime {millis(migration.plan.downtimeMs)}.
          {migration.reason ? ` ${migration.reason}` : ''}
        </p>
      )}
    </Section>
  );
}
