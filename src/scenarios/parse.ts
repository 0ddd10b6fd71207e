import {
  type Node,
  type ParseError,
  findNodeAtLocation,
  getLocation,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import type { z } from 'zod';
import { type PathPart, excerpt, pathText } from '../engine';
import { type JsonObject, type MigrateResult, migrate } from './migrate';
import { SCENARIO_FORMAT } from './format';
import { textLimitProblem } from './limits';
import { TEXT_LIMITS, tooLargeError } from './size';
import { type Scenario, scenarioSchema } from './schema';

/** One problem in a scenario file, placed where a teacher finds it in the text. */
export interface ScenarioError {
  /** The whole sentence, e.g. "Line 12, column 9: state.world.hosts.host-3.cpuCores must be …". */
  readonly message: string;
  /** Where in the data, dot-separated; '' for the file as a whole. */
  readonly path: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** The format version the file was written in; older than CURRENT_VERSION if upgraded. */
      readonly fromVersion: number;
    }
  | {
      readonly ok: false;
      /** The first MAX_ERRORS problems, in text order. */
      readonly errors: readonly ScenarioError[];
      /** How many more problems were found but not listed. */
      readonly omitted: number;
    };

/** A long list of errors hides the first, which is often the cause of the rest. */
export const MAX_ERRORS = 10;

/**
 * The one door for scenarios from outside (a file, a share link, an autosave): bytes are
 * decoded as UTF-8 and refused when they are not; then parseScenario reads the text.
 */
export function readScenario(input: string | Uint8Array): ParseResult {
  const read = readDocument(input, SCENARIO_DOCUMENT);
  return read.ok ? { ok: true, scenario: read.value, fromVersion: read.fromVersion } : read;
}

/** The text of UTF-8 bytes (a byte-order mark kept for parseScenario to strip), or where it breaks. */
function decodeUtf8(bytes: Uint8Array): string | ScenarioError {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstBadByte(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    const { line, column } = new Located(before).position(before.length);
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      message: `Line ${line}, column ${column}: the byte 0x${byte} is not UTF-8 text; save the file as UTF-8.`,
      path: '',
      line,
      column,
    };
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 character. */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const [more, min] =
      b < 0x80
        ? [0, 0]
        : b < 0xc2
          ? [-1, 0]
          : b < 0xe0
            ? [1, 0x80]
            : b < 0xf0
              ? [2, 0x800]
              : b < 0xf5
                ? [3, 0x10000]
                : [-1, 0];
    if (more < 0) return i;
    let code = b & (0x7f >> more);
    for (let k = 1; k <= more; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += more + 1;
  }
  return bytes.length;
}

/**
 * Reads a scenario file's text: one byte-order mark dropped, the limits, JSON syntax, then
 * format and version (upgrading old files), then the schema.
 */
export function parseScenario(text: string): ParseResult {
  const read = parseDocument(text, SCENARIO_DOCUMENT);
  return read.ok ? { ok: true, scenario: read.value, fromVersion: read.fromVersion } : read;
}

/** A kind of VirtLab document (a scenario, a lesson): its format name, versions and schema. */
export interface DocumentKind<T> {
  readonly format: string;
  /** What a learner calls it: "scenario", "lesson". */
  readonly noun: string;
  /** The file brought to the current version, or why it cannot be. */
  readonly upgrade: (file: JsonObject) => MigrateResult;
  readonly schema: z.ZodType<T>;
}

export type DocumentResult<T> =
  | { readonly ok: true; readonly value: T; readonly fromVersion: number }
  | Extract<ParseResult, { ok: false }>;

const SCENARIO_DOCUMENT: DocumentKind<Scenario> = {
  format: SCENARIO_FORMAT,
  noun: 'scenario',
  upgrade: (file) => migrate(file),
  schema: scenarioSchema,
};

/** Bytes or text of any VirtLab document, through the same limits and decoding as a scenario. */
export function readDocument<T>(
  input: string | Uint8Array,
  kind: DocumentKind<T>,
): DocumentResult<T> {
  if (typeof input === 'string') return parseDocument(input, kind);
  if (input.length > TEXT_LIMITS.size) return fail([tooLargeError(input, input.length)]);
  const decoded = decodeUtf8(input);
  return typeof decoded === 'string' ? parseDocument(decoded, kind) : fail([decoded]);
}

/**
 * Reads a document's text: one byte-order mark dropped, the limits, JSON syntax, then format
 * and version (upgrading old files), then the schema, every problem placed in the text.
 */
export function parseDocument<T>(text: string, kind: DocumentKind<T>): DocumentResult<T> {
  const source = withoutBom(text);
  const limit = textLimitProblem(source);
  if (limit) return fail([new Located(source).at(limit.offset, limit.path, limit.predicate)]);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return fail([syntaxError(source)]);
  }
  const doc = new Located(source);
  const notThis = `This is not a VirtLab ${kind.noun} file`;
  const noFormat = `${notThis}: it has no "format": "${kind.format}" field.`;
  if (!isObject(data)) return fail([doc.error([], noFormat)]);
  if (data.format !== kind.format) {
    const message =
      data.format === undefined
        ? noFormat
        : `${notThis}: its "format" is ${excerpt(JSON.stringify(data.format) ?? '')}, not "${kind.format}".`;
    return fail([doc.error(data.format === undefined ? [] : ['format'], message)]);
  }
  const migrated = kind.upgrade(data);
  if (!migrated.ok) {
    return fail([
      migrated.about === 'file'
        ? doc.error(['version'], migrated.message)
        : doc.problem(['version'], migrated.message),
    ]);
  }
  const result = kind.schema.safeParse(migrated.file, { error: plainMessage });
  if (result.success) {
    return { ok: true, value: result.data, fromVersion: migrated.fromVersion };
  }
  // Placing an issue searches the text, so only the first few are placed; the rest are counted.
  const { issues } = result.error;
  const unplaced = issues.slice(PLACED).reduce((n, issue) => n + issueCount(issue), 0);
  return fail(
    issues.slice(0, PLACED).flatMap((issue) => issueErrors(issue, doc)),
    unplaced,
  );
}

