import { describe, expect, it } from 'vitest';
import { parseBppLib, parseOrLibrary } from './instances';

describe('benchmark file parsers', () => {
  it('reads the OR-Library format: count, then name, capacity/count/best and sizes', () => {
    const text = '2\n u3_00 \n 10 3 2\n6\n4\n5\n u2_01 \n 10 2 1\n3\n7\n';
    expect(parseOrLibrary(text)).toEqual([
      { name: 'u3_00', capacity: 10, sizes: [6, 4, 5], bestKnown: 2 },
      { name: 'u2_01', capacity: 10, sizes: [3, 7], bestKnown: 1 },
    ]);
  });

  it('reads the BPPLIB format: count, capacity, sizes', () => {
    expect(parseBppLib('t3', '3\n1000\n500\n300\n200\n')).toEqual({
      name: 't3',
      capacity: 1000,
      sizes: [500, 300, 200],
      bestKnown: null,
    });
  });

  it('says what is missing in a cut-off file', () => {
    expect(() => parseOrLibrary('1\n u3_00\n 10 3 2\n6\n')).toThrow(/item 2 of u3_00/);
    expect(() => parseBppLib('t3', '3\n1000\n500\nabc\n')).toThrow(/item 2 of t3/);
  });
});
