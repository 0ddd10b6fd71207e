/** Consolidation planner's packing: as few hosts as possible for a set of VMs. */
export { packOneDimension, type Packing } from './oneDimension';
export { packTwoDimensions, packOntoHosts, type Resources } from './twoDimensions';
export { lowerBoundL2 } from './lowerBound';
export { DEFAULT_MAX_STEPS, type PackOptions } from './attempt';
export { parseOrLibrary, parseBppLib, type BinPackingInstance } from './instances';
export { packingProblems } from './verify';
