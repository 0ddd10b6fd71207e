import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCapacity,
  choose,
  firstFit,
  fits,
  placeAll,
  release,
  setOpen,
  take,
} from './fastPlace';

/** Hosts of [cores, memory for VMs, memory used] with a 4:1 vCPU ratio and nothing else running. */
function hosts(...specs: [number, number, number][]) {
  return buildCapacity({
    cores: specs.map((s) => s[0]),
    cpuCap: specs.map((s) => s[0] * 4),
    cpuUsed: specs.map(() => 0),
    memCap: specs.map((s) => s[1]),
    memUsed: specs.map((s) => s[2]),
  });
}

describe('policies on one VM', () => {
  // 0: 53 GB free of 63; 1: 13 free of 63; 2: 127 free, empty; 3: 11 free, empty.
  const make = () => {
    const c = hosts([16, 63, 10], [16, 63, 50], [16, 127, 0], [4, 11, 0]);
    c.count[0] = 1;
    c.count[1] = 1;
    return c;
  };

  it('first fit takes the first host with room', () => {
    expect(choose(make(), 'first-fit', 1, 8)).toBe(0);
  });
  it('best fit takes the host left with the least memory (11 − 8 = 3 GB)', () => {
    expect(choose(make(), 'best-fit', 1, 8)).toBe(3);
  });
  it('spread takes the lowest memory share after placing (8 / 127)', () => {
    expect(choose(make(), 'spread', 1, 8)).toBe(2);
  });
  it('pack takes the fullest host that already runs VMs (58 / 63), not an empty one', () => {
    expect(choose(make(), 'pack', 1, 8)).toBe(1);
  });
  it('every policy skips a host without room, and returns -1 when none has any', () => {
    for (const p of ['first-fit', 'best-fit', 'spread', 'pack'] as const) {
      expect(choose(make(), p, 1, 60)).toBe(2);
      expect(choose(make(), p, 1, 200)).toBe(-1);
    }
  });
});

describe('the fit test', () => {
  it('mirrors whyNotFits: cores, free vCPUs, memory with a 1e-9 slack', () => {
    const c = hosts([2, 1, 0]);
    expect(fits(c, 0, 3, 0.5)).toBe(false); // more vCPUs than cores
    expect(fits(c, 0, 2, 0.1 + 0.2 + 0.7)).toBe(true); // 1.0000000000000002 GB in 1 GB
    take(c, 0, 2, 0.5);
    take(c, 0, 2, 0.25);
    take(c, 0, 2, 0.25);
    take(c, 0, 2, 0);
    expect(fits(c, 0, 1, 0)).toBe(false); // 8 of 8 vCPUs taken
    release(c, 0, 2, 0);
    expect(fits(c, 0, 1, 0)).toBe(true);
    setOpen(c, 0, false);
    expect(fits(c, 0, 1, 0)).toBe(false);
  });

  it('ignores memory on a host with memory overcommit', () => {
    const c = buildCapacity({
      cores: [4],
      cpuCap: [16],
      cpuUsed: [0],
      memCap: [8],
      memUsed: [8],
      memOver: [1],
    });
    expect(firstFit(c, 1, 64)).toBe(0);
  });
});

describe('first fit through the segment tree', () => {
  const hostArb = fc.tuple(
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 32 }),
    fc.boolean(),
  );
  const vmArb = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 16 }));

  it('places every VM where a plain left-to-right scan would', () => {
    fc.assert(
      fc.property(
        fc.array(hostArb, { minLength: 1, maxLength: 40 }),
        fc.array(vmArb, { maxLength: 120 }),
        (hs, vms) => {
          const input = {
            cores: hs.map((h) => h[0]),
            cpuCap: hs.map((h) => h[0] * 2),
            cpuUsed: hs.map(() => 0),
            memCap: hs.map((h) => h[1]),
            memUsed: hs.map(() => 0),
            open: hs.map((h) => (h[2] ? 1 : 0)),
          };
          const fast = buildCapacity(input);
          const slow = buildCapacity(input);
          const got = placeAll(
            fast,
            'first-fit',
            vms.map((v) => v[0]),
            vms.map((v) => v[1]),
          );
          vms.forEach(([cpu, mem], v) => {
            let want = -1;
            for (let i = 0; i < slow.n && want < 0; i++) if (fits(slow, i, cpu, mem)) want = i;
            if (want >= 0) take(slow, want, cpu, mem);
            expect(got[v]).toBe(want);
          });
        },
      ),
    );
  });

  it('skips hosts the extra test rejects', () => {
    const c = hosts([4, 8, 0], [4, 8, 0], [4, 8, 0]);
    expect(firstFit(c, 1, 1, (i) => i !== 0)).toBe(1);
    expect(firstFit(c, 1, 1, () => false)).toBe(-1);
  });
});
