/** The engine's one public surface: pure functions over plain data, no UI, no clock, no randomness. */
export type * from './model/types';
export type * from './base/ids';
export { ID_PREFIX } from './base/ids';
export { EMPTY_ORCHESTRATOR, ORCHESTRATOR_SETTING_INFO } from './model/orchestrator';
export { COST_ASSUMPTION_INFO } from './model/study';
export { DEFAULT_STUDY } from './catalog/workloads';
export { RUNTIMES, runtimeById, type ContainerRuntimeProduct } from './catalog/runtimes';
export { DEFAULT_DATASTORE } from './commands/hostCommands';
export type * from './base/log';
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
export {
  invariantProblems,
  pathText,
  problemText,
  type Path,
  type PathPart,
  type Problem,
} from './invariants';
export { COMMAND_TYPES, apply, type ApplyResult } from './commands';
export type * from './commands/command';
export type * from './model/network';
export type * from './network/types';
export { EMPTY_NET } from './model/network';
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
export { COUNT_LIMITS } from './model/counts';
export { tick } from './sim/tick';
export { emptyState } from './sim/state';
export { EVENT_KINDS, LOG_LIMIT } from './base/log';
export type { Result, Refusal, Refused } from './base/result';
export { excerpt, gb } from './base/text';
export { nextRandom } from './base/prng';
export { startSession, type Session } from './sim/session';
export { HISTORY_LIMIT, execute, advance, undo, redo, type ExecuteResult } from './sim/history';
export { hostList, vmsOf, allVms, findVm, portGroupNames } from './model/world';
export { EXPLAIN } from './catalog/explain';
// Platforms, containers, crashes, the layer X-ray and the compare view.
export type * from './model/study';
export { DEFAULT_COST_ASSUMPTIONS } from './model/study';
export { DEFAULT_WORKLOAD } from './catalog/workloads';
export { runtimeName, type RuntimeSupport } from './catalog/runtimes';
export {
  PLATFORM_CHOICE,
  PLATFORM_CHOICES,
  WAY_ORDER,
  type PlatformChoice,
  type WayId,
} from './catalog/platforms';
export { cpuOverheadShare } from './capacity/usage';
export { crashCommand } from './commands/crashCommands';
export { WORKLOAD_LIMITS } from './commands/studyCommands';
export {
  checkPlatformSpec,
  checkRuntimeOn,
  platformLabel,
  specOf,
  whyNoVms,
} from './platforms/spec';
export {
  platformChangeImpact,
  vmRuntimeImpact,
  workloadsOf,
  type PlatformImpact,
} from './platforms/impact';
export { countWorkloads, describeWorkloads, type Workload } from './platforms/items';
export { blastRadius, crashOptions, type CrashOption, type CrashTarget } from './platforms/crash';
export { whyPlatformDown } from './capacity/fit';
export { containerHolds } from './capacity/runtime';
export {
  allContainers,
  findContainer,
  runtimeCapacity,
  runtimeSiteOf,
  runtimeSites,
  type KernelOwnerId,
  type RuntimeCapacity,
  type RuntimeSite,
} from './platforms/containers';
export {
  layerXray,
  type Isolation,
  type LayerRole,
  type LayerStatus,
  type Xray,
  type XrayKernel,
  type XrayLayer,
} from './platforms/xray';
export {
  compareDeployments,
  type BlastCase,
  type Comparison,
  type Deployment,
  type ServerLoad,
} from './compare/deploy';
export { TCO_LABELS, tco, type Tco, type TcoKey, type TcoLine, type WayTco } from './compare/tco';
export { compareMetrics, type CompareMetric } from './compare/metrics';
// The infrastructure orchestrator: placement, HA, live migration, balancing, consolidation.
export type * from './model/orchestrator';
export { DEFAULT_ORCHESTRATOR_SETTINGS } from './model/orchestrator';
export { ORCHESTRATOR_OFF } from './commands/orchestratorCommands';
export {
  explainPlacement,
  SCORE_LABEL,
  type PlacementExplanation,
  type PlacementFilter,
  type PlacementMode,
  type PlacementRequest,
  type PlacementRow,
} from './orchestrator/placement';
export { requestOf } from './orchestrator/migrate';
export {
  migrationLink,
  migrationPlan,
  migrationProgress,
  type MigrationLink,
  type MigrationProgress,
} from './orchestrator/migration';
export { admissionStatus, type AdmissionCheck } from './orchestrator/admission';
export {
  balanceRecommendations,
  type BalanceReport,
  type HostLoad,
  type Recommendation,
} from './orchestrator/balancing';
export {
  consolidationPlan,
  type ConsolidationMove,
  type ConsolidationPlan,
} from './orchestrator/consolidation';
export { maintenanceState, planEvacuation, type EvacuationPlan } from './orchestrator/maintenance';
export { CALL_LIMIT } from './orchestrator/calls';
export { isDown } from './orchestrator/hostTable';
