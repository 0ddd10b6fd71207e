/** The engine's one public surface: pure functions over plain data, no UI, no clock, no randomness. */
export type * from './model/types';
export type * from './model/ids';
export { ID_PREFIX } from './model/ids';
export { EMPTY_ORCHESTRATOR, ORCHESTRATOR_SETTING_INFO } from './model/orchestrator';
export { COST_ASSUMPTION_INFO } from './model/study';
export { DEFAULT_STUDY } from './catalog/workloads';
export { RUNTIMES, runtimeById, type ContainerRuntimeProduct } from './catalog/runtimes';
export { DEFAULT_DATASTORE } from './commands/hostCommands';
export type * from './model/events';
export type { Assumptions, AssumptionInfo } from './model/assumptions';
export { DEFAULT_ASSUMPTIONS, ASSUMPTION_INFO } from './model/assumptions';
export { HYPERVISORS, hypervisorById, type HypervisorProduct } from './catalog/hypervisors';
export {
  OPERATING_SYSTEMS,
  osById,
  osName,
  type OperatingSystem,
} from './catalog/operatingSystems';
export { hostUsage, holdsResources, isType2, type HostUsage } from './capacity/usage';
export { whyNotFits } from './capacity/fit';
export { apply, type Command, type ApplyResult } from './commands';
export type { HostSpec, HostPatch } from './commands/hostCommands';
export type { VmSpec, VmPatch } from './commands/vmCommands';
export type { SwitchSpec, PortGroupSpec } from './commands/networkCommands';
export type * from './model/network';
export type * from './network/types';
export { EMPTY_NET } from './model/network';
export type { RouterSpec, RouterLink } from './commands/routerCommands';
export type { PhysicalSwitchSpec } from './commands/linkCommands';
export { tracePing, type PingResult } from './network/ping';
export { reachability, canPing } from './network/reachability';
export {
  macTable,
  arpCache,
  portGroupView,
  type MacTableRow,
  type ArpRow,
  type PortGroupView,
} from './network/inspect';
export { parseIp, parseCidr, formatIp, subnetText } from './network/addr';
export { LIMITS } from './commands/validate';
export { tick } from './sim/tick';
export { emptyState } from './sim/state';
export { LOG_LIMIT } from './sim/log';
export { nextRandom } from './sim/prng';
export {
  HISTORY_LIMIT,
  startSession,
  execute,
  advance,
  undo,
  redo,
  type Session,
  type ExecuteResult,
} from './sim/history';
export { hostList, vmsOf, allVms, findVm, portGroupNames } from './model/world';
export { EXPLAIN } from './explain';
