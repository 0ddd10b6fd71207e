import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';

const cluster = () =>
  sandbox()
    .host('esx-01')
    .host('esx-02')
    .host('esx-03')
    .vm('web-1', { on: 'esx-01', memoryGb: 8 })
    .vm('web-2', { on: 'esx-01', memoryGb: 4 })
    .vm('cold-1', { on: 'esx-01' })
    .powerOn('web-1')
    .powerOn('web-2')
    .tick(30)
    .orchestrator();

describe('maintenance mode', () => {
  it('evacuates the running VMs by live migration, then lets the host be powered off', () => {
    // Largest first: web-1 to esx-02 (both empty, name order), then web-2 to the less loaded esx-03.
    const sb = cluster()
      .enterMaintenance('esx-01')
      .expectLogContains(
        'esx-01 enters maintenance mode: the orchestrator places nothing there and live-migrates its 2 running VMs away (web-1 → esx-02 and web-2 → esx-03). Power it off once they have left.',
      )
      .expectPower('web-1', 'migrating')
      .expectPower('web-2', 'migrating');
    expect(sb.world.orchestrator.migrations.map((m) => m.purpose)).toEqual([
      'maintenance',
      'maintenance',
    ]);
    sb.setHostPower('esx-01', 'off').expectRefused(/still runs 2 VMs/);
    sb.tick(10)
      .expectOn('web-1', 'esx-02')
      .expectOn('web-2', 'esx-03')
      .expectOn('cold-1', 'esx-01')
      .setHostPower('esx-01', 'off')
      .expectHostPower('esx-01', 'off');
  });

  it('places nothing on a host in maintenance until it leaves', () => {
    const sb = cluster()
      .enterMaintenance('esx-02')
      .exitMaintenance('host-0')
      .expectRefused('There is no host host-0.');
    sb.deploy('db-1');
    expect(sb.hostOf('db-1').name).not.toBe('esx-02');
    sb.exitMaintenance('esx-02')
      .expectLogContains(
        'esx-02 leaves maintenance mode: the orchestrator may place VMs there again.',
      )
      .exitMaintenance('esx-02')
      .expectRefused('esx-02 is not in maintenance mode.');
  });

  it('refuses when a VM cannot leave: no room, or not running', () => {
    const full = sandbox()
      .host('esx-01')
      .host('esx-02', { memoryGb: 8 })
      .vm('db-1', { on: 'esx-01', memoryGb: 16 })
      .powerOn('db-1')
      .tick(30)
      .orchestrator();
    full
      .enterMaintenance('esx-01')
      .expectRefused(
        'esx-01 cannot be evacuated. No host can take db-1. esx-02 has 7 GB free; db-1 needs 16 GB.',
      );
    expect(full.hostNamed('esx-01').maintenance).toBe(false);
    const booting = cluster().vm('web-3', { on: 'esx-01' }).powerOn('web-3');
    booting
      .enterMaintenance('esx-01')
      .expectRefused(
        'web-3 is booting: only a running VM can be live-migrated. Wait until it runs, or power it off.',
      );
  });

  it('is the orchestrator’s to do', () => {
    const sb = cluster().orchestrator({ enabled: false });
    sb.enterMaintenance('esx-01').expectRefused(/^Maintenance mode is the orchestrator’s/);
  });

  it('moves an affinity pair together', () => {
    const sb = cluster();
    sb.rule('affinity', 'pair', 'web-1', 'web-2');
    sb.enterMaintenance('esx-01').tick(10).expectOn('web-1', 'esx-02').expectOn('web-2', 'esx-02');
  });
});
