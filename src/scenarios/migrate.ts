/**
 * Scenario files carry a format version. A file written by an older VirtLab is upgraded one
 * version at a time, as raw JSON, before the schema of the current version checks it.
 *
 * To add version 2: write `function v1ToV2(file: JsonObject): JsonObject` and register it as
 * `1: v1ToV2` in MIGRATIONS. The current version follows from the registry.
 */

import { TEXT_LIMITS, nestsWithin } from './size';

/** A parsed JSON object, before the schema has checked anything in it. */
export type JsonObject = { [key: string]: unknown };

/** Upgrades a file of version N to version N + 1. The runner sets the version field itself. */
export type Migration = (file: JsonObject) => JsonObject;

/** `registry[n]` upgrades a version-n file to version n + 1. */
export type MigrationRegistry = Readonly<Record<number, Migration>>;

/**
 * Version 2 added vNIC addresses, routers and switch ports that can go down (networking),
 * platforms other than a hypervisor and containers, the orchestrator's settings, rules and
 * faults, and the cost study. Every one of those fields has a default in the schema, so a
 * version-1 file needs no rewriting: the step only re-labels it. The number still had to move,
 * so that a version-1 VirtLab refuses a version-2 file with "update VirtLab" instead of
 * failing on fields it does not know.
 */
const v1ToV2: Migration = (file) => file;

export const MIGRATIONS: MigrationRegistry = { 1: v1ToV2 };

/** The version a registry upgrades to: one past its last migration (1 when it has none). */
export function latestVersion(registry: MigrationRegistry): number {
  return Math.max(0, ...Object.keys(registry).map(Number)) + 1;
}

/** The format version this build writes and reads without migration. */
export const CURRENT_VERSION = latestVersion(MIGRATIONS);

export type MigrateResult =
  | { readonly ok: true; readonly file: JsonObject; readonly fromVersion: number }
  | {
      readonly ok: false;
      /** 'file': a whole sentence about the file; 'version': a predicate about its version field. */
      readonly about: 'file' | 'version';
      readonly message: string;
    };

/** Upgrades `file` step by step to the registry's latest version; the input is left untouched. */
export function migrate(file: JsonObject, registry: MigrationRegistry = MIGRATIONS): MigrateResult {
  const latest = latestVersion(registry);
  const version = file.version;
  if (version === undefined) {
    return {
      ok: false,
      about: 'file',
      message: `This file has no "version" field; a scenario file says which format version it uses, e.g. "version": ${latest}.`,
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, about: 'version', message: 'must be a whole number of at least 1' };
  }
  if (version > latest) {
    return {
      ok: false,
      about: 'file',
      message: `This file is format version ${version}; this VirtLab reads up to version ${latest}. Update VirtLab.`,
    };
  }
  // Copying recurses once per level: a file too deep for that is refused, not cloned.
  if (version < latest && !nestsWithin(file, TEXT_LIMITS.depth)) {
    return {
      ok: false,
      about: 'file',
      message: `This file nests lists and objects more than ${TEXT_LIMITS.depth} levels deep; a scenario file needs far fewer.`,
    };
  }
  let current: JsonObject = version < latest ? structuredClone(file) : file;
  for (let v = version; v < latest; v += 1) {
    const step = registry[v];
    if (!step) {
      return {
        ok: false,
        about: 'version',
        message: `cannot be read: this VirtLab has no upgrade from format version ${v} to ${v + 1}`,
      };
    }
    current = { ...step(current), version: v + 1 };
  }
  return { ok: true, file: current, fromVersion: version };
}
