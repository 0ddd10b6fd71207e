import type { CallId, FaultId, HostId, RuleId, VmId } from '../base/ids';

/**
 * The infrastructure orchestrator (docs/domain.md, "The infrastructure orchestrator"): the brain
 * above the hypervisors. It
 * decides and then asks a hypervisor to act; it never runs a VM itself. Its settings, rules and
 * scheduled faults are what a scenario configures; the rest are processes in flight, kept in the
 * world so that undo steps back through the orchestrator's decisions too.
 */

/**
 * How the orchestrator scores the hosts that passed every filter:
 * first-fit takes the first host in name order; best-fit the one left with the least free
 * memory (the tightest hole); spread the one with the lowest memory use after placing (even
 * load); pack a host that already runs VMs, the fullest first (empty hosts stay empty).
 */
export type PlacementPolicy = 'first-fit' | 'best-fit' | 'spread' | 'pack';

export type BalancingMode = 'off' | 'manual' | 'automatic';

/** Who gets room first when HA restarts the VMs of a failed host; 'disabled' is never restarted. */
export type RestartPriority = 'high' | 'medium' | 'low' | 'disabled';

export interface OrchestratorSettings {
  /** Off: VMs are placed only by hand, as in a simple environment with one hypervisor. */
  readonly enabled: boolean;
  readonly policy: PlacementPolicy;
  /** High availability: restart a failed host's VMs on other hosts. */
  readonly ha: boolean;
  /** Refuse placements that would leave too little room to restart the VMs of one failed host. */
  readonly admissionControl: boolean;
  readonly balancing: BalancingMode;
  /** Gap in CPU use (0..1) between the busiest and the idlest host above which balancing acts. */
  readonly balanceThreshold: number;
  /** Seconds after a VM moved during which balancing leaves it alone, so it cannot bounce back. */
  readonly balanceCooldownS: number;
  /** Seconds between two automatic balancing passes. */
  readonly balanceIntervalS: number;
}

/** Affinity: these VMs run on one host. Anti-affinity: no two of them share a host. */
export interface PlacementRule {
  readonly id: RuleId;
  readonly kind: 'affinity' | 'anti-affinity';
  readonly name: string;
  readonly vmIds: readonly VmId[];
}

/** A host failure the scenario injects at a set time, to watch the orchestrator react. */
export interface ScheduledFault {
  readonly id: FaultId;
  readonly kind: 'host-failure';
  readonly hostId: HostId;
  /** Simulated second at which it happens. */
  readonly at: number;
}

/** One pre-copy round: memory copied while the VM keeps running and dirtying pages. */
export interface MigrationRound {
  readonly round: number;
  readonly copiedMb: number;
  readonly seconds: number;
  /** Memory the guest dirtied while this round copied; the next round copies it again. */
  readonly dirtiedMb: number;
}

/** The arithmetic of one live migration, fixed when it starts (see orchestrator/migration.ts). */
export interface MigrationPlan {
  readonly memoryMb: number;
  readonly bandwidthMbS: number;
  readonly dirtyRateMbS: number;
  readonly rounds: readonly MigrationRound[];
  /** Dirty memory left after the last round, copied while the VM is paused (stop-and-copy). */
  readonly remainderMb: number;
  readonly downtimeMs: number;
  /** All pre-copy rounds plus the stop-and-copy. */
  readonly totalSeconds: number;
  /** False when the guest dirtied memory too fast and the round limit ended pre-copy. */
  readonly converged: boolean;
}

/** Why a VM moves; said in the log and kept for the cooldown. */
export type MovePurpose = 'manual' | 'maintenance' | 'balancing' | 'consolidation';

/** A live migration in flight: the VM runs on `from` while its memory is copied to `to`. */
export interface Migration {
  readonly vmId: VmId;
  readonly from: HostId;
  readonly to: HostId;
  readonly startedAt: number;
  readonly plan: MigrationPlan;
  readonly purpose: MovePurpose;
  /** The sentence that explains the move, e.g. why balancing chose it. */
  readonly reason: string;
}

/**
 * Room a target hypervisor holds for a VM being live-migrated to it, so that nothing else takes
 * that room before the copy ends. Counted in the host's usage like a running VM.
 */
export interface IncomingVm {
  readonly vmId: VmId;
  readonly name: string;
  readonly vcpus: number;
  readonly memoryGb: number;
  readonly from: HostId;
}

