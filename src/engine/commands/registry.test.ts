import { describe, expect, it } from 'vitest';
import { execute } from '../sim/history';
import { type Sandbox, sandbox } from '../testing/driver';
import type { Command } from './command';
import { addHost, removeHost } from './hostCommands';
import type { Handlers } from './types';

/** Runs a command as the UI does and returns what execute hands back, failing on a refusal. */
function executed(sb: Sandbox, command: Command) {
  const out = execute(sb.session, command);
  if (!out.ok) throw new Error(out.reason);
  sb.session = out.session;
  return out;
}

describe('the command registry', () => {
  it('does not type-check without a handler per command, or with a handler of another command', () => {
    // The type-check (npm test runs it) fails on an @ts-expect-error that expects no error.
    // @ts-expect-error: every command type needs its handler.
    const missing: Handlers = { addHost };
    // @ts-expect-error: removeHost's handler cannot take an addVm command.
    const mistyped: Pick<Handlers, 'addVm'> = { addVm: removeHost };
    expect([missing, mistyped]).toHaveLength(2);
  });

  it('hands back the id of what a command created', () => {
    const sb = sandbox();
    const host = executed(sb, {
      type: 'addHost',
      spec: {
        name: 'esx-01',
        cpuCores: 8,
        memoryGb: 32,
        storageGb: 500,
        nicCount: 2,
        product: 'esxi',
      },
    });
    expect(host.created).toEqual([sb.hostNamed('esx-01').id]);
    const vm = executed(sb, {
      type: 'addVm',
      hostId: sb.hostId('esx-01'),
      spec: {
        name: 'web-1',
        os: 'ubuntu-24.04',
        vcpus: 1,
        memoryGb: 2,
        diskGb: 20,
        networks: [null],
      },
    });
    // The VM, not its vNIC: the thing asked for.
    expect(vm.created).toEqual([sb.vmNamed('web-1').id]);
    const vnic = executed(sb, { type: 'addVnic', vmId: sb.vmId('web-1'), portGroup: null });
    expect(vnic.created).toEqual([sb.vmNamed('web-1').nics[1]!.id]);
    const power = executed(sb, { type: 'setVmPower', vmId: sb.vmId('web-1'), on: true });
    expect(power.created).toEqual([]);
  });

  it('hands back the VM the orchestrator deployed, on the host it chose', () => {
    const sb = sandbox()
      .host('esx-01', { memoryGb: 16 })
      .host('esx-02', { memoryGb: 64 })
      .run({ type: 'setOrchestrator', patch: { enabled: true } });
    const out = executed(sb, {
      type: 'deployVm',
      spec: { name: 'db-1', os: 'ubuntu-24.04', vcpus: 2, memoryGb: 8, diskGb: 40 },
    });
    expect(out.created).toEqual([sb.vmNamed('db-1').id]);
    // Spread chose the emptier host.
    expect(sb.hostOf('db-1').name).toBe('esx-02');
  });

  it('hands back the events the command logged, so no one re-reads the log', () => {
    const sb = sandbox().host('esx-01').host('esx-02').vm('a', { on: 'esx-01' });
    const on = executed(sb, { type: 'setVmPower', vmId: sb.vmId('a'), on: true });
    expect(on.events.map((e) => [e.kind, e.text])).toEqual([
      ['vm.power', 'a powered on; its guest OS boots for 30 s.'],
    ]);
    sb.tick(30);
    const moved = executed(sb, {
      type: 'moveVm',
      vmId: sb.vmId('a'),
      toHostId: sb.hostId('esx-02'),
    });
    expect(moved.events.map((e) => e.kind)).toEqual([
      'migration.started',
      'orchestrator.call',
      'orchestrator.call',
    ]);
    // Exactly the newest entries of the log, stamped as the log holds them.
    expect(moved.events).toEqual(moved.session.state.sim.log.slice(-3));
  });
});
