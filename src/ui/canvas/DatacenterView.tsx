import { TraceOverlay } from '../network/TraceOverlay';
import { Palette } from '../panels/Palette';
import { Canvas } from './Canvas';

/** The layered datacenter diagram with its palette. */
export function DatacenterView() {
  return (
    <div className="flex h-full flex-col">
      <Palette />
      <div className="relative min-h-0 flex-1">
        <Canvas />
        <TraceOverlay />
      </div>
    </div>
  );
}
