import { describe, expect, it } from 'vitest';
import { sandbox } from './driver';

/** The driver itself: names map to ids, refusals must be expected, and steps reach the engine. */
describe('test driver', () => {
  it('runs the example from its own documentation', () => {
    sandbox({ seed: 1 })
      .host('esx-01', { cores: 16, memoryGb: 64 })
      .host('esx-02', { memoryGb: 16 })
      .vm('web-1', {
        on: 'esx-01',
        vcpus: 2,
        memoryGb: 8,
        os: 'ubuntu-24.04',
        networks: ['VM Network'],
      })
      .vm('db-1', { on: 'esx-01', memoryGb: 8 })
      .vm('app-1', { on: 'esx-02', memoryGb: 9 })
      .powerOn('web-1')
      .powerOn('db-1')
      .powerOn('app-1')
      .tick(40)
      .expectRunning('web-1')
      .move('web-1', 'esx-02')
      // 16 GB less 1 GB for the hypervisor is 15 GB; app-1 holds 9, so 6 are free.
      .expectRefused(/esx-02 has 6 GB free; web-1 needs 8 GB/)
      .expectFreeMemory('esx-02', 6)
      .expectOn('web-1', 'esx-01');
  });

  it('puts a VM on the host added last when no host is named', () => {
    sandbox().host('a').host('b').vm('v').expectOn('v', 'b');
  });

  it('fails the next step when a refusal was not expected', () => {
    const sb = sandbox().host('esx-01').host('esx-01');
    expect(() => sb.tick(1)).toThrow(/Adding host esx-01 was refused: "There is already a host/);
  });

  it('fails expectRefused when the step was done', () => {
    expect(() => sandbox().host('esx-01').expectRefused()).toThrow(/but it was done/);
  });

  it('lets the engine refuse an unknown name in its own words', () => {
    sandbox().host('esx-01').powerOn('ghost').expectRefused('There is no VM ghost.');
  });

  it('treats undo with nothing to undo as a refusal', () => {
    sandbox()
      .undo()
      .expectRefused(/nothing to undo/)
      .redo()
      .expectRefused(/nothing to redo/);
  });

  it('shows the events of the last step only', () => {
    sandbox()
      .host('esx-01')
      .vm('v')
      .expectEvents('vm.added')
      .powerOn('v')
      .expectEvents('vm.power')
      .tick(10)
      .expectEvents()
      .tick(30)
      .expectEvents('vm.booted');
  });

  it('starts from given assumptions', () => {
    sandbox({ assumptions: { hypervisorMemoryGb: 4 } })
      .host('esx-01', { memoryGb: 16 })
      .expectFreeMemory('esx-01', 12);
  });
});

describe('a refusal nobody expected at the end of a test', () => {
  it.fails('fails the test', () => {
    sandbox().powerOn('ghost');
  });
});
