import { type Host, type HypervisorPlatform, hostList, vmsOf } from '../engine';
import { defaultScenario } from './builtin/default';
import type { PathPart } from '../engine';
import { serializeScenario } from './format';

/** Helpers for tests that damage a good scenario file and look for the report. */

export const REMOVE = Symbol('remove');

type JsonContainer = Record<string, unknown> | unknown[];

const good = defaultScenario();

/** The default scenario's text, unchanged. */
export const goodText = (): string => serializeScenario(good);

/** The default scenario's text with values replaced (or removed) at the given paths. */
export function withChanges(changes: readonly (readonly [readonly PathPart[], unknown])[]): string {
  const data = JSON.parse(serializeScenario(good)) as Record<string, unknown>;
  for (const [path, value] of changes) {
    let at: JsonContainer = data;
    for (const key of path.slice(0, -1))
      at = (at as Record<PathPart, unknown>)[key] as JsonContainer;
    const last = path[path.length - 1] as PathPart;
    if (value === REMOVE) delete (at as Record<PathPart, unknown>)[last];
    else (at as Record<PathPart, unknown>)[last] = structuredClone(value);
  }
  return JSON.stringify(data, null, 2);
}

export const withChange = (path: readonly PathPart[], value: unknown): string =>
  withChanges([[path, value]]);

/** A host's hypervisor platform; the built-in scenarios run hypervisors on every host. */
export function hypervisorOf(host: Host | undefined): HypervisorPlatform {
  if (host?.platform.kind !== 'hypervisor') throw new Error('expected a hypervisor host');
  return host.platform;
}

export function hostIdOf(name: string): string {
  const host = hostList(good.state.world).find((h) => h.name === name);
  if (!host) throw new Error(`no host ${name}`);
  return host.id;
}

/** The path of a VM in the default scenario: hosts.<host>.platform.vms.<vm>. */
export function vmPath(name: string): PathPart[] {
  for (const host of hostList(good.state.world)) {
    const vm = vmsOf(host).find((v) => v.name === name);
    if (vm) return ['state', 'world', 'hosts', host.id, 'platform', 'vms', vm.id];
  }
  throw new Error(`no VM ${name}`);
}

/** 1-based line and column of the first occurrence of `needle`, read off the text itself. */
export function positionOf(
  text: string,
  needle: string,
  from = 0,
): { line: number; column: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}
