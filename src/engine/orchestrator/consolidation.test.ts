import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';
import { consolidationPlan } from './consolidation';

/**
 * Four 16-core, 64 GB hosts (63 GB for VMs): esx-01 runs a and b (20 GB each), esx-02 runs c
 * (20 GB), esx-03 runs d (10 GB), esx-04 is empty. 70 GB fit on two hosts.
 */
function cluster(admissionControl = false) {
  const sb = sandbox()
    .host('esx-01')
    .host('esx-02')
    .host('esx-03')
    .host('esx-04')
    .orchestrator({ enabled: true, admissionControl });
  for (const [name, host, gb] of [
    ['a', 'esx-01', 20],
    ['b', 'esx-01', 20],
    ['c', 'esx-02', 20],
    ['d', 'esx-03', 10],
  ] as const) {
    sb.vm(name, { on: host, vcpus: 2, memoryGb: gb }).powerOn(name);
  }
  return sb.tick(30);
}

describe('consolidationPlan', () => {
  it('empties the least loaded hosts onto the others and counts the watts saved', () => {
    // esx-04 empties with no move; d (10 GB) fits best on esx-01 (23 GB free); then c cannot
    // leave esx-02 (esx-01 keeps 13 GB), nor can esx-01's VMs all fit on esx-02.
    const sb = cluster();
    const plan = consolidationPlan(sb.world);
    expect(plan.hostsBefore).toBe(4);
    expect(plan.hostsAfter).toBe(2);
    expect(plan.powerOff).toEqual([sb.hostId('esx-04'), sb.hostId('esx-03')]);
    expect(plan.moves).toEqual([
      { vmId: sb.vmId('d'), vmName: 'd', from: sb.hostId('esx-03'), to: sb.hostId('esx-01') },
    ]);
    // Two idle draws of 150 W go; d's load moves with it, so its share of the power stays.
    expect(plan.wattsSaved).toBeCloseTo(300, 6);
    // 0.3 kW × 8760 h × 0.20 €/kWh × PUE 1.5 = 788.4 € a year.
    expect(plan.costSavedPerYear).toBeCloseTo(788.4, 6);
    expect(plan.summary).toBe(
      'The VMs fit on 2 hosts instead of 4: 1 VM moves live, then esx-04 and esx-03 are powered off, saving about 300 W (788 € a year with cooling).',
    );
  });

  it('keeps hosts on for HA when admission control needs them', () => {
    // Slots of 2 vCPUs and 20 GB: 3 per host. Two hosts keep 6 − 3 = 3 slots for 4 VMs: too few;
    // three hosts keep 9 − 3 = 6. So esx-03 stays on and only esx-04 goes.
    const sb = cluster(true);
    const plan = consolidationPlan(sb.world);
    expect(plan.powerOff).toEqual([sb.hostId('esx-04')]);
    expect(plan.keptForHa).toEqual([sb.hostId('esx-03')]);
    expect(plan.moves).toEqual([]);
    expect(plan.summary).toMatch(
      /Admission control keeps esx-03 on, so one host may still fail\.$/,
    );
  });

  it('checks the bin-packing planner’s choice against every filter instead of trusting it', () => {
    // A planner that claims esx-01 alone holds everything (70 GB in 63) gets no host drained onto
    // it beyond its room: the plan stays the two-host one.
    const sb = cluster();
    const plan = consolidationPlan(sb.world, (bins, items) => new Int32Array(items.length).fill(0));
    expect(plan.hostsAfter).toBe(2);
  });
});

describe('consolidate', () => {
  it('moves the VMs live, then powers the emptied hosts off', () => {
    const sb = cluster()
      .consolidate()
      .expectPower('d', 'migrating')
      .expectLogContains(/^Consolidation: The VMs fit on 2 hosts instead of 4/)
      .expectLogContains(
        'Consolidation, emptying esx-03: Live migration of d from esx-03 to esx-01 started',
      );
    sb.tick(1).expectHostPower('esx-04', 'off').expectHostPower('esx-03', 'on');
    sb.tick(20).expectOn('d', 'esx-01').expectRunning('d').expectHostPower('esx-03', 'off');
    sb.expectLogContains('Consolidation: esx-03 is empty and is powered off.');
    expect(
      sb.world.orchestrator.calls.filter((c) => c.call === 'power off host').map((c) => c.to),
    ).toEqual([sb.hostId('esx-04'), sb.hostId('esx-03')]);
    expect(sb.world.orchestrator.powerOffWhenEmpty).toEqual([]);
    sb.consolidate().expectRefused(/^Nothing to consolidate: the VMs need all 2 hosts that are on/);
  });

  it('is refused with the orchestrator off', () => {
    cluster()
      .orchestrator({ enabled: false })
      .consolidate()
      .expectRefused('The orchestrator is off: move VMs by hand.');
  });
});
