import fc from 'fast-check';
import { BASES } from './bases';
import { type Doc, SEMANTIC_ATTACKS, SEMANTIC_NAMES } from './semantic';
import { type Json, type Key, RAW_MARK, deleteAt, getAt, pathsOf, serialise, setAt } from './tree';

/** One fuzzed document: the text fed to the doors, and what was done to make it. */
export interface FuzzDocument {
  readonly family: string;
  /** What the mutation did, short enough to print. */
  readonly label: string;
  /** Text, or bytes for a file or link that is not valid UTF-8. */
  readonly input: string | Uint8Array;
}

/**
 * A mutation as plain numbers, so fast-check draws and replays it and a sample of 10,000 stays
 * small in memory: the text is built only when the harness asks for it.
 */
export interface Recipe {
  readonly family: Family;
  readonly base: number;
  readonly pick: number;
  readonly variant: number;
}

interface Target {
  readonly data: Json;
  readonly paths: readonly Key[][];
  readonly pick: number;
  readonly variant: number;
}

type Built = (
  { label: string; raw?: string; input?: undefined } | { label: string; input: string | Uint8Array }
) & {
  /** A finer family than the recipe's, e.g. which semantic attack. */
  readonly family?: string;
};

const nth = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const where = (path: readonly Key[]) => path.join('.') || '(root)';
const ofKind = (t: Target, test: (v: Json | undefined) => boolean): Key[][] => {
  const found = t.paths.filter((p) => test(getAt(t.data, p)));
  return found.length > 0 ? found : [...t.paths];
};
const isObject = (v: Json | undefined) => typeof v === 'object' && v !== null && !Array.isArray(v);

const OTHER_TYPES: readonly Json[] = [0, 'text', true, null, [], {}, [1, 2], { a: 1 }, '2', 'true'];

/** Written as raw text where JSON.stringify would lose them (-0, 1e999, huge integers). */
const EXTREME_NUMBERS = [
  '1e308',
  '-1e308',
  '-0',
  '9007199254740993',
  '-1',
  '0',
  '5e-324',
  '1e21',
  '4294967296',
  '2147483648',
  '123456789012345678901234567890',
  '1e999',
  '-1e999',
  '0.1',
  '1.0000000000000002',
  '1e-7',
  '-2147483649',
];

const ODD_STRINGS: readonly string[] = [
  'x'.repeat(100_000),
  '\u0000\u0007\u001b[31m',
  '\ud800',
  'a\udc00b',
  '\u202eevil\u202c',
  '\u200f\u200e\u061c',
  '\ufeff',
  '💥'.repeat(1000),
  '',
  ' ',
  'a'.repeat(33),
  '<img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '\n\r\t\u2028\u2029',
  'host-2',
  'vm-40',
];

/** Byte sequences no UTF-8 decoder may accept: stray, cut short, overlong, an encoded surrogate. */
const BAD_UTF8: readonly Uint8Array[] = [
  [0xff],
  [0xc3],
  [0xe2, 0x82],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
].map((b) => new Uint8Array(b));

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const PROTO_VALUES: readonly Json[] = [{}, { polluted: true }, { toString: 1 }, 'x', null, []];
const REFERENCE_KEYS = new Set([
  'switchId',
  'vmId',
  'from',
  'to',
  'nic',
  'hostId',
  'sharedDatastore',
  'portGroup',
  'gateway',
]);
const DANGLING = ['host-999999', 'vm-999999', 'psw-0', '', 'nic-1'];

