/** Range checks shared by every command that takes sizes, phrased for the inspector. */
export const checkWhole = (label: string, value: number, min: number, max: number) =>
  Number.isInteger(value) && value >= min && value <= max
    ? null
    : `${label} must be a whole number from ${min} to ${max}.`;

export const checkNumber = (label: string, value: number, min: number, max: number) =>
  Number.isFinite(value) && value >= min && value <= max
    ? null
    : `${label} must be between ${min} and ${max}.`;

export const checkName = (label: string, name: string) =>
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(name)
    ? null
    : `${label} must be 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.`;

export const firstProblem = (...problems: (string | null)[]): string | null =>
  problems.find((p) => p !== null) ?? null;

export const LIMITS = {
  hostCores: [1, 512],
  hostMemoryGb: [1, 24576],
  hostStorageGb: [1, 1_000_000],
  hostNics: [0, 16],
  overcommit: [1, 32],
  vcpus: [1, 256],
  vmMemoryGb: [0.25, 12288],
  vmDiskGb: [1, 65536],
  vnics: [0, 10],
  vlan: [0, 4095],
  /** CPU a container or a bare-metal app may ask for, in cores (0.01 is a hundredth of a core). */
  workloadCpu: [0.01, 512],
  workloadMemoryGb: [0.01, 24576],
} as const;
