import { describe, expect, it } from 'vitest';
import type { HostId } from '../base/ids';
import { sandbox } from '../testing/driver';
import { apply } from './index';

describe('addVm', () => {
  it('creates a powered-off VM with vNICs plugged into the named port groups', () => {
    const sb = sandbox()
      .host('esx-01')
      .vm('web-1', {
        vcpus: 2,
        memoryGb: 8,
        diskGb: 40,
        os: 'debian-12',
        networks: ['VM Network', null],
      });
    // host-2, nic-3, nic-4, vsw-5 and pg-6 went to the host; the VM takes vm-7, then its vNICs.
    expect(sb.vmNamed('web-1')).toMatchObject({
      id: 'vm-7',
      name: 'web-1',
      os: 'debian-12',
      apps: [],
      vcpus: 2,
      memoryGb: 8,
      diskGb: 40,
      nics: [
        { id: 'vnic-8', mac: '02:00:00:00:00:08', portGroup: 'VM Network' },
        { id: 'vnic-9', mac: '02:00:00:00:00:09', portGroup: null },
      ],
      power: 'off',
      bootRemainingS: 0,
      cpuDemand: 0,
    });
    sb.expectOn('web-1', 'esx-01').expectLogContains('VM web-1 created on esx-01 (powered off).');
  });

  it('names an unnamed VM after its id', () => {
    const sb = sandbox().host('esx-01');
    const result = apply(sb.state, {
      type: 'addVm',
      hostId: sb.hostNamed('esx-01').id,
      spec: { os: 'alpine-3', vcpus: 1, memoryGb: 1, diskGb: 1 },
    });
    expect(result.ok && result.events.map((e) => e.text)).toEqual([
      'VM vm-7 created on esx-01 (powered off).',
    ]);
  });

  it('creates a VM bigger than its host: capacity counts only once it powers on', () => {
    sandbox()
      .host('esx-01', { cores: 2, memoryGb: 4 })
      .vm('huge', { vcpus: 8, memoryGb: 64 })
      .expectOff('huge')
      .powerOn('huge')
      .expectRefused(
        'huge has 8 vCPUs; esx-01 has only 2 cores for VMs, and a VM cannot have more vCPUs than the host has cores.',
      );
  });

  it.each([
    [{ os: 'beos' }, 'There is no guest OS "beos" in the catalog.'],
    [
      { os: 'macos-15' },
      'macOS 15 cannot run as a guest here: its licence allows it only on Apple hardware.',
    ],
    [{ vcpus: 0 }, 'vCPUs must be a whole number from 1 to 256.'],
    [{ vcpus: 1.5 }, 'vCPUs must be a whole number from 1 to 256.'],
    [{ memoryGb: 0.1 }, 'Memory (GB) must be between 0.25 and 12288.'],
    [{ diskGb: 0 }, 'Disk (GB) must be between 1 and 65536.'],
    [{ networks: Array<null>(11).fill(null) }, 'vNICs must be a whole number from 0 to 10.'],
    [
      { networks: ['web'] },
      'esx-01 has no port group "web", which v\'s vNIC needs. Add it there, or unplug the vNIC first.',
    ],
    [{ on: 'esx-09' }, 'There is no host esx-09.'],
  ])('refuses %o: %s', (options, reason) => {
    sandbox().host('esx-01').vm('v', options).expectRefused(reason).expectVms();
  });

  it('refuses a name taken by a VM on any host, and a bad name', () => {
    sandbox()
      .host('esx-01')
      .host('esx-02')
      .vm('web-1', { on: 'esx-01' })
      .vm('web-1', { on: 'esx-02' })
      .expectRefused('There is already a VM named web-1.')
      .vm('web 1')
      .expectRefused(/A VM name must be 1 to 32 letters/)
      .expectVms('web-1');
  });
});

describe('removeVm', () => {
  it('deletes a VM, powered on or not, and frees what it held', () => {
    sandbox()
      .host('esx-01', { memoryGb: 16 })
      .vm('a', { memoryGb: 8 })
      .powerOn('a')
      .expectFreeMemory('esx-01', 7)
      .removeVm('a')
      .expectVms()
      .expectFreeMemory('esx-01', 15)
      .expectLogContains('VM a deleted from esx-01.');
  });

  it('refuses an unknown VM', () => {
    sandbox().removeVm('vm-42').expectRefused('There is no VM vm-42.');
  });
});

describe('updateVm', () => {
  it('renames and resizes a powered-off VM freely', () => {
    sandbox()
      .host('esx-01', { cores: 2, memoryGb: 4 })
      .vm('a')
      .updateVm('a', { name: 'b', vcpus: 64, memoryGb: 512, os: 'windows-11' })
      .expectVms('b')
      .expectLogContains('VM b changed.');
  });

  it('resizes a running VM only within what its host has free, not counting it twice', () => {
    sandbox()
      .host('esx-01', { cores: 4, memoryGb: 16 })
      .vm('a', { vcpus: 2, memoryGb: 8 })
      .powerOn('a')
      // 15 GB for VMs: a alone may grow to all of it.
      .updateVm('a', { memoryGb: 15 })
      .expectFreeMemory('esx-01', 0)
      .updateVm('a', { memoryGb: 16 })
      .expectRefused('esx-01 has 15 GB free; a needs 16 GB.')
      .updateVm('a', { vcpus: 5 })
      .expectRefused(/a has 5 vCPUs; esx-01 has only 4 cores for VMs/);
  });

  it("refuses to change a running VM's guest OS, and a taken name", () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .vm('b')
      .powerOn('a')
      .updateVm('a', { os: 'rhel-9' })
      .expectRefused('Shut a down before changing its guest OS.')
      .updateVm('a', { name: 'b' })
      .expectRefused('There is already a VM named b.')
      .updateVm('a', { memoryGb: 0 })
      .expectRefused('Memory (GB) must be between 0.25 and 12288.');
  });
});

