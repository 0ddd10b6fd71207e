import { Suspense, lazy } from 'react';
import type { Host, Vm } from '../../engine/read';
import { LOADING } from '../platforms/loading';

/** The orchestrator's parts of the inspectors load after the first paint, like the engine they call. */
const HostSection = lazy(() => import('./HostOrchestration'));
const VmSection = lazy(() => import('./VmOrchestration'));
const PlanSection = lazy(() => import('./MovePlan'));

export function HostOrchestration({ host }: { host: Host }) {
  return (
    <Suspense fallback={LOADING}>
      <HostSection host={host} />
    </Suspense>
  );
}

export function VmOrchestration({ vm }: { vm: Vm }) {
  return (
    <Suspense fallback={LOADING}>
      <VmSection vm={vm} />
    </Suspense>
  );
}

/** The live-migration plan for the target chosen in the inspector's Move section. */
export function MovePlan({ vm, target }: { vm: Vm; target: string }) {
  return (
    <Suspense fallback={null}>
      <PlanSection vm={vm} target={target} />
    </Suspense>
  );
}
