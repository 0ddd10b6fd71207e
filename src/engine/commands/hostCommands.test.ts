import { describe, expect, it } from 'vitest';
import type { HostId } from '../base/ids';
import { emptyState } from '../sim/state';
import { sandbox } from '../testing/driver';
import { apply } from './index';

describe('addHost', () => {
  it('adds a powered-on host with a vSwitch0, a "VM Network" port group and cabled NICs', () => {
    const sb = sandbox().host('esx-01', { cores: 16, memoryGb: 64, nics: 3 });
    const host = sb.hostNamed('esx-01');
    // Ids come from one counter starting at 2: the host, its three NICs, the switch, the group.
    expect(host.id).toBe('host-2');
    expect(host.nics.map((n) => [n.id, n.name, n.link?.port])).toEqual([
      ['nic-3', 'vmnic0', 1],
      ['nic-4', 'vmnic1', 2],
      ['nic-5', 'vmnic2', 3],
    ]);
    expect(host).toMatchObject({
      power: 'on',
      cpuCores: 16,
      memoryGb: 64,
      cpuOvercommit: 4,
      memoryOvercommit: false,
    });
    expect(sb.switchesOf('esx-01')).toEqual([
      {
        id: 'vsw-6',
        name: 'vSwitch0',
        portGroups: [{ id: 'pg-7', name: 'VM Network', vlan: 0 }],
        // The first two NICs uplink the switch: one active, one standby.
        uplinks: [
          { nic: 'nic-3', role: 'active' },
          { nic: 'nic-4', role: 'standby' },
        ],
      },
    ]);
    sb.expectEvents('host.added').expectLogContains('Host esx-01 added.');
  });

  it('names an unnamed host after its id', () => {
    const result = apply(emptyState(), {
      type: 'addHost',
      spec: { cpuCores: 4, memoryGb: 8, storageGb: 100, nicCount: 0, product: 'kvm' },
    });
    expect(result.ok && Object.values(result.state.world.hosts).map((h) => h.name)).toEqual([
      'host-2',
    ]);
  });

  it('creates the port groups it is given', () => {
    sandbox()
      .host('esx-01', { portGroups: ['VM Network', { name: 'web', vlan: 10 }] })
      .expectPortGroups('esx-01', 'VM Network', 'web');
  });

  it('cables NICs to the next free ports of the top-of-rack switch, and none once it is full', () => {
    // tor-1 has 48 ports: three hosts with 16 NICs each fill it.
    const sb = sandbox().host('a', { nics: 16 }).host('b', { nics: 16 }).host('c', { nics: 16 });
    expect(sb.hostNamed('c').nics.map((n) => n.link?.port)).toEqual(
      Array.from({ length: 16 }, (_, i) => 33 + i),
    );
    sb.host('d', { nics: 2 });
    expect(sb.hostNamed('d').nics.map((n) => n.link)).toEqual([null, null]);
    // Removing b frees ports 17 to 32 for the next host.
    sb.removeHost('b').host('e', { nics: 2 });
    expect(sb.hostNamed('e').nics.map((n) => n.link?.port)).toEqual([17, 18]);
  });

  it('runs a type-2 hypervisor on the host OS it is given', () => {
    const platform = sandbox()
      .host('laptop', { product: 'virtualbox', hostOs: 'macos-15' })
      .hypervisorOf('laptop');
    expect(platform).toMatchObject({ product: 'virtualbox', hostOs: 'macos-15' });
  });

  it('keeps no host OS for a type-1 hypervisor', () => {
    const platform = sandbox().host('esx-01', { hostOs: 'ubuntu-24.04' }).hypervisorOf('esx-01');
    expect(platform.hostOs).toBeNull();
  });

  it.each([
    [{ cores: 0 }, 'CPU cores must be a whole number from 1 to 512.'],
    [{ cores: 2.5 }, 'CPU cores must be a whole number from 1 to 512.'],
    [{ memoryGb: 0 }, 'Memory (GB) must be between 1 and 24576.'],
    [{ storageGb: Number.NaN }, 'Storage (GB) must be between 1 and 1000000.'],
    [{ nics: 17 }, 'Physical NICs must be a whole number from 0 to 16.'],
    [{ product: 'bochs' }, 'There is no hypervisor "bochs" in the catalog.'],
    [
      { product: 'virtualbox' },
      'Oracle VirtualBox is a type-2 hypervisor: choose the host OS it runs on.',
    ],
    // Alpine is a guest OS here, not a host OS for a type-2 hypervisor.
    [
      { product: 'qemu', hostOs: 'alpine-3' },
      'QEMU (alone, TCG) is a type-2 hypervisor: choose the host OS it runs on.',
    ],
  ])('refuses %o: %s', (options, reason) => {
    sandbox().host('esx-01', options).expectRefused(reason).expectHosts();
  });

  it('refuses a bad or taken name', () => {
    sandbox()
      .host('esx 01')
      .expectRefused(/A host name must be 1 to 32 letters, digits/)
      .host('esx-01')
      .host('esx-01')
      .expectRefused('There is already a host named esx-01.')
      .expectHosts('esx-01');
  });
});

