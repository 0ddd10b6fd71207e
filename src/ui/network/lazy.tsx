import { lazySection } from '../components/lazySection';

/**
 * The network parts of the inspectors load after the first paint, with the engine's queries
 * they read (MAC tables, ARP caches, port group members).
 */
export const VmNetworkSection = lazySection(() => import('./VmNetwork'));
export const SwitchNetworkSection = lazySection(() => import('./SwitchNetwork'));
export const PhysicalSwitchSection = lazySection(() => import('./PhysicalSwitchNetwork'));
export const RouterSection = lazySection(() => import('./RouterInspector'));
