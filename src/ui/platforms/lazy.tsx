import { Suspense, lazy } from 'react';
import type { Host, Vm } from '../../engine/read';
import { LOADING } from './loading';

/** The platform parts of the inspector load after the first paint, like the engine they call. */
const HostSections = lazy(() => import('./HostPlatformSections'));
const VmSections = lazy(() => import('./VmPlatformSections'));
const ContainerSections = lazy(() => import('./ContainerInspector'));

export function HostPlatform({ host }: { host: Host }) {
  return (
    <Suspense fallback={LOADING}>
      <HostSections host={host} />
    </Suspense>
  );
}

export function VmPlatform({ vm }: { vm: Vm }) {
  return (
    <Suspense fallback={LOADING}>
      <VmSections vm={vm} />
    </Suspense>
  );
}

export function ContainerInspector({ id }: { id: string }) {
  return (
    <Suspense fallback={LOADING}>
      <ContainerSections id={id} />
    </Suspense>
  );
}
