import { type State, excerpt } from '../engine/read';
import { scenarioFromState, serializeScenario } from '../scenarios/format';
import { TEXT_LIMITS, tooLargeError } from '../scenarios/size';
import type { ScenarioError } from '../scenarios/parse';
import type { Scenario } from '../scenarios/schema';
import type { Point } from './layout';

/** The browser keeps the learner's current work under this key, so a reload restores it. */
export const AUTOSAVE_KEY = 'virtlab.autosave';
/** Where an autosave that no longer loads is kept, so a fix or a bug report can recover it. */
export const UNREADABLE_KEY = 'virtlab.autosave.unreadable';

export function toFile(
  state: State,
  name: string,
  positions: Readonly<Record<string, Point>>,
): string {
  return serializeScenario(scenarioFromState(state, name, { hostPositions: positions }));
}

export type Loaded = { ok: true; scenario: Scenario } | { ok: false; message: string };

/**
 * The one door for a scenario from outside: a file's bytes, a link's bytes or an autosave's
 * text, read by the same rules and refused with the same messages. It never throws: whatever
 * goes wrong becomes a message. The validator loads on first use, keeping it out of the first paint.
 */
export async function fromFile(input: string | Uint8Array, fileName: string): Promise<Loaded> {
  try {
    const { readScenario } = await import('../scenarios/parse');
    const parsed = readScenario(input);
    if (parsed.ok) return parsed;
    return { ok: false, message: describeErrors(fileName, parsed.errors, parsed.omitted) };
  } catch (error) {
    const why = excerpt(error instanceof Error ? error.message : String(error));
    return {
      ok: false,
      message: `${fileName} was not loaded; your work is unchanged.\n• VirtLab failed while reading it (${why}). Please report this with the file.`,
    };
  }
}

/** A file the learner picked: of one too large, only the part up to the limit is read. */
export async function fromBlob(file: Blob, fileName: string): Promise<Loaded> {
  try {
    if (file.size > TEXT_LIMITS.size) {
      const head = new Uint8Array(await file.slice(0, TEXT_LIMITS.size).arrayBuffer());
      return { ok: false, message: describeErrors(fileName, [tooLargeError(head, file.size)], 0) };
    }
    return await fromFile(new Uint8Array(await file.arrayBuffer()), fileName);
  } catch {
    return {
      ok: false,
      message: `${fileName} could not be read from the disk; your work is unchanged.`,
    };
  }
}

export function describeErrors(
  fileName: string,
  errors: readonly ScenarioError[],
  omitted: number,
): string {
  const shown = errors.slice(0, 3).map((e) => `• ${e.message}`);
  const more = errors.length - shown.length + omitted;
  return [
    `${fileName} was not loaded; your work is unchanged.`,
    ...shown,
    ...(more > 0 ? [`…and ${more} more.`] : []),
  ].join('\n');
}

export function saveAutosave(storage: Storage, text: string): void {
  try {
    storage.setItem(AUTOSAVE_KEY, text);
  } catch {
    // A full or blocked storage must never break the sandbox; the work stays in memory.
  }
}

export type Restored =
  { kind: 'none' } | { kind: 'ok'; scenario: Scenario } | { kind: 'unreadable'; message: string };

/**
 * Reads the autosaved work. One that no longer loads is moved aside, never deleted, and the
 * learner is told why.
 */
export async function loadAutosave(storage: Storage): Promise<Restored> {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (!text) return { kind: 'none' };
  const loaded = await fromFile(text, 'Your saved work');
  if (loaded.ok) return { kind: 'ok', scenario: loaded.scenario };
  try {
    storage.setItem(UNREADABLE_KEY, text);
  } catch {
    // Keeping the copy is best effort; the original stays under AUTOSAVE_KEY until the next save.
  }
  return {
    kind: 'unreadable',
    message: `${loaded.message.replace('your work is unchanged', 'the default scenario opened instead')}\nA copy is kept in this browser under "${UNREADABLE_KEY}".`,
  };
}
