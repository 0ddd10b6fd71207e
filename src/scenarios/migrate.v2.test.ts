import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CURRENT_VERSION } from './migrate';
import { parseScenario } from './parse';

const foundationFile = readFileSync(
  new URL('./fixtures/foundation-v1.json', import.meta.url),
  'utf8',
);

test('a file saved in format version 1 (the foundation release) opens, upgraded to the current version', () => {
  const parsed = parseScenario(foundationFile);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  expect(parsed.fromVersion).toBe(1);
  expect(CURRENT_VERSION).toBeGreaterThan(1);
  expect(parsed.scenario.version).toBe(CURRENT_VERSION);
  const host =
    parsed.scenario.state.world.hosts['host-2' as keyof typeof parsed.scenario.state.world.hosts];
  if (host?.platform.kind !== 'hypervisor')
    throw new Error('esx-01 should still run its hypervisor');
  const vm = Object.values(host.platform.vms)[0];
  // What version 1 said is kept; what version 2 added takes its default.
  expect(vm?.name).toBe('web-1');
  expect(vm?.power).toBe('running');
  expect(vm?.nics[0]).toMatchObject({ portGroup: 'VM Network', ip: null, gateway: null });
  expect(host.maintenance).toBe(false);
  expect(parsed.scenario.state.world.orchestrator.rules).toEqual([]);
  expect(parsed.scenario.state.sim.time).toBe(120);
});

test('a version-2 file is refused by a reader that only knows version 1, with the update message', () => {
  const v2 = JSON.parse(foundationFile) as { version: number };
  v2.version = CURRENT_VERSION + 1;
  const parsed = parseScenario(JSON.stringify(v2));
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.errors[0]?.message).toMatch(/Update VirtLab/);
});
