import { DEFAULT_SCENARIO } from '../scenarios/builtin/defaultFile';
import type { Scenario } from '../scenarios/schema';
import { loadAutosave } from '../store/persistence';

export interface Boot {
  readonly scenario: Scenario;
  /** What to tell the learner about where the scenario came from, if anything. */
  readonly message?: { text: string; tone: 'info' | 'error' };
}

/**
 * Which scenario the page opens on: one named in the URL (?scenario=id, for lessons and tests),
 * else the learner's autosaved work, else the default datacenter.
 */
export async function initialScenario(location: Location, storage: Storage): Promise<Boot> {
  const named = new URLSearchParams(location.search).get('scenario');
  if (named === 'default') return { scenario: DEFAULT_SCENARIO };
  if (named) {
    const { BUILTIN_SCENARIOS } = await import('../scenarios/builtin');
    const builtin = BUILTIN_SCENARIOS.find((s) => s.id === named);
    if (builtin) return { scenario: builtin.build() };
  }
  const saved = await loadAutosave(storage);
  if (saved.kind === 'ok')
    return {
      scenario: saved.scenario,
      message: { text: 'Your work from last time was restored.', tone: 'info' },
    };
  const message =
    saved.kind === 'unreadable' ? { text: saved.message, tone: 'error' as const } : undefined;
  return { scenario: DEFAULT_SCENARIO, ...(message ? { message } : {}) };
}
