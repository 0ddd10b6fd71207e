/**
 * What a document from outside may hold. A file, a share link, an autosave and a lesson are all
 * checked against the same figures (docs/scenario-format.md, "Limits"), before anything parses
 * or computes on them. Kept apart from the scanner (limits.ts): the first paint needs these
 * figures, to refuse an oversized link or file unread, but not the scanner.
 *
 * The counts keep every view fast: a generated 500-host, 5,000-VM file is 5.2 MB and reads in
 * about 0.4 s (twice the tested 200 / 2,000); a 1,000 / 10,000 one takes a whole second just to
 * read. The compare view deploys 2,000 workload instances five ways in about 60 ms, 5,000 in 240.
 */
export const TEXT_LIMITS = {
  /** Characters of text (bytes, for a file or a link before decoding). */
  size: 8_000_000,
  /** Lists and objects inside one another; the format itself needs 10. */
  depth: 32,
  /** Items in one list or fields in one object. */
  entries: 20_000,
  /** Characters in one text value or field name; the longest the format allows is 2,000. */
  stringLength: 4_096,
  /** Characters in one number as written. */
  numberLength: 32,
} as const;

const [LF, CR] = [10, 13];

const count = (n: number) => n.toLocaleString('en');

/**
 * 1-based line and column, as the text's own lines and characters count them, of the character
 * at byte `offset` of UTF-8 text: where a file passes the size limit, found without decoding it.
 */
export function positionOfByte(
  bytes: Uint8Array,
  offset: number,
): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b === LF || (b === CR && bytes[i + 1] !== LF)) {
      line += 1;
      column = 1;
    } else if (b >= 0xf0) {
      // Four bytes are one character outside the BMP, two UTF-16 units as the editor counts it.
      column += 2;
    } else if ((b & 0xc0) !== 0x80) {
      column += 1;
    }
  }
  return { line, column };
}

/**
 * Why a file of `size` bytes is refused unread, placed where it passes the limit; `head` holds
 * at least the file's first TEXT_LIMITS.size bytes.
 */
export function tooLargeError(head: Uint8Array, size: number) {
  const { line, column } = positionOfByte(head, TEXT_LIMITS.size);
  const message = `Line ${line}, column ${column}: The file is ${count(size)} bytes; VirtLab opens at most ${count(TEXT_LIMITS.size)} (${TEXT_LIMITS.size / 1_000_000} MB), and this is where it passes that.`;
  return { message, path: '', line, column };
}

/** Whether a parsed value nests no deeper than `max`, level by level instead of by recursion. */
export function nestsWithin(value: unknown, max: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth += 1) {
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item !== 'object' || item === null) continue;
      if (depth + 1 > max) return false;
      for (const inner of Object.values(item)) next.push(inner);
    }
    level = next;
  }
  return true;
}
