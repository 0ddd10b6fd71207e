import { useEffect } from 'react';
import type { SandboxStoreApi } from '../store/sandboxStore';

const FRAME_MS = 250;

/** Drives the simulated clock while playing: `speed` simulated seconds per real second. */
export function useClock(store: SandboxStoreApi): void {
  useEffect(() => {
    const id = setInterval(() => {
      const s = store.getState();
      if (s.playing) s.advanceClock((s.speed * FRAME_MS) / 1000);
    }, FRAME_MS);
    return () => clearInterval(id);
  }, [store]);
}
