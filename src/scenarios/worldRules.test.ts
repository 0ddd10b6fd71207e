import { describe, expect, it } from 'vitest';
import { type HostId, type State, type VmId, apply } from '../engine';
import { defaultScenario } from './builtin/default';
import { scenarioFromState, serializeScenario } from './format';
import { type ParseResult, parseScenario } from './parse';
import { hostIdOf, positionOf, vmPath, withChange, withChanges } from './testing';

/**
 * A file may describe only a world the engine could reach by its own commands: each rule
 * below is broken once, by hand, in a file that was good, and refused at the broken field.
 */

function only(result: ParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.errors.map((e) => e.message)).toHaveLength(1);
  return result.errors[0]!;
}

const host = (name: string) => ['state', 'world', 'hosts', hostIdOf(name)];
const vmId = (name: string) => vmPath(name)[vmPath(name).length - 1] as VmId;

describe('a loaded world keeps power and capacity', () => {
  it('refuses a running VM on a host that is off, at the VM, with the line it is on', () => {
    const text = withChange([...host('esx-02'), 'power'], 'off');
    const result = parseScenario(text);
    if (result.ok) throw new Error('expected the file to be refused');
    const first = result.errors[0]!;
    expect(first.path).toBe([...vmPath('app-1'), 'power'].join('.'));
    expect(first.message).toMatch(
      /^Line \d+, column \d+: .*vms\.vm-\d+\.power is "running", but esx-02 is off: app-1 cannot run there/,
    );
    // Every VM that holds resources there is named, each at its own field.
    expect(result.errors.map((e) => e.path)).toEqual(
      ['app-1', 'batch-1', 'cache-1'].map((vm) => [...vmPath(vm), 'power'].join('.')),
    );
  });

  it('refuses a running VM whose hypervisor has crashed', () => {
    const text = withChange([...host('kvm-01'), 'platform', 'crashed'], 'hypervisor');
    const error = only(parseScenario(text));
    expect(error.path).toBe([...vmPath('mon-1'), 'power'].join('.'));
    expect(error.message).toMatch(/but the hypervisor of kvm-01 has crashed/);
  });

  it('accepts VMs that are off on a host that is off', () => {
    const text = withChanges([
      [[...host('esx-02'), 'power'], 'off'],
      ...['app-1', 'batch-1', 'cache-1'].map((vm) => [[...vmPath(vm), 'power'], 'off'] as const),
    ]);
    expect(parseScenario(text).ok).toBe(true);
  });

  it('refuses a VM with more vCPUs than its host has cores', () => {
    const path = [...vmPath('web-1'), 'vcpus'];
    const text = withChange(path, 48);
    const error = only(parseScenario(text));
    expect(error.path).toBe(path.join('.'));
    expect(error.message).toBe(
      `Line ${positionOf(text, '"vcpus": 48').line}, column ${positionOf(text, '"vcpus": 48').column}: ` +
        `${path.join('.')} is 48, more than the 32 cores esx-01 has for VMs; a powered-on VM never has more vCPUs than its host's cores`,
    );
  });

  it('accepts the same VM switched off, since an off VM holds nothing', () => {
    const text = withChanges([
      [[...vmPath('test-1'), 'vcpus'], 48],
      [[...host('kvm-01'), 'platform', 'vms', vmId('test-1'), 'power'], 'off'],
    ]);
    expect(parseScenario(text).ok).toBe(true);
  });

  it('refuses more memory powered on than the host has for VMs', () => {
    const text = withChange([...vmPath('cache-1'), 'memoryGb'], 16);
    const error = only(parseScenario(text));
    expect(error.path).toBe([...host('esx-02'), 'platform', 'vms'].join('.'));
    expect(error.message).toMatch(
      /vms hold 64 GB of memory powered on, over the 63 GB esx-02 has for them \(64 GB less 1 GB its platform keeps\), and memoryOvercommit is off$/,
    );
    const allowed = withChanges([
      [[...vmPath('cache-1'), 'memoryGb'], 16],
      [[...host('esx-02'), 'memoryOvercommit'], true],
    ]);
    expect(parseScenario(allowed).ok).toBe(true);
  });

  it('refuses more vCPUs powered on than cores × overcommit', () => {
    const text = withChanges([
      [[...host('esx-02'), 'cpuOvercommit'], 1],
      [[...vmPath('batch-1'), 'vcpus'], 12],
    ]);
    const error = only(parseScenario(text));
    expect(error.path).toBe([...host('esx-02'), 'platform', 'vms'].join('.'));
    expect(error.message).toMatch(
      /hold 18 vCPUs powered on, over the limit of esx-02: 16 \(16 cores × overcommit 1\)$/,
    );
  });
});

