import { describe, expect, it } from 'vitest';
import { sameData } from './sameData';

describe('sameData', () => {
  it('finds two reports built apart equal when every field reads the same', () => {
    const report = () => ({ rows: [{ host: 'esx-01', score: 3 }], summary: 'fits', ok: true });
    expect(sameData(report(), report())).toBe(true);
  });

  it('sees a change in a cell, a missing field, an extra row, or a list for a record', () => {
    const a = { rows: [{ host: 'esx-01', score: 3 }] };
    expect(sameData(a, { rows: [{ host: 'esx-01', score: 4 }] })).toBe(false);
    expect(sameData(a, { rows: [{ host: 'esx-01' }] })).toBe(false);
    expect(sameData(a, { rows: [...a.rows, { host: 'esx-02', score: 1 }] })).toBe(false);
    expect(sameData({ 0: 'x' }, ['x'])).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
  });

  it('compares maps by their entries', () => {
    expect(sameData(new Map([[1, 'esx-01/nic0']]), new Map([[1, 'esx-01/nic0']]))).toBe(true);
    expect(sameData(new Map([[1, 'esx-01/nic0']]), new Map([[2, 'esx-01/nic0']]))).toBe(false);
    expect(sameData(new Map(), new Map([[1, 'x']]))).toBe(false);
  });

  it('below its depth, and for other kinds of object, only the same object is equal', () => {
    const deep = () => ({ a: { b: { c: { d: { e: 1 } } } } });
    expect(sameData(deep(), deep())).toBe(false);
    const shared = { e: 1 };
    expect(sameData({ a: { b: { c: { d: shared } } } }, { a: { b: { c: { d: shared } } } })).toBe(
      true,
    );
    expect(sameData(new Set([1]), new Set([1]))).toBe(false);
  });
});
