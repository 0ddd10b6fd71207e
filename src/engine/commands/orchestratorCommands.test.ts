import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';

const on = () => sandbox().host('esx-01').host('esx-02').orchestrator();

describe('setOrchestrator', () => {
  it('says what each change means', () => {
    on()
      .expectLogContains(
        'The orchestrator is on: it places new VMs by spread (the least loaded host), restarts the VMs of a failed host and calls each hypervisor to act.',
      )
      .orchestrator({ policy: 'pack', balancing: 'manual', balanceThreshold: 0.3 })
      .expectLogContains(
        'Placement policy: pack (fill hosts that already run VMs, so empty ones can be powered off). Balancing manual: the orchestrator recommends moves; you apply them. Balancing threshold set to 0.3 share.',
      )
      .orchestrator({ enabled: false })
      .expectLogContains(
        'The orchestrator is off: VMs are placed only by hand, as in a simple environment with one hypervisor',
      );
  });

  it('refuses out-of-range figures, unknown modes and a change that changes nothing', () => {
    on()
      .orchestrator({ balanceCooldownS: -1 })
      .expectRefused('Balancing cooldown must be between 0 and 86400.');
    on()
      .orchestrator({ policy: 'random' as never })
      .expectRefused('There is no placement policy "random".');
    on().orchestrator().expectRefused('The orchestrator already has these settings.');
  });
});

describe('rules', () => {
  it('adds a rule, warns when the VMs break it now, and removes it', () => {
    const sb = on()
      .vm('web-1', { on: 'esx-01' })
      .vm('web-2', { on: 'esx-01' })
      .powerOn('web-1')
      .powerOn('web-2');
    sb.rule('anti-affinity', 'webs', 'web-1', 'web-2').expectLogContains(
      'Anti-affinity rule webs: no two of web-1 and web-2 share a host. Where they run now breaks it: the orchestrator obeys it from its next decision; move them to fix it now.',
    );
    const rule = sb.world.orchestrator.rules[0]!;
    expect(rule).toMatchObject({
      kind: 'anti-affinity',
      name: 'webs',
      vmIds: [sb.vmId('web-1'), sb.vmId('web-2')],
    });
    sb.run({ type: 'removeRule', ruleId: rule.id }).expectLogContains('Rule webs removed.');
    expect(sb.world.orchestrator.rules).toEqual([]);
  });

  it('refuses a rule with fewer than two VMs, an unknown VM or a taken name', () => {
    const sb = on().vm('web-1');
    const web1 = sb.vmId('web-1');
    sb.run({
      type: 'addRule',
      spec: { kind: 'affinity', name: 'r', vmIds: [web1, web1] },
    }).expectRefused('A rule needs at least two VMs.');
    sb.run({
      type: 'addRule',
      spec: { kind: 'affinity', name: 'r', vmIds: [web1, 'vm-999' as never] },
    }).expectRefused('There is no VM vm-999.');
    sb.vm('web-2').run({
      type: 'addRule',
      spec: { kind: 'affinity', name: 'r', vmIds: [web1, sb.vmId('web-2')] },
    });
    sb.run({
      type: 'addRule',
      spec: { kind: 'anti-affinity', name: 'r', vmIds: [web1, sb.vmId('web-2')] },
    }).expectRefused('There is already a rule named r.');
  });
});

describe('scheduled faults', () => {
  it('schedules in the future only, and can be cancelled before they strike', () => {
    const sb = on().tick(50);
    sb.scheduleFault('esx-01', 50).expectRefused('A fault must be scheduled after now (50 s).');
    sb.scheduleFault('esx-01', 80);
    const fault = sb.world.orchestrator.faults[0]!;
    sb.run({ type: 'cancelFault', faultId: fault.id })
      .expectLogContains('Scheduled failure of esx-01 at 80 s cancelled.')
      .tick(60)
      .expectHostPower('esx-01', 'on');
  });

  it('strike with the orchestrator off too, and then nobody reacts', () => {
    const sb = sandbox()
      .host('esx-01')
      .host('esx-02')
      .vm('web-1', { on: 'esx-01' })
      .powerOn('web-1');
    sb.scheduleFault('esx-01', 40).tick(120);
    sb.expectHostPower('esx-01', 'failed')
      .expectPower('web-1', 'crashed')
      .expectOn('web-1', 'esx-01');
  });
});

describe('determinism', () => {
  it('the same seed and commands give the same decisions, word for word', () => {
    const run = () => {
      const sb = sandbox({ seed: 42 });
      for (const h of ['esx-01', 'esx-02', 'esx-03']) sb.host(h);
      sb.orchestrator({ enabled: true, balancing: 'automatic', balanceIntervalS: 20 });
      for (let k = 1; k <= 9; k++) {
        sb.run({
          type: 'deployVm',
          spec: {
            name: `vm-${k}`,
            os: 'ubuntu-24.04',
            vcpus: 1 + (k % 3),
            memoryGb: 2 * k,
            diskGb: 20,
          },
        });
      }
      sb.scheduleFault('esx-02', 200);
      for (let t = 0; t < 600; t += 5) sb.tick(5);
      return sb.state.sim.log.map((e) => `${e.time} ${e.kind} ${e.text}`);
    };
    const first = run();
    expect(first.some((l) => l.includes('ha.restarted'))).toBe(true);
    expect(run()).toEqual(first);
  });
});
