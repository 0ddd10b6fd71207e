import { Suspense, lazy } from 'react';
import type { PhysicalSwitch, Vm, VSwitch } from '../../engine/read';

/**
 * The network parts of the inspectors load after the first paint, with the engine's queries
 * they read (MAC tables, ARP caches, port group members).
 */
const VmSections = lazy(() => import('./VmNetwork'));
const SwitchSections = lazy(() => import('./SwitchNetwork'));
const PhysicalSwitchSections = lazy(() => import('./PhysicalSwitchNetwork'));
const RouterSections = lazy(() => import('./RouterInspector'));

const loading = <p className="text-sm text-slate-800">Loading…</p>;

export function VmNetworkSection({ vm }: { vm: Vm }) {
  return (
    <Suspense fallback={loading}>
      <VmSections vm={vm} />
    </Suspense>
  );
}

export function SwitchNetworkSection({ vswitch }: { vswitch: VSwitch }) {
  return (
    <Suspense fallback={loading}>
      <SwitchSections vswitch={vswitch} />
    </Suspense>
  );
}

export function PhysicalSwitchSection({ sw }: { sw: PhysicalSwitch }) {
  return (
    <Suspense fallback={loading}>
      <PhysicalSwitchSections sw={sw} />
    </Suspense>
  );
}

export function RouterSection({ id }: { id: string }) {
  return (
    <Suspense fallback={loading}>
      <RouterSections id={id} />
    </Suspense>
  );
}
