import { ViewportPortal } from '@xyflow/react';
import { CallMarkers } from './CallMarkers';
import { HostAlerts } from './HostAlerts';
import { MigrationArrows } from './lazy';
import { useSandbox } from '../storeContext';

/**
 * What the orchestrator is doing, drawn over the canvas in canvas coordinates: calls flying
 * to hypervisors, failed hosts waiting for HA, VMs on their way to another host. It sits above
 * the nodes and lets every click through.
 */
export function CanvasOverlay({ origin }: { origin: { x: number; y: number } }) {
  const migrating = useSandbox((s) => s.session.state.world.orchestrator.migrations.length > 0);
  return (
    <ViewportPortal>
      <div className="pointer-events-none absolute top-0 left-0" style={{ zIndex: 2000 }}>
        {migrating && <MigrationArrows />}
        <HostAlerts />
        <CallMarkers origin={origin} />
      </div>
    </ViewportPortal>
  );
}
