import type { ComponentType } from 'react';
import { lazyPanel } from '../components/PanelBoundary';
import { DatacenterView } from '../canvas/DatacenterView';
import { Inspector } from '../panels/Inspector';

/**
 * The app's panels and views, as data: a feature adds its panel or view with one entry here.
 * Anything not needed at first paint is loaded lazily.
 */
export interface Registered {
  readonly id: string;
  readonly label: string;
  readonly Component: ComponentType;
}

/** Tabs of the right-hand column, beside the canvas. */
export const SIDE_PANELS: readonly Registered[] = [
  { id: 'inspect', label: 'Inspect', Component: Inspector },
  {
    id: 'assumptions',
    label: 'Assumptions',
    Component: lazyPanel(() => import('../panels/AssumptionsPanel')),
  },
  { id: 'xray', label: 'X-ray', Component: lazyPanel(() => import('../platforms/XrayPanel')) },
  {
    id: 'orchestrator',
    label: 'Orchestrator',
    Component: lazyPanel(() => import('../orchestrator/OrchestratorPanel')),
  },
  { id: 'trace', label: 'Trace', Component: lazyPanel(() => import('../network/TracePanel')) },
];

/** Views that fill the main area; the datacenter canvas is the first. */
export const VIEWS: readonly Registered[] = [
  { id: 'datacenter', label: 'Datacenter', Component: DatacenterView },
  {
    id: 'compare',
    label: 'Compare & cost',
    Component: lazyPanel(() => import('../compare/CompareView')),
  },
  {
    id: 'reachability',
    label: 'Reachability',
    Component: lazyPanel(() => import('../network/ReachabilityView')),
  },
];