describe('setVmPower', () => {
  it('powers on into booting for the assumed boot time, then off', () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .powerOn('a')
      .expectBooting('a', 30)
      .expectEvents('vm.power')
      .expectLogContains('a powered on; its guest OS boots for 30 s.')
      .powerOff('a')
      .expectOff('a')
      .expectLogContains('a powered off.');
  });

  it('refuses to power on what holds resources already, and to power off what is off', () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .powerOff('a')
      .expectRefused('a is already off.')
      .powerOn('a')
      .powerOn('a')
      .expectRefused('a is already booting.')
      .tick(30)
      .powerOn('a')
      .expectRefused('a is already running.');
  });

  it('powers a crashed VM on again, or off', () => {
    sandbox()
      .host('esx-01')
      .host('esx-02')
      .vm('a', { on: 'esx-01' })
      .vm('b', { on: 'esx-01' })
      .powerOn('a')
      .powerOn('b')
      .failHost('esx-01')
      .setHostPower('esx-01', 'on')
      .powerOn('a')
      .expectBooting('a')
      .powerOff('b')
      .expectOff('b');
  });

  it('refuses an unknown VM', () => {
    sandbox().powerOn('nope').expectRefused('There is no VM nope.');
  });
});

describe('moveVm', () => {
  const twoHosts = () =>
    sandbox()
      .host('esx-01', { memoryGb: 64 })
      .host('esx-02', { memoryGb: 16 })
      .vm('web-1', { on: 'esx-01', vcpus: 2, memoryGb: 8, networks: ['VM Network'] });

  it('moves a powered-off VM cold, without checking room it does not yet hold', () => {
    twoHosts()
      .vm('big', { on: 'esx-01', memoryGb: 32 })
      .move('big', 'esx-02')
      .expectOn('big', 'esx-02')
      .expectOff('big')
      .expectEvents('vm.moved')
      .expectLogContains('big moved cold from esx-01 to esx-02.');
  });

  it('live-migrates a running VM: it runs on while its memory is copied, then runs on the target', () => {
    twoHosts()
      .powerOn('web-1')
      .tick(30)
      .expectFreeMemory('esx-01', 55)
      .move('web-1', 'esx-02')
      .expectOn('web-1', 'esx-01')
      .expectPower('web-1', 'migrating')
      .expectEvents('migration.started', 'orchestrator.call', 'orchestrator.call')
      // The target holds the VM's room from the start of the copy.
      .expectFreeMemory('esx-02', 7)
      // 8 GB over 10 Gbit/s at 100 MB/s dirtied: 6.55 s + 0.52 s of pre-copy + 42 ms paused.
      .tick(8)
      .expectOn('web-1', 'esx-02')
      .expectRunning('web-1')
      .expectLogContains(
        /^web-1 live-migrated from esx-01 to esx-02 in 7\.12 s .*; it kept running\.$/,
      )
      .expectFreeMemory('esx-01', 63)
      .expectFreeMemory('esx-02', 7);
  });

  it('refuses a live migration that does not fit, naming the free room', () => {
    twoHosts()
      .vm('db-1', { on: 'esx-02', memoryGb: 9 })
      .powerOn('db-1')
      .powerOn('web-1')
      .tick(30)
      .move('web-1', 'esx-02')
      .expectRefused('esx-02 has 6 GB free; web-1 needs 8 GB.')
      .expectOn('web-1', 'esx-01');
  });

  it('refuses to move a booting VM', () => {
    twoHosts()
      .powerOn('web-1')
      .move('web-1', 'esx-02')
      .expectRefused('web-1 is still booting; wait until it runs, or power it off.');
  });

  it('refuses a target without the port group a vNIC uses', () => {
    sandbox()
      .host('esx-01', { portGroups: ['VM Network', 'web'] })
      .host('esx-02')
      .vm('web-1', { on: 'esx-01', networks: ['web'] })
      .move('web-1', 'esx-02')
      .expectRefused(
        'esx-02 has no port group "web", which web-1\'s vNIC needs. Add it there, or unplug the vNIC first.',
      )
      .unplug('web-1')
      .move('web-1', 'esx-02')
      .expectOn('web-1', 'esx-02');
  });

  it('refuses the same host, a host that is off or failed, and unknown names', () => {
    twoHosts()
      .host('esx-03')
      .move('web-1', 'esx-01')
      .expectRefused('web-1 is already on esx-01.')
      .setHostPower('esx-02', 'off')
      .move('web-1', 'esx-02')
      .expectRefused('esx-02 is powered off; it cannot take web-1.')
      .failHost('esx-03')
      .move('web-1', 'esx-03')
      .expectRefused('esx-03 is failed; it cannot take web-1.')
      .move('web-1', 'esx-99')
      .expectRefused('There is no host esx-99.')
      .move('web-9', 'esx-02')
      .expectRefused('There is no VM web-9.');
  });

  it('copies only the two host records it changes', () => {
    const sb = twoHosts().host('esx-03');
    const before = sb.world.hosts;
    const result = apply(sb.state, {
      type: 'moveVm',
      vmId: sb.vmNamed('web-1').id,
      toHostId: sb.hostNamed('esx-02').id,
    });
    if (!result.ok) throw new Error(result.reason);
    const after = result.state.world.hosts;
    const same = Object.keys(after).filter((id) => after[id as HostId] === before[id as HostId]);
    expect(same).toEqual([sb.hostNamed('esx-03').id]);
  });
});
