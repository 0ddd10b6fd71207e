import { nextRandom } from '../engine';
import type { Variation } from './model';

/** The value each variable takes on the attempt with this seed: the same seed, the same names. */
export function drawVariables(
  variation: Variation | undefined,
  seed: number,
): Record<string, string | number> {
  let rng = seed | 0;
  const drawn: Record<string, string | number> = {};
  for (const [name, values] of Object.entries(variation ?? {})) {
    const next = nextRandom(rng);
    rng = next.rng;
    drawn[name] = values[Math.floor(next.value * values.length)] ?? values[0] ?? name;
  }
  return drawn;
}

const WHOLE = /^\{([a-zA-Z][\w-]*)\}$/;

/**
 * Every "{name}" in every string of `value` replaced by its variable (unknown names are kept); a
 * string that is one "{name}" whole takes the value itself, so a number stays a number.
 */
export function substitute<T>(value: T, variables: Readonly<Record<string, string | number>>): T {
  const walk = (v: unknown): unknown => {
    if (typeof v !== 'string') return walkInside(v);
    const whole = WHOLE.exec(v)?.[1];
    if (whole !== undefined && variables[whole] !== undefined) return variables[whole];
    return v.replace(/\{([a-zA-Z][\w-]*)\}/g, (all, name: string) =>
      variables[name] === undefined ? all : String(variables[name]),
    );
  };
  const walkInside = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
