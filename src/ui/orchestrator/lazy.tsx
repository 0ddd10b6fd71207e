import { lazySection } from '../components/lazySection';

/** The orchestrator's parts of the inspectors and the canvas load after the first paint, like the engine they call. */
export const HostOrchestration = lazySection(() => import('./HostOrchestration'));
export const VmOrchestration = lazySection(() => import('./VmOrchestration'));
/** The live-migration plan for the target chosen in the inspector's Move section. */
export const MovePlan = lazySection(() => import('./MovePlan'), null);
/** A migrating VM's progress over its card, and the arcs of the migrations in flight. */
export const MigrationStrip = lazySection(() => import('./MigrationStrip'), null);
export const MigrationArrows = lazySection(() => import('./MigrationArrows'), null);
