import { type ComponentType, type ReactNode, Suspense } from 'react';
import { Loading } from './Loading';
import { lazyPanel } from './PanelBoundary';

/**
 * A part of the page loaded after the first paint, with the engine code it calls, so the first
 * download holds only what the first paint draws. Until its chunk arrives it shows `fallback`
 * ("Loading…" unless told otherwise; null for an overlay that would only flicker); if the chunk
 * fails, the panel's boundary says so and its reload asks for the chunk again (lazyPanel).
 */
export function lazySection<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback: ReactNode = <Loading />,
): ComponentType<P> {
  const Part = lazyPanel(load);
  function LazySection(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    );
  }
  return LazySection;
}
