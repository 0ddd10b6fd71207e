import { type Boot, initialScenario } from '../app/boot';
import { AUTOSAVE_KEY } from '../store/persistence';
import type { SandboxStoreApi } from '../store/sandboxStore';
import { importScenario } from '../store/scenarioFiles';
import { LINK_KEY, encodeScenarioLink } from '../store/shareLink';
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

const page = (hash: string) => ({ hash, search: '' });

/**
 * A link carrying bytes that are not UTF-8, as a hand-made or damaged link can: the link's own
 * encoder only takes text, so this packs the bytes the same way (deflate-raw, base64url).
 */
async function linkHashOfBytes(bytes: Uint8Array): Promise<string> {
  const packed = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  let binary = '';
  for (const b of new Uint8Array(await new Response(packed).arrayBuffer()))
    binary += String.fromCharCode(b);
  const base64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#${LINK_KEY}=${base64}`;
}

/**
 * The three ways a document reaches VirtLab, each through the code the page itself runs: the
 * Import button (a picked file), a share link in the address bar at start-up, and the autosave
 * restored at start-up.
 */
export const DOORS = {
  file: async (input: string | Uint8Array): Promise<Opened> => {
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
    await importScenario(store, new File([input as BlobPart], 'fuzz.virtlab.json'));
    return opened ?? { ok: false, message: 'The Import button neither loaded nor refused.' };
  },
  link: async (input: string | Uint8Array): Promise<Opened> => {
    const hash =
      typeof input === 'string'
        ? new URL(await encodeScenarioLink('https://virtlab.example/', input)).hash
        : await linkHashOfBytes(input);
    return fromBoot(await initialScenario(page(hash), memoryStorage()));
  },
  /** Null for bytes: the browser's storage holds only text, so bytes never reach this door. */
  autosave: async (input: string | Uint8Array): Promise<Opened | null> =>
    typeof input === 'string'
      ? fromBoot(await initialScenario(page(''), memoryStorage({ [AUTOSAVE_KEY]: input })))
      : null,
} as const;

export type DoorName = keyof typeof DOORS;
export const DOOR_NAMES = Object.keys(DOORS) as DoorName[];
