import { describe, expect, it } from 'vitest';
import { lowerBoundL2 } from './lowerBound';

describe('lowerBoundL2', () => {
  it('is 0 for no items and 1 for items that fit one bin', () => {
    expect(lowerBoundL2(10, [])).toBe(0);
    expect(lowerBoundL2(10, [3, 3, 4])).toBe(1);
  });

  it('counts items above half a bin one bin each, beyond the total size bound', () => {
    // 4 × 6 = 24, so the size bound says 3 bins; no two sixes share a bin of 10, so 4.
    expect(lowerBoundL2(10, [6, 6, 6, 6])).toBe(4);
  });

  it('finds the threshold where the small items cannot join the big ones', () => {
    // Sizes 70, 70, 40, 40, 40 in bins of 100: total 260 → 3 by size, and 3 at threshold 0
    // (the 70s leave 60 of room for 120 of forties). At threshold 40 no forty fits beside a 70,
    // so the forties need ceil(120 / 100) = 2 bins of their own: 4, which is the optimum.
    expect(lowerBoundL2(100, [70, 70, 40, 40, 40])).toBe(4);
  });

  it('works with decimal sizes', () => {
    expect(lowerBoundL2(1, [0.6, 0.6, 0.6])).toBe(3);
    expect(lowerBoundL2(1, [0.1, 0.2, 0.3, 0.4])).toBe(1);
  });
});
