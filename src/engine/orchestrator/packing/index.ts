/** Consolidation planner's packing: as few hosts as possible for a set of VMs. */
export { packOneDimension, type Packing } from './oneDimension';
export { lowerBoundL2 } from './lowerBound';
export { DEFAULT_MAX_STEPS, type PackOptions } from './identicalBins';
export { parseOrLibrary, parseBppLib, type BinPackingInstance } from './instances';
