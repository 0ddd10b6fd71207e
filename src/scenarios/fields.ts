import { z } from './zod';
import { ID_PREFIX, type AssumptionInfo, type IdKind } from '../engine';
import { excerpt } from '../engine';

/**
 * Building blocks of the scenario schema. Each carries its own teacher-readable message, so a
 * number out of range reads "must be a whole number from 1 to 512" whatever went wrong with it.
 */

/**
 * A number's message for every way a value can miss its range, except absence ("is missing"
 * says that). A number written in quotes is the common slip, so the message says so.
 */
const unlessMissing = (message: string) => (issue: { readonly input?: unknown }) => {
  const { input } = issue;
  if (input === undefined) return undefined;
  const quoted = typeof input === 'string' && input.trim() !== '' && Number.isFinite(Number(input));
  return quoted ? `${message} (write ${excerpt(input.trim())} without quotes)` : message;
};

export function wholeNumber(min: number, max?: number) {
  const error = unlessMissing(
    max === undefined
      ? `must be a whole number of at least ${min}`
      : `must be a whole number from ${min} to ${max}`,
  );
  const atLeast = z.number({ error }).int({ error }).min(min, { error });
  return max === undefined ? atLeast : atLeast.max(max, { error });
}

export function decimal(min: number, max?: number) {
  const error = unlessMissing(
    max === undefined
      ? `must be a number of at least ${min}`
      : `must be a number from ${min} to ${max}`,
  );
  const atLeast = z.number({ error }).min(min, { error });
  return max === undefined ? atLeast : atLeast.max(max, { error });
}

/** The engine's name rule (commands/validate.ts checkName). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const nameText = () =>
  z.string().regex(NAME, {
    error:
      'must be 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit',
  });

/** Free text a person reads (an app, a container, a rule), where the engine sets no rule. */
export const label = () => z.string().min(1).max(64);

/**
 * An id such as `host-7`: the kind's prefix and a number from the id counter. The brand exists
 * in the type only; at run time the pattern is the check.
 */
export function idOf<T extends string>(kind: IdKind) {
  const prefix = ID_PREFIX[kind];
  return z.string().regex(new RegExp(`^${prefix}-[0-9]+$`), {
    error: `must be an id like ${prefix}-7 ("${prefix}-" and a number)`,
  }) as unknown as z.ZodType<T, string>;
}

/**
 * Labelled figures (assumptions, cost figures, settings): each ranged and described from its
 * info entry, and defaulted when absent so that figures added later keep old files loading.
 */
export function figureShape<K extends string>(
  info: Readonly<Record<K, AssumptionInfo>>,
  defaults: Readonly<Record<K, number>>,
) {
  const keys = Object.keys(info) as K[];
  return Object.fromEntries(
    keys.map((key) => {
      const { min, max, label: name, unit, why } = info[key];
      return [key, decimal(min, max).default(defaults[key]).describe(`${name} (${unit}). ${why}`)];
    }),
  ) as { [P in K]: z.ZodDefault<z.ZodNumber> };
}

/** An object of figures, itself defaulted when absent. */
export function figures<K extends string>(
  info: Readonly<Record<K, AssumptionInfo>>,
  defaults: Readonly<Record<K, number>>,
) {
  // {} is a valid input since every field has a default; TypeScript cannot see it for a generic K.
  return z.strictObject(figureShape(info, defaults)).prefault({} as never);
}
