import type { PlacementPolicy } from '../model/orchestrator';

/**
 * Host capacity in typed arrays, one slot per host in a fixed order (the world's hosts in name
 * order, or a benchmark's 20,000 generated hosts), so that placing thousands of VMs touches no
 * objects. First fit finds the first host with room through a max segment tree in O(log n);
 * the other policies scan every host, which is what their scores need anyway.
 *
 * The fit test mirrors capacity/fit.ts `whyNotFits` exactly: a VM fits when its vCPUs are at
 * most the host's cores for VMs and its free vCPUs, and (without memory overcommit) its memory
 * is at most the free memory plus 1e-9.
 */
export interface Capacity {
  readonly n: number;
  /** Cores for VMs: no VM may have more vCPUs than this. */
  readonly cores: Float64Array;
  /** Most vCPUs the host accepts (cores for VMs × overcommit ratio). */
  readonly cpuCap: Float64Array;
  readonly cpuUsed: Float64Array;
  /** Memory for VMs, in GB. */
  readonly memCap: Float64Array;
  readonly memUsed: Float64Array;
  /** 1 where memory overcommit lets VMs take more memory than the host has. */
  readonly memOver: Uint8Array;
  /** VMs (and incoming migrations) holding resources on the host, for 'pack'. */
  readonly count: Int32Array;
  /** 1 where the orchestrator may place at all (on, not in maintenance, a hypervisor). */
  readonly open: Uint8Array;
  /** Leaves start at `size`; node k holds the maxima of its two children. */
  readonly size: number;
  readonly treeCores: Float64Array;
  readonly treeCpuFree: Float64Array;
  readonly treeMemFree: Float64Array;
}

/** Slack on memory comparisons, as in whyNotFits, so 0.1 + 0.2 GB fits in 0.3 GB. */
export const MEMORY_EPSILON = 1e-9;

export interface CapacityInput {
  readonly cores: ArrayLike<number>;
  readonly cpuCap: ArrayLike<number>;
  readonly cpuUsed: ArrayLike<number>;
  readonly memCap: ArrayLike<number>;
  readonly memUsed: ArrayLike<number>;
  readonly memOver?: ArrayLike<number>;
  readonly count?: ArrayLike<number>;
  readonly open?: ArrayLike<number>;
}

export function buildCapacity(input: CapacityInput): Capacity {
  const n = input.cores.length;
  let size = 1;
  while (size < n) size *= 2;
  const cap: Capacity = {
    n,
    cores: Float64Array.from(input.cores),
    cpuCap: Float64Array.from(input.cpuCap),
    cpuUsed: Float64Array.from(input.cpuUsed),
    memCap: Float64Array.from(input.memCap),
    memUsed: Float64Array.from(input.memUsed),
    memOver: input.memOver ? Uint8Array.from(input.memOver) : new Uint8Array(n),
    count: input.count ? Int32Array.from(input.count) : new Int32Array(n),
    open: input.open ? Uint8Array.from(input.open) : new Uint8Array(n).fill(1),
    size,
    treeCores: new Float64Array(2 * size).fill(-Infinity),
    treeCpuFree: new Float64Array(2 * size).fill(-Infinity),
    treeMemFree: new Float64Array(2 * size).fill(-Infinity),
  };
  for (let i = 0; i < n; i++) setLeaf(cap, i);
  for (let k = size - 1; k >= 1; k--) pull(cap, k);
  return cap;
}

function setLeaf(c: Capacity, i: number): void {
  const k = c.size + i;
  if (c.open[i] === 0) {
    c.treeCores[k] = -Infinity;
    c.treeCpuFree[k] = -Infinity;
    c.treeMemFree[k] = -Infinity;
    return;
  }
  c.treeCores[k] = c.cores[i]!;
  c.treeCpuFree[k] = c.cpuCap[i]! - c.cpuUsed[i]!;
  c.treeMemFree[k] = c.memOver[i] === 1 ? Infinity : c.memCap[i]! - c.memUsed[i]!;
}

function pull(c: Capacity, k: number): void {
  const l = 2 * k;
  const r = l + 1;
  c.treeCores[k] = Math.max(c.treeCores[l]!, c.treeCores[r]!);
  c.treeCpuFree[k] = Math.max(c.treeCpuFree[l]!, c.treeCpuFree[r]!);
  c.treeMemFree[k] = Math.max(c.treeMemFree[l]!, c.treeMemFree[r]!);
}

function refresh(c: Capacity, i: number): void {
  setLeaf(c, i);
  for (let k = (c.size + i) >> 1; k >= 1; k >>= 1) pull(c, k);
}

/** Whether a VM of this size fits on host i next to what it holds now. */
export function fits(c: Capacity, i: number, vcpus: number, memGb: number): boolean {
  return (
    c.open[i] === 1 &&
    vcpus <= c.cores[i]! &&
    vcpus <= c.cpuCap[i]! - c.cpuUsed[i]! &&
    (c.memOver[i] === 1 || memGb <= c.memCap[i]! - c.memUsed[i]! + MEMORY_EPSILON)
  );
}