/** The default scenario with web-1 live-migrating from esx-01 to esx-02, as the engine books it. */
function migrating(): State {
  const state = defaultScenario().state;
  const out = apply(state, {
    type: 'startMigration',
    vmId: vmId('web-1'),
    toHostId: hostIdOf('esx-02') as HostId,
  });
  if (!out.ok) throw new Error(out.reason);
  return out.state;
}

const migrationText = () => serializeScenario(scenarioFromState(migrating(), 'migrating'));
const migrationAt = ['state', 'world', 'orchestrator', 'migrations', 0];
const incomingAt = [...host('esx-02'), 'platform', 'incoming', 0];

/** The migrating file, with values replaced at paths. */
function migrationWith(changes: readonly (readonly [readonly (string | number)[], unknown])[]) {
  const data = JSON.parse(migrationText()) as Record<string, unknown>;
  for (const [path, value] of changes) {
    let at = data as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path[path.length - 1]!] = value;
  }
  return JSON.stringify(data, null, 2);
}

describe('a loaded world keeps its live migrations whole', () => {
  const web1Power = [...vmPath('web-1'), 'power'];

  it('opens a migration the engine booked, VM, room and plan together', () => {
    const result = parseScenario(migrationText());
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
  });

  it('refuses a second migration of the same VM', () => {
    const data = JSON.parse(migrationText()) as {
      state: { world: { orchestrator: { migrations: unknown[] } } };
    };
    const list = data.state.world.orchestrator.migrations;
    list.push(structuredClone(list[0]));
    const error = only(parseScenario(JSON.stringify(data, null, 2)));
    expect(error.path).toBe('state.world.orchestrator.migrations.1.vmId');
    expect(error.message).toMatch(
      /already migrates at state\.world\.orchestrator\.migrations\.0; a VM moves one way at a time$/,
    );
  });

  it('refuses a migrating VM with no migration', () => {
    const text = withChange(web1Power, 'migrating');
    const error = only(parseScenario(text));
    expect(error.path).toBe(web1Power.join('.'));
    expect(error.message).toMatch(
      /is "migrating", but no migration in state\.world\.orchestrator\.migrations moves web-1 from esx-01$/,
    );
  });

  it('refuses a migration whose VM is off', () => {
    const result = parseScenario(migrationWith([[web1Power, 'off']]));
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => e.path)).toContain([...migrationAt, 'vmId'].join('.'));
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(
      /is web-1, which is "off"; a VM being live-migrated is "migrating"/,
    );
  });

  it('refuses a migration to a host that is off', () => {
    const result = parseScenario(migrationWith([[[...host('esx-02'), 'power'], 'off']]));
    if (result.ok) throw new Error('expected the file to be refused');
    const target = result.errors.find((e) => e.path === [...migrationAt, 'to'].join('.'));
    expect(target?.message).toMatch(
      /but esx-02 is off; a live migration needs both hosts on and running a hypervisor$/,
    );
  });

  it('refuses room held that is not the size of the VM, at the room', () => {
    const error = only(parseScenario(migrationWith([[[...incomingAt, 'memoryGb'], 6]])));
    expect(error.path).toBe(incomingAt.join('.'));
    expect(error.message).toMatch(
      /holds 2 vCPUs and 6 GB for web-1, which has 2 vCPUs and 4 GB; the room held is the VM's size$/,
    );
  });

  it('refuses room held for a VM larger than its target, on the capacity too', () => {
    const result = parseScenario(migrationWith([[[...incomingAt, 'memoryGb'], 4000]]));
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(
      /vms hold 4056 GB of memory powered on or held for incoming migrations, over the 63 GB esx-02 has/,
    );
  });

  it('refuses room held with no migration on its way', () => {
    const data = JSON.parse(migrationText()) as {
      state: { world: { orchestrator: { migrations: unknown[] } } };
    };
    data.state.world.orchestrator.migrations = [];
    const result = parseScenario(JSON.stringify(data, null, 2));
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => e.path)).toEqual([
      web1Power.join('.'),
      [...incomingAt, 'vmId'].join('.'),
    ]);
  });

  it('refuses a migration from a host to itself', () => {
    const text = migrationWith([[[...migrationAt, 'to'], hostIdOf('esx-01')]]);
    const result = parseScenario(text);
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(
      /a VM never migrates to its own host/,
    );
  });

  it('refuses a migration naming a host that does not exist', () => {
    const result = parseScenario(migrationWith([[[...migrationAt, 'from'], 'host-999']]));
    if (result.ok) throw new Error('expected the file to be refused');
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(
      /from is host-999, which is not a host in state\.world\.hosts/,
    );
  });
});