function deepText(levels: number, object: boolean): string {
  return object
    ? `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
    : `${'['.repeat(levels)}${']'.repeat(levels)}`;
}

/** A comma before the first closing bracket at or after `from` (or the first in the text). */
function trailingComma(text: string, from: number): string {
  const closing = /[^\s,{[](\s*)[}\]]/g;
  closing.lastIndex = from;
  let hit = closing.exec(text);
  if (!hit) {
    closing.lastIndex = 0;
    hit = closing.exec(text);
  }
  if (!hit) return text;
  const at = hit.index + 1;
  return `${text.slice(0, at)},${text.slice(at)}`;
}

const FAMILIES = {
  'delete a field': (t: Target): Built => {
    const path = nth(t.paths, t.pick);
    deleteAt(t.data, path);
    return { label: `delete ${where(path)}` };
  },
  'swap a type': (t) => {
    const path = nth(t.paths, t.pick);
    const value = nth(OTHER_TYPES, t.variant);
    setAt(t.data, path, structuredClone(value));
    return { label: `${where(path)} = ${JSON.stringify(value)}` };
  },
  'extreme number': (t) => {
    const path = nth(
      ofKind(t, (v) => typeof v === 'number'),
      t.pick,
    );
    const raw = nth(EXTREME_NUMBERS, t.variant);
    setAt(t.data, path, RAW_MARK);
    return { label: `${where(path)} = ${raw}`, raw };
  },
  'odd string': (t) => {
    const path = nth(
      ofKind(t, (v) => typeof v === 'string'),
      t.pick,
    );
    const value = nth(ODD_STRINGS, t.variant);
    if (t.variant % 3 === 0 && path.length > 0) {
      // An odd field name instead of an odd value.
      const parent = getAt(t.data, path.slice(0, -1));
      const last = path[path.length - 1]!;
      if (isObject(parent)) {
        const old = (parent as Record<string, Json>)[last]!;
        deleteAt(t.data, path);
        setAt(t.data, [...path.slice(0, -1), value], old);
        return { label: `rename ${where(path)} to a ${value.length}-character odd name` };
      }
    }
    setAt(t.data, path, value);
    return { label: `${where(path)} = a ${value.length}-character odd string` };
  },
  'duplicate key': (t) => {
    const path = nth(
      ofKind(t, (v) => isObject(v) && Object.keys(v as object).length > 0),
      t.pick,
    );
    const node = getAt(t.data, path) as Record<string, Json>;
    const key = nth(Object.keys(node), t.variant);
    const again = nth(OTHER_TYPES, t.variant);
    setAt(t.data, path, RAW_MARK);
    const raw = `${JSON.stringify(node).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(again)}}`;
    return { label: `${where(path)} has "${key}" twice`, raw };
  },
  'duplicate id': (t) => {
    const ids = ofKind(t, (v) => typeof v === 'string' && /^[a-z]+-\d+$/.test(v));
    const idPaths = ids.filter((p) => p[p.length - 1] === 'id');
    const path = nth(idPaths.length > 1 ? idPaths : ids, t.pick);
    const other = nth(idPaths.length > 1 ? idPaths : ids, t.pick + 1 + t.variant);
    const value = getAt(t.data, other) as Json;
    setAt(t.data, path, value);
    return { label: `${where(path)} = ${JSON.stringify(value)}, as at ${where(other)}` };
  },
  'dangling or self reference': (t) => {
    const refs = ofKind(t, () => false).filter((p) => REFERENCE_KEYS.has(String(p[p.length - 1])));
    const path = nth(refs.length > 0 ? refs : t.paths, t.pick);
    const ownId = getAt(t.data, [...path.slice(0, -1), 'id']);
    const value =
      t.variant % 3 === 0 && typeof ownId === 'string' ? ownId : nth(DANGLING, t.variant);
    setAt(t.data, path, value);
    return { label: `${where(path)} = ${JSON.stringify(value)}` };
  },
  'prototype key': (t) => {
    const objects = [[], ...ofKind(t, isObject)];
    const path = nth(objects, t.pick);
    const key = nth(PROTO_KEYS, t.variant);
    const value = nth(PROTO_VALUES, t.variant >> 2);
    setAt(t.data, [...path, key], structuredClone(value));
    return { label: `${where([...path, key])} = ${JSON.stringify(value)}` };
  },
  'deep nesting': (t) => {
    const path = nth(t.paths, t.pick);
    const levels = nth([10_000, 10_000, 1_000, 100, 33, 100_000], t.variant);
    setAt(t.data, path, RAW_MARK);
    const object = t.variant % 2 === 1;
    return {
      label: `${where(path)} = ${levels} nested ${object ? 'objects' : 'lists'}`,
      raw: deepText(levels, object),
    };
  },
  'wide list': (t) => {
    const path = nth(
      ofKind(t, (v) => Array.isArray(v)),
      t.pick,
    );
    const items = nth([100_000, 20_001, 100_000], t.variant);
    const node = getAt(t.data, path);
    const first = Array.isArray(node) && node.length > 0 ? JSON.stringify(node[0]) : '0';
    const item = first.length <= 200 && t.variant % 2 === 0 ? first : '0';
    setAt(t.data, path, RAW_MARK);
    const wideObject = t.variant % 5 === 4;
    const raw = wideObject
      ? `{${Array.from({ length: items }, (_, i) => `"k${i}":${item}`).join(',')}}`
      : `[${new Array<string>(items).fill(item).join(',')}]`;
    return { label: `${where(path)} = ${items} ${wideObject ? 'fields' : 'items'}`, raw };
  },
  'wrong format or version': (t) => {
    const cases: readonly (readonly [string, Json | undefined])[] = [
      ['format', 'virtlab-scenarios'],
      ['format', ''],
      ['format', 'VIRTLAB-SCENARIO'],
      ['format', 1],
      ['format', null],
      ['format', undefined],
      ['version', 0],
      ['version', 1],
      ['version', 3],
      ['version', 999],
      ['version', '2'],
      ['version', -1],
      ['version', 2.5],
      ['version', 1e308],
      ['version', null],
      ['version', undefined],
    ];
    if (t.variant % 9 === 8) {
      const text = nth(
        ['[]', '"virtlab-scenario"', 'null', '42', '[{"format":"virtlab-scenario"}]'],
        t.pick,
      );
      return { label: `the whole file is ${text}`, input: text };
    }
    const [key, value] = nth(cases, t.pick);
    if (value === undefined) deleteAt(t.data, [key]);
    else setAt(t.data, [key], value);
    return { label: `${key} = ${JSON.stringify(value) ?? 'missing'}` };
  },
  truncation: (t) => {
    const text = serialise(t.data);
    const at = 1 + (t.pick % (text.length - 1));
    return { label: `cut at ${at} of ${text.length}`, input: text.slice(0, at) };
  },
  'byte flip': (t) => {
    const chars = [...serialise(t.data)];
    const flips = 1 + (t.variant % 3);
    for (let i = 0; i < flips; i += 1) {
      const at = (t.pick * (i + 7)) % chars.length;
      const code = chars[at]!.codePointAt(0)!;
      chars[at] = String.fromCodePoint(code ^ (1 << ((t.variant + i) % 8)) || 1);
    }
    return {
      label: `${flips} flipped bit(s) from offset ${t.pick % chars.length}`,
      input: chars.join(''),
    };
  },
  'comments, commas and marks': (t) => {
    const text = serialise(t.data);
    const lines = text.split('\n');
    const at = 1 + (t.pick % Math.max(1, lines.length - 1));
    const edits: readonly [string, () => string][] = [
      [
        'a // comment line',
        () => [...lines.slice(0, at), '// a note', ...lines.slice(at)].join('\n'),
      ],
      [
        'a /* block */ comment',
        () => [...lines.slice(0, at), '/* a note */', ...lines.slice(at)].join('\n'),
      ],
      ['a trailing comma', () => trailingComma(text, t.pick % text.length)],
      ['a byte-order mark', () => `\ufeff${text}`],
      ['two byte-order marks', () => `\ufeff\ufeff${text}`],
      ['CR line endings', () => text.replace(/\n/g, '\r')],
      ['leading and trailing blank space', () => `\n\t ${text}\n\n \t`],
      ['a second document after the first', () => `${text}\n${text}`],
      ['single quotes', () => text.replace(/"format"/, "'format'")],
    ];
    const [label, edit] = nth(edits, t.variant);
    return { label, input: edit() };
  },
  semantic: (t) => {
    const name = nth(SEMANTIC_NAMES, t.variant);
    const did = SEMANTIC_ATTACKS[name]!(t.data as unknown as Doc, t.pick);
    // An attack with nothing to attack on this base leaves it unchanged, and is counted so.
    if (did === null)
      return { family: 'unchanged', label: `the valid base itself (${name}: no target)` };
    return { family: `semantic: ${name}`, label: did };
  },
  'invalid UTF-8': (t) => {
    const text = serialise(t.data);
    const names = [...text.matchAll(/"name": "/g)];
    const at = names.length > 0 ? nth(names, t.pick).index + 9 : t.pick % text.length;
    const bytes = nth(BAD_UTF8, t.variant);
    const before = new TextEncoder().encode(text.slice(0, at));
    const after = new TextEncoder().encode(text.slice(at));
    return {
      label: `bytes ${[...bytes].map((b) => b.toString(16)).join(' ')} inside a name at ${at}`,
      input: new Uint8Array([...before, ...bytes, ...after]),
    };
  },
  unchanged: () => ({ label: 'the valid base itself' }),
} satisfies Record<string, (t: Target) => Built>;

/** Structural edits made in place, which a second edit can follow on the same data. */
const STRUCTURAL = [
  'delete a field',
  'swap a type',
  'duplicate id',
  'dangling or self reference',
  'prototype key',
] as const;

/**
 * Two edits in one document, a semantic attack or a structural edit first, then a structural
 * one: a problem hidden behind another, or an impossible world that is also damaged. (A
 * semantic attack goes first because it reads the structure a structural edit may break.)
 */
function twoEdits(t: Target): Built {
  const first = FAMILIES[nth(['semantic', ...STRUCTURAL] as const, t.variant)](t);
  const second = FAMILIES[nth(STRUCTURAL, t.variant >> 3)]({
    ...t,
    pick: (t.pick >>> 5) ^ t.variant,
    variant: t.variant >> 2,
  });
  return { label: `${first.label}, and ${second.label}` };
}

const ALL_FAMILIES = { ...FAMILIES, 'two edits': twoEdits };

export type Family = keyof typeof ALL_FAMILIES;
export const FAMILY_NAMES = Object.keys(ALL_FAMILIES) as Family[];

const basePaths = BASES.map((b) => pathsOf(b.data as Json));

/** The document a recipe describes; the same recipe always gives the same text. */
export function buildDocument(recipe: Recipe): FuzzDocument {
  const baseIndex = recipe.base % BASES.length;
  const base = BASES[baseIndex]!;
  const data = structuredClone(base.data) as Json;
  const built: Built = ALL_FAMILIES[recipe.family]({
    data,
    paths: basePaths[baseIndex]!,
    pick: recipe.pick,
    variant: recipe.variant,
  });
  const input = built.input ?? serialise(data, built.raw);
  return { family: built.family ?? recipe.family, label: `${base.name}: ${built.label}`, input };
}

/** Every family equally often, on every base; semantic attacks hit the bases with VMs. */
export const recipeArbitrary: fc.Arbitrary<Recipe> = fc.record({
  family: fc.constantFrom(...FAMILY_NAMES),
  base: fc.nat(BASES.length - 1),
  pick: fc.nat(),
  variant: fc.nat(1_000),
});