describe('removeHost', () => {
  it('removes an empty host', () => {
    sandbox()
      .host('esx-01')
      .host('esx-02')
      .removeHost('esx-01')
      .expectHosts('esx-02')
      .expectLogContains('Host esx-01 removed.');
  });

  it('refuses while VMs are on it, even powered off, and counts them', () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .removeHost('esx-01')
      .expectRefused('esx-01 still holds 1 VM: move or remove them first.')
      .vm('b')
      .removeHost('esx-01')
      .expectRefused('esx-01 still holds 2 VMs: move or remove them first.');
  });

  it('refuses an unknown host', () => {
    sandbox().removeHost('host-99').expectRefused('There is no host host-99.');
  });
});

describe('updateHost', () => {
  it('renames and resizes a host', () => {
    sandbox()
      .host('esx-01', { cores: 8, memoryGb: 32 })
      .updateHost('esx-01', { name: 'esx-9', cpuCores: 4, memoryGb: 16 })
      .expectHosts('esx-9')
      .expectUsage('esx-9', { vcpuLimit: 16, memoryForVmsGb: 15 })
      .expectLogContains('Host esx-9 changed.');
  });

  it('refuses a taken name and out-of-range figures', () => {
    sandbox()
      .host('esx-01')
      .host('esx-02')
      .updateHost('esx-02', { name: 'esx-01' })
      .expectRefused('There is already a host named esx-01.')
      .updateHost('esx-02', { cpuOvercommit: 0.5 })
      .expectRefused('CPU overcommit ratio must be between 1 and 32.')
      .updateHost('esx-02', { memoryGb: 30000 })
      .expectRefused('Memory (GB) must be between 1 and 24576.');
  });

  it('refuses to shrink a host below what its powered-on VMs hold', () => {
    const sb = sandbox().host('esx-01', { cores: 4, memoryGb: 16 });
    for (const name of ['a', 'b', 'c', 'd']) sb.vm(name, { vcpus: 2, memoryGb: 3 }).powerOn(name);
    sb.updateHost('esx-01', { memoryGb: 8 })
      // 8 - 1 = 7 GB for VMs; the four VMs hold 12.
      .expectRefused('esx-01 would have 7 GB for VMs, but its powered-on VMs use 12 GB.')
      .updateHost('esx-01', { cpuOvercommit: 1.5 })
      // 4 cores × 1.5 = 6 vCPUs; the four VMs hold 8.
      .expectRefused('esx-01 would have 6 vCPUs for VMs, but its powered-on VMs use 8.')
      .updateHost('esx-01', { cpuCores: 1 })
      .expectRefused('esx-01 would have 1 core for VMs, but a has 2 vCPUs.')
      .updateHost('esx-01', { cpuCores: 2, memoryGb: 13 })
      .expectFreeVcpus('esx-01', 0)
      .expectFreeMemory('esx-01', 0);
  });

  it('refuses fewer cores than a powered-on VM has vCPUs, even within the ratio', () => {
    sandbox()
      .host('esx-01', { cores: 8 })
      .vm('a', { vcpus: 4 })
      .powerOn('a')
      // 2 cores × 4 = 8 vCPUs would cover a's 4, but one VM cannot outnumber the cores.
      .updateHost('esx-01', { cpuCores: 2 })
      .expectRefused('esx-01 would have 2 cores for VMs, but a has 4 vCPUs.')
      .updateHost('esx-01', { cpuCores: 4 })
      .expectUsage('esx-01', { coresForVms: 4 });
  });

  it('counts only powered-on VMs when shrinking', () => {
    sandbox()
      .host('esx-01', { cores: 16, memoryGb: 64 })
      .vm('a', { vcpus: 16, memoryGb: 60 })
      .updateHost('esx-01', { cpuCores: 1, memoryGb: 2 })
      .expectUsage('esx-01', { coresForVms: 1, memoryForVmsGb: 1 });
  });
});

