import type {
  AppId,
  ContainerId,
  HostId,
  NicId,
  PhysicalSwitchId,
  PortGroupId,
  RouterId,
  SwitchId,
  VmId,
  VnicId,
} from '../base/ids';
import type { EventDraft, LogEvent } from '../base/log';
import type { Assumptions } from './assumptions';
import type { NetState, Router, SwitchPort } from './network';
import type { IncomingVm, Orchestrator, RestartPriority } from './orchestrator';
import type { CostStudy } from './study';

export type HostPower = 'on' | 'off' | 'failed';

/** A physical network interface card in a server. */
export interface PhysicalNic {
  readonly id: NicId;
  readonly name: string;
  /** The physical switch port this NIC is cabled to, or null when unplugged. */
  readonly link: SwitchPort | null;
  /** Link state: false when the NIC or its cable has failed. */
  readonly up: boolean;
}

/** A port group: a named set of virtual switch ports sharing one VLAN setting. */
export interface PortGroup {
  readonly id: PortGroupId;
  /** The network label; vNICs refer to it by name, so a VM finds the same network on another host. */
  readonly name: string;
  /** 0 = untagged, 1–4094 = tagged with this id on the uplink, 4095 = trunk (the guest tags). */
  readonly vlan: number;
}

export type UplinkRole = 'active' | 'standby';

/** A layer-2 switch implemented in software inside the hypervisor. */
export interface VSwitch {
  readonly id: SwitchId;
  readonly name: string;
  readonly portGroups: readonly PortGroup[];
  /** Physical NICs joining this switch to the physical network; none means internal-only. */
  readonly uplinks: readonly { readonly nic: NicId; readonly role: UplinkRole }[];
}

/** 'migrating': running while a live migration copies its memory to another host. */
export type VmPower = 'off' | 'booting' | 'running' | 'paused' | 'crashed' | 'migrating';

/** A virtual Ethernet port of a VM. */
export interface Vnic {
  readonly id: VnicId;
  readonly mac: string;
  /** Name of the port group it plugs into on its current host, or null when unplugged. */
  readonly portGroup: string | null;
  /** IPv4 address with prefix length, e.g. "10.0.10.11/24"; null when the guest has none. */
  readonly ip: string | null;
  /** The router address the guest sends off-subnet packets to (no prefix); null for none. */
  readonly gateway: string | null;
  /** On a trunk port group (VLAN 4095), the VLAN the guest tags its frames with; null: untagged. */
  readonly guestVlan: number | null;
}

export interface Vm {
  readonly id: VmId;
  readonly name: string;
  /** Guest OS id from the guest OS catalog. */
  readonly os: string;
  readonly apps: readonly string[];
  readonly vcpus: number;
  readonly memoryGb: number;
  readonly diskGb: number;
  readonly nics: readonly Vnic[];
  readonly power: VmPower;
  /** Seconds of boot left while booting; 0 otherwise. */
  readonly bootRemainingS: number;
  /** Share of its vCPUs the guest currently demands, 0..1; moved by the seeded PRNG on each tick. */
  readonly cpuDemand: number;
  /** A container runtime in the guest OS, making this VM a container host; null when it has none. */
  readonly runtime: ContainerRuntime | null;
  /** Who HA restarts first when its host fails and room is short. */
  readonly restartPriority: RestartPriority;
}

export type ContainerState = 'off' | 'starting' | 'running' | 'crashed';

/** An application and its libraries, run as isolated processes on a kernel it shares. */
export interface Container {
  readonly id: ContainerId;
  readonly name: string;
  /** The image it runs: the app and its libraries, never a kernel (e.g. "nginx:1.27"). */
  readonly image: string;
  /** CPU limit in cores (a cgroup quota): 0.5 is half a core. */
  readonly cpu: number;
  /** Memory limit in GB (a cgroup limit). */
  readonly memoryGb: number;
  readonly state: ContainerState;
  /** Seconds of start left while starting; 0 otherwise. */
  readonly startRemainingS: number;
}

/**
 * A container runtime installed on one OS kernel, with the containers sharing that kernel. The
 * same record sits on a container-host platform (the host OS kernel) and inside a VM (the guest
 * kernel), so container commands, the tick and the X-ray treat both alike, and a VM becomes a
 * container host by gaining one field rather than by becoming another kind of thing.
 */
export interface ContainerRuntime {
  /** Runtime id from the runtime catalog. */
  readonly product: string;
  readonly containers: Readonly<Record<ContainerId, Container>>;
}

/** An application installed straight on a bare-metal OS; it runs while that OS runs. */
export interface BareMetalApp {
  readonly id: AppId;
  readonly name: string;
  /** Cores it keeps busy on average. */
  readonly cpu: number;
  readonly memoryGb: number;
}

/** The software layer of a platform that has crashed and waits for a restart. */
export type CrashedLayer = 'os' | 'hypervisor';

