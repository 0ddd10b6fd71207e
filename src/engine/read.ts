/**
 * The engine's read-only half: data types, catalogs, capacity figures and explanations, which
 * is all a first paint of the datacenter needs. Eager UI code imports values from here only.
 * Commands, the clock and undo run through `engine/runtime`, which the store loads right after
 * the first paint; lazily loaded panels import what else they call (traces, placement,
 * compare) from the full index. Importing the full index from eager code would pull the whole
 * engine into the first download, because a bundler cannot split a barrel.
 */
export type * from './index';
export { ID_PREFIX } from './base/ids';
export { DEFAULT_ASSUMPTIONS, ASSUMPTION_INFO } from './model/assumptions';
export { HYPERVISORS, hypervisorById } from './catalog/hypervisors';
export { OPERATING_SYSTEMS, osById, osName } from './catalog/operatingSystems';
export { RUNTIMES, runtimeById } from './catalog/runtimes';
export { hostUsage, holdsResources, isType2 } from './capacity/usage';
export { whyNotFits } from './capacity/fit';
export { LIMITS } from './commands/validate';
export { hostList, vmsOf, allVms, findVm, portGroupNames } from './model/world';
export { startSession } from './sim/session';
export { EXPLAIN } from './catalog/explain';
export { excerpt, gb } from './base/text';
