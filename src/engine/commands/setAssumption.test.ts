import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';

describe('setAssumption', () => {
  it('sets a figure, says so with its label and unit, and later commands use it', () => {
    sandbox()
      .setAssumption('vmBootSeconds', 60)
      .expectLogContains('Assumption "VM boot time" set to 60 s.')
      .check((sb) => expect(sb.world.assumptions.vmBootSeconds).toBe(60))
      .host('esx-01')
      .vm('a')
      .powerOn('a')
      .expectBooting('a', 60)
      .expectLogContains('a powered on; its guest OS boots for 60 s.');
  });

  it.each([
    ['vmBootSeconds', 0, 'VM boot time must be between 1 and 600.'],
    ['hypervisorMemoryGb', 65, 'Hypervisor memory must be between 0 and 64.'],
    [
      'guestActiveMemoryShare',
      Number.NaN,
      'Guest active memory at full load must be between 0.1 and 1.',
    ],
    ['hostOsCores', Number.POSITIVE_INFINITY, 'Host OS cores (type 2) must be between 0 and 16.'],
  ] as const)('refuses %s = %s', (key, value, reason) => {
    sandbox().setAssumption(key, value).expectRefused(reason);
  });

  it('changes what every host keeps for itself', () => {
    sandbox()
      .host('esx-01', { memoryGb: 16 })
      .setAssumption('hypervisorMemoryGb', 2.5)
      .expectFreeMemory('esx-01', 13.5);
  });

  it('refuses to reserve more than leaves room for the VMs powered on', () => {
    sandbox()
      .host('esx-01', { memoryGb: 16 })
      .vm('a', { memoryGb: 12 })
      .powerOn('a')
      .setAssumption('hypervisorMemoryGb', 8)
      // 16 - 8 = 8 GB for VMs; a holds 12.
      .expectRefused(
        'With Hypervisor memory at 8 GB, esx-01 would have 8 GB for VMs, but its powered-on VMs use 12 GB.',
      )
      .setAssumption('hypervisorMemoryGb', 4)
      .expectFreeMemory('esx-01', 0);
  });

  it('refuses a host OS share that leaves a type-2 VM more vCPUs than cores', () => {
    sandbox()
      .host('laptop', { cores: 8, product: 'virtualbox', hostOs: 'ubuntu-24.04' })
      .vm('a', { vcpus: 6 })
      .powerOn('a')
      .setAssumption('hostOsCores', 3)
      .expectRefused(
        'With Host OS cores (type 2) at 3 cores, laptop would have 5 cores for VMs, but a has 6 vCPUs.',
      )
      .setAssumption('hostOsCores', 2)
      .expectUsage('laptop', { coresForVms: 6 });
  });
});
