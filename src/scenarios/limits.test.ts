import { describe, expect, it } from 'vitest';
import { scenarioFromState, serializeScenario } from './format';
import { generateState } from './generate';
import { COUNT_LIMITS } from '../engine';
import { TEXT_LIMITS } from './limits';
import { migrate } from './migrate';
import { type ParseResult, readScenario } from './parse';
import { goodText, positionOf, vmPath, withChange } from './testing';

function firstError(result: ParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  const [error] = result.errors;
  if (!error) throw new Error('a refusal without an error');
  return error;
}

/** A good file with `inner` as the scenario's description, written into the text as is. */
const withRawDescription = (inner: string) =>
  goodText().replace(
    '"format": "virtlab-scenario",',
    `"format": "virtlab-scenario",\n  "description": ${inner},`,
  );

describe('limits before parsing', () => {
  it('refuses 10,000 levels of nesting with the depth, the path and the place', () => {
    const text = withRawDescription(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const error = firstError(readScenario(text));
    const path = ['description', ...Array.from({ length: TEXT_LIMITS.depth - 1 }, () => 0)];
    expect(error.path).toBe(path.join('.'));
    const column = '  "description": '.length + TEXT_LIMITS.depth;
    expect(error).toMatchObject({ line: 3, column });
    expect(error.message).toBe(
      `Line 3, column ${column}: ${path.join('.')} nests lists and objects more than ${TEXT_LIMITS.depth} levels deep.`,
    );
  });

  it('refuses deep nesting even where the JSON is broken, which the syntax report would walk', () => {
    const error = firstError(readScenario(`{"a":${'{"a":'.repeat(10_000)}`));
    expect(error.message).toMatch(/more than 32 levels deep/);
    expect(error.path).toBe(Array.from({ length: TEXT_LIMITS.depth }, () => 'a').join('.'));
  });

  it('quotes at most 40 characters of a 100,000-character field name, value or number', () => {
    const long = 'x'.repeat(100_000);
    const longKey = firstError(readScenario(withChange(['state', long], 1)));
    expect(longKey.message).toContain('state has a text of 100,000 characters; the most is 4,096');
    const key = firstError(readScenario(withChange(['state', 'x'.repeat(4_000)], 1)));
    expect(key.path).toBe(`state.${'x'.repeat(39)}…`);
    expect(key.message).toContain(`state.${'x'.repeat(39)}… is not a field VirtLab knows`);
    expect(key.message.length).toBeLessThan(200);
    const value = firstError(readScenario(withChange(['name'], long)));
    expect(value).toMatchObject({ path: 'name', line: positionOf(goodText(), '"name"').line });
    expect(value.message).toContain('has a text of 100,000 characters; the most is 4,096');
    const format = firstError(
      readScenario(withChange(['format'], 'y'.repeat(TEXT_LIMITS.stringLength))),
    );
    expect(format.message).toContain(`its "format" is "${'y'.repeat(38)}…, not`);
    const digits = firstError(
      readScenario(
        withChange(['version'], 0).replace('"version": 0', `"version": 0.${'1'.repeat(500)}`),
      ),
    );
    expect(digits.message).toContain('version has a number written with 502 characters');
    const quoted = firstError(readScenario(withChange(['version'], `1${'0'.repeat(300)}`)));
    expect(quoted.message.length).toBeLessThan(200);
  });

  it('refuses a list with more items than allowed, naming the list', () => {
    const text = withRawDescription(`[${'0,'.repeat(TEXT_LIMITS.entries)}0]`);
    const error = firstError(readScenario(text));
    expect(error).toMatchObject({ path: 'description', line: 3 });
    expect(error.message).toContain('description has more than 20,000 items');
  });

  it('refuses text over the size limit before reading it', () => {
    const error = firstError(readScenario(' '.repeat(TEXT_LIMITS.size + 1)));
    expect(error.message).toContain(
      'is 8,000,001 characters long; VirtLab opens at most 8,000,000',
    );
    const bytes = firstError(readScenario(new Uint8Array(TEXT_LIMITS.size + 1)));
    expect(bytes.message).toBe(
      'Line 1, column 8000001: The file is 8,000,001 bytes; VirtLab opens at most 8,000,000 (8 MB), and this is where it passes that.',
    );
  });

  it('places the size limit at the line and character where a file passes it', () => {
    // Lines of "ab\n", then an "é" (two bytes) across the limit, then more text.
    const line = new TextEncoder().encode('ab\n');
    const bytes = new Uint8Array(TEXT_LIMITS.size + 10).fill(0x61);
    const lines = Math.floor((TEXT_LIMITS.size - 5) / line.length);
    for (let i = 0; i < lines; i += 1) bytes.set(line, i * line.length);
    const lastLineStart = lines * line.length;
    bytes.set([0xc3, 0xa9], lastLineStart + 2);
    const error = firstError(readScenario(bytes));
    // Column: two "a", one "é" for two bytes, then "a" up to the limit.
    const column = 1 + 2 + 1 + (TEXT_LIMITS.size - (lastLineStart + 4));
    expect(error).toMatchObject({ line: lines + 1, column });
    expect(error.message).toMatch(new RegExp(`^Line ${lines + 1}, column ${column}: The file is`));
  });
});

describe('migrate on a deep object', () => {
  it('refuses an old-version file nested 100,000 levels deep instead of overflowing the stack', () => {
    const root: Record<string, unknown> = {};
    let at = root;
    for (let i = 0; i < 100_000; i += 1) {
      const inner = {};
      at.a = inner;
      at = inner;
    }
    const result = migrate({ format: 'virtlab-scenario', version: 1, state: root });
    expect(result).toEqual({
      ok: false,
      about: 'file',
      message: `This file nests lists and objects more than ${TEXT_LIMITS.depth} levels deep; a scenario file needs far fewer.`,
    });
  });
});

describe('text decoding, the same for bytes and text', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const BOM = '\uFEFF';

  it('drops one byte-order mark, from text and from bytes alike', () => {
    expect(readScenario(BOM + goodText()).ok).toBe(true);
    expect(readScenario(utf8(BOM + goodText())).ok).toBe(true);
  });

  it('refuses a second byte-order mark, from text and from bytes alike, at line 1 column 1', () => {
    const fromText = firstError(readScenario(BOM + BOM + goodText()));
    const fromBytes = firstError(readScenario(utf8(BOM + BOM + goodText())));
    expect(fromBytes).toEqual(fromText);
    expect(fromText).toMatchObject({ line: 1, column: 1 });
  });

  it('refuses invalid UTF-8 with the line and column of the bad byte', () => {
    const text = goodText();
    const at = text.indexOf('"name"');
    const bytes = utf8(text);
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    const error = firstError(readScenario(broken));
    const { line, column } = positionOf(text, '"name"');
    expect(error).toEqual({
      message: `Line ${line}, column ${column}: the byte 0xFF is not UTF-8 text; save the file as UTF-8.`,
      path: '',
      line,
      column,
    });
  });

  it('reads a multi-byte character and places a bad byte after it', () => {
    const bytes = utf8('{"a":"é€😀"');
    expect(firstError(readScenario(new Uint8Array([...bytes, 0xc0, 0x80]))).column).toBe(12);
  });
});

