/** mulberry32: a tiny seeded PRNG whose whole state is one 32-bit number kept in the state. */
export function nextRandom(rng: number): { value: number; rng: number } {
  const next = (rng + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, rng: next };
}

/** Turns any integer seed into a PRNG state. */
export function seedRng(seed: number): number {
  return seed | 0;
}
