import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';
import { tick } from './tick';

describe('tick', () => {
  it('counts a booting VM down to running, with an event when it is up', () => {
    sandbox()
      .host('esx-01')
      .vm('a')
      .powerOn('a')
      .tick(10)
      .expectBooting('a', 20)
      .tick(19)
      .expectBooting('a', 1)
      .expectEvents()
      .tick(1)
      .expectRunning('a')
      .expectEvents('vm.booted')
      .expectLogContains('a finished booting and is running.')
      .expectTime(30);
  });

  it('boots in the assumed time, and one long tick overshoots to running', () => {
    sandbox({ assumptions: { vmBootSeconds: 5 } })
      .host('esx-01')
      .vm('a')
      .powerOn('a')
      .expectBooting('a', 5)
      .tick(600)
      .expectRunning('a')
      .check((sb) => expect(sb.vmNamed('a').bootRemainingS).toBe(0));
  });

  it('changes only the run figures of a VM, keeping every other field as it was', () => {
    const sb = sandbox()
      .host('esx-01', { portGroups: ['VM Network', 'web'] })
      .vm('a', { vcpus: 2, memoryGb: 3, diskGb: 40, os: 'rhel-9', networks: ['web', null] })
      .powerOn('a');
    const before = sb.vmNamed('a');
    const after = sb.tick(40).vmNamed('a');
    expect(after).toStrictEqual({
      ...before,
      power: 'running',
      bootRemainingS: 0,
      cpuDemand: after.cpuDemand,
    });
  });

  it('does nothing for a time step that is not positive', () => {
    const state = sandbox().host('esx-01').vm('a').powerOn('a').state;
    expect(tick(state, 0)).toBe(state);
    expect(tick(state, -5)).toBe(state);
    expect(tick(state, Number.NaN)).toBe(state);
  });

  it('keeps CPU demand between 2 % and 100 % and leaves idle VMs and hosts untouched', () => {
    const sb = sandbox().host('busy').vm('a').vm('b').powerOn('a').host('idle').vm('c');
    const idleHost = sb.hostNamed('idle');
    const offVm = sb.vmNamed('b');
    for (let i = 0; i < 200; i += 1) {
      sb.tick(5);
      const demand = sb.vmNamed('a').cpuDemand;
      expect(demand).toBeGreaterThanOrEqual(0.02);
      expect(demand).toBeLessThanOrEqual(1);
    }
    expect(sb.hostNamed('idle')).toBe(idleHost);
    expect(sb.vmNamed('b')).toBe(offVm);
  });

  it('draws from the seeded PRNG in the state: same seed, same demand; another seed, another', () => {
    const run = (seed: number) =>
      sandbox({ seed }).host('esx-01').vm('a').powerOn('a').tick(3).tick(3).vmNamed('a').cpuDemand;
    expect(run(7)).toBe(run(7));
    expect(run(7)).not.toBe(run(8));
  });
});
