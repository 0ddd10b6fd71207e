import { describe, expect, it } from 'vitest';
import { defaultScenario } from './builtin/default';
import { serializeScenario } from './format';
import { MAX_ERRORS, type ParseResult, parseScenario } from './parse';
import { REMOVE, goodText, hostIdOf, positionOf, vmPath, withChange } from './testing';

function errorsOf(result: ParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const esx01 = ['state', 'world', 'hosts', hostIdOf('esx-01')];

describe('parseScenario: JSON syntax', () => {
  it('places a missing comma on its line and column', () => {
    const text = '{\n  "format": "virtlab-scenario",\n  "version": 1\n  "name": "x"\n}\n';
    expect(errorsOf(parseScenario(text))).toEqual([
      {
        message: 'Line 4, column 3: expected a comma (,) between two items.',
        path: 'name',
        line: 4,
        column: 3,
      },
    ]);
  });

  it('explains a trailing comma at the bracket it comes before', () => {
    const text = '{\n  "format": "virtlab-scenario",\n  "name": "x",\n}';
    const [error] = errorsOf(parseScenario(text));
    expect(error).toMatchObject({ line: 4, column: 1 });
    expect(error?.message).toBe(
      'Line 4, column 1: remove the comma before this bracket: JSON allows no comma after the last item.',
    );
  });

  it('counts lines ending in \\r\\n the same way', () => {
    const text = '{\r\n  "format": "virtlab-scenario",\r\n  "name": \'x\'\r\n}';
    expect(errorsOf(parseScenario(text))[0]).toMatchObject({ line: 3, column: 11 });
  });

  it('reports an unclosed text and an empty file', () => {
    expect(errorsOf(parseScenario('{\n  "name": "x\n}'))[0]?.message).toMatch(
      /^Line 2, column 11: .*closing double quote/,
    );
    expect(errorsOf(parseScenario('  \n'))[0]?.message).toBe(
      'Line 1, column 1: The file is empty.',
    );
  });
});

describe('parseScenario: not a scenario, or too new', () => {
  const FOREIGN =
    'This is not a VirtLab scenario file: it has no "format": "virtlab-scenario" field.';

  it('recognises a foreign JSON file such as a package.json', () => {
    const packageJson = JSON.stringify({ name: 'virtlab', version: '0.1.0', dependencies: {} });
    expect(errorsOf(parseScenario(packageJson))).toEqual([
      { message: `Line 1, column 1: ${FOREIGN}`, path: '', line: 1, column: 1 },
    ]);
    expect(errorsOf(parseScenario('[1, 2, 3]'))[0]?.message).toBe(`Line 1, column 1: ${FOREIGN}`);
    expect(errorsOf(parseScenario('"text"'))[0]?.message).toBe(`Line 1, column 1: ${FOREIGN}`);
  });

  it('names a wrong "format" value', () => {
    expect(errorsOf(parseScenario('{"format": "excalidraw"}'))[0]?.message).toBe(
      'Line 1, column 2: This is not a VirtLab scenario file: its "format" is "excalidraw", not "virtlab-scenario".',
    );
  });

  it('tells the teacher to update VirtLab for a newer format version', () => {
    const text = withChange(['version'], 7);
    const [error] = errorsOf(parseScenario(text));
    const at = positionOf(text, '"version"');
    expect(error).toEqual({
      message: `Line ${at.line}, column ${at.column}: This file is format version 7; this VirtLab reads up to version 2. Update VirtLab.`,
      path: 'version',
      ...at,
    });
  });

  it('places a malformed version', () => {
    const text = withChange(['version'], 'one');
    expect(errorsOf(parseScenario(text))[0]?.message).toBe(
      `Line 3, column 3: version must be a whole number of at least 1`,
    );
  });
});

describe('parseScenario: fields', () => {
  it('names a few of a long list of allowed values, and where the rest are', () => {
    const text = withChange(
      ['state', 'sim', 'log'],
      [{ seq: 0, time: 0, kind: 'no.such', text: 'x', subjects: [] }],
    );
    const [error] = errorsOf(parseScenario(text));
    expect(error?.message).toMatch(
      /state\.sim\.log\.0\.kind must be one of the \d+ values in docs\/scenario\.schema\.json, such as "host\.added", "host\.removed", "host\.changed", "host\.power"$/,
    );
  });

  it('reports a wrong field type with its path and the line it sits on', () => {
    const text = withChange([...esx01, 'cpuCores'], 'many');
    const at = positionOf(text, '"cpuCores": "many"');
    const path = [...esx01, 'cpuCores'].join('.');
    expect(errorsOf(parseScenario(text))).toEqual([
      {
        message: `Line ${at.line}, column ${at.column}: ${path} must be a whole number from 1 to 512`,
        path,
        ...at,
      },
    ]);
  });

  it('points out a number or a true/false written in quotes', () => {
    const cores = errorsOf(parseScenario(withChange([...esx01, 'cpuCores'], '16')));
    expect(cores[0]?.message).toMatch(
      /cpuCores must be a whole number from 1 to 512 \(write 16 without quotes\)$/,
    );
    const overcommit = errorsOf(parseScenario(withChange([...esx01, 'memoryOvercommit'], 'true')));
    expect(overcommit[0]?.message).toMatch(
      /memoryOvercommit must be true or false \(write true without quotes\)$/,
    );
  });

  it('gives the same range for a number out of range or not whole', () => {
    for (const cores of [0, 2.5, 600]) {
      const [error] = errorsOf(parseScenario(withChange([...esx01, 'cpuCores'], cores)));
      expect(error?.message).toMatch(/cpuCores must be a whole number from 1 to 512$/);
    }
  });

  it('places a missing field at the object that lacks it', () => {
    const text = withChange([...esx01, 'memoryGb'], REMOVE);
    const [error] = errorsOf(parseScenario(text));
    expect(error?.path).toBe([...esx01, 'memoryGb'].join('.'));
    expect(error?.message).toMatch(/memoryGb is missing$/);
    expect(error).toMatchObject(positionOf(text, `"${hostIdOf('esx-01')}": {`));
  });

  it('names a misspelt field and where it is', () => {
    const text = withChange([...esx01, 'cpuCore'], 8);
    const [error] = errorsOf(parseScenario(text));
    expect(error?.message).toMatch(/hosts\.host-\d+\.cpuCore is not a field VirtLab knows/);
    expect(error).toMatchObject(positionOf(text, '"cpuCore"'));
  });

  it('lists the allowed values of an enumeration and of the platform kind', () => {
    const power = errorsOf(parseScenario(withChange([...esx01, 'power'], 'standby')));
    expect(power[0]?.message).toMatch(/power must be one of "on", "off", "failed"$/);
    const kind = errorsOf(parseScenario(withChange([...esx01, 'platform', 'kind'], 'mainframe')));
    expect(kind[0]?.message).toMatch(
      /platform\.kind must be one of "hypervisor", "bare-metal", "container-host"$/,
    );
  });

  it('refuses an id that does not follow the kind-number pattern, as a value or a key', () => {
    const asValue = withChange([...esx01, 'nics', 0, 'id'], 'eth0');
    expect(errorsOf(parseScenario(asValue))[0]?.message).toMatch(
      /nics\.0\.id must be an id like nic-7/,
    );
    const key = `"${hostIdOf('esx-01')}": {`;
    const asKey = goodText().replace(key, '"esx": {');
    const errors = errorsOf(parseScenario(asKey));
    expect(errors[0]?.message).toBe(
      `Line ${positionOf(asKey, '"esx": {').line}, column ${positionOf(asKey, '"esx": {').column}: state.world.hosts.esx is not a valid key here: it must be an id like host-7 ("host-" and a number)`,
    );
  });

  it('lists at most MAX_ERRORS problems, in text order, and counts the rest', () => {
    let data = JSON.parse(serializeScenario(defaultScenario())) as unknown;
    const vms = ['web-1', 'db-1', 'app-1', 'batch-1', 'cache-1', 'mon-1', 'test-1', 'dc-1'];
    for (const name of vms) {
      data = JSON.parse(withChangeOn(data, [...vmPath(name), 'vcpus'], 0));
      data = JSON.parse(withChangeOn(data, [...vmPath(name), 'diskGb'], -1));
    }
    const result = parseScenario(JSON.stringify(data, null, 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_ERRORS);
    expect(result.omitted).toBe(2 * vms.length - MAX_ERRORS);
    const lines = result.errors.map((e) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

/** Like withChange, on any data. */
function withChangeOn(data: unknown, path: readonly (string | number)[], value: unknown): string {
  const copy = structuredClone(data) as Record<string, unknown>;
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
  return JSON.stringify(copy);
}
