import type { PackOptions } from './attempt';
import { packIdenticalBins, tidy } from './identicalBins';
import { toUnits } from './sizes';

/** A packing: item indexes per bin, each item in exactly one bin. */
export interface Packing {
  readonly bins: number[][];
}

/**
 * Packs `sizes` into as few bins of `capacity` as it can (one-dimensional bin packing).
 * Deterministic: the same input and options give the same bins. Sizes may be decimals (up to
 * six places are exact). Throws a RangeError for a negative or non-finite number, or for an
 * item larger than a bin, since no packing exists then.
 */
export function packOneDimension(
  capacity: number,
  sizes: readonly number[],
  options?: PackOptions,
): Packing {
  sizes.forEach((size, i) => {
    if (size > capacity) {
      throw new RangeError(`Item ${i} (size ${size}) is larger than a bin (capacity ${capacity}).`);
    }
  });
  const units = toUnits(
    1,
    sizes.map((s) => [s]),
    [[capacity]],
  );
  return { bins: tidy(packIdenticalBins(units.sizes, units.capacities[0]!, options)) };
}
