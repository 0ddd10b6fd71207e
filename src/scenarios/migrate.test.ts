import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  type JsonObject,
  MIGRATIONS,
  type MigrationRegistry,
  latestVersion,
  migrate,
} from './migrate';

describe('migrate', () => {
  it('upgrades version 1 to 2, so this build reads both and writes version 2', () => {
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
    expect(CURRENT_VERSION).toBe(2);
  });

  it('keeps its migrations contiguous from version 1, so every old version has a path', () => {
    const steps = Object.keys(MIGRATIONS).map(Number);
    expect(steps).toEqual(steps.map((_, i) => i + 1));
  });

  it('passes a current-version file through unchanged', () => {
    const file = { format: 'virtlab-scenario', version: CURRENT_VERSION, name: 'x' };
    const result = migrate(file);
    expect(result).toEqual({ ok: true, file, fromVersion: CURRENT_VERSION });
  });

  describe('with an injected registry of two steps (1 → 2 → 3)', () => {
    const calls: string[] = [];
    const registry: MigrationRegistry = {
      // v2 renamed "title" to "name"; v3 wrapped the hosts in a "world".
      1: (file) => {
        calls.push(`1→2 saw version ${String(file.version)}`);
        const { title, ...rest } = file;
        return { ...rest, name: title };
      },
      2: (file) => {
        calls.push(`2→3 saw version ${String(file.version)}`);
        const { hosts, ...rest } = file;
        return { ...rest, world: { hosts } };
      },
    };

    it('reads up to version 3', () => {
      expect(latestVersion(registry)).toBe(3);
    });

    it('runs every step in order, each seeing the version the previous one set', () => {
      calls.length = 0;
      const v1: JsonObject = { version: 1, title: 'Lab', hosts: { 'host-1': {} } };
      const result = migrate(v1, registry);
      expect(calls).toEqual(['1→2 saw version 1', '2→3 saw version 2']);
      expect(result).toEqual({
        ok: true,
        file: { version: 3, name: 'Lab', world: { hosts: { 'host-1': {} } } },
        fromVersion: 1,
      });
    });

    it('starts from the file version, skipping the steps it does not need', () => {
      calls.length = 0;
      const result = migrate({ version: 2, name: 'Lab', hosts: {} }, registry);
      expect(calls).toEqual(['2→3 saw version 2']);
      expect(result.ok && result.file).toEqual({ version: 3, name: 'Lab', world: { hosts: {} } });
    });

    it('leaves the input object untouched', () => {
      const v1: JsonObject = { version: 1, title: 'Lab', hosts: { 'host-1': { name: 'a' } } };
      const before = structuredClone(v1);
      migrate(v1, registry);
      expect(v1).toEqual(before);
    });

    it('refuses a file newer than the registry knows, telling the teacher to update', () => {
      expect(migrate({ version: 4 }, registry)).toEqual({
        ok: false,
        about: 'file',
        message:
          'This file is format version 4; this VirtLab reads up to version 3. Update VirtLab.',
      });
    });
  });

  it('names a gap in the registry instead of skipping a step', () => {
    const gap: MigrationRegistry = { 2: (f) => f };
    const result = migrate({ version: 1 }, gap);
    expect(result).toMatchObject({ ok: false, about: 'version' });
    expect(!result.ok && result.message).toMatch(/no upgrade from format version 1 to 2/);
  });

  it('refuses a missing or malformed version', () => {
    const missing = migrate({});
    expect(missing).toMatchObject({ ok: false, about: 'file' });
    expect(!missing.ok && missing.message).toMatch(/no "version" field/);
    for (const version of ['1', 0, 1.5, -2, null]) {
      expect(migrate({ version })).toEqual({
        ok: false,
        about: 'version',
        message: 'must be a whole number of at least 1',
      });
    }
  });
});
