/**
 * Figures the simulation assumes. Each is shown, labelled and editable in the Assumptions panel,
 * and saved with the scenario; none is a hidden constant.
 */
export interface Assumptions {
  /** Seconds a VM takes from power-on to running (a guest kernel and OS start). */
  readonly vmBootSeconds: number;
  /** Memory the hypervisor itself keeps on every host, in GB. */
  readonly hypervisorMemoryGb: number;
  /** Cores a type-2 host OS keeps for itself. */
  readonly hostOsCores: number;
  /** Memory a type-2 host OS keeps for itself, in GB. */
  readonly hostOsMemoryGb: number;
  /** Share of its configured memory a running guest actively touches at full CPU demand. */
  readonly guestActiveMemoryShare: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  vmBootSeconds: 30,
  hypervisorMemoryGb: 1,
  hostOsCores: 1,
  hostOsMemoryGb: 4,
  guestActiveMemoryShare: 0.8,
};

export interface AssumptionInfo {
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly why: string;
}

export const ASSUMPTION_INFO: Readonly<Record<keyof Assumptions, AssumptionInfo>> = {
  vmBootSeconds: {
    label: 'VM boot time',
    unit: 's',
    min: 1,
    max: 600,
    step: 1,
    why: 'A VM starts a whole guest kernel and OS: tens of seconds is typical.',
  },
  hypervisorMemoryGb: {
    label: 'Hypervisor memory',
    unit: 'GB',
    min: 0,
    max: 64,
    step: 0.5,
    why: 'The hypervisor keeps some memory for itself on every host.',
  },
  hostOsCores: {
    label: 'Host OS cores (type 2)',
    unit: 'cores',
    min: 0,
    max: 16,
    step: 1,
    why: 'A type-2 hypervisor runs inside a host OS, which uses CPU of its own.',
  },
  hostOsMemoryGb: {
    label: 'Host OS memory (type 2)',
    unit: 'GB',
    min: 0,
    max: 64,
    step: 0.5,
    why: 'The host OS under a type-2 hypervisor keeps memory for itself and its apps.',
  },
  guestActiveMemoryShare: {
    label: 'Guest active memory at full load',
    unit: 'share',
    min: 0.1,
    max: 1,
    step: 0.05,
    why: 'A guest touches only part of its memory; the rest is allocated but idle.',
  },
};
