import {
  type HostId,
  type State,
  type Vm,
  type VmId,
  apply,
  gb,
  holdsResources,
  migrationLink,
  migrationPlan,
} from '../../engine';
import { selectState } from '../../store/selectors';
import { useDerived, useSandbox } from '../storeContext';
import { mb, millis, seconds } from './labels';

/** Why the engine would refuse the move (null: it would take it; undefined: no target yet). */
function moveRefusal(state: State, vmId: VmId, to: HostId | undefined): string | null | undefined {
  if (!to) return undefined;
  const result = apply(state, { type: 'moveVm', vmId, toHostId: to });
  return result.ok ? null : result.reason;
}

/**
 * Before the learner presses Move: whether the engine would take the move (and if not, why,
 * cold migration included), and for a running VM the live migration's arithmetic: pre-copy
 * rounds from memory size, dirty rate and link bandwidth, total time and downtime.
 */
export default function MovePlan({ vm, target }: { vm: Vm; target: HostId | undefined }) {
  const refusal = useDerived(selectState, moveRefusal, vm.id, target);
  const a = useSandbox((s) => s.session.state.world.assumptions);
  // A VM already on its way shows its progress in the Orchestrator section instead.
  if (refusal === undefined || vm.power === 'migrating') return null;
  if (refusal !== null)
    return (
      <p className="mt-1 text-sm font-semibold text-red-800" data-testid="move-refusal">
        {refusal}
      </p>
    );
  if (!holdsResources(vm)) return null;
  const plan = migrationPlan(vm, migrationLink(a), a);
  return (
    <div
      className="mt-1 rounded border border-violet-800 bg-violet-50 p-2 text-sm text-slate-900"
      data-testid="migration-plan"
    >
      <p className="font-bold">
        Live migration plan: {plan.rounds.length} pre-copy round
        {plan.rounds.length === 1 ? '' : 's'}, {seconds(plan.totalSeconds)} in all, downtime{' '}
        {millis(plan.downtimeMs)}
      </p>
      <ol className="my-1 list-decimal pl-5">
        {plan.rounds.map((r) => (
          <li key={r.round}>
            copies {mb(r.copiedMb)} in {seconds(r.seconds)} while the guest dirties{' '}
            {mb(r.dirtiedMb)}
          </li>
        ))}
      </ol>
      <p>
        Then it pauses and copies the last {Math.round(plan.remainderMb)} MB:{' '}
        {millis(plan.downtimeMs)} of downtime. ({gb(vm.memoryGb)} at {a.migrationBandwidthGbps}{' '}
        Gbit/s, dirtied at {a.migrationDirtyRateMbS} MB/s.)
        {plan.converged
          ? ''
          : ' Pre-copy cannot converge: the guest dirties memory about as fast as the link copies it.'}
      </p>
      <p className="mt-1 font-semibold">Press Move to start it; the VM keeps running.</p>
    </div>
  );
}
