import { useMemo } from 'react';
import { type HostId, type Vm, holdsResources } from '../../engine/read';
import { useRuntime, useSandbox } from '../storeContext';
import { gb, mb, millis, seconds } from './labels';

/**
 * Before the learner presses Move: whether the engine would take the move (and if not, why,
 * cold migration included), and for a running VM the live migration's arithmetic: pre-copy
 * rounds from memory size, dirty rate and link bandwidth, total time and downtime.
 */
export default function MovePlan({ vm, target }: { vm: Vm; target: string }) {
  const rt = useRuntime();
  const state = useSandbox((s) => s.session.state);
  const preview = useMemo(
    () =>
      rt && target
        ? rt.apply(state, { type: 'moveVm', vmId: vm.id, toHostId: target as HostId })
        : null,
    [rt, state, vm.id, target],
  );
  // A VM already on its way shows its progress in the Orchestrator section instead.
  if (!rt || !preview || vm.power === 'migrating') return null;
  if (!preview.ok)
    return (
      <p className="mt-1 text-sm font-semibold text-red-800" data-testid="move-refusal">
        {preview.reason}
      </p>
    );
  if (!holdsResources(vm)) return null;
  const a = state.world.assumptions;
  const plan = rt.migrationPlan(vm, rt.migrationLink(a), a);
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
