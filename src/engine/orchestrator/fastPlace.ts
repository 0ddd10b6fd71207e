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
export type Allowed = ((i: number) => boolean) | Uint8Array | null;

/** Whether `allowed` lets host i through: a test, or a mask with 1 where it may go. */
function lets(allowed: Allowed, i: number): boolean {
  return allowed === null || (typeof allowed === 'function' ? allowed(i) : allowed[i] === 1);
}

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
      if (fits(c, i, vcpus, memGb) && lets(allowed, i)) return i;
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
  return {
    primary: primaryKey(policy, c, i, vcpus, memGb),
    secondary: secondaryKey(policy, c, i, vcpus),
  };
}

/** The figure a policy ranks by first, lower is better. */
function primaryKey(
  policy: PlacementPolicy,
  c: Capacity,
  i: number,
  vcpus: number,
  memGb: number,
): number {
  switch (policy) {
    case 'first-fit':
      return i;
    case 'best-fit':
      // The tightest hole: the least memory left.
      return c.memCap[i]! - c.memUsed[i]! - memGb;
    case 'spread':
      return memShareAfter(c, i, memGb);
    case 'pack':
      // Hosts already running VMs first (an empty host stays empty), the fullest of them first.
      return (c.count[i]! > 0 ? 0 : 1e6) - memShareAfter(c, i, memGb);
  }
}

/** The tie-breaker on CPU: fewest vCPUs left (best fit), lowest use (spread), highest (pack). */
function secondaryKey(policy: PlacementPolicy, c: Capacity, i: number, vcpus: number): number {
  switch (policy) {
    case 'first-fit':
      return 0;
    case 'best-fit':
      return c.cpuCap[i]! - c.cpuUsed[i]! - vcpus;
    case 'spread':
      return cpuShareAfter(c, i, vcpus);
    case 'pack':
      return -cpuShareAfter(c, i, vcpus);
  }
}

export function better(a: PolicyKey, b: PolicyKey): boolean {
  return a.primary < b.primary || (a.primary === b.primary && a.secondary < b.secondary);
}

/**
 * The host the policy picks for one VM among those that fit and are allowed; -1 when none.
 * Ties go to the earlier host. The scan allocates nothing, as HA runs it for every VM.
 */
export function choose(
  c: Capacity,
  policy: PlacementPolicy,
  vcpus: number,
  memGb: number,
  allowed: Allowed = null,
): number {
  if (policy === 'first-fit') return firstFit(c, vcpus, memGb, allowed);
  let best = -1;
  let bestPrimary = Infinity;
  let bestSecondary = Infinity;
  for (let i = 0; i < c.n; i++) {
    if (!fits(c, i, vcpus, memGb) || !lets(allowed, i)) continue;
    const primary = primaryKey(policy, c, i, vcpus, memGb);
    if (primary > bestPrimary) continue;
    const secondary = secondaryKey(policy, c, i, vcpus);
    if (best < 0 || primary < bestPrimary || secondary < bestSecondary) {
      best = i;
      bestPrimary = primary;
      bestSecondary = secondary;
    }
  }
  return best;
}

/** Most distinct VM sizes for which placeAll keeps a first-fit frontier per size. */
const MAX_FRONTIERS = 64;

/**
 * Places VMs one after another in the given order, booking each on the host the policy picks.
 * Returns each VM's host position, or -1 for a VM that fits nowhere.
 *
 * First fit without an extra test keeps a frontier per VM size: booking only ever shrinks a
 * host's room, so a host that once lacked room for a size never has it again within the batch,
 * and the next search for that size starts where the last one stopped. Each size then walks
 * the hosts once in all, however many VMs of it there are; the answer is the same first fit.
 */
export function placeAll(
  c: Capacity,
  policy: PlacementPolicy,
  vcpus: ArrayLike<number>,
  memGb: ArrayLike<number>,
  allowed: ((vm: number, host: number) => boolean) | null = null,
): Int32Array {
  const out = new Int32Array(vcpus.length);
  const sizes = policy === 'first-fit' && allowed === null ? sizeClasses(vcpus, memGb) : null;
  const frontier = sizes && new Int32Array(sizes.count);
  for (let v = 0; v < vcpus.length; v++) {
    const cpu = vcpus[v]!;
    const mem = memGb[v]!;
    let host: number;
    if (sizes && frontier) {
      const k = sizes.of[v]!;
      host = frontier[k]!;
      while (host < c.n && !fits(c, host, cpu, mem)) host++;
      frontier[k] = host;
      if (host === c.n) host = -1;
    } else {
      host = choose(c, policy, cpu, mem, allowed && ((i) => allowed(v, i)));
    }
    out[v] = host;
    if (host >= 0) take(c, host, cpu, mem);
  }
  return out;
}

/** Each VM's size class (same vCPUs and memory), or null when there are too many sizes. */
function sizeClasses(
  vcpus: ArrayLike<number>,
  memGb: ArrayLike<number>,
): { readonly of: Int32Array; readonly count: number } | null {
  const index = new Map<string, number>();
  const of = new Int32Array(vcpus.length);
  for (let v = 0; v < vcpus.length; v++) {
    const key = `${vcpus[v]}/${memGb[v]}`;
    let k = index.get(key);
    if (k === undefined) {
      k = index.size;
      if (k >= MAX_FRONTIERS) return null;
      index.set(key, k);
    }
    of[v] = k;
  }
  return { of, count: index.size };
}
