import { ViewportPortal } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { vlanColour } from '../../store/toFlow';
import { hopEdge } from '../../store/traceHops';
import { useSandbox } from '../storeContext';

/** The longest a frame takes to cross one edge, however slowly the hops advance. */
const MAX_MS = 1200;

/** The label a frame carries: its 802.1Q tag on a link that tags, else the VLAN it is in. */
function frameLabel(vlan: number, tag: number | null): string {
  if (tag !== null) return `tag ${tag}`;
  return vlan === 0 ? 'untagged' : `VLAN ${vlan}`;
}

/**
 * The current hop's frame, drawn as a small box coloured by its VLAN, sliding along the canvas
 * edge it crossed (one element moved by a transform; nothing else re-renders per frame).
 */
export function FrameMarker() {
  const open = useSandbox((s) => s.sidePanel === 'trace');
  const trace = useSandbox((s) => s.trace);
  const step = useSandbox((s) => s.traceStep);
  const speed = useSandbox((s) => s.traceSpeed);
  const box = useRef<HTMLDivElement>(null);
  const trail = useRef<SVGPathElement>(null);
  const hop = trace?.hops[step];
  const edge = open && trace ? hopEdge(trace, step) : null;
  const edgeId = edge?.id;
  const forward = edge?.forward;

  useEffect(() => {
    const el = box.current;
    if (!edgeId || !el) return;
    const path = document.querySelector<SVGPathElement>(
      `.react-flow__edge[data-id="${CSS.escape(edgeId)}"] path.react-flow__edge-path`,
    );
    if (!path) {
      el.style.visibility = 'hidden';
      return;
    }
    trail.current?.setAttribute('d', path.getAttribute('d') ?? '');
    const length = path.getTotalLength();
    const duration = Math.min(MAX_MS, 800 / speed);
    const start = performance.now();
    let frame = 0;
    const move = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      const p = path.getPointAtLength((forward ? t : 1 - t) * length);
      el.style.transform = `translate(${p.x}px, ${p.y}px) translate(-50%, -50%)`;
      el.style.visibility = 'visible';
      if (t < 1) frame = requestAnimationFrame(move);
    };
    frame = requestAnimationFrame(move);
    return () => cancelAnimationFrame(frame);
  }, [edgeId, forward, step, speed]);

  if (!edge || !hop || hop.vlan === null) return null;
  const colour = vlanColour(hop.vlan);
  return (
    <ViewportPortal>
      {/* The edge the frame crosses, drawn again wide in its VLAN's colour, under the frame. */}
      <svg
        aria-hidden="true"
        className="pointer-events-none absolute top-0 left-0 overflow-visible"
        width="1"
        height="1"
        style={{ zIndex: 1999 }}
      >
        <path ref={trail} fill="none" stroke={colour} strokeOpacity={0.45} strokeWidth={16} />
      </svg>
      <div
        ref={box}
        aria-hidden="true"
        data-testid="trace-frame"
        data-edge={edge.id}
        className="pointer-events-none absolute top-0 left-0 rounded-md border-4 border-white px-3 text-3xl font-bold whitespace-nowrap text-white"
        style={{ background: colour, zIndex: 2000, visibility: 'hidden' }}
      >
        {frameLabel(hop.vlan, hop.frame?.tag ?? null)}
      </div>
    </ViewportPortal>
  );
}
