import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HYPERVISORS, ID_PREFIX, OPERATING_SYSTEMS, RUNTIMES, type VmId, canPing } from '../engine';
import { COUNT_LIMITS } from '../engine';
import { TEXT_LIMITS } from './limits';
import { parseScenario } from './parse';

/** docs/scenario-format.md is for teachers; what it shows must be true of this build. */
const doc = readFileSync(new URL('../../docs/scenario-format.md', import.meta.url), 'utf8');

function example(): string {
  const section = doc.slice(doc.indexOf('## A small complete example'));
  const match = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!match?.[1]) throw new Error('the example is missing from docs/scenario-format.md');
  return match[1];
}

describe('docs/scenario-format.md', () => {
  it('shows an example that opens, where web-1 pings db-1 through the router', () => {
    const result = parseScenario(example());
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
    if (!result.ok) return;
    const state = result.scenario.state;
    expect(canPing(state, 'vm-7' as VmId, 'vm-9' as VmId)).toEqual({ ok: true, routed: true });
    const noRouter = { ...state, world: { ...state.world, routers: {} } };
    expect(canPing(noRouter, 'vm-7' as VmId, 'vm-9' as VmId)?.ok).toBe(false);
  });

  it('lists every catalog id a file may use', () => {
    for (const { id } of [...HYPERVISORS, ...OPERATING_SYSTEMS, ...RUNTIMES]) {
      expect(doc).toContain(`\`${id}\``);
    }
  });

  it('gives every limit the value this build applies', () => {
    const section = doc.slice(doc.indexOf('## Limits'), doc.indexOf('## Versions'));
    const rows: Record<string, number> = {};
    for (const [, name = '', most = ''] of section.matchAll(/^\| ([^|]+?) +\| ([\d,]+)/gm)) {
      rows[name] = Number(most.replace(/,/g, ''));
    }
    expect(rows).toEqual({
      'Size of the file (or what a link holds)': TEXT_LIMITS.size,
      'Lists and objects inside one another': TEXT_LIMITS.depth,
      'Items in one list or fields in one object': TEXT_LIMITS.entries,
      'Characters in one text or field name': TEXT_LIMITS.stringLength,
      'Characters in one number as written': TEXT_LIMITS.numberLength,
      Hosts: COUNT_LIMITS.hosts,
      'VMs, over all hosts': COUNT_LIMITS.vms,
      'Containers, over all hosts and VMs': COUNT_LIMITS.containers,
      'Workload instances in the cost study': COUNT_LIMITS.workloadInstances,
    });
  });

  it('names every id prefix', () => {
    for (const prefix of Object.values(ID_PREFIX)) expect(doc).toContain(`\`${prefix}-\``);
  });
});
