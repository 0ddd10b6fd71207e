import { COMMAND_TYPES } from '../engine';
import { z } from '../scenarios/zod';
import { decimal, label, wholeNumber } from '../scenarios/fields';
import type { JsonObject, MigrateResult } from '../scenarios/migrate';
import type { DocumentKind } from '../scenarios/parse';
import type { Lesson, Predicate } from './model';
import { type ParamKind, PREDICATES } from './predicates';

/**
 * The lesson file: one lesson as data, versioned and checked like a scenario file (limits,
 * decoding, placed errors: scenarios/parse.ts), so that a teacher's lesson opens from a file or
 * a link only when it is whole. docs/lesson-format.md describes it.
 */
export const LESSON_FORMAT = 'virtlab-lesson';
export const LESSON_VERSION = 1;

export interface LessonFile {
  readonly format: typeof LESSON_FORMAT;
  readonly version: typeof LESSON_VERSION;
  readonly lesson: Lesson;
}

const slug = () =>
  z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: 'must be 1 to 64 small letters, digits or dashes, starting with a letter or digit',
  });
const prose = (max: number) => z.string().min(1).max(max);

const PARAM: Record<ParamKind, z.ZodType> = {
  name: label(),
  names: z.array(label()).min(1).max(20),
  number: decimal(-1_000_000, 1_000_000),
  value: z.union([z.boolean(), decimal(-1_000_000, 1_000_000), label()]),
  word: label(),
  predicates: z.lazy(() => z.array(predicateSchema).min(1).max(20)),
};

function paramSchema(kind: string): z.ZodType {
  const optional = kind.endsWith('?');
  const base = PARAM[(optional ? kind.slice(0, -1) : kind) as ParamKind];
  return optional ? base.optional() : base;
}

/** One strict shape per predicate in the registry, told apart by "is". */
const predicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.discriminatedUnion(
    'is',
    Object.entries(PREDICATES).map(([is, spec]) =>
      z.strictObject({
        is: z.literal(is),
        ...Object.fromEntries(
          Object.entries(spec.params).map(([k, kind]) => [k, paramSchema(kind)]),
        ),
      }),
    ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  ),
) as unknown as z.ZodType<Predicate>;

/**
 * A step is "wait" with its seconds, or a command: its type is checked here, its fields are the
 * engine's to judge when it runs (the dry run in read.ts).
 */
const stepSchema = z
  .looseObject({
    type: z.enum(['wait', ...COMMAND_TYPES] as [string, ...string[]], {
      error: 'must be "wait" or a command type VirtLab has (see docs/lesson-format.md)',
    }),
    seconds: wholeNumber(1, 3_600).optional(),
  })
  .refine((step) => step.type !== 'wait' || step.seconds !== undefined, {
    path: ['seconds'],
    error: 'is missing: a wait step says how many seconds pass',
  });
const steps = (max: number) => z.array(stepSchema).max(max);

const goalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('check'), id: slug(), check: predicateSchema }),
  z.strictObject({
    kind: z.literal('predict'),
    id: slug(),
    question: prose(300),
    choices: z.array(label()).min(2).max(20),
    runLabel: prose(80),
    run: steps(50).min(1),
    answer: z.enum(['down', 'moved']),
  }),
]);

const PANELS = [
  'palette',
  'compare',
  'reachability',
  'assumptions',
  'xray',
  'orchestrator',
  'trace',
] as const;

export const lessonSchema = z.strictObject({
  id: slug(),
  title: prose(80),
  sequence: slug(),
  order: wholeNumber(1, 999),
  domain: prose(80),
  intro: z
    .array(
      z.strictObject({
        title: prose(80),
        text: z.array(prose(1_000)).min(1).max(8),
        demo: z.strictObject({ label: prose(80), steps: steps(100).min(1) }).optional(),
      }),
    )
    .max(8),
  start: z.strictObject({ from: z.enum(['empty', 'default']), setup: steps(300) }),
  tools: z
    .strictObject({
      hidePanels: z.array(z.enum(PANELS)).optional(),
      lockCommands: z.array(z.enum(COMMAND_TYPES as [string, ...string[]])).optional(),
    })
    .optional(),
  goals: z.array(goalSchema).min(1).max(20),
  hints: z.array(prose(500)).min(1).max(10),
  solution: steps(300).min(1),
  variation: z
    .record(
      slug(),
      z
        .array(z.union([label(), decimal(-1_000_000, 1_000_000)]))
        .min(1)
        .max(20),
    )
    .optional(),
});

const lessonFileSchema = z.strictObject({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  lesson: lessonSchema,
});

/** Version 1 is the only one yet: anything else is named, not guessed at. */
function upgrade(file: JsonObject): MigrateResult {
  if (file.version === LESSON_VERSION) return { ok: true, file, fromVersion: LESSON_VERSION };
  return {
    ok: false,
    about: 'version',
    message: `must be ${LESSON_VERSION}, the lesson format version this VirtLab reads`,
  };
}

export const LESSON_DOCUMENT: DocumentKind<LessonFile> = {
  format: LESSON_FORMAT,
  noun: 'lesson',
  upgrade,
  schema: lessonFileSchema as unknown as z.ZodType<LessonFile>,
};

/** A lesson as the file text a teacher shares. */
export function serializeLesson(lesson: Lesson): string {
  const file: LessonFile = { format: LESSON_FORMAT, version: LESSON_VERSION, lesson };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The lesson format as JSON Schema (docs/lesson.schema.json, written by `npm run schema`). */
export function lessonJsonSchemaText(): string {
  const schema = z.toJSONSchema(lessonFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
