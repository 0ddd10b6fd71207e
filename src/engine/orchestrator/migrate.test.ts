import { describe, expect, it } from 'vitest';
import { hostUsage } from '../capacity/usage';
import { sandbox } from '../testing/driver';
import { migrationProgress } from './migration';

/** esx-01 runs web-1 (8 GB); esx-02 and esx-03 are empty; all mount san-1. */
const cluster = () =>
  sandbox()
    .host('esx-01', { portGroups: ['VM Network', { name: 'DMZ', vlan: 10 }] })
    .host('esx-02', { portGroups: ['VM Network', { name: 'DMZ', vlan: 10 }] })
    .host('esx-03', { portGroups: ['VM Network', { name: 'DMZ', vlan: 20 }] })
    .vm('web-1', { on: 'esx-01', memoryGb: 8, networks: ['DMZ'] })
    .powerOn('web-1')
    .tick(30);

describe('a live migration in flight', () => {
  it('runs its rounds on the clock, holding room on the target, then lands', () => {
    const sb = cluster()
      .migrate('web-1', 'esx-02')
      .expectPower('web-1', 'migrating')
      .expectOn('web-1', 'esx-01')
      .expectLogContains(
        'Live migration of web-1 from esx-01 to esx-02 started: 8 GB over 10 Gbit/s in 2 pre-copy rounds, about 7.12 s in all with 42 ms of downtime.',
      );
    const m = sb.world.orchestrator.migrations[0]!;
    expect(migrationProgress(m, sb.state.sim.time + 3)).toMatchObject({
      phase: 'pre-copy',
      round: 1,
    });
    expect(hostUsage(sb.hostNamed('esx-02'), sb.world.assumptions).memoryAllocatedGb).toBe(8);
    expect(sb.world.orchestrator.calls.map((c) => [c.from, c.call])).toEqual([
      ['learner', 'send VM'],
      ['learner', 'receive VM'],
    ]);
    sb.tick(7)
      .expectPower('web-1', 'migrating')
      .tick(1)
      .expectOn('web-1', 'esx-02')
      .expectRunning('web-1');
    expect(sb.world.orchestrator.migrations).toEqual([]);
    expect(sb.hypervisorOf('esx-02').incoming).toEqual([]);
    expect(hostUsage(sb.hostNamed('esx-01'), sb.world.assumptions).memoryAllocatedGb).toBe(0);
    const [moved] = sb.world.orchestrator.recentMoves;
    expect(moved).toMatchObject({
      vmId: sb.vmId('web-1'),
      from: sb.hostId('esx-01'),
      to: sb.hostId('esx-02'),
    });
    // Started at 30 s, done 7.12 s later: the cooldown counts from then.
    expect(moved!.at).toBeCloseTo(37.12, 2);
  });

  it('locks the VM until the copy ends', () => {
    const sb = cluster().migrate('web-1', 'esx-02');
    sb.powerOff('web-1').expectRefused('web-1 is being live-migrated; wait until the copy ends.');
    sb.removeVm('web-1').expectRefused('web-1 is being live-migrated');
    sb.migrate('web-1', 'esx-02').expectRefused('web-1 is already being live-migrated.');
  });

  it('keeps the held room from others: nothing else may take it before the copy ends', () => {
    const sb = cluster().updateHost('esx-02', { memoryGb: 12 });
    sb.migrate('web-1', 'esx-02');
    sb.vm('db-1', { on: 'esx-02', memoryGb: 4 })
      .powerOn('db-1')
      .expectRefused('esx-02 has 3 GB free; db-1 needs 4 GB.');
  });

  it('stops when the target fails: the VM keeps running where it was', () => {
    const sb = cluster().migrate('web-1', 'esx-02').tick(2).failHost('esx-02').tick(1);
    sb.expectOn('web-1', 'esx-01')
      .expectRunning('web-1')
      .expectLogContains(
        'Live migration of web-1 stopped: esx-02 went away; web-1 keeps running on esx-01.',
      );
    expect(sb.world.orchestrator.migrations).toEqual([]);
  });

  it('stops when the source fails: the VM went down with it, and the held room is freed', () => {
    const sb = cluster().migrate('web-1', 'esx-02').tick(2).failHost('esx-01').tick(1);
    sb.expectOn('web-1', 'esx-01').expectPower('web-1', 'crashed');
    expect(sb.hypervisorOf('esx-02').incoming).toEqual([]);
  });
});

describe('what a live migration needs, and the refusals that say so', () => {
  it('the same network on both sides: a port group of that name and VLAN', () => {
    cluster()
      .migrate('web-1', 'esx-03')
      .expectRefused(
        'Port group "DMZ" is VLAN 20 on esx-03 but VLAN 10 on esx-01: not the same network. Live migration needs the same hypervisor, shared storage and the same networks on both sides; cold migration is the alternative: power web-1 off first, then move it.',
      );
  });

  it('shared storage both hosts mount', () => {
    const sb = cluster().updateHost('esx-02', { sharedDatastore: 'nas-2' });
    sb.migrate('web-1', 'esx-02').expectRefused(
      /^esx-02 does not mount san-1, the shared datastore that holds the VM's disk\. .*cold migration is the alternative/,
    );
    sb.updateHost('esx-01', { sharedDatastore: null });
    sb.migrate('web-1', 'esx-02').expectRefused(
      /^The VM's disk is on esx-01's local disks, which esx-02 cannot reach/,
    );
  });

  it('the same hypervisor', () => {
    const sb = cluster().setHypervisor('esx-02', 'hyper-v');
    sb.migrate('web-1', 'esx-02').expectRefused(
      /esx-02 runs Microsoft Hyper-V and esx-01 VMware ESXi: a VM moves only between hosts that run the same hypervisor\./,
    );
  });

  it('room on the target, and a running VM', () => {
    const sb = cluster().updateHost('esx-02', { memoryGb: 8 });
    sb.migrate('web-1', 'esx-02').expectRefused('esx-02 has 7 GB free; web-1 needs 8 GB.');
    sb.migrate('web-1', 'esx-01').expectRefused('web-1 already runs on esx-01.');
    sb.vm('off-1', { on: 'esx-01' });
    sb.migrate('off-1', 'esx-03').expectRefused(
      'off-1 is not running: a VM that is off moves cold, with no live migration.',
    );
  });

  it('a cold move needs none of it once the VM is off', () => {
    cluster()
      .setHypervisor('esx-02', 'hyper-v')
      .powerOff('web-1')
      .move('web-1', 'esx-03')
      .expectOn('web-1', 'esx-03');
  });

  it('an affinity partner keeps a VM where it is', () => {
    const sb = cluster().vm('db-1', { on: 'esx-01' }).powerOn('db-1');
    sb.rule('affinity', 'pair', 'web-1', 'db-1');
    sb.migrate('web-1', 'esx-02').expectRefused(
      'The rule "pair" keeps web-1 with db-1, which runs on esx-01.',
    );
  });
});
