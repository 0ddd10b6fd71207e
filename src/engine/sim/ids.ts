import { ID_PREFIX, type IdKind } from '../model/ids';

/**
 * Hands out ids from a counter held in the state, so the same commands always produce the
 * same ids. A command takes ids through one allocator and returns its final counter.
 */
export class IdAllocator {
  constructor(private next: number) {}

  take<T extends string>(kind: IdKind): T {
    const id = `${ID_PREFIX[kind]}-${this.next}`;
    this.next += 1;
    return id as T;
  }

  get counter(): number {
    return this.next;
  }
}

/** A MAC in the locally administered range, derived from a number so it is deterministic. */
export function macFor(n: number): string {
  const bytes = [0x02, 0x00, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}
