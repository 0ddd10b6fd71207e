import { type Boot, initialScenario } from '../app/boot';
import { AUTOSAVE_KEY } from '../store/persistence';
import type { SandboxStoreApi } from '../store/sandboxStore';
import { importScenario } from '../store/scenarioFiles';
import { encodeScenarioLink } from '../store/shareLink';
import type { Scenario } from '../scenarios/schema';

/** What a door made of a document: the world it opened, or the message the learner read. */
export type Opened = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** A Storage in memory, as the browser's localStorage behaves for these doors. */
export function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

/** The page's start, read back as a door: an error message, else the scenario it opened on. */
function fromBoot(boot: Boot): Opened {
  if (boot.message?.tone === 'error') return { ok: false, message: boot.message.text };
  return { ok: true, scenario: boot.scenario };
}

const page = (hash: string): Location => ({ hash, search: '' }) as Location;

/**
 * The three ways a document reaches VirtLab, each through the code the page itself runs: the
 * Import button (a picked file), a share link in the address bar at start-up, and the autosave
 * restored at start-up.
 */
export const DOORS = {
  file: async (text: string): Promise<Opened> => {
    let opened: Opened | undefined;
    const store = {
      getState: () => ({
        notify: (message: string, tone: string) => {
          if (tone === 'error') opened = { ok: false, message };
        },
        load: (scenario: Scenario) => {
          opened = { ok: true, scenario };
        },
      }),
    } as unknown as SandboxStoreApi;
    await importScenario(store, new File([text], 'fuzz.virtlab.json'));
    return opened ?? { ok: false, message: 'The Import button neither loaded nor refused.' };
  },
  link: async (text: string): Promise<Opened> => {
    const url = new URL(await encodeScenarioLink('https://virtlab.example/', text));
    return fromBoot(await initialScenario(page(url.hash), memoryStorage()));
  },
  autosave: async (text: string): Promise<Opened> =>
    fromBoot(await initialScenario(page(''), memoryStorage({ [AUTOSAVE_KEY]: text }))),
} as const;

export type DoorName = keyof typeof DOORS;
export const DOOR_NAMES = Object.keys(DOORS) as DoorName[];