/** Books a VM on host i (placing it, or reserving room for an incoming migration). */
export function take(c: Capacity, i: number, vcpus: number, memGb: number): void {
  c.cpuUsed[i]! += vcpus;
  c.memUsed[i]! += memGb;
  c.count[i]! += 1;
  refresh(c, i);
}

/** Gives back what `take` booked (a VM leaving the host). */
export function release(c: Capacity, i: number, vcpus: number, memGb: number): void {
  c.cpuUsed[i]! -= vcpus;
  c.memUsed[i]! -= memGb;
  c.count[i]! -= 1;
  refresh(c, i);
}

/** Opens or closes host i to placement (a host failing, entering maintenance, being drained). */
export function setOpen(c: Capacity, i: number, open: boolean): void {
  c.open[i] = open ? 1 : 0;
  refresh(c, i);
}

/** Extra per-host test a placement may add (rules, networks, storage); null: none. */
export type Allowed = ((i: number) => boolean) | null;

/** The first host, in order, where the VM fits and `allowed` agrees; -1 when none. */
export function firstFit(
  c: Capacity,
  vcpus: number,
  memGb: number,
  allowed: Allowed = null,
): number {
  const { size, treeCores, treeCpuFree, treeMemFree } = c;
  const need = memGb - MEMORY_EPSILON;
  // Depth-first from the left, skipping every subtree whose maxima already rule it out.
  const stack = [1];
  while (stack.length > 0) {
    const k = stack.pop()!;
    if (treeCores[k]! < vcpus || treeCpuFree[k]! < vcpus || treeMemFree[k]! < need) continue;
    if (k >= size) {
      const i = k - size;
      if (fits(c, i, vcpus, memGb) && (allowed === null || allowed(i))) return i;
      continue;
    }
    stack.push(2 * k + 1, 2 * k);
  }
  return -1;
}

/**
 * How a policy ranks a host that fits: lower is better, compared on `primary`, then
 * `secondary`, then the host's position. Each figure is what the explanation table shows.
 */
export interface PolicyKey {
  readonly primary: number;
  readonly secondary: number;
}

/** Memory use of host i after placing memGb, as a share of its memory for VMs. */
export function memShareAfter(c: Capacity, i: number, memGb: number): number {
  const cap = c.memCap[i]!;
  return cap > 0 ? (c.memUsed[i]! + memGb) / cap : Infinity;
}

function cpuShareAfter(c: Capacity, i: number, vcpus: number): number {
  const cap = c.cpuCap[i]!;
  return cap > 0 ? (c.cpuUsed[i]! + vcpus) / cap : Infinity;
}

export function policyKey(
  policy: PlacementPolicy,
  c: Capacity,
  i: number,
  vcpus: number,
  memGb: number,
): PolicyKey {
  switch (policy) {
    case 'first-fit':
      return { primary: i, secondary: 0 };
    case 'best-fit':
      // The tightest hole: the least memory left, then the fewest vCPUs left.
      return {
        primary: c.memCap[i]! - c.memUsed[i]! - memGb,
        secondary: c.cpuCap[i]! - c.cpuUsed[i]! - vcpus,
      };
    case 'spread':
      return { primary: memShareAfter(c, i, memGb), secondary: cpuShareAfter(c, i, vcpus) };
    case 'pack':
      // Hosts already running VMs first (an empty host stays empty), the fullest of them first.
      return {
        primary: (c.count[i]! > 0 ? 0 : 1e6) - memShareAfter(c, i, memGb),
        secondary: -cpuShareAfter(c, i, vcpus),
      };
  }
}

export function better(a: PolicyKey, b: PolicyKey): boolean {
  return a.primary < b.primary || (a.primary === b.primary && a.secondary < b.secondary);
}

/** The host the policy picks for one VM among those that fit and are allowed; -1 when none. */
export function choose(
  c: Capacity,
  policy: PlacementPolicy,
  vcpus: number,
  memGb: number,
  allowed: Allowed = null,
): number {
  if (policy === 'first-fit') return firstFit(c, vcpus, memGb, allowed);
  let best = -1;
  let bestKey: PolicyKey | null = null;
  for (let i = 0; i < c.n; i++) {
    if (!fits(c, i, vcpus, memGb) || (allowed !== null && !allowed(i))) continue;
    const key = policyKey(policy, c, i, vcpus, memGb);
    if (bestKey === null || better(key, bestKey)) {
      best = i;
      bestKey = key;
    }
  }
  return best;
}

/**
 * Places VMs one after another in the given order, booking each on the host the policy picks.
 * Returns each VM's host position, or -1 for a VM that fits nowhere.
 */
export function placeAll(
  c: Capacity,
  policy: PlacementPolicy,
  vcpus: ArrayLike<number>,
  memGb: ArrayLike<number>,
  allowed: ((vm: number, host: number) => boolean) | null = null,
): Int32Array {
  const out = new Int32Array(vcpus.length);
  for (let v = 0; v < vcpus.length; v++) {
    const cpu = vcpus[v]!;
    const mem = memGb[v]!;
    const host = choose(c, policy, cpu, mem, allowed && ((i) => allowed(v, i)));
    out[v] = host;
    if (host >= 0) take(c, host, cpu, mem);
  }
  return out;
}
