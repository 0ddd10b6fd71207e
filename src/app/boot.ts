import { DEFAULT_SCENARIO } from '../scenarios/builtin/defaultFile';
import type { Scenario } from '../scenarios/schema';
import { excerpt } from '../engine/read';
import { AUTOSAVE_KEY, fromFile, loadAutosave } from '../store/persistence';
import { decodeScenarioLink } from '../store/shareLink';

/** Where the work a shared link replaced is kept, so the learner can get it back. */
export const PREVIOUS_KEY = 'virtlab.autosave.previous';

export interface Boot {
  readonly scenario: Scenario;
  /** What to tell the learner about where the scenario came from, if anything. */
  readonly message?: { text: string; tone: 'info' | 'error' };
  /** Set when a shared link replaced autosaved work, which PREVIOUS_KEY now holds. */
  readonly replacedWork?: boolean;
}

/**
 * Which scenario the page opens on: a shared link (#scenario=…), else one named in the URL
 * (?scenario=id, for lessons and tests), else the learner's autosaved work, else the default.
 * A broken link says why and falls through, losing nothing.
 */
export async function initialScenario(
  location: Pick<Location, 'hash' | 'search'>,
  storage: Storage,
): Promise<Boot> {
  try {
    return await openingScenario(location, storage);
  } catch (error) {
    const text = `${failed('What this page was given', error)} The default scenario opened instead.`;
    return { scenario: DEFAULT_SCENARIO, message: { text, tone: 'error' } };
  }
}

/** What a crash while opening tells the learner; the page opens all the same. */
function failed(what: string, error: unknown): string {
  const why = excerpt(error instanceof Error ? error.message : String(error));
  return `${what} could not be opened: VirtLab failed while reading it (${why}).`;
}

async function openingScenario(
  location: Pick<Location, 'hash' | 'search'>,
  storage: Storage,
): Promise<Boot> {
  const linkProblem = await fromLink(location.hash, storage);
  if (linkProblem && 'scenario' in linkProblem) return linkProblem;
  const named = new URLSearchParams(location.search).get('scenario');
  if (named === 'default') return { scenario: DEFAULT_SCENARIO };
  if (named) {
    const { BUILTIN_SCENARIOS } = await import('../scenarios/builtin');
    const builtin = BUILTIN_SCENARIOS.find((s) => s.id === named);
    if (builtin) return { scenario: builtin.build() };
  }
  const saved = await loadAutosave(storage);
  const problem =
    linkProblem ??
    (saved.kind === 'unreadable' ? { text: saved.message, tone: 'error' as const } : undefined);
  if (saved.kind === 'ok') {
    return {
      scenario: saved.scenario,
      message: problem ?? { text: 'Your work from last time was restored.', tone: 'info' },
    };
  }
  return { scenario: DEFAULT_SCENARIO, ...(problem ? { message: problem } : {}) };
}

/** The scenario a link opens, or what to say about it; a crash in it falls through like a refusal. */
async function fromLink(
  hash: string,
  storage: Storage,
): Promise<Boot | { text: string; tone: 'error' } | null> {
  try {
    return await openLink(hash, storage);
  } catch (error) {
    return { text: failed('The shared link', error), tone: 'error' };
  }
}

async function openLink(
  hash: string,
  storage: Storage,
): Promise<Boot | { text: string; tone: 'error' } | null> {
  const link = await decodeScenarioLink(hash);
  if (!link) return null;
  if ('error' in link) return { text: link.error, tone: 'error' };
  const loaded = await fromFile(link.bytes, 'The shared link');
  if (!loaded.ok) return { text: loaded.message, tone: 'error' };
  const previous = storage.getItem(AUTOSAVE_KEY);
  if (previous) storage.setItem(PREVIOUS_KEY, previous);
  return {
    scenario: loaded.scenario,
    message: { text: `Opened the shared scenario "${loaded.scenario.name}".`, tone: 'info' },
    replacedWork: previous !== null,
  };
}
