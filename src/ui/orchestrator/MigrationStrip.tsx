import type { VmId } from '../../engine';
import { selectState } from '../../store/selectors';
import { migrationOfVm } from '../../store/simulationSelectors';
import { useDerived } from '../storeContext';
import { millis } from './labels';

/**
 * Drawn over a migrating VM's card below its name: the pre-copy round under way, how much is
 * copied, where it goes and the planned stop-and-copy downtime.
 */
export default function MigrationStrip({ vmId }: { vmId: VmId }) {
  const moving = useDerived(selectState, migrationOfVm, vmId);
  if (!moving) return null;
  const { migration, progress: p, targetName: target } = moving;
  const rounds = migration.plan.rounds.length;
  const pct = Math.round(p.fraction * 100);
  return (
    <div
      className="absolute inset-x-0 top-8 bottom-0 flex flex-col justify-between rounded-b-md bg-violet-900 px-2 py-1 leading-tight text-white"
      data-testid="migration-progress"
    >
      <div className="flex justify-between text-base font-bold">
        <span>{p.phase === 'pre-copy' ? `Round ${p.round} of ${rounds}` : 'Stop-and-copy'}</span>
        <span>{pct} %</span>
      </div>
      <div
        className="h-2.5 overflow-hidden rounded bg-violet-400"
        role="progressbar"
        aria-label={`Live migration of the VM to ${target ?? 'another host'}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className="h-full bg-white" style={{ width: `${pct}%` }} />
      </div>
      <div className="truncate text-sm font-semibold">→ {target}</div>
      <div className="truncate text-sm">downtime {millis(migration.plan.downtimeMs)}</div>
    </div>
  );
}