/** Issues placed in the text; zod reports them in the order of the data, which is the text's. */
const PLACED = 100;

const issueCount = (issue: z.core.$ZodIssue) =>
  issue.code === 'unrecognized_keys' ? issue.keys.length : 1;

function fail(errors: ScenarioError[], unplaced = 0): Extract<ParseResult, { ok: false }> {
  const seen = new Set<string>();
  const unique = errors.filter((e) => !seen.has(e.message) && seen.add(e.message));
  unique.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    ok: false,
    errors: unique.slice(0, MAX_ERRORS),
    omitted: Math.max(0, unique.length - MAX_ERRORS) + unplaced,
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text without the one byte-order mark a document may start with. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** A whole-sentence error placed at `path` of a document's text (or its nearest ancestor). */
export const placedError = (text: string, path: readonly PathPart[], sentence: string) =>
  new Located(withoutBom(text)).error(path, sentence);

/** Finds paths in the text lazily: a valid file never pays for the syntax tree. */
class Located {
  private tree: Node | undefined;
  private lines: number[] | undefined;
  constructor(private readonly text: string) {}

  /** An error whose message is a whole sentence, placed at `path` (or its nearest ancestor). */
  error(path: readonly PathPart[], sentence: string): ScenarioError {
    const { line, column } = this.position(this.offsetOf(path));
    return {
      message: `Line ${line}, column ${column}: ${sentence}`,
      path: pathText(path),
      line,
      column,
    };
  }

  /** An error whose message reads after the path: "must be a whole number …". */
  problem(path: readonly PathPart[], predicate: string): ScenarioError {
    return this.at(this.offsetOf(path), path, predicate);
  }

  /** Like problem, at a known offset (the syntax tree is not built). */
  at(offset: number, path: readonly PathPart[], predicate: string): ScenarioError {
    const { line, column } = this.position(offset);
    const where = path.length > 0 ? `${pathText(path)} ` : 'The file ';
    return {
      message: `Line ${line}, column ${column}: ${where}${predicate}`,
      path: pathText(path),
      line,
      column,
    };
  }

  /** The offset of a property's key (or an array item), walking up until something exists. */
  private offsetOf(path: readonly PathPart[]): number {
    this.tree ??= parseTree(this.text);
    if (!this.tree) return 0;
    for (let n = path.length; n >= 0; n -= 1) {
      const node = findNodeAtLocation(this.tree, path.slice(0, n));
      if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
    }
    return 0;
  }

  position(offset: number): { line: number; column: number } {
    this.lines ??= lineStarts(this.text);
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lines[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lines[lo] ?? 0) + 1 };
  }
}

