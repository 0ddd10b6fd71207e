import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FAILURES, OUTCOMES, type Outcome, type Verdict, judge } from './judge';
import { type FuzzDocument, type Recipe, buildDocument, recipeArbitrary } from './mutations';

/** Over this a document counts as a hang: the budget for deciding one document. */
export const HANG_MS = 1_000;
/** A refusal's reason longer than this repeats too much of what it refuses. */
export const LONG_REASON = 400;

export interface Example {
  readonly recipe: Recipe;
  readonly document: Omit<FuzzDocument, 'input'> & { readonly bytes: number };
  readonly verdict: Verdict;
}

export interface Census {
  readonly seed: number;
  readonly documents: number;
  readonly counts: Readonly<Record<Outcome, number>>;
  /** Per family, per outcome. */
  readonly byFamily: Readonly<Record<string, Partial<Record<Outcome, number>>>>;
  readonly hangs: number;
  readonly longReasons: number;
  readonly disagreements: number;
  readonly slowest: Example | undefined;
  /** The first few documents of each failing outcome, and of each secondary finding. */
  readonly examples: Readonly<Record<string, Example[]>>;
  readonly failingInputs: readonly { name: string; input: string | Uint8Array }[];
}

const EXAMPLES_PER_CLASS = 3;

/** Draws `documents` recipes from `seed`, judges each, and counts what happened. */
export async function runCensus(seed: number, documents: number): Promise<Census> {
  const recipes = fc.sample(recipeArbitrary, { seed, numRuns: documents });
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const byFamily: Record<string, Partial<Record<Outcome, number>>> = {};
  const examples: Record<string, Example[]> = {};
  const failingInputs: { name: string; input: string | Uint8Array }[] = [];
  let hangs = 0;
  let longReasons = 0;
  let disagreements = 0;
  let slowest: Example | undefined;
  const note = (cls: string, example: Example, input: string | Uint8Array) => {
    const list = (examples[cls] ??= []);
    if (list.length >= EXAMPLES_PER_CLASS) return;
    list.push(example);
    failingInputs.push({ name: `${cls.replace(/\W+/g, '-')}-${list.length}`, input });
  };
  for (const recipe of recipes) {
    const doc = buildDocument(recipe);
    const verdict = await judge(doc.input);
    const { input, ...described } = doc;
    const example: Example = {
      recipe,
      document: { ...described, bytes: input.length },
      verdict,
    };
    counts[verdict.outcome] += 1;
    const family = (byFamily[doc.family] ??= {});
    family[verdict.outcome] = (family[verdict.outcome] ?? 0) + 1;
    if (FAILURES.includes(verdict.outcome)) note(verdict.outcome, example, input);
    if (verdict.ms > HANG_MS) {
      hangs += 1;
      note('hang', example, input);
    }
    if (verdict.longestReason > LONG_REASON) {
      longReasons += 1;
      note('long reason', example, input);
    }
    if (verdict.disagreeing.length > 0) {
      disagreements += 1;
      note('doors disagree', example, input);
    }
    if (!slowest || verdict.ms > slowest.verdict.ms) slowest = example;
  }
  return {
    seed,
    documents,
    counts,
    byFamily,
    hangs,
    longReasons,
    disagreements,
    slowest,
    examples,
    failingInputs,
  };
}

/** The census as a few lines of text: counts by outcome, the secondary findings, the slowest. */
export function summary(census: Census): string {
  const width = Math.max(...OUTCOMES.map((o) => o.length));
  const lines = [
    `${census.documents} documents, seed ${census.seed}`,
    ...OUTCOMES.map((o) => `  ${o.padEnd(width)}  ${census.counts[o]}`),
    `  ${'hang (over 1 s)'.padEnd(width)}  ${census.hangs}`,
    `  ${'refusal quoting too much'.padEnd(width)}  ${census.longReasons}`,
    `  ${'doors disagree'.padEnd(width)}  ${census.disagreements}`,
  ];
  const s = census.slowest;
  if (s)
    lines.push(
      `slowest: ${s.verdict.ms.toFixed(0)} ms, ${s.document.label} (${s.verdict.outcome})`,
    );
  return lines.join('\n');
}

/**
 * What went wrong in a census, by class; empty when every document opened intact or was
 * refused with its place. Slowness is reported by the summary, not judged here: a time depends
 * on the machine, so it is a benchmark's figure, not a test's verdict.
 */
export function failures(census: Census): string[] {
  const found: string[] = FAILURES.filter((o) => census.counts[o] > 0);
  if (census.longReasons > 0) found.push('long reason');
  if (census.disagreements > 0) found.push('doors disagree');
  return found;
}

/** The first documents of each failing class, as lines to read in a failed run. */
export function failureExamples(census: Census): string[] {
  return failures(census).flatMap((cls) =>
    (census.examples[cls] ?? []).map(
      (e) =>
        `${cls}: ${e.document.label}\n    → ${e.verdict.where}: ${e.verdict.detail.replace(/\n/g, ' ')}`,
    ),
  );
}

/** Counts by mutation family, one line each, so a family that never gets refused shows. */
export function familyLines(census: Census): string[] {
  return Object.entries(census.byFamily)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([family, counts]) => `  ${family.padEnd(52)} ${JSON.stringify(counts)}`);
}

/** Writes each example document, and the census as JSON, for regression tests to start from. */
export function writeCounterexamples(census: Census, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const { name, input } of census.failingInputs)
    writeFileSync(join(dir, `${name}.json`), input);
  writeFileSync(
    join(dir, 'census.json'),
    `${JSON.stringify(census, (k: string, v: unknown) => (k === 'failingInputs' ? undefined : v), 2)}\n`,
  );
}