describe('counts that drive computation', () => {
  const generated = (hosts: number, vms: number) =>
    serializeScenario(scenarioFromState(generateState({ hosts, vms, seed: 1 }), 'big'));

  it('refuses a workload of a billion instances at its field, before any view deploys it', () => {
    const text = withChange(['state', 'world', 'study', 'workload', 0, 'instances'], 1e9);
    const error = firstError(readScenario(text));
    expect(error.path).toBe('state.world.study.workload.0.instances');
    expect(error.message).toContain('must be a whole number from 0 to 2000');
    expect(error.line).toBe(positionOf(text, '"instances": 1000000000').line);
  });

  it('refuses a workload whose apps together pass the limit, at the app that passes it', () => {
    const apps = [0, 1].map((i) => ({
      name: `app-${i}`,
      cpu: 1,
      memoryGb: 1,
      instances: 1_500,
      family: 'linux',
    }));
    const error = firstError(
      readScenario(withChange(['state', 'world', 'study', 'workload'], apps)),
    );
    expect(error.path).toBe('state.world.study.workload.1.instances');
    expect(error.message).toContain('brings the workload to 3,000 instances; the most is 2,000');
  });

  it('refuses one container more than the limit, at that container', () => {
    const containers = Object.fromEntries(
      Array.from({ length: COUNT_LIMITS.containers + 1 }, (_, i) => {
        const id = `ctr-${100 + i}`;
        return [id, { id, name: `c${i}`, image: 'nginx:1.27', cpu: 0.1, memoryGb: 0.1 }];
      }),
    );
    const vm = vmPath('web-1');
    const text = withChange([...vm, 'runtime'], { product: 'docker', containers });
    const error = firstError(readScenario(text));
    expect(error.path).toBe([...vm, 'runtime', 'containers', 'ctr-5100'].join('.'));
    expect(error.message).toContain('is one more than the 5,000 containers a scenario may hold');
  });

  it('reads the largest world allowed and refuses one host or one VM more', () => {
    // The generator runs the engine's commands, which stop at the limits: it builds the largest
    // world, and a hand edit adds the one too many.
    const largest = generated(COUNT_LIMITS.hosts, COUNT_LIMITS.vms);
    expect(readScenario(largest).ok).toBe(true);
    type Doc = {
      state: {
        world: {
          hosts: Record<string, { id: string; platform: { vms: Record<string, { id: string }> } }>;
        };
      };
    };
    const withCopy = (edit: (doc: Doc) => void) => {
      const doc = JSON.parse(largest) as Doc;
      edit(doc);
      return JSON.stringify(doc, null, 2);
    };
    const hosts = firstError(
      readScenario(
        withCopy(({ state: { world } }) => {
          const [first] = Object.values(world.hosts);
          world.hosts['host-999999'] = { ...first!, id: 'host-999999' };
        }),
      ),
    );
    expect(hosts.path).toBe('state.world.hosts.host-999999');
    expect(hosts.message).toContain('is one more than the 500 hosts a scenario may hold');
    const vms = firstError(
      readScenario(
        withCopy(({ state: { world } }) => {
          const host = Object.values(world.hosts).at(-1)!;
          const [first] = Object.values(host.platform.vms);
          host.platform.vms['vm-999999'] = { ...first!, id: 'vm-999999' };
        }),
      ),
    );
    expect(vms.path).toMatch(/^state\.world\.hosts\.host-\d+\.platform\.vms\.vm-999999$/);
    expect(vms.message).toContain('is one more than the 5,000 VMs a scenario may hold');
  });
});
