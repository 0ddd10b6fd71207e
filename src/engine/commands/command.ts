import type {
  AppId,
  ContainerId,
  FaultId,
  HostId,
  NicId,
  PhysicalSwitchId,
  PortGroupId,
  RouterId,
  RuleId,
  SwitchId,
  VmId,
  VnicId,
} from '../base/ids';
import type { Assumptions } from '../model/assumptions';
import type { SwitchPort } from '../model/network';
import type { OrchestratorSettings, PlacementRule, RestartPriority } from '../model/orchestrator';
import type { CostAssumptions, WorkloadApp } from '../model/study';
import type { HostPower, PlatformSpec } from '../model/types';
import type { PingTarget } from '../network/types';
import type { KernelOwnerId } from '../platforms/containers';
import type { CrashTarget } from '../platforms/crash';

/** Every change a learner, a scenario or a test can ask of the engine, as plain data. */
export type Command =
  | HostCommand
  | VmCommand
  | NetworkCommand
  | PlatformCommand
  | OrchestratorCommand
  | { type: 'setAssumption'; key: keyof Assumptions; value: number };

/** One command of the union, by its type: what its handler takes. */
export type CommandOf<K extends Command['type']> = Extract<Command, { type: K }>;

export type HostCommand =
  | { type: 'addHost'; spec: HostSpec }
  | { type: 'removeHost'; hostId: HostId }
  | { type: 'updateHost'; hostId: HostId; patch: HostPatch }
  /** 'failed' is a hardware failure: everything on the host crashes with it. */
  | { type: 'setHostPower'; hostId: HostId; power: HostPower }
  | { type: 'setHypervisor'; hostId: HostId; product: string; hostOs: string | null };

export type VmCommand =
  | { type: 'addVm'; hostId: HostId; spec: VmSpec }
  | { type: 'removeVm'; vmId: VmId }
  | { type: 'updateVm'; vmId: VmId; patch: VmPatch }
  | { type: 'setVmPower'; vmId: VmId; on: boolean }
  /** A powered-off VM moves cold; a running one starts a live migration. */
  | { type: 'moveVm'; vmId: VmId; toHostId: HostId };

export type NetworkCommand =
  | { type: 'addSwitch'; hostId: HostId; spec: SwitchSpec }
  | { type: 'updateSwitch'; hostId: HostId; switchId: SwitchId; spec: SwitchSpec }
  | { type: 'removeSwitch'; hostId: HostId; switchId: SwitchId }
  | { type: 'addPortGroup'; hostId: HostId; switchId: SwitchId; spec: PortGroupSpec }
  | {
      type: 'updatePortGroup';
      hostId: HostId;
      switchId: SwitchId;
      portGroupId: PortGroupId;
      spec: PortGroupSpec;
    }
  | { type: 'removePortGroup'; hostId: HostId; switchId: SwitchId; portGroupId: PortGroupId }
  | { type: 'plugVnic'; vmId: VmId; vnicId: string; portGroup: string | null }
  | { type: 'addVnic'; vmId: VmId; portGroup: string | null }
  | { type: 'removeVnic'; vmId: VmId; vnicId: VnicId }
  | {
      type: 'setVnicAddress';
      vmId: VmId;
      vnicId: VnicId;
      /** "10.0.10.11/24", or null to clear the address and gateway. */
      ip: string | null;
      gateway: string | null;
    }
  | { type: 'setVnicGuestVlan'; vmId: VmId; vnicId: VnicId; vlan: number | null }
  | { type: 'addRouter'; spec: RouterSpec }
  | {
      type: 'updateRouter';
      routerId: RouterId;
      patch: { readonly name?: string; readonly link?: RouterLink | null };
    }
  | { type: 'removeRouter'; routerId: RouterId }
  | { type: 'setRouterInterface'; routerId: RouterId; vlan: number; ip: string }
  | { type: 'removeRouterInterface'; routerId: RouterId; vlan: number }
  | { type: 'setNicLink'; hostId: HostId; nicId: NicId; up: boolean }
  | { type: 'cableNic'; hostId: HostId; nicId: NicId; link: SwitchPort | null }
  | { type: 'setSwitchPort'; switchId: PhysicalSwitchId; port: number; up: boolean }
  | { type: 'addPhysicalSwitch'; spec: PhysicalSwitchSpec }
  | { type: 'updatePhysicalSwitch'; switchId: PhysicalSwitchId; spec: PhysicalSwitchSpec }
  | { type: 'removePhysicalSwitch'; switchId: PhysicalSwitchId }
  /** Runs a ping: the world is unchanged; learned MAC and ARP entries and the log are. */
  | { type: 'ping'; srcVmId: VmId; dst: PingTarget };

