import {
  type BalancingMode,
  type PlacementPolicy,
  type RestartPriority,
  gb,
} from '../../engine/read';

/** Policy names as the canvas shows them, and what each does, for the policy drop-down. */
export const POLICY_NAME: Readonly<Record<PlacementPolicy, string>> = {
  'first-fit': 'first fit',
  'best-fit': 'best fit',
  spread: 'spread',
  pack: 'pack',
};

export const POLICY_OPTIONS: readonly { value: PlacementPolicy; label: string }[] = [
  { value: 'first-fit', label: 'First fit: the first host in name order with room' },
  { value: 'best-fit', label: 'Best fit: the host left with the least free memory' },
  { value: 'spread', label: 'Spread: the least loaded host' },
  { value: 'pack', label: 'Pack: fill busy hosts first, so empty ones can be powered off' },
];

export const BALANCING_OPTIONS: readonly { value: BalancingMode; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'manual', label: 'Manual: you apply its moves' },
  { value: 'automatic', label: 'Automatic: it moves VMs itself' },
];

export const PRIORITY_OPTIONS: readonly { value: RestartPriority; label: string }[] = [
  { value: 'high', label: 'High: restarted first' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low: restarted last' },
  { value: 'disabled', label: 'Disabled: never restarted by HA' },
];

/** "21.4 s", "1 min 5 s": durations as the event log gives them. */
export function seconds(s: number): string {
  if (s < 60) return `${Number(s.toFixed(1))} s`;
  const whole = Math.round(s);
  const rest = whole % 60;
  return `${Math.floor(whole / 60)} min${rest ? ` ${rest} s` : ''}`;
}

export const millis = (ms: number) => `${ms < 10 ? Number(ms.toFixed(1)) : Math.round(ms)} ms`;

/** Memory in MB below 1 GB and in GB above, as a migration round copies it. */
export const mb = (n: number) => (n < 1024 ? `${Math.round(n)} MB` : gb(n / 1024));

export const percent = (share: number) => `${Math.round(share * 100)} %`;