/** A hypervisor platform: type 1 on the hardware, or type 2 as an application on a host OS. */
export interface HypervisorPlatform {
  readonly kind: 'hypervisor';
  /** Product id from the hypervisor catalog. */
  readonly product: string;
  /** The host OS under a type-2 hypervisor; null for type 1. */
  readonly hostOs: string | null;
  readonly vswitches: readonly VSwitch[];
  /** VMs by id; kept per host so that moving one VM copies two small records, not the datacenter. */
  readonly vms: Readonly<Record<VmId, Vm>>;
  /** 'hypervisor' after it crashed, 'os' after a type-2 host OS crashed; null while it runs. */
  readonly crashed: CrashedLayer | null;
  /** Room held for VMs being live-migrated here; counted as used until the copy ends. */
  readonly incoming: readonly IncomingVm[];
}

/** One OS straight on the hardware with its apps: the traditional server, no VMs. */
export interface BareMetalPlatform {
  readonly kind: 'bare-metal';
  /** OS id from the OS catalog. */
  readonly os: string;
  readonly apps: readonly BareMetalApp[];
  /** 'os' after its kernel crashed (every app is down); null while it runs. */
  readonly crashed: 'os' | null;
}

/** An OS with a container runtime: its containers share the one OS kernel. */
export interface ContainerHostPlatform {
  readonly kind: 'container-host';
  /** OS id from the OS catalog; its kernel is the one every container shares. */
  readonly os: string;
  readonly runtime: ContainerRuntime;
  /** 'os' after its kernel crashed (every container is down); null while it runs. */
  readonly crashed: 'os' | null;
}

/** What runs on a host. Containers inside a VM are a hypervisor platform whose VM has a runtime. */
export type Platform = HypervisorPlatform | BareMetalPlatform | ContainerHostPlatform;
export type PlatformKind = Platform['kind'];

/** What a learner picks in the platform chooser: a platform kind and its products, nothing else. */
export type PlatformSpec =
  | { readonly kind: 'bare-metal'; readonly os: string }
  | { readonly kind: 'hypervisor'; readonly product: string; readonly hostOs?: string | null }
  | { readonly kind: 'container-host'; readonly os: string; readonly runtime: string };

export interface Host {
  readonly id: HostId;
  readonly name: string;
  readonly cpuCores: number;
  readonly memoryGb: number;
  readonly storageGb: number;
  readonly nics: readonly PhysicalNic[];
  readonly power: HostPower;
  /** Most vCPUs allowed per physical core across powered-on VMs (4 means 4:1). */
  readonly cpuOvercommit: number;
  /** Whether powered-on VMs may be given more memory than the host has (ballooning, swapping). */
  readonly memoryOvercommit: boolean;
  /** In maintenance mode the orchestrator places nothing here and evacuates its running VMs. */
  readonly maintenance: boolean;
  /**
   * The shared datastore (SAN or NAS) this host mounts, by name; null for local disks only. Live
   * migration and HA restarts need the same datastore on both hosts, where the VM's disk lives.
   */
  readonly sharedDatastore: string | null;
  readonly platform: Platform;
}

/** A physical Ethernet switch joining the hosts' physical NICs. */
export interface PhysicalSwitch {
  readonly id: PhysicalSwitchId;
  readonly name: string;
  readonly portCount: number;
  /** Ports switched off or failed: a cable plugged in there carries nothing. */
  readonly downPorts: readonly number[];
}

/** Everything a learner builds: undo and redo swap whole worlds. */
export interface World {
  readonly hosts: Readonly<Record<HostId, Host>>;
  readonly physicalSwitches: Readonly<Record<PhysicalSwitchId, PhysicalSwitch>>;
  /** Routers joining subnets and VLANs, by id. */
  readonly routers: Readonly<Record<RouterId, Router>>;
  readonly assumptions: Assumptions;
  /** The compare view's workload and the cost figures of the TCO panel, saved with the scenario. */
  readonly study: CostStudy;
  /** The orchestrator's settings, rules, scheduled faults and processes in flight. */
  readonly orchestrator: Orchestrator;
}

/** The simulation's own bookkeeping: it moves forward only, undo never rewinds it. */
export interface Sim {
  /** Simulated time in seconds since the scenario began. */
  readonly time: number;
  /** State of the seeded PRNG (mulberry32), so a replay draws the same numbers. */
  readonly rng: number;
  /** Next number for a new id; ids are never reused, even after undo. */
  readonly nextId: number;
  /** Most recent events, oldest first, capped at LOG_LIMIT. */
  readonly log: readonly LogEvent[];
  /** Sequence number of the next event. */
  readonly seq: number;
  /** MAC tables and ARP caches learned from frames; the clock ages them out. */
  readonly net: NetState;
}

/** What a domain function did: the new world, and what happened in the log's words. */
export interface Change {
  readonly world: World;
  readonly events: readonly EventDraft[];
}

export interface State {
  readonly world: World;
  readonly sim: Sim;
}
