/**
 * The most a world holds, so that every view stays fast (src/scenarios/limits.ts says what each
 * costs): the commands refuse to pass them and the loader refuses a file past them, so a world
 * the learner builds always saves and opens again.
 */
export const COUNT_LIMITS = {
  hosts: 500,
  vms: 5_000,
  containers: 5_000,
  /** Instances of all the compare view's apps together. */
  workloadInstances: 2_000,
} as const;

/** The refusal for a command that would pass a count, e.g. "VirtLab holds at most 500 hosts". */
export const fullMessage = (most: number, what: string): string =>
  `VirtLab holds at most ${most.toLocaleString('en')} ${what}, which keeps every view fast; remove one first.`;