/** Platforms, containers, crashes and the cost study. */
export type PlatformCommand =
  /** Switches a host's platform; ask with platformChangeImpact first. */
  | { type: 'setPlatform'; hostId: HostId; spec: PlatformSpec }
  /** Makes a VM a container host (a runtime in its guest), swaps or removes it (null). */
  | { type: 'setVmRuntime'; vmId: VmId; runtime: string | null }
  | { type: 'addApp'; hostId: HostId; spec: AppSpec }
  | { type: 'removeApp'; hostId: HostId; appId: AppId }
  /** `on` is a container host's id or a container-host VM's id. */
  | { type: 'addContainer'; on: KernelOwnerId; spec: ContainerSpec }
  | { type: 'removeContainer'; containerId: ContainerId }
  | { type: 'updateContainer'; containerId: ContainerId; patch: ContainerPatch }
  | { type: 'setContainerPower'; containerId: ContainerId; on: boolean }
  /** Crashes one software layer: a guest OS, a host OS, a hypervisor, a kernel or a container. */
  | { type: 'crash'; target: CrashTarget }
  /** Restarts what crashed on a host or in a VM. */
  | { type: 'recover'; on: KernelOwnerId }
  | { type: 'setCostAssumption'; key: keyof CostAssumptions; value: number }
  | { type: 'setWorkload'; workload: readonly WorkloadApp[] };

/** The orchestrator's commands. */
export type OrchestratorCommand =
  | { type: 'setOrchestrator'; patch: Partial<OrchestratorSettings> }
  /** Ask the orchestrator for a VM: it filters, scores, and calls the chosen host's hypervisor. */
  | { type: 'deployVm'; spec: DeploySpec }
  | { type: 'addRule'; spec: RuleSpec }
  | { type: 'removeRule'; ruleId: RuleId }
  | { type: 'scheduleFault'; hostId: HostId; at: number }
  | { type: 'cancelFault'; faultId: FaultId }
  | { type: 'enterMaintenance'; hostId: HostId }
  | { type: 'exitMaintenance'; hostId: HostId }
  | { type: 'startMigration'; vmId: VmId; toHostId: HostId }
  /** Applies one of balanceRecommendations' current moves. */
  | { type: 'applyRecommendation'; vmId: VmId; toHostId: HostId }
  | { type: 'consolidate' };

export interface HostSpec {
  readonly name?: string;
  readonly cpuCores: number;
  readonly memoryGb: number;
  readonly storageGb: number;
  readonly nicCount: number;
  /** Hypervisor product id from the catalog. */
  readonly product: string;
  /** Required for a type-2 product. */
  readonly hostOs?: string | null;
  /** Port groups to create on the first virtual switch, by name and VLAN. */
  readonly portGroups?: readonly { name: string; vlan: number }[];
  /** Shared datastore the host mounts; omitted: DEFAULT_DATASTORE; null: local disks only. */
  readonly sharedDatastore?: string | null;
}

export interface HostPatch {
  readonly name?: string;
  readonly cpuCores?: number;
  readonly memoryGb?: number;
  readonly storageGb?: number;
  readonly cpuOvercommit?: number;
  readonly memoryOvercommit?: boolean;
  /** A datastore name, or null to leave the host with local disks only. */
  readonly sharedDatastore?: string | null;
}

export interface VmSpec {
  readonly name?: string;
  readonly os: string;
  readonly apps?: readonly string[];
  readonly vcpus: number;
  readonly memoryGb: number;
  readonly diskGb: number;
  /** One vNIC per entry, plugged into the port group of that name (null: unplugged). */
  readonly networks?: readonly (string | null)[];
  /** Who HA restarts first when the host fails; omitted: 'medium'. */
  readonly restartPriority?: RestartPriority;
}

export interface VmPatch {
  readonly name?: string;
  readonly os?: string;
  readonly apps?: readonly string[];
  readonly vcpus?: number;
  readonly memoryGb?: number;
  readonly diskGb?: number;
  readonly restartPriority?: RestartPriority;
}

export interface SwitchSpec {
  readonly name: string;
  /** Physical NICs, first active, the rest standby. */
  readonly uplinks: readonly NicId[];
}

export interface PortGroupSpec {
  readonly name: string;
  readonly vlan: number;
}

/** Where a router's cable goes. */
export type RouterLink = SwitchPort;

export interface RouterSpec {
  readonly name: string;
  /** Where its cable goes; omitted: the first free port of the first physical switch; null: unplugged. */
  readonly link?: RouterLink | null;
  /** Its interfaces, one per VLAN, each with an address and prefix length. */
  readonly interfaces?: readonly { readonly vlan: number; readonly ip: string }[];
}

export interface PhysicalSwitchSpec {
  readonly name: string;
  readonly portCount: number;
}

export interface AppSpec {
  readonly name?: string;
  /** Cores it keeps busy on average. */
  readonly cpu: number;
  readonly memoryGb: number;
}

export interface ContainerSpec {
  readonly name?: string;
  /** The image to run, e.g. "nginx:1.27". */
  readonly image: string;
  /** CPU limit in cores. */
  readonly cpu: number;
  /** Memory limit in GB. */
  readonly memoryGb: number;
}

export type ContainerPatch = Partial<ContainerSpec>;

export interface DeploySpec extends VmSpec {
  /** Rules the new VM joins, which the placement then obeys. */
  readonly ruleIds?: readonly RuleId[];
  /** Omitted or true: the orchestrator also powers it on. */
  readonly powerOn?: boolean;
}

export interface RuleSpec {
  readonly kind: PlacementRule['kind'];
  readonly name: string;
  readonly vmIds: readonly VmId[];
}
