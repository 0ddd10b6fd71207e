import { nextRandom } from '../engine';
import type { Variation } from './model';

/** The value each variable takes on the attempt with this seed: the same seed, the same names. */
export function drawVariables(
  variation: Variation | undefined,
  seed: number,
): Record<string, string> {
  let rng = seed | 0;
  const drawn: Record<string, string> = {};
  for (const [name, values] of Object.entries(variation ?? {})) {
    const next = nextRandom(rng);
    rng = next.rng;
    drawn[name] = values[Math.floor(next.value * values.length)] ?? values[0] ?? name;
  }
  return drawn;
}

/** Every "{name}" in every string of `value` replaced by its variable; unknown names are kept. */
export function substitute<T>(value: T, variables: Readonly<Record<string, string>>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string')
      return v.replace(/\{([a-zA-Z][\w-]*)\}/g, (all, name: string) => variables[name] ?? all);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
