/** Paths into a JSON document and edits at them, for mutations that damage one place. */

export type Key = string | number;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Record<string, Json> | Json[];

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every path under the root (the root itself excluded), parents before children. */
export function pathsOf(root: Json): Key[][] {
  const out: Key[][] = [];
  const stack: [Json, Key[]][] = [[root, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (path.length > 0) out.push(path);
    if (!isContainer(node)) continue;
    for (const [k, v] of Object.entries(node)) {
      stack.push([v, [...path, Array.isArray(node) ? Number(k) : k]]);
    }
  }
  return out;
}

export function getAt(root: Json, path: readonly Key[]): Json | undefined {
  let at: Json | undefined = root;
  for (const key of path) {
    if (!isContainer(at)) return undefined;
    at = (at as Record<Key, Json>)[key];
  }
  return at;
}

/** Sets an own property even for `__proto__`, so JSON.stringify writes the key. */
export function setAt(root: Json, path: readonly Key[], value: Json): void {
  const parent = getAt(root, path.slice(0, -1));
  if (!isContainer(parent)) return;
  Object.defineProperty(parent, path[path.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export function deleteAt(root: Json, path: readonly Key[]): void {
  const parent = getAt(root, path.slice(0, -1));
  if (!isContainer(parent)) return;
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete (parent as Record<Key, Json>)[key];
}

/** A stand-in value that serialises to a unique string, later replaced by raw text. */
export const RAW_MARK = '\u0001raw-fuzz-text\u0001';
const MARK_TEXT = JSON.stringify(RAW_MARK);

/** The document as a file writes it, with the stand-in replaced by `raw` (built as a string). */
export function serialise(root: Json, raw = ''): string {
  const text = JSON.stringify(root, null, 2);
  return raw === '' ? text : text.replace(MARK_TEXT, () => raw);
}
