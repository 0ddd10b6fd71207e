/** One published bin-packing test instance. */
export interface BinPackingInstance {
  readonly name: string;
  readonly capacity: number;
  readonly sizes: readonly number[];
  /** Fewest bins anyone has found (the optimum where it is proven); null when the file has none. */
  readonly bestKnown: number | null;
}

function tokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => t.length > 0);
}

function toNumber(token: string | undefined, what: string): number {
  const value = Number(token);
  if (token === undefined || !Number.isFinite(value)) {
    throw new SyntaxError(`Expected ${what}, found ${token ?? 'the end of the file'}.`);
  }
  return value;
}

/**
 * OR-Library's binpack1…8 format (Falkenauer's u120…u1000 and t60…t501): the instance count,
 * then per instance a name, "capacity item_count best_known", and one size per item.
 */
export function parseOrLibrary(text: string): BinPackingInstance[] {
  const t = tokens(text);
  let at = 0;
  const count = toNumber(t[at++], 'the number of instances');
  const instances: BinPackingInstance[] = [];
  for (let k = 0; k < count; k++) {
    const name = t[at++];
    if (name === undefined) throw new SyntaxError(`Instance ${k + 1} of ${count} is missing.`);
    const capacity = toNumber(t[at++], `the capacity of ${name}`);
    const n = toNumber(t[at++], `the item count of ${name}`);
    const bestKnown = toNumber(t[at++], `the best known bins of ${name}`);
    const sizes = Array.from({ length: n }, (_, i) =>
      toNumber(t[at++], `item ${i + 1} of ${name}`),
    );
    instances.push({ name, capacity, sizes, bestKnown });
  }
  return instances;
}

/** BPPLIB's format (one instance per file): item count, capacity, one size per item. */
export function parseBppLib(name: string, text: string): BinPackingInstance {
  const t = tokens(text);
  const n = toNumber(t[0], `the item count of ${name}`);
  const capacity = toNumber(t[1], `the capacity of ${name}`);
  const sizes = Array.from({ length: n }, (_, i) => toNumber(t[2 + i], `item ${i + 1} of ${name}`));
  return { name, capacity, sizes, bestKnown: null };
}
