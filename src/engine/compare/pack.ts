/** What a server offers, or a VM, container or app needs: cores busy and GB. */
export interface Size {
  readonly cpu: number;
  readonly memoryGb: number;
}

export interface Bin<T> {
  readonly items: T[];
  cpu: number;
  memoryGb: number;
}

/** Rounding noise must not turn an exact fit (0.1 + 0.2 cores) into a miss. */
const EPS = 1e-9;

const fitsIn = (item: Size, room: Size) =>
  item.cpu <= room.cpu + EPS && item.memoryGb <= room.memoryGb + EPS;

export interface Packed<T> {
  readonly bins: Bin<T>[];
  /** Items larger than an empty server. */
  readonly unplaced: T[];
}

/** Each item on a server of its own: one OS per server. */
export function onePerBin<T extends Size>(items: readonly T[], capacity: Size): Packed<T> {
  return {
    bins: items
      .filter((i) => fitsIn(i, capacity))
      .map((i) => ({ items: [i], cpu: i.cpu, memoryGb: i.memoryGb })),
    unplaced: items.filter((i) => !fitsIn(i, capacity)),
  };
}

/**
 * First fit decreasing, on two dimensions: items in order of the larger of their two shares of
 * a server (CPU or memory), largest first, ties in the given order; each goes into the first
 * server with room for it in both, or a new one. Simple enough to follow by hand on a
 * projector; not always the fewest servers (the orchestrator's consolidation planner searches
 * further).
 */
export function firstFitDecreasing<T extends Size>(items: readonly T[], capacity: Size): Packed<T> {
  const share = (s: Size) =>
    Math.max(
      capacity.cpu > 0 ? s.cpu / capacity.cpu : Infinity,
      capacity.memoryGb > 0 ? s.memoryGb / capacity.memoryGb : Infinity,
    );
  const order = items.map((item, i) => ({ item, i, share: share(item) }));
  order.sort((a, b) => b.share - a.share || a.i - b.i);
  const bins: Bin<T>[] = [];
  const unplaced: T[] = [];
  // An item the same size as the one before cannot fit a server that one skipped (servers only
  // fill up), so its search starts where that one went: the same result, far fewer checks.
  let from = 0;
  let previous: Size | null = null;
  for (const { item } of order) {
    if (!fitsIn(item, capacity)) {
      unplaced.push(item);
      continue;
    }
    if (!previous || previous.cpu !== item.cpu || previous.memoryGb !== item.memoryGb) from = 0;
    previous = item;
    let at = from;
    // Plain comparisons, no objects: this loop runs up to items × servers times.
    while (at < bins.length) {
      const b = bins[at]!;
      if (
        b.cpu + item.cpu <= capacity.cpu + EPS &&
        b.memoryGb + item.memoryGb <= capacity.memoryGb + EPS
      )
        break;
      at += 1;
    }
    if (at === bins.length) bins.push({ items: [], cpu: 0, memoryGb: 0 });
    const bin = bins[at]!;
    bin.items.push(item);
    bin.cpu += item.cpu;
    bin.memoryGb += item.memoryGb;
    from = at;
  }
  return { bins, unplaced };
}
