import { ViewportPortal, useReactFlow } from '@xyflow/react';
import { useSandbox } from '../storeContext';

/** A red "dropped here" sign on the device where the current hop's packet went no further. */
export function DropMarker() {
  const open = useSandbox((s) => s.sidePanel === 'trace');
  const hop = useSandbox((s) => s.trace?.hops[s.traceStep]);
  const { getInternalNode } = useReactFlow();
  if (!open || hop?.action !== 'drop') return null;
  // A NIC is drawn inside its host: the sign goes on the host.
  const node = getInternalNode(hop.device.id) ?? getInternalNode(hop.device.hostId ?? '');
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  return (
    <ViewportPortal>
      <div
        aria-hidden="true"
        data-testid="trace-drop"
        className="pointer-events-none absolute top-0 left-0 rounded-md border-4 border-white bg-red-700 px-3 text-3xl font-bold whitespace-nowrap text-white"
        style={{
          transform: `translate(${x + width}px, ${y}px) translate(-50%, -50%)`,
          zIndex: 2000,
        }}
      >
        ✗ dropped
      </div>
    </ViewportPortal>
  );
}
