import type { State } from '../engine';
import {
  type ScenarioError,
  parseScenario,
  scenarioFromState,
  serializeScenario,
} from '../scenarios/parse';
import type { Scenario } from '../scenarios/schema';
import type { Point } from './layout';

/** The browser keeps the learner's current work under this key, so a reload restores it. */
export const AUTOSAVE_KEY = 'virtlab.autosave';

export function toFile(
  state: State,
  name: string,
  positions: Readonly<Record<string, Point>>,
): string {
  return serializeScenario(scenarioFromState(state, name, { hostPositions: positions }));
}

export type Loaded = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Reads a scenario file's text; a bad file gives one message naming what and where. */
export function fromFile(text: string, fileName: string): Loaded {
  const parsed = parseScenario(text);
  if (parsed.ok) return parsed;
  return { ok: false, message: describeErrors(fileName, parsed.errors) };
}

export function describeErrors(fileName: string, errors: readonly ScenarioError[]): string {
  const shown = errors.slice(0, 3).map((e) => `• ${e.message}`);
  const more = errors.length > 3 ? [`…and ${errors.length - 3} more.`] : [];
  return [`${fileName} was not loaded; your work is unchanged.`, ...shown, ...more].join('\n');
}

export function saveAutosave(storage: Storage, text: string): void {
  try {
    storage.setItem(AUTOSAVE_KEY, text);
  } catch {
    // A full or blocked storage must never break the sandbox; the work stays in memory.
  }
}

export function loadAutosave(storage: Storage): Scenario | null {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (!text) return null;
  const parsed = parseScenario(text);
  return parsed.ok ? parsed.scenario : null;
}
