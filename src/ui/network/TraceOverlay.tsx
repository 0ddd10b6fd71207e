import { DropMarker } from './DropMarker';
import { FrameMarker } from './FrameMarker';

/** The packet tracer's current hop drawn on the canvas: the moving frame, or where it dropped. */
export function TraceOverlay() {
  return (
    <>
      <FrameMarker />
      <DropMarker />
    </>
  );
}
