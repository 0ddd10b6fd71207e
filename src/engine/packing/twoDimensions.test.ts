import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../testing/properties';
import { lowerBoundL2 } from './lowerBound';
import { packOntoHosts, packTwoDimensions, type Resources } from './twoDimensions';
import { packingProblems } from './verify';

const asVectors = (list: readonly Resources[]) => list.map((r) => [r.cpu, r.memory]);

/** Host index per item → item lists per host, as packingProblems wants them. */
function byHost(placement: Int32Array, hostCount: number): number[][] {
  const bins = Array.from({ length: hostCount }, (): number[] => []);
  placement.forEach((h, i) => {
    if (h >= 0) bins[h]!.push(i);
  });
  return bins;
}

describe('packTwoDimensions', () => {
  it('pairs a CPU-heavy VM with a memory-heavy one', () => {
    // Host 8 vCPUs / 32 GB. Two VMs of 6 vCPU / 8 GB and two of 2 vCPU / 24 GB: two of a kind
    // never share a host (12 vCPUs or 48 GB), one of each fills a host exactly: 2 hosts.
    const vms = [
      { cpu: 6, memory: 8 },
      { cpu: 6, memory: 8 },
      { cpu: 2, memory: 24 },
      { cpu: 2, memory: 24 },
    ];
    const { bins } = packTwoDimensions({ cpu: 8, memory: 32 }, vms);
    expect(packingProblems([8, 32], asVectors(vms), bins)).toEqual([]);
    expect(bins).toHaveLength(2);
    for (const bin of bins) expect(bin.map((i) => vms[i]!.cpu).sort()).toEqual([2, 6]);
  });

  it('finds 3 hosts where sorting and fitting needs 4', () => {
    // The one-dimensional trap (400, 350, 250 per host of 1000) on the CPU side, memory light.
    const vms = [400, 400, 400, 350, 350, 350, 250, 250, 250].map((cpu) => ({ cpu, memory: 1 }));
    const { bins } = packTwoDimensions({ cpu: 1000, memory: 10 }, vms);
    expect(packingProblems([1000, 10], asVectors(vms), bins)).toEqual([]);
    expect(bins).toHaveLength(3);
  });

  it('reaches the memory bound with dozens of small VMs per host', () => {
    // 300 VMs cycling through common sizes; memory binds (about 2600 GB for hosts of 256 GB),
    // and with this many small VMs a packing that meets the bound exists and should be found.
    const cpus = [1, 2, 2, 2, 4, 4, 8];
    const memories = [1, 2, 2, 4, 4, 8, 8, 16, 32];
    const vms = Array.from({ length: 300 }, (_, i) => ({
      cpu: cpus[i % cpus.length]!,
      memory: memories[(i * 5) % memories.length]!,
    }));
    const { bins } = packTwoDimensions({ cpu: 128, memory: 256 }, vms);
    expect(packingProblems([128, 256], asVectors(vms), bins)).toEqual([]);
    const memoryBound = lowerBoundL2(
      256,
      vms.map((v) => v.memory),
    );
    expect(memoryBound).toBeGreaterThan(
      lowerBoundL2(
        128,
        vms.map((v) => v.cpu),
      ),
    );
    expect(bins).toHaveLength(memoryBound);
  });

  it('refuses a VM larger than a host in either dimension', () => {
    expect(() => packTwoDimensions({ cpu: 8, memory: 32 }, [{ cpu: 2, memory: 48 }])).toThrow(
      RangeError,
    );
  });

  it('packs every VM once, within both capacities, and never below either dimension’s bound', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cpu: fc.integer({ min: 0, max: 16 }),
            memory: fc.integer({ min: 0, max: 64 }),
          }),
          {
            maxLength: 40,
          },
        ),
        (vms) => {
          const host = { cpu: 16, memory: 64 };
          const { bins } = packTwoDimensions(host, vms, { maxSteps: 20_000 });
          expect(packingProblems([16, 64], asVectors(vms), bins)).toEqual([]);
          const cpuBound = lowerBoundL2(
            16,
            vms.map((v) => v.cpu),
          );
          const memoryBound = lowerBoundL2(
            64,
            vms.map((v) => v.memory),
          );
          expect(bins.length).toBeGreaterThanOrEqual(Math.max(cpuBound, memoryBound));
          expect(packTwoDimensions(host, vms, { maxSteps: 20_000 })).toEqual({ bins });
        },
      ),
      { numRuns: runs(150) },
    );
  });
});

describe('packOntoHosts', () => {
  it('keeps the hosts listed first and empties the last', () => {
    const hosts = [
      [8, 32],
      [8, 32],
      [8, 32],
    ] as const;
    // Three VMs that one host holds: they all go to host 0, wherever first fit put them.
    expect(
      Array.from(
        packOntoHosts(hosts, [
          [2, 8],
          [2, 8],
          [4, 16],
        ]),
      ),
    ).toEqual([0, 0, 0]);
  });

  it('empties a host that sorting and fitting keeps, and it is the last one', () => {
    const hosts = [0, 1, 2, 3].map(() => [1000, 10] as const);
    const vms = [400, 400, 400, 350, 350, 350, 250, 250, 250].map((cpu) => [cpu, 1] as const);
    const placement = packOntoHosts(hosts, vms);
    const bins = byHost(placement, hosts.length);
    expect(
      packingProblems(
        [1000, 10],
        vms.map((v) => [...v]),
        bins,
      ),
    ).toEqual([]);
    expect(bins.map((b) => b.length > 0)).toEqual([true, true, true, false]);
  });

  it('uses a big host rather than two small ones when the big one is listed first', () => {
    const hosts = [
      [16, 64],
      [8, 32],
      [8, 32],
    ] as const;
    const vms = [
      [6, 24],
      [6, 24],
      [4, 16],
    ] as const;
    expect(Array.from(packOntoHosts(hosts, vms))).toEqual([0, 0, 0]);
  });

  it('uses one big host listed last rather than three small ones listed first', () => {
    // In the given order first fit needs all three 8/32 hosts (6 + 6 > 8, 6 + 4 > 8);
    // the 16/64 host holds all three VMs exactly, and fewer hosts beat the order.
    const hosts = [
      [8, 32],
      [8, 32],
      [8, 32],
      [16, 64],
    ] as const;
    const vms = [
      [6, 24],
      [6, 24],
      [4, 16],
    ] as const;
    expect(Array.from(packOntoHosts(hosts, vms))).toEqual([3, 3, 3]);
  });

  it('leaves out (-1) a VM no host can take', () => {
    expect(
      Array.from(
        packOntoHosts(
          [[8, 32]],
          [
            [2, 8],
            [16, 8],
          ],
        ),
      ),
    ).toEqual([0, -1]);
  });

  it('packs every placed VM within each host’s own capacity, the same way every time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 128 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 48, noNaN: true })),
          {
            maxLength: 40,
          },
        ),
        (hosts, vms) => {
          const placement = packOntoHosts(hosts, vms, { maxSteps: 20_000 });
          const bins = byHost(placement, hosts.length);
          bins.forEach((bin, h) => {
            const own = bin.map((i) => [...vms[i]!]);
            expect(packingProblems([...hosts[h]!], own, [own.map((_, k) => k)])).toEqual([]);
          });
          expect(packOntoHosts(hosts, vms, { maxSteps: 20_000 })).toEqual(placement);
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
