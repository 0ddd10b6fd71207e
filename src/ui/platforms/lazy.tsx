import { lazySection } from '../components/lazySection';

/** The platform parts of the inspector load after the first paint, like the engine they call. */
export const HostPlatform = lazySection(() => import('./HostPlatformSections'));
export const VmPlatform = lazySection(() => import('./VmPlatformSections'));
export const ContainerInspector = lazySection(() => import('./ContainerInspector'));
