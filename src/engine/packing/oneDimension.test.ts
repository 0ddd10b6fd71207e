import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../testing/properties';
import { nextRandom } from '../base/prng';
import { lowerBoundL2 } from './lowerBound';
import { packOneDimension } from './oneDimension';
import { packingProblems } from './verify';

const problems = (capacity: number, sizes: readonly number[], bins: number[][]) =>
  packingProblems(
    [capacity],
    sizes.map((s) => [s]),
    bins,
  );

/** Plain first-fit decreasing, written out here as the yardstick the planner must not lose to. */
function firstFitDecreasingCount(capacity: number, sizes: readonly number[]): number {
  const loads: number[] = [];
  for (const s of [...sizes].sort((a, b) => b - a)) {
    const b = loads.findIndex((l) => l + s <= capacity);
    if (b < 0) loads.push(s);
    else loads[b]! += s;
  }
  return loads.length;
}

/**
 * A triplet instance in Falkenauer's manner: each bin of 1000 gets one item of 380–490, one of
 * 250 to half the rest, and the remainder, so n/3 full bins is the optimum. Shuffled.
 */
function triplets(count: number, seed: number): number[] {
  let rng = seed;
  const draw = (lo: number, hi: number) => {
    const r = nextRandom(rng);
    rng = r.rng;
    return lo + Math.floor(r.value * (hi - lo + 1));
  };
  const sizes: number[] = [];
  for (let t = 0; t < count; t++) {
    const first = draw(380, 490);
    const second = draw(250, Math.floor((1000 - first) / 2));
    sizes.push(first, second, 1000 - first - second);
  }
  for (let i = sizes.length - 1; i > 0; i--) {
    const j = draw(0, i);
    [sizes[i], sizes[j]] = [sizes[j]!, sizes[i]!];
  }
  return sizes;
}

describe('packOneDimension', () => {
  it('packs nothing into no bins, and small items into one', () => {
    expect(packOneDimension(10, []).bins).toEqual([]);
    expect(packOneDimension(10, [2, 3, 5]).bins).toEqual([[0, 1, 2]]);
  });

  it('needs one bin per item when no two fit together', () => {
    expect(packOneDimension(10, [6, 6, 6, 6]).bins).toHaveLength(4);
  });

  it('finds 3 bins where first-fit decreasing needs 4', () => {
    // Three bins of exactly 400 + 350 + 250 = 1000. FFD puts the two 400s together (800),
    // then 350 + 350 and the 250s no longer fit: 4 bins.
    const sizes = [400, 400, 400, 350, 350, 350, 250, 250, 250];
    expect(firstFitDecreasingCount(1000, sizes)).toBe(4);
    const { bins } = packOneDimension(1000, sizes);
    expect(problems(1000, sizes, bins)).toEqual([]);
    expect(bins).toHaveLength(3);
    for (const bin of bins) expect(bin.map((i) => sizes[i]).sort()).toEqual([250, 350, 400]);
  });

  it('reaches the L2 bound of 4 for 70, 70, 40, 40, 40 in bins of 100', () => {
    expect(packOneDimension(100, [70, 70, 40, 40, 40]).bins).toHaveLength(4);
  });

  it.each([1, 2, 3])('packs a made-up triplet instance (seed %i) into exactly n/3 bins', (seed) => {
    const sizes = triplets(20, seed);
    const { bins } = packOneDimension(1000, sizes);
    expect(problems(1000, sizes, bins)).toEqual([]);
    expect(bins).toHaveLength(20);
  });

  it('handles decimal sizes without overfilling a bin', () => {
    const sizes = [0.3, 0.7, 0.6, 0.4, 0.1, 0.2, 0.7];
    const { bins } = packOneDimension(1, sizes);
    expect(problems(1, sizes, bins)).toEqual([]);
    expect(bins).toHaveLength(3);
  });

  it('refuses an item larger than a bin, or a negative size', () => {
    expect(() => packOneDimension(10, [4, 11])).toThrow(RangeError);
    expect(() => packOneDimension(10, [4, -1])).toThrow(RangeError);
  });

  it('gives the same bins for the same input, whatever the seed does to ties', () => {
    const sizes = triplets(10, 7);
    expect(packOneDimension(1000, sizes)).toEqual(packOneDimension(1000, sizes));
    const other = packOneDimension(1000, sizes, { seed: 99 });
    expect(problems(1000, sizes, other.bins)).toEqual([]);
  });

  it('packs every item once, within capacity, between the L2 bound and first-fit decreasing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }),
        (capacity, shares) => {
          const sizes = shares.map((s) => Math.round(s * capacity));
          const { bins } = packOneDimension(capacity, sizes, { maxSteps: 20_000 });
          expect(problems(capacity, sizes, bins)).toEqual([]);
          expect(bins.length).toBeGreaterThanOrEqual(lowerBoundL2(capacity, sizes));
          expect(bins.length).toBeLessThanOrEqual(firstFitDecreasingCount(capacity, sizes));
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
