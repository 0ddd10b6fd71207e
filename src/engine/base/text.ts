/** Figures and lists as the engine's sentences print them. */

/** Two decimals, so the smallest VM (0.25 GB) is named as it is, not rounded to 0.3 GB. */
export const gb = (n: number): string => `${Number(n.toFixed(2))} GB`;

/** A share 0..1 as a whole percentage. */
export const pct = (share: number): string => `${Math.round(share * 100)} %`;

export const secs = (s: number): string =>
  s < 10 ? `${Number(s.toFixed(2))} s` : `${Number(s.toFixed(1))} s`;

export const millis = (ms: number): string => `${Math.round(ms)} ms`;

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "a, b and c"; past `max` names, "a, b and 3 more". */
export function listOf(names: readonly string[], max = 4): string {
  if (names.length <= 1) return names[0] ?? '';
  const shown = names.length > max ? names.slice(0, max) : names.slice(0, -1);
  const last = names.length > max ? `${names.length - max} more` : names[names.length - 1]!;
  return `${shown.join(', ')} and ${last}`;
}

/** How much of a value from outside (a file, a link) a message repeats. */
const EXCERPT = 40;

/** A value short enough to quote back: long ones are cut, with an ellipsis, never mid-character. */
export function excerpt(value: string): string {
  if (value.length <= EXCERPT) return value;
  const cut = value.slice(0, EXCERPT - 1);
  const last = cut.charCodeAt(cut.length - 1);
  // A high surrogate alone would print as a broken character.
  return `${last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut}…`;
}
