import { describe, expect, it } from 'vitest';
import type { PlacementPolicy } from '../model/orchestrator';
import { sandbox } from '../testing/driver';
import { explainPlacement } from './placement';

/**
 * esx-01: 64 GB (63 for VMs), 10 GB running → 53 free.
 * esx-02: 64 GB, 50 GB running → 13 free.
 * esx-03: 128 GB (127 for VMs), empty.
 * esx-04: 12 GB (11 for VMs), empty.
 */
function cluster(policy: PlacementPolicy) {
  return sandbox()
    .host('esx-01')
    .host('esx-02')
    .host('esx-03', { memoryGb: 128 })
    .host('esx-04', { memoryGb: 12, cores: 4 })
    .vm('a', { on: 'esx-01', memoryGb: 10 })
    .vm('b', { on: 'esx-02', memoryGb: 50 })
    .powerOn('a')
    .powerOn('b')
    .orchestrator({ enabled: true, policy });
}

const eight = { name: 'web-1', vcpus: 1, memoryGb: 8, networks: [] };

describe('each policy, on the same cluster and an 8 GB VM', () => {
  it('first fit: esx-01, the first host in name order with room', () => {
    const sb = cluster('first-fit');
    const e = explainPlacement(sb.world, eight);
    expect(e.chosen).toBe(sb.hostId('esx-01'));
    expect(e.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(e.rows.every((r) => r.score === undefined)).toBe(true);
  });

  it('best fit: esx-04, which is left with 3 GB (esx-02 would keep 5)', () => {
    const e = explainPlacement(cluster('best-fit').world, eight);
    expect(e.rows.map((r) => [r.hostName, r.rank, r.score])).toEqual([
      ['esx-01', 3, 45],
      ['esx-02', 2, 5],
      ['esx-03', 4, 119],
      ['esx-04', 1, 3],
    ]);
    expect(e.summary).toBe(
      'web-1 goes to esx-04 (best fit takes the tightest fit: 3 GB left after).',
    );
  });

  it('spread: esx-03, where memory is 6 % used after (8 of 127 GB)', () => {
    const e = explainPlacement(cluster('spread').world, eight);
    // After placing: esx-01 18/63 = 29 %, esx-02 58/63 = 92 %, esx-03 8/127 = 6 %, esx-04 8/11 = 73 %.
    expect(e.rows.map((r) => [r.hostName, r.rank, r.score])).toEqual([
      ['esx-01', 2, 29],
      ['esx-02', 4, 92],
      ['esx-03', 1, 6],
      ['esx-04', 3, 73],
    ]);
  });

  it('pack: esx-02, the fullest host that already runs VMs; empty hosts rank last', () => {
    const e = explainPlacement(cluster('pack').world, eight);
    expect(e.rows.map((r) => [r.hostName, r.rank])).toEqual([
      ['esx-01', 2],
      ['esx-02', 1],
      ['esx-03', 4],
      ['esx-04', 3],
    ]);
    expect(e.rows[1]!.reason).toBe(
      'Chosen: pack fills hosts that already run VMs first: already runs VMs, memory 92 % used after.',
    );
  });

  it('deployVm puts the VM where the explanation said, powers it on and logs the calls', () => {
    const sb = cluster('spread');
    sb.deploy('web-1', { memoryGb: 8 })
      .expectOn('web-1', 'esx-03')
      .expectBooting('web-1', 30)
      .expectEvents(
        'orchestrator.placed',
        'orchestrator.call',
        'vm.added',
        'orchestrator.call',
        'vm.power',
      )
      .expectLogContains('Orchestrator → esx-03: create VM web-1.')
      .expectLogContains('Orchestrator → esx-03: power on web-1.')
      .expectLogContains('3 hosts ranked lower');
    const calls = sb.world.orchestrator.calls;
    expect(calls.map((c) => [c.from, c.call, c.to, c.vmId])).toEqual([
      ['orchestrator', 'create VM', sb.hostId('esx-03'), sb.vmId('web-1')],
      ['orchestrator', 'power on', sb.hostId('esx-03'), sb.vmId('web-1')],
    ]);
    expect(calls.every((c) => c.at === sb.state.sim.time)).toBe(true);
  });

  it('deployVm is refused with the orchestrator off: VMs are then placed by hand', () => {
    cluster('spread')
      .orchestrator({ enabled: false })
      .deploy('web-1', { memoryGb: 8 })
      .expectRefused('The orchestrator is off: place the VM by hand.')
      .vm('web-1', { on: 'esx-01' })
      .expectOn('web-1', 'esx-01');
  });
});

describe('each filter says why a host lost', () => {
  const filterOf = (sb: ReturnType<typeof sandbox>, req: Parameters<typeof explainPlacement>[1]) =>
    Object.fromEntries(
      explainPlacement(sb.world, req).rows.map((r) => [
        r.hostName,
        [r.failedFilter ?? 'passed', r.reason],
      ]),
    );

  it('power, maintenance, capacity and vCPUs beyond the cores', () => {
    const sb = sandbox()
      .host('esx-01')
      .host('esx-02')
      .host('esx-03')
      .host('esx-04')
      .host('esx-05', { cores: 4 })
      .vm('big', { on: 'esx-04', memoryGb: 60 })
      .powerOn('big')
      .orchestrator()
      .setHostPower('esx-01', 'off')
      .failHost('esx-02');
    sb.enterMaintenance('esx-03');
    const rows = filterOf(sb, { name: 'web-1', vcpus: 8, memoryGb: 8, networks: [] });
    expect(rows).toEqual({
      'esx-01': ['power', 'esx-01 is powered off.'],
      'esx-02': ['power', 'esx-02 has failed.'],
      'esx-03': ['maintenance', 'esx-03 is in maintenance mode.'],
      'esx-04': ['capacity', 'esx-04 has 3 GB free; web-1 needs 8 GB.'],
      'esx-05': [
        'capacity',
        'web-1 has 8 vCPUs; esx-05 has only 4 cores for VMs, and a VM cannot have more vCPUs than the host has cores.',
      ],
    });
  });

  it('network: a host without the port group a vNIC plugs into', () => {
    const sb = sandbox()
      .host('esx-01', { portGroups: ['VM Network', 'DMZ'] })
      .host('esx-02')
      .orchestrator();
    expect(filterOf(sb, { name: 'web-1', vcpus: 1, memoryGb: 2, networks: ['DMZ', null] })).toEqual(
      {
        'esx-01': ['passed', expect.stringMatching(/^Chosen/)],
        'esx-02': ['network', 'esx-02 has no port group "DMZ".'],
      },
    );
  });

  it('hypervisor: a bare-metal server runs no VMs', () => {
    const sb = sandbox().host('esx-01').host('metal-1').orchestrator();
    sb.platform('metal-1', { kind: 'bare-metal', os: 'ubuntu-24.04' });
    expect(filterOf(sb, eight)['metal-1']).toEqual([
      'hypervisor',
      'metal-1 runs no hypervisor, so it cannot run VMs.',
    ]);
  });

  it('affinity keeps a VM with its partner; anti-affinity keeps it away', () => {
    const sb = sandbox()
      .host('esx-01')
      .host('esx-02')
      .host('esx-03')
      .vm('db-1', { on: 'esx-02' })
      .vm('web-1', { on: 'esx-01' })
      .powerOn('db-1')
      .powerOn('web-1')
      .vm('app-1', { on: 'esx-03' })
      .orchestrator();
    sb.rule('affinity', 'app-with-db', 'app-1', 'db-1');
    const together = filterOf(sb, {
      name: 'app-1',
      vcpus: 1,
      memoryGb: 2,
      networks: [],
      vmId: sb.vmId('app-1'),
    });
    expect(together['esx-01']).toEqual([
      'affinity',
      'The rule "app-with-db" keeps app-1 with db-1, which runs on esx-02.',
    ]);
    expect(together['esx-02']![0]).toBe('passed');

    sb.rule('anti-affinity', 'webs-apart', 'web-1', 'db-1');
    const rule = sb.world.orchestrator.rules.find((r) => r.name === 'webs-apart')!;
    const apart = filterOf(sb, {
      name: 'web-2',
      vcpus: 1,
      memoryGb: 2,
      networks: [],
      ruleIds: [rule.id],
    });
    expect(apart).toEqual({
      'esx-01': [
        'anti-affinity',
        'The rule "webs-apart" keeps web-2 away from web-1, which runs here.',
      ],
      'esx-02': [
        'anti-affinity',
        'The rule "webs-apart" keeps web-2 away from db-1, which runs here.',
      ],
      'esx-03': ['passed', expect.stringMatching(/^Chosen/)],
    });
    // A new VM deployed into the rule joins it, and the next member avoids it too.
    sb.deploy('web-2', { rules: [rule.name] }).expectOn('web-2', 'esx-03');
    expect(sb.world.orchestrator.rules.find((r) => r.id === rule.id)!.vmIds).toContain(
      sb.vmId('web-2'),
    );
    sb.deploy('web-3', { rules: [rule.name] }).expectRefused(
      /^No host can take web-3\. .*keeps web-3 away from web-1/,
    );
  });

  it('a VM that fits nowhere is refused with the reasons', () => {
    sandbox()
      .host('esx-01', { memoryGb: 16 })
      .orchestrator()
      .deploy('db-1', { vcpus: 2, memoryGb: 32 })
      .expectRefused('No host can take db-1. esx-01 has 15 GB free; db-1 needs 32 GB.');
  });
});