/** Offsets where each line starts; JSON ends lines with \n, \r\n or \r. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

const SYNTAX: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol:
    'unexpected character; text must be in double quotes, and only numbers, true, false and null go without',
  InvalidNumberFormat: 'this number is not written the way JSON allows',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected:
    'expected a value (text in double quotes, a number, true, false, null, {…} or […])',
  ColonExpected: 'expected a colon (:) after the field name',
  CommaExpected: 'expected a comma (,) between two items',
  CloseBraceExpected: 'expected } to close the object',
  CloseBracketExpected: 'expected ] to close the list',
  EndOfFileExpected: 'unexpected text after the end of the data',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'this text has no closing double quote',
  UnexpectedEndOfNumber: 'this number ends too early',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash in text must start an escape such as \\n, \\" or \\\\',
  InvalidCharacter: 'a tab or line break inside text must be written as \\t or \\n',
};

/** The first JSON syntax error, placed and explained; later ones are usually its echoes. */
function syntaxError(text: string): ScenarioError {
  const doc = new Located(text);
  if (text.trim() === '')
    return { message: 'Line 1, column 1: The file is empty.', path: '', line: 1, column: 1 };
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return { message: 'The file is not valid JSON.', path: '', line: 1, column: 1 };
  const { line, column } = doc.position(first.offset);
  const path = pathText(getLocation(text, first.offset).path);
  const code = printParseErrorCode(first.error);
  const trailingComma =
    (code === 'PropertyNameExpected' || code === 'ValueExpected') &&
    /^[}\]]/.test(text.slice(first.offset)) &&
    /,\s*$/.test(text.slice(0, first.offset));
  const what = trailingComma
    ? 'remove the comma before this bracket: JSON allows no comma after the last item'
    : (SYNTAX[code] ?? 'this is not valid JSON');
  return { message: `Line ${line}, column ${column}: ${what}.`, path, line, column };
}

/** Zod's wording replaced by words a teacher reads; range messages come from the schema itself. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      if (issue.expected === 'boolean' && (issue.input === 'true' || issue.input === 'false'))
        return `must be true or false (write ${issue.input} without quotes)`;
      return TYPE_WORDS[issue.expected] ?? `must be ${issue.expected}`;
    case 'invalid_value': {
      const words = issue.values.map((v) => excerpt(JSON.stringify(v) ?? String(v)));
      if (words.length === 1) return `must be ${words[0]}`;
      // A long list would bury the message; the schema file lists them all.
      return words.length > LISTED_VALUES
        ? `must be one of the ${words.length} values in docs/scenario.schema.json, such as ${words.slice(0, 4).join(', ')}`
        : `must be one of ${words.join(', ')}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} entries`
        : issue.origin === 'string'
          ? Number(issue.minimum) === 1
            ? 'must not be empty'
            : `must be at least ${String(issue.minimum)} characters long`
          : undefined;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${String(issue.maximum)} entries`
        : issue.origin === 'string'
          ? `must be at most ${String(issue.maximum)} characters long`
          : undefined;
    default:
      return undefined;
  }
}

/** The most allowed values a message lists in full. */
const LISTED_VALUES = 10;

const TYPE_WORDS: Partial<Record<string, string>> = {
  string: 'must be text in double quotes',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  object: 'must be an object ({ … })',
  array: 'must be a list ([ … ])',
  null: 'must be null',
};

/** One or more placed errors for a zod issue. */
function issueErrors(issue: z.core.$ZodIssue, doc: Located): ScenarioError[] {
  const path = issue.path.filter((p): p is PathPart => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        doc.problem(
          [...path, key],
          'is not a field VirtLab knows: check its spelling, or remove it',
        ),
      );
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? 'is not allowed';
      return [doc.problem(path, `is not a valid key here: it ${inner}`)];
    }
    case 'invalid_union': {
      // A discriminated union names the kinds it knows; other unions give no list.
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      const words = options.map((o) => JSON.stringify(o));
      return [
        doc.problem(
          path,
          words.length === 0
            ? 'does not match any allowed shape'
            : `must be ${words.length === 1 ? words[0] : `one of ${words.join(', ')}`}`,
        ),
      ];
    }
    default:
      return [doc.problem(path, issue.message)];
  }
}