describe('setHostPower', () => {
  it('powers a host off and on again, and refuses a change to the same state', () => {
    sandbox()
      .host('esx-01')
      .setHostPower('esx-01', 'on')
      .expectRefused('esx-01 is already on.')
      .setHostPower('esx-01', 'off')
      .expectHostPower('esx-01', 'off')
      .expectLogContains('Host esx-01 powered off.')
      .setHostPower('esx-01', 'on')
      .expectHostPower('esx-01', 'on');
  });

  it('refuses to power off a host with VMs powered on, but not with VMs powered off', () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .vm('b')
      .powerOn('a')
      .setHostPower('esx-01', 'off')
      .expectRefused('esx-01 still runs 1 VM: shut them down or move them first.')
      .powerOff('a')
      .setHostPower('esx-01', 'off')
      .expectHostPower('esx-01', 'off')
      .powerOn('a')
      .expectRefused('esx-01 is off; a cannot start there.');
  });

  it('crashes the VMs of a failed host and leaves powered-off ones off', () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .vm('b')
      .vm('c')
      .powerOn('a')
      .powerOn('b')
      .tick(40)
      .failHost('esx-01')
      .expectHostPower('esx-01', 'failed')
      .expectPower('a', 'crashed')
      .expectPower('b', 'crashed')
      .expectOff('c')
      .expectLogContains('Host esx-01 failed; 2 VMs went down with it.')
      .powerOn('a')
      .expectRefused('esx-01 is failed; a cannot start there.')
      .setHostPower('esx-01', 'on')
      .powerOn('a')
      .expectBooting('a', 30);
  });

  it('names the crashed VMs as subjects of the failure event', () => {
    const sb = sandbox().host('esx-01').vm('a').powerOn('a').failHost('esx-01');
    expect(sb.lastEvents.map((e) => e.subjects)).toEqual([
      [sb.hostNamed('esx-01').id, sb.vmNamed('a').id],
    ]);
  });
});

describe('setHypervisor', () => {
  it('switches to a type-2 product on a host OS and back to type 1', () => {
    sandbox()
      .host('esx-01')
      .setHypervisor('esx-01', 'virtualbox', 'ubuntu-24.04')
      .expectLogContains('esx-01 now runs Oracle VirtualBox on Ubuntu 24.04 LTS.')
      .check((sb) => expect(sb.hypervisorOf('esx-01').hostOs).toBe('ubuntu-24.04'))
      .setHypervisor('esx-01', 'kvm', 'ubuntu-24.04')
      .expectLogContains('esx-01 now runs KVM.')
      .check((sb) => expect(sb.hypervisorOf('esx-01').hostOs).toBeNull());
  });

  it('refuses a switch that leaves too little room for the VMs powered on', () => {
    sandbox()
      .host('esx-01', { memoryGb: 16 })
      .vm('a', { memoryGb: 12 })
      .powerOn('a')
      // The host OS would keep 4 GB more: 16 - 1 - 4 = 11 GB for VMs.
      .setHypervisor('esx-01', 'virtualbox', 'windows-11')
      .expectRefused('esx-01 would have 11 GB for VMs, but its powered-on VMs use 12 GB.')
      .setHypervisor('esx-01', 'hyper-v')
      .expectLogContains('esx-01 now runs Microsoft Hyper-V.');
  });

  it('refuses a type-2 switch that leaves fewer cores than a powered-on VM has vCPUs', () => {
    sandbox()
      .host('esx-01', { cores: 4 })
      .vm('a', { vcpus: 4 })
      .powerOn('a')
      .setHypervisor('esx-01', 'qemu', 'debian-12')
      .expectRefused('esx-01 would have 3 cores for VMs, but a has 4 vCPUs.');
  });

  it('refuses an unknown product, a type 2 without host OS, and an unknown host', () => {
    sandbox()
      .host('esx-01')
      .setHypervisor('esx-01', 'bochs')
      .expectRefused('There is no hypervisor "bochs" in the catalog.')
      .setHypervisor('esx-01', 'vmware-workstation')
      .expectRefused(/VMware Workstation \/ Fusion is a type-2 hypervisor: choose the host OS/)
      .setHypervisor('esx-02', 'kvm')
      .expectRefused('There is no host esx-02.');
  });
});

describe('a refused host command', () => {
  it('returns the reason and no state', () => {
    const state = emptyState();
    const result = apply(state, { type: 'removeHost', hostId: 'host-2' as HostId });
    expect(result).toEqual({ ok: false, reason: 'There is no host host-2.' });
  });
});
