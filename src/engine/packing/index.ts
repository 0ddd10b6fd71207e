/**
 * A general bin-packing library, free of the domain model: as few bins as possible for a set of
 * items in one or two dimensions. The consolidation planner packs VMs onto hosts with it.
 */
export { packOneDimension, type Packing } from './oneDimension';
export { packTwoDimensions, packOntoHosts, type Resources } from './twoDimensions';
export { lowerBoundL2 } from './lowerBound';
export { DEFAULT_MAX_STEPS, type PackOptions } from './attempt';
export { packingProblems } from './verify';
