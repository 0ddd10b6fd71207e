import { excerpt } from '../engine/read';
import { TEXT_LIMITS, textLimitProblem } from '../scenarios/limits';
import { z } from '../scenarios/zod';

/** What a learner has done in one lesson: finished it alone, seen its solution, in how few steps. */
export interface LessonRecord {
  readonly done: boolean;
  readonly shown: boolean;
  /** The fewest commands a finished attempt took. */
  readonly bestSteps?: number;
}

/** Each lesson's record, by lesson id. */
export type Progress = Readonly<Record<string, LessonRecord>>;

export type Mark = 'done' | 'shown' | 'not started';

/** Finishing a lesson alone counts over having seen its solution. */
export const markOf = (record: LessonRecord | undefined): Mark =>
  record?.done ? 'done' : record?.shown ? 'shown' : 'not started';

/** The browser keeps the progress under this key, apart from the sandbox's autosave. */
export const PROGRESS_KEY = 'virtlab.lessons.progress';
/** Where stored progress that no longer reads is kept, rather than written over. */
export const UNREADABLE_PROGRESS_KEY = 'virtlab.lessons.progress.unreadable';
export const PROGRESS_FORMAT = 'virtlab-lesson-progress';

const recordSchema = z.strictObject({
  done: z.boolean(),
  shown: z.boolean(),
  bestSteps: z.number().int().min(0).max(1_000_000).optional(),
});

/** Lesson ids as the catalog writes them; no other key (no "__proto__") gets in. */
const lessonId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, {
  error: 'is not a lesson id (lower-case letters, digits and dashes, at most 80)',
});

const fileSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(1),
  lessons: z.record(lessonId, recordSchema),
});

/** The progress as a small JSON file, to keep or to carry to another browser. */
export function progressText(progress: Progress): string {
  return `${JSON.stringify({ format: PROGRESS_FORMAT, version: 1, lessons: progress }, null, 2)}\n`;
}

export type ProgressRead = { ok: true; progress: Progress } | { ok: false; message: string };

/**
 * Reads a progress file: its size and nesting are checked before it is parsed (the scenario
 * limits), then its fields. A refusal names what is wrong and where.
 */
export function readProgress(text: string, fileName: string): ProgressRead {
  const refuse = (problem: string): ProgressRead => ({
    ok: false,
    message: `${fileName} was not loaded; your progress is unchanged.\n• ${problem}`,
  });
  const limit = textLimitProblem(text);
  if (limit)
    return refuse(`${placeOf(text, limit.offset)}: ${where(limit.path)} ${limit.predicate}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(
      `It is not JSON (${excerpt(error instanceof Error ? error.message : String(error))}).`,
    );
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== PROGRESS_FORMAT
  )
    return refuse(
      `It is not a VirtLab lesson progress file: its "format" is not "${PROGRESS_FORMAT}".`,
    );
  const parsed = fileSchema.safeParse(value);
  if (parsed.success) return { ok: true, progress: parsed.data.lessons };
  const shown = parsed.error.issues
    .slice(0, 3)
    .map(
      (issue) =>
        `${where(issue.path)}: ${lowerFirst(issue.message.replace(/^Invalid input: /, ''))}.`,
    );
  const more = parsed.error.issues.length - shown.length;
  return refuse([...shown, ...(more > 0 ? [`…and ${more} more.`] : [])].join('\n• '));
}

/** A progress file the learner picked; one too large is refused unread. */
export async function readProgressBlob(file: Blob, fileName: string): Promise<ProgressRead> {
  if (file.size > TEXT_LIMITS.size)
    return {
      ok: false,
      message: `${fileName} was not loaded; your progress is unchanged.\n• It is ${file.size.toLocaleString('en')} bytes; VirtLab opens at most ${TEXT_LIMITS.size.toLocaleString('en')}.`,
    };
  try {
    return readProgress(await file.text(), fileName);
  } catch {
    return {
      ok: false,
      message: `${fileName} could not be read from the disk; your progress is unchanged.`,
    };
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "Line 3, column 7", counted in the text's own lines. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `Line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** A field's path in the file's words: `"lessons" › "vm-is-an-object" › "done"`; a deep one cut short. */
function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The file';
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : `"${excerpt(String(p))}"`));
  const shown = parts.length > 4 ? [...parts.slice(0, 3), '…', parts.at(-1)] : parts;
  return `The field ${shown.join(' › ')}`;
}

/** Two records of the same learner joined: what either shows was done stays done. */
export function mergeProgress(into: Progress, from: Progress): Progress {
  const out: Record<string, LessonRecord> = { ...into };
  for (const [id, record] of Object.entries(from)) out[id] = joined(out[id], record);
  return out;
}

function joined(a: LessonRecord | undefined, b: LessonRecord): LessonRecord {
  const best = [a?.bestSteps, b.bestSteps].filter((n): n is number => n !== undefined);
  return {
    done: (a?.done ?? false) || b.done,
    shown: (a?.shown ?? false) || b.shown,
    ...(best.length > 0 && { bestSteps: Math.min(...best) }),
  };
}

/** The progress after an attempt: finished alone in `steps` steps, or its solution shown. */
export function withOutcome(
  progress: Progress,
  id: string,
  outcome: { readonly done: number } | 'shown',
): Progress {
  const record: LessonRecord =
    outcome === 'shown'
      ? { done: false, shown: true }
      : { done: true, shown: false, bestSteps: outcome.done };
  return mergeProgress(progress, { [id]: record });
}

/**
 * The stored progress. Stored text that no longer reads is moved aside, never written over,
 * and the learner starts from no progress.
 */
export function loadProgress(storage: Storage): Progress {
  try {
    const text = storage.getItem(PROGRESS_KEY);
    if (!text) return {};
    const read = readProgress(text, 'The stored progress');
    if (read.ok) return read.progress;
    storage.setItem(UNREADABLE_PROGRESS_KEY, text);
    storage.removeItem(PROGRESS_KEY);
  } catch {
    // Blocked storage: the progress lives in memory for this visit.
  }
  return {};
}

export function saveProgress(storage: Storage, progress: Progress): void {
  try {
    storage.setItem(PROGRESS_KEY, progressText(progress));
  } catch {
    // A full or blocked storage must not break the lesson; the progress stays in memory.
  }
}
