/**
 * How far two values are compared: their fields, the fields of those, and so on four levels
 * down (a node's data, a report's rows and their cells); deeper values must be the same object.
 */
const DEPTH = 4;

/**
 * Equal as plain data (objects, arrays, maps), looking `depth` levels in; below that, and for
 * any other kind of object, only the same object is equal.
 */
export function sameData(a: unknown, b: unknown, depth = DEPTH): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Map && b instanceof Map)
    return (
      a.size === b.size && [...a].every(([k, v]) => b.has(k) && sameData(v, b.get(k), depth - 1))
    );
  if (!Array.isArray(a) && Object.getPrototypeOf(a) !== Object.prototype) return false;
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((k) => k in right && sameData(left[k], right[k], depth - 1))
  );
}
