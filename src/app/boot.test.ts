import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenarios/builtin/defaultFile';
import { TEXT_LIMITS } from '../scenarios/limits';
import { goodText, withChange } from '../scenarios/testing';
import { AUTOSAVE_KEY, UNREADABLE_KEY, fromBlob, loadAutosave } from '../store/persistence';
import { LINK_KEY, encodeScenarioLink } from '../store/shareLink';
import { initialScenario } from './boot';
import { MemoryStorage } from '../testing/memoryStorage';

/** The three doors a scenario comes in by: a file, a share link and the autosave. */

const savedWork = withChange(['name'], 'My saved work');

/** A link's hash carrying raw bytes, as a hand-made or damaged link might. */
async function hashOf(bytes: Uint8Array): Promise<string> {
  const packed = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const out = new Uint8Array(await new Response(packed).arrayBuffer());
  let binary = '';
  for (const b of out) binary += String.fromCharCode(b);
  const b64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#${LINK_KEY}=${b64}`;
}

async function openLink(hash: string, storage = new MemoryStorage()) {
  return initialScenario({ hash, search: '' }, storage);
}

describe('opening the page from a share link', () => {
  it('opens the saved work, and says why, when the link nests 10,000 levels deep', async () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, savedWork);
    const hostile = goodText().replace('"name":', `"x": ${'['.repeat(10_000)}, "name":`);
    const boot = await openLink(await encodeScenarioLink('', hostile), storage);
    expect(boot.scenario.name).toBe('My saved work');
    expect(boot.message?.tone).toBe('error');
    expect(boot.message?.text).toMatch(
      /^The shared link was not loaded; your work is unchanged\.\n• Line \d+, column \d+: x\.0\.0.* nests lists and objects more than 32 levels deep\.$/,
    );
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(savedWork);
  });

  it('stops inflating a 64 MB link at the size limit and opens the default scenario', async () => {
    const huge = new Uint8Array(64_000_000).fill(0x20);
    const hash = await hashOf(huge);
    expect(hash.length).toBeLessThan(100_000);
    const boot = await openLink(hash);
    expect(boot.scenario.name).toBe(DEFAULT_SCENARIO.name);
    expect(boot.message).toEqual({
      text: `Line 1, column ${TEXT_LIMITS.size + 1}: This scenario link unpacks to more than ${TEXT_LIMITS.size / 1_000_000} MB, more than a scenario file may be, and this is where the file it holds passes that, so it was not opened.`,
      tone: 'error',
    });
  });

  it('opens the default scenario, and says so, when the storage itself fails', async () => {
    const broken = new MemoryStorage();
    broken.getItem = () => {
      throw new Error('The operation is insecure.');
    };
    const boot = await initialScenario({ hash: '', search: '' }, broken);
    expect(boot.scenario.name).toBe(DEFAULT_SCENARIO.name);
    expect(boot.message?.text).toBe(
      'What this page was given could not be opened: VirtLab failed while reading it (The operation is insecure.). The default scenario opened instead.',
    );
  });
});

describe('the same text rules at every door', () => {
  const BOM = '\uFEFF';
  const utf8 = (text: string) => new TextEncoder().encode(text);

  /** What each door says about the same bytes (the autosave holds text, so it gets the text). */
  async function throughEachDoor(bytes: Uint8Array) {
    const file = await fromBlob(new Blob([bytes as BlobPart]), 'x.json');
    const link = await openLink(await hashOf(bytes));
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    const autosave = await loadAutosave(storage);
    return { file, link, autosave, storage };
  }

  it('reads a file with one byte-order mark through all three', async () => {
    const { file, link, autosave } = await throughEachDoor(utf8(BOM + savedWork));
    expect(file.ok).toBe(true);
    expect(link.scenario.name).toBe('My saved work');
    expect(autosave.kind).toBe('ok');
  });

  it('refuses two byte-order marks through all three, at the same place', async () => {
    const { file, link, autosave, storage } = await throughEachDoor(utf8(BOM + BOM + savedWork));
    const reason = '• Line 1, column 1: unexpected character';
    expect(file.ok ? '' : file.message).toContain(reason);
    expect(link.message?.text).toContain(reason);
    expect(autosave.kind === 'unreadable' ? autosave.message : '').toContain(reason);
    expect(storage.getItem(UNREADABLE_KEY)).toBe(BOM + BOM + savedWork);
  });

  it('refuses invalid UTF-8 from a file and a link with the same sentence', async () => {
    const bytes = utf8(savedWork);
    const at = savedWork.indexOf('"name"');
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xc3, ...bytes.subarray(at)]);
    const { file, link } = await throughEachDoor(broken);
    const reason =
      /• Line \d+, column 3: the byte 0xC3 is not UTF-8 text; save the file as UTF-8\./;
    expect(file.ok ? '' : file.message).toMatch(reason);
    expect(link.message?.text).toMatch(reason);
  });

  it('refuses a file over the size limit, reading no further than the limit', async () => {
    const big = new Blob([new Uint8Array(TEXT_LIMITS.size + 10)]);
    const loaded = await fromBlob(big, 'big.json');
    expect(loaded).toEqual({
      ok: false,
      message:
        'big.json was not loaded; your work is unchanged.\n• Line 1, column 8000001: The file is 8,000,010 bytes; VirtLab opens at most 8,000,000 (8 MB), and this is where it passes that.',
    });
  });
});
