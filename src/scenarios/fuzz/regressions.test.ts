import { describe, expect, test } from 'vitest';
import { BASES } from './bases';
import { judge } from './judge';
import { type Json, RAW_MARK, getAt, serialise, setAt } from './tree';

/**
 * Documents that once crashed, hung or loaded an impossible world (one of each class the
 * fuzzer found), each small and named. Every one must now be refused by every door, naming the
 * field where it goes wrong.
 */

const base = () => structuredClone(BASES[0]!.data) as Json;

/** The default scenario with the value at `path` replaced by raw text. */
function withRaw(path: readonly (string | number)[], raw: string): string {
  const data = base();
  setAt(data, path, RAW_MARK);
  return serialise(data, raw);
}

/** The default scenario (or the one mid-migration) with values set at paths. */
function withValues(
  edits: readonly (readonly [readonly (string | number)[], Json])[],
  from = 0,
): string {
  const data = structuredClone(BASES[from]!.data) as Json;
  for (const [path, value] of edits) setAt(data, path, value);
  return serialise(data);
}

const WORLD = ['state', 'world'];
const VM_40 = [...WORLD, 'hosts', 'host-2', 'platform', 'vms', 'vm-40'];
const MIGRATIONS = [...WORLD, 'orchestrator', 'migrations'];

/** Each document by name, with the field path its refusal must name. */
const REGRESSIONS: Readonly<Record<string, readonly [() => string, string]>> = {
  '10,000 nested lists in the description': [
    () => withRaw(['description'], `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    'description.0.0',
  ],
  '10,000 nested objects in a host (the upgrade copies it)': [
    () =>
      withRaw(
        ['state', 'world', 'hosts', 'host-2', 'extra'],
        `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
      ),
    'state.world.hosts.host-2.extra.a',
  ],
  '10,000 nested objects in a version-1 file': [
    () => {
      const data = base() as Record<string, Json>;
      data.version = 1;
      setAt(data, ['state', 'deep'], RAW_MARK);
      return serialise(data, `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`);
    },
    'state.deep.a',
  ],
  'a workload of a billion instances': [
    () => withValues([[[...WORLD, 'study', 'workload', 0, 'instances'], 1e9]]),
    'state.world.study.workload.0.instances',
  ],
  'a running VM on a host that is off': [
    () => withValues([[[...WORLD, 'hosts', 'host-2', 'power'], 'off']]),
    'state.world.hosts.host-2.platform.vms.vm-40.power',
  ],
  'a running VM with more vCPUs than its host has cores': [
    () => withValues([[[...VM_40, 'vcpus'], 64]]),
    'state.world.hosts.host-2.platform.vms.vm-40.vcpus',
  ],
  'a running VM with more memory than its host': [
    () => withValues([[[...VM_40, 'memoryGb'], 4096]]),
    'state.world.hosts.host-2.platform.vms',
  ],
  'more running VMs than a host can hold': [
    () => withValues([[[...WORLD, 'hosts', 'host-2', 'memoryGb'], 16]]),
    'state.world.hosts.host-2.platform.vms',
  ],
  'room reserved for a VM larger than any host': [
    () =>
      withValues(
        [[[...WORLD, 'hosts', 'host-11', 'platform', 'incoming', 0, 'memoryGb'], 12288]],
        1,
      ),
    // The room counts on the target as used, so the target's capacity is what it breaks first.
    'state.world.hosts.host-11.platform.vms hold 12344 GB',
  ],
  'two migrations for one VM': [
    () => {
      const [migration] = getAt(BASES[1]!.data as Json, MIGRATIONS) as Json[];
      return withValues([[MIGRATIONS, [migration!, migration!]]], 1);
    },
    'state.world.orchestrator.migrations.1.vmId',
  ],
  'a migrating VM that is off': [
    () => withValues([[[...VM_40, 'power'], 'off']], 1),
    'state.world.orchestrator.migrations.0.vmId',
  ],
  'an id counter below the ids in use': [
    () => withValues([[['state', 'sim', 'nextId'], 1]]),
    'state.sim.nextId',
  ],
  'a __proto__ key inside a VM': [
    () =>
      withRaw(
        ['state', 'world', 'hosts', 'host-2', 'platform', 'vms', 'vm-40', 'apps'],
        '{"__proto__":{"polluted":true}}',
      ),
    'state.world.hosts.host-2.platform.vms.vm-40.apps',
  ],
};

describe('documents that once broke a door', () => {
  for (const [name, [build, path]] of Object.entries(REGRESSIONS)) {
    test(name, async () => {
      const verdict = await judge(build());
      expect(verdict.outcome, verdict.detail).toBe('refused with location');
      expect(verdict.detail).toContain(` ${path}`);
      expect(verdict.disagreeing, 'every door decides alike').toEqual([]);
    });
  }
});
