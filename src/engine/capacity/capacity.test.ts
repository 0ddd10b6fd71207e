import { describe, it } from 'vitest';
import { sandbox } from '../testing/driver';

/**
 * Capacity rules. Defaults: the hypervisor keeps 1 GB on every host; a type-2 host OS keeps
 * 1 core and 4 GB more; vCPUs may reach cores for VMs × 4 (4:1) across powered-on VMs.
 */
describe('host usage', () => {
  it('leaves a type-1 host all its cores and all but the hypervisor memory', () => {
    sandbox().host('esx-01', { cores: 16, memoryGb: 64 }).expectUsage('esx-01', {
      coresForVms: 16,
      vcpuLimit: 64,
      memoryReservedGb: 1,
      memoryForVmsGb: 63,
      vcpuAllocated: 0,
      memoryAllocatedGb: 0,
    });
  });

  it('takes the host OS share off a type-2 host, from the assumptions', () => {
    sandbox()
      .host('laptop', { cores: 8, memoryGb: 32, product: 'virtualbox', hostOs: 'ubuntu-24.04' })
      // 8 - 1 cores; 4:1 gives 28 vCPUs; 1 GB hypervisor + 4 GB host OS reserved.
      .expectUsage('laptop', {
        coresForVms: 7,
        vcpuLimit: 28,
        memoryReservedGb: 5,
        memoryForVmsGb: 27,
      })
      .setAssumption('hostOsCores', 2)
      .setAssumption('hostOsMemoryGb', 8)
      .expectUsage('laptop', { coresForVms: 6, vcpuLimit: 24, memoryForVmsGb: 23 });
  });

  it('counts only VMs that hold resources: booting, running, not off or crashed', () => {
    sandbox()
      .host('esx-01', { cores: 4, memoryGb: 16 })
      .vm('a', { vcpus: 2, memoryGb: 4 })
      .vm('b', { vcpus: 3, memoryGb: 5 })
      .vm('c', { vcpus: 1, memoryGb: 1 })
      .powerOn('a')
      .expectUsage('esx-01', { vcpuAllocated: 2, memoryAllocatedGb: 4 })
      .powerOn('b')
      .tick(40)
      .expectUsage('esx-01', { vcpuAllocated: 5, memoryAllocatedGb: 9 })
      .expectFreeVcpus('esx-01', 11)
      .expectFreeMemory('esx-01', 6)
      .failHost('esx-01')
      .expectUsage('esx-01', { vcpuAllocated: 0, memoryAllocatedGb: 0 });
  });
});

describe('vCPU limits', () => {
  it('allows vCPUs up to cores × 4 by default, then refuses naming the host and the ratio', () => {
    const sb = sandbox().host('esx-01', { cores: 2, memoryGb: 64 });
    for (const n of [1, 2, 3, 4, 5]) sb.vm(`v${n}`, { vcpus: 2 });
    // 2 cores × 4 = 8 vCPUs: four 2-vCPU VMs fill it.
    for (const n of [1, 2, 3, 4]) sb.powerOn(`v${n}`);
    sb.expectFreeVcpus('esx-01', 0)
      .powerOn('v5')
      .expectRefused('esx-01 has 0 vCPUs free at 4:1 overcommit; v5 needs 2.')
      .updateHost('esx-01', { cpuOvercommit: 5 })
      .expectFreeVcpus('esx-01', 2)
      .powerOn('v5')
      .expectFreeVcpus('esx-01', 0);
  });

  it('never gives one VM more vCPUs than the host has cores for VMs, whatever the ratio', () => {
    sandbox()
      .host('esx-01', { cores: 4 })
      .vm('big', { vcpus: 5 })
      .powerOn('big')
      .expectRefused(
        'big has 5 vCPUs; esx-01 has only 4 cores for VMs, and a VM cannot have more vCPUs than the host has cores.',
      )
      .updateVm('big', { vcpus: 4 })
      .powerOn('big')
      .expectBooting('big');
  });

  it('counts the type-2 host OS cores out of what one VM may have', () => {
    sandbox()
      .host('laptop', { cores: 4, product: 'vmware-workstation', hostOs: 'windows-11' })
      .vm('v', { vcpus: 4 })
      .powerOn('v')
      .expectRefused(/laptop has only 3 cores for VMs/)
      .updateVm('v', { vcpus: 3 })
      .powerOn('v')
      .expectBooting('v');
  });
});

describe('memory limits', () => {
  it('never overcommits memory by default and says what is free and what is needed', () => {
    sandbox()
      .host('esx-01', { memoryGb: 16 })
      .vm('a', { memoryGb: 8 })
      .vm('b', { memoryGb: 7 })
      .vm('c', { memoryGb: 0.25 })
      .powerOn('a')
      .powerOn('b')
      // 16 GB less 1 GB for the hypervisor: 8 + 7 fill it exactly.
      .expectFreeMemory('esx-01', 0)
      .powerOn('c')
      .expectRefused('esx-01 has 0 GB free; c needs 0.25 GB.');
  });

  it('allows more memory than the host has once memory overcommit is on', () => {
    sandbox()
      .host('esx-01', { memoryGb: 16 })
      .updateHost('esx-01', { memoryOvercommit: true })
      .vm('a', { memoryGb: 12 })
      .vm('b', { memoryGb: 12 })
      .powerOn('a')
      .powerOn('b')
      .expectFreeMemory('esx-01', -9)
      // Turning it off again would leave 24 GB on 15 GB.
      .updateHost('esx-01', { memoryOvercommit: false })
      .expectRefused('esx-01 would have 15 GB for VMs, but its powered-on VMs use 24 GB.');
  });

  it('keeps the type-2 host OS memory out of reach of VMs', () => {
    sandbox()
      .host('laptop', {
        memoryGb: 16,
        product: 'virtualbox',
        hostOs: 'debian-12',
      })
      .vm('v', { memoryGb: 12 })
      .powerOn('v')
      // 16 - 1 (hypervisor) - 4 (host OS) = 11.
      .expectRefused('laptop has 11 GB free; v needs 12 GB.');
  });
});
