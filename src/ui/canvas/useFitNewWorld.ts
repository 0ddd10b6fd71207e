import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import { useSandbox } from '../storeContext';

/** Long enough for the canvas to draw the new world first. */
const FIT_DELAY_MS = 50;
const FIT = { padding: 0.03 };

/**
 * Fits the canvas to the world when a lesson's start replaces it or the sandbox comes back, and
 * once the canvas has taken its new width after the lessons column opened or closed beside it.
 * The canvas fits itself on first drawing; a resized window keeps the learner's zoom.
 */
export function useFitNewWorld(area: RefObject<HTMLElement | null>): void {
  const { fitView } = useReactFlow();
  const prepared = useSandbox((s) => s.lesson?.prepared);
  const column = useSandbox((s) => s.lessonsShown);
  const columnMoved = useRef(false);
  const drawn = useRef({ prepared, column });
  useEffect(() => {
    if (drawn.current.prepared === prepared) return;
    drawn.current.prepared = prepared;
    const timer = setTimeout(() => void fitView(FIT), FIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [prepared, fitView]);
  // Before the browser lays the page out again, so the resize below knows why it came.
  useLayoutEffect(() => {
    if (drawn.current.column === column) return;
    drawn.current.column = column;
    columnMoved.current = true;
  }, [column]);
  useEffect(() => {
    let width: number | undefined;
    const resized = new ResizeObserver(([entry]) => {
      const now = entry?.contentRect.width;
      if (columnMoved.current && width !== undefined && now !== width) {
        columnMoved.current = false;
        void fitView(FIT);
      }
      width = now;
    });
    if (area.current) resized.observe(area.current);
    return () => resized.disconnect();
  }, [area, fitView]);
}
