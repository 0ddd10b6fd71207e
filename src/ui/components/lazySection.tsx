import { type ComponentType, type ReactNode, Suspense, lazy } from 'react';
import { Loading } from './Loading';

/**
 * A part of the page loaded after the first paint, with the engine code it calls, so the first
 * download holds only what the first paint draws. Until its chunk arrives it shows `fallback`
 * ("Loading…" unless told otherwise; null for an overlay that would only flicker).
 */
export function lazySection<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback: ReactNode = <Loading />,
): ComponentType<P> {
  const Part = lazy(load);
  function LazySection(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    );
  }
  return LazySection;
}