/** A finished move, remembered for the balancing cooldown. */
export interface RecentMove {
  readonly vmId: VmId;
  readonly from: HostId;
  readonly to: HostId;
  readonly at: number;
}

export interface HaRestart {
  readonly vmId: VmId;
  readonly vmName: string;
  readonly priority: RestartPriority;
  readonly to: HostId;
  readonly at: number;
  /** Seconds from the host failure until the VM runs again: detection + waiting + boot. */
  readonly downtimeS: number;
}

export interface HaWaiting {
  readonly vmId: VmId;
  readonly vmName: string;
  readonly priority: RestartPriority;
  /** Why no host can take it now; HA tries again on every tick. */
  readonly reason: string;
}

/** One host failure as HA handles it: detection after the heartbeat timeout, then restarts. */
export interface HaIncident {
  readonly hostId: HostId;
  readonly failedAt: number;
  /** When the heartbeat timeout runs out and HA declares the host failed. */
  readonly detectAt: number;
  readonly declared: boolean;
  readonly restarted: readonly HaRestart[];
  readonly waiting: readonly HaWaiting[];
  /** True once the host is back, so a later failure of the same host opens a new incident. */
  readonly ended: boolean;
}

/** What the orchestrator asks a hypervisor to do, through that hypervisor's management API. */
export type HypervisorCallName =
  'create VM' | 'register VM' | 'power on' | 'send VM' | 'receive VM' | 'power off host';

/** One call from the brain to a muscle, kept briefly so the canvas can animate it. */
export interface HypervisorCall {
  readonly id: CallId;
  /** 'learner' when the learner acted by hand (a drag), with the orchestrator switched off. */
  readonly from: 'orchestrator' | 'learner';
  readonly to: HostId;
  readonly call: HypervisorCallName;
  readonly vmId: VmId | null;
  readonly at: number;
}

export interface Orchestrator {
  readonly settings: OrchestratorSettings;
  readonly rules: readonly PlacementRule[];
  readonly faults: readonly ScheduledFault[];
  readonly migrations: readonly Migration[];
  /** Hosts a consolidation emptied: powered off once no VM runs there or is on its way. */
  readonly powerOffWhenEmpty: readonly HostId[];
  /** Recent HA incidents, newest last. */
  readonly incidents: readonly HaIncident[];
  readonly recentMoves: readonly RecentMove[];
  /** Simulated second of the last automatic balancing pass. */
  readonly lastBalanceAt: number;
  /** Recent hypervisor calls, newest last, for the canvas to animate. */
  readonly calls: readonly HypervisorCall[];
}

/** Off by default: a fresh sandbox is a simple environment, managed by hand. */
export const DEFAULT_ORCHESTRATOR_SETTINGS: OrchestratorSettings = {
  enabled: false,
  policy: 'spread',
  ha: true,
  admissionControl: false,
  balancing: 'off',
  balanceThreshold: 0.2,
  balanceCooldownS: 300,
  balanceIntervalS: 60,
};

export const EMPTY_ORCHESTRATOR: Orchestrator = {
  settings: DEFAULT_ORCHESTRATOR_SETTINGS,
  rules: [],
  faults: [],
  migrations: [],
  powerOffWhenEmpty: [],
  incidents: [],
  recentMoves: [],
  lastBalanceAt: 0,
  calls: [],
};

/** Range and wording of each numeric setting, for the settings panel and the checks. */
export const ORCHESTRATOR_SETTING_INFO = {
  balanceThreshold: {
    label: 'Balancing threshold',
    unit: 'share',
    min: 0.05,
    max: 1,
    step: 0.05,
    why: 'Balancing acts only when the busiest and the idlest host differ by more than this in CPU use; a higher threshold means fewer moves.',
  },
  balanceCooldownS: {
    label: 'Balancing cooldown',
    unit: 's',
    min: 0,
    max: 86400,
    step: 10,
    why: 'A VM that just moved stays put this long, so balancing never bounces it back and forth.',
  },
  balanceIntervalS: {
    label: 'Balancing interval',
    unit: 's',
    min: 1,
    max: 3600,
    step: 1,
    why: 'Automatic balancing looks at the cluster this often (vSphere DRS looks every minute since vSphere 7, every 5 minutes before).',
  },
} as const;
