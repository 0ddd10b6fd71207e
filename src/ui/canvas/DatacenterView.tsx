import { useRef } from 'react';
import { TraceOverlay } from '../network/TraceOverlay';
import { Palette } from '../panels/Palette';
import { useSandbox } from '../storeContext';
import { Canvas } from './Canvas';
import { useFitNewWorld } from './useFitNewWorld';

/** The layered datacenter diagram with its palette. */
export function DatacenterView() {
  const area = useRef<HTMLDivElement>(null);
  useFitNewWorld(area);
  const paletteHidden = useSandbox((s) => s.lesson?.hidden.includes('palette') ?? false);
  return (
    <div className="flex h-full flex-col">
      {!paletteHidden && <Palette />}
      <div ref={area} className="relative min-h-0 flex-1">
        <Canvas />
        <TraceOverlay />
      </div>
    </div>
  );
}
