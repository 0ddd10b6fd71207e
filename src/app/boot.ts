import { loadAutosave } from '../store/persistence';
import { BUILTIN_SCENARIOS } from '../scenarios/builtin';
import { defaultScenario } from '../scenarios/builtin/default';
import type { Scenario } from '../scenarios/schema';

/**
 * Which scenario the page opens on: one named in the URL (?scenario=id, for lessons and tests),
 * else the learner's autosaved work, else the default datacenter.
 */
export function initialScenario(
  location: Location,
  storage: Storage,
): { scenario: Scenario; restored: boolean } {
  const named = new URLSearchParams(location.search).get('scenario');
  const builtin = named ? BUILTIN_SCENARIOS.find((s) => s.id === named) : undefined;
  if (builtin) return { scenario: builtin.build(), restored: false };
  const saved = loadAutosave(storage);
  if (saved) return { scenario: saved, restored: true };
  return { scenario: defaultScenario(), restored: false };
}
