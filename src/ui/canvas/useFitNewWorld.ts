import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useSandbox } from '../storeContext';

/** Long enough for the canvas to draw the new world (and take its new width) first. */
const FIT_DELAY_MS = 50;

/**
 * Fits the canvas to the world when a lesson's start replaces it, the sandbox comes back, or the
 * lessons column opens or closes beside it; not on first drawing, which the canvas fits itself.
 */
export function useFitNewWorld(): void {
  const { fitView } = useReactFlow();
  const prepared = useSandbox((s) => s.lesson?.prepared);
  const column = useSandbox((s) => s.lessonsShown);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => void fitView({ padding: 0.03 }), FIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [prepared, column, fitView]);
}
