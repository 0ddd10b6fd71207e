import { lazySection } from '../components/lazySection';

/**
 * The host, VM and switch inspectors load when something is first selected: the first paint
 * shows the canvas with nothing selected, so their forms stay out of its download.
 */
export const HostInspector = lazySection(async () => ({
  default: (await import('./HostInspector')).HostInspector,
}));
export const VmInspector = lazySection(async () => ({
  default: (await import('./VmInspector')).VmInspector,
}));
export const SwitchInspector = lazySection(async () => ({
  default: (await import('./SwitchInspector')).SwitchInspector,
}));
