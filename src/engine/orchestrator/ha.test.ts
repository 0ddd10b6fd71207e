import { describe, expect, it } from 'vitest';
import type { RestartPriority } from '../model/orchestrator';
import { sandbox, type Sandbox } from '../testing/driver';

const deploy = (
  sb: Sandbox,
  name: string,
  memoryGb: number,
  restartPriority: RestartPriority = 'medium',
) => sb.deploy(name, { memoryGb, restartPriority });

/** Three 16-core, 64 GB hosts (63 GB for VMs), the orchestrator on with spread placement. */
const threeHosts = (admissionControl = false) =>
  sandbox()
    .host('esx-01')
    .host('esx-02')
    .host('esx-03')
    .orchestrator({ enabled: true, admissionControl });

const incident = (sb: Sandbox) => sb.world.orchestrator.incidents.at(-1)!;

describe('detection, then restart', () => {
  it('restarts after the heartbeat timeout; downtime is detection + boot', () => {
    const sb = threeHosts()
      .vm('web-1', { on: 'esx-01', memoryGb: 8 })
      .powerOn('web-1')
      .tick(30)
      .failHost('esx-01')
      .expectPower('web-1', 'crashed')
      .tick(14)
      .expectPower('web-1', 'crashed')
      .expectOn('web-1', 'esx-01')
      .tick(1)
      // Both survivors are empty: spread ties, and name order picks esx-02.
      .expectOn('web-1', 'esx-02')
      .expectBooting('web-1', 30)
      .expectEvents('ha.detected', 'ha.restarted')
      .expectLogContains(
        'HA: esx-01 missed heartbeats for 15 s and is declared failed; restarting 1 VM elsewhere',
      )
      .expectLogContains(
        'HA: restarting web-1 (priority medium) from esx-01 on esx-02: spread takes the least loaded host: memory 13 % used after. Down 45 s: 15 s until HA acted + 30 s to boot.',
      )
      .tick(30)
      .expectRunning('web-1');
    expect(incident(sb)).toMatchObject({ failedAt: 30, detectAt: 45, declared: true, waiting: [] });
    expect(incident(sb).restarted).toEqual([
      {
        vmId: sb.vmId('web-1'),
        vmName: 'web-1',
        priority: 'medium',
        to: sb.hostId('esx-02'),
        at: 45,
        downtimeS: 45,
      },
    ]);
    expect(sb.world.orchestrator.calls.map((c) => c.call)).toEqual(['register VM', 'power on']);
  });

  it('counts the same downtime whether the clock moves by 1 s or by a minute', () => {
    const run = (steps: number[]) => {
      const sb = threeHosts()
        .vm('web-1', { on: 'esx-01' })
        .powerOn('web-1')
        .tick(30)
        .failHost('esx-01');
      for (const s of steps) sb.tick(s);
      return sb;
    };
    const fine = run(Array.from({ length: 50 }, () => 1));
    const coarse = run([60]);
    expect(incident(fine).restarted[0]!.downtimeS).toBe(45);
    expect(incident(coarse).restarted[0]!.downtimeS).toBe(45);
    // A minute after the failure the restarted VM (45 s down) has run for 15 s in both.
    coarse.expectRunning('web-1');
  });

  it('a crashed hypervisor is a host failure too', () => {
    const sb = threeHosts().vm('web-1', { on: 'esx-01' }).powerOn('web-1').tick(30);
    sb.crashHypervisor('esx-01').expectPower('web-1', 'crashed').tick(15);
    sb.expectOn('web-1', 'esx-02').expectBooting('web-1');
  });

  it('a host back before the timeout: its VMs crashed anyway, so HA restarts them at once', () => {
    const sb = threeHosts()
      .vm('web-1', { on: 'esx-01' })
      .powerOn('web-1')
      .tick(30)
      .failHost('esx-01')
      .tick(5)
      .setHostPower('esx-01', 'on')
      .tick(1)
      .expectBooting('web-1')
      .expectLogContains(
        'esx-01 is back before the 15 s heartbeat timeout ran out, but its VMs crashed all the same',
      );
    expect(incident(sb)).toMatchObject({ ended: true, declared: true });
    expect(incident(sb).restarted[0]!.downtimeS).toBe(36);
  });

  it('a hypervisor recovered and crashed again before the next tick: a new incident restarts its VMs', () => {
    const sb = threeHosts().tick(30);
    const crash = () => sb.crashHypervisor('esx-01');
    crash().tick(15).expectEvents('ha.detected');
    sb.recover('esx-01').vm('web-1', { on: 'esx-01' }).powerOn('web-1');
    crash().expectPower('web-1', 'crashed').tick(15).expectOn('web-1', 'esx-02');
    expect(sb.world.orchestrator.incidents.map((i) => [i.failedAt, i.ended])).toEqual([
      [30, true],
      [45, false],
    ]);
  });

  it('a host failed, repaired and failed again in the same second: one incident, one restart', () => {
    const sb = threeHosts()
      .vm('web-1', { on: 'esx-01' })
      .powerOn('web-1')
      .tick(30)
      .failHost('esx-01')
      .setHostPower('esx-01', 'on')
      .failHost('esx-01')
      .tick(15)
      .expectOn('web-1', 'esx-02');
    expect(sb.world.orchestrator.incidents).toHaveLength(1);
    expect(incident(sb)).toMatchObject({ failedAt: 30, declared: true, ended: false });
    expect(incident(sb).restarted.map((r) => r.vmName)).toEqual(['web-1']);
  });

  it('with HA off, the VMs of a failed host stay down', () => {
    const sb = threeHosts()
      .orchestrator({ ha: false })
      .vm('web-1', { on: 'esx-01' })
      .powerOn('web-1')
      .tick(30)
      .failHost('esx-01')
      .tick(120)
      .expectPower('web-1', 'crashed')
      .expectOn('web-1', 'esx-01');
    expect(incident(sb).declared).toBe(false);
  });

  it('a scheduled fault fails its host at its own second, and HA reacts from then', () => {
    const sb = threeHosts().vm('web-1', { on: 'esx-01' }).powerOn('web-1');
    sb.scheduleFault('esx-01', 100)
      .expectLogContains('Fault scheduled: esx-01 fails at 100 s.')
      .tick(99)
      .expectHostPower('esx-01', 'on')
      .tick(10)
      .expectHostPower('esx-01', 'failed')
      .expectLogContains('Scheduled fault at 100 s: esx-01 fails.')
      .tick(6)
      .expectOn('web-1', 'esx-02');
    expect(incident(sb)).toMatchObject({ failedAt: 100, detectAt: 115 });
    expect(sb.world.orchestrator.faults).toEqual([]);
  });

  it('undo steps back through an HA decision made by the clock', () => {
    const sb = threeHosts()
      .vm('web-1', { on: 'esx-01' })
      .powerOn('web-1')
      .tick(30)
      .failHost('esx-01')
      .tick(10);
    const depth = sb.session.past.length;
    sb.tick(5).expectOn('web-1', 'esx-02');
    expect(sb.session.past.length).toBe(depth + 1);
    sb.undo().expectOn('web-1', 'esx-01').expectPower('web-1', 'crashed');
    expect(incident(sb).declared).toBe(false);
    sb.redo().expectOn('web-1', 'esx-02');
  });
});

describe('when room is short', () => {
  /** esx-01 runs three 20 GB VMs; esx-02 has 43 GB free: room for two of them. */
  const short = () => {
    const sb = sandbox()
      .host('esx-01')
      .host('esx-02')
      .orchestrator()
      .vm('filler', { on: 'esx-02', memoryGb: 20 })
      .powerOn('filler');
    for (const [name, p] of [
      ['low-1', 'low'],
      ['high-1', 'high'],
      ['med-1', 'medium'],
    ] as const) {
      sb.vm(name, { on: 'esx-01', memoryGb: 20 })
        .updateVm(name, { restartPriority: p })
        .powerOn(name);
    }
    return sb.tick(30).failHost('esx-01').tick(15);
  };

  it('restarts the highest priority first, and lists the VM left without room with the reason', () => {
    const sb = short()
      .expectOn('high-1', 'esx-02')
      .expectOn('med-1', 'esx-02')
      .expectPower('low-1', 'crashed')
      .expectLogContains(
        'HA: cannot restart low-1 (priority low) yet. No host can take low-1. esx-01 has failed. esx-02 has 3 GB free; low-1 needs 20 GB.',
      );
    expect(incident(sb).restarted.map((r) => r.vmName)).toEqual(['high-1', 'med-1']);
    expect(incident(sb).waiting).toEqual([
      expect.objectContaining({ vmName: 'low-1', priority: 'low' }),
    ]);
    expect(incident(sb).waiting[0]!.reason).toContain('esx-02 has 3 GB free');
  });

  it('tries again as room appears, and counts the wait in the downtime', () => {
    const sb = short()
      .tick(20)
      .removeVm('filler')
      .tick(1)
      .expectOn('low-1', 'esx-02')
      .expectBooting('low-1');
    // Failed at 30 s; room appeared at 65 s and HA acted on the next tick, at 66 s: 36 s + 30 s boot.
    const low = incident(sb).restarted.find((r) => r.vmName === 'low-1')!;
    expect(low.downtimeS).toBe(66);
    expect(incident(sb).waiting).toEqual([]);
  });

  it('never restarts a VM whose restart priority is disabled', () => {
    const sb = sandbox().host('esx-01').host('esx-02').orchestrator();
    sb.vm('scratch', { on: 'esx-01' })
      .updateVm('scratch', { restartPriority: 'disabled' })
      .powerOn('scratch');
    sb.tick(30).failHost('esx-01').tick(60).expectPower('scratch', 'crashed');
    sb.expectLogContains('HA leaves scratch down: its restart priority is disabled.');
  });

  it('restarts only where the failed host’s shared datastore is mounted', () => {
    const sb = threeHosts().vm('web-1', { on: 'esx-01', memoryGb: 8 }).powerOn('web-1');
    sb.updateHost('esx-02', { sharedDatastore: null })
      .tick(30)
      .failHost('esx-01')
      .tick(15)
      .expectOn('web-1', 'esx-03');
  });

  it('keeps anti-affine VMs apart when it restarts them', () => {
    const sb = threeHosts()
      .vm('web-1', { on: 'esx-01' })
      .vm('web-2', { on: 'esx-02' })
      .vm('busy', { on: 'esx-03', memoryGb: 30 })
      .powerOn('web-1')
      .powerOn('web-2')
      .powerOn('busy');
    sb.rule('anti-affinity', 'webs', 'web-1', 'web-2');
    // Spread alone would pick esx-02 (2 GB used against 30); the rule leaves only esx-03.
    sb.tick(30).failHost('esx-01').tick(15).expectOn('web-1', 'esx-03');
  });
});

describe('admission control (slot policy)', () => {
  // Slots of 1 vCPU and 4 GB: each host holds min(64 / 1, ⌊63 / 4⌋) = 15, the cluster 45; one
  // host's 15 are kept free, so 30 VMs may run.
  it('admits 30 VMs of 4 GB and refuses the 31st, naming the slot arithmetic', () => {
    const sb = threeHosts(true);
    for (let k = 1; k <= 30; k++) deploy(sb, `app-${k}`, 4);
    deploy(sb, 'app-31', 4).expectRefused(
      "No host can take app-31. Admission control keeps room for one host to fail: with slots of 1 vCPU and 4 GB (the largest powered-on VM), the cluster has 45 slots and keeps the largest host's 15 free, leaving 30, fewer than the 31 VMs that would run.",
    );
  });

  it('with it, every VM of the failed host restarts', () => {
    const sb = threeHosts(true);
    for (let k = 1; k <= 30; k++) deploy(sb, `app-${k}`, 4);
    sb.tick(30).failHost('esx-01').tick(15);
    expect(incident(sb).restarted).toHaveLength(10);
    expect(incident(sb).waiting).toEqual([]);
  });

  it('without it, the cluster fills up and a failed host’s VMs find no room', () => {
    const sb = threeHosts(false);
    for (let k = 1; k <= 45; k++) deploy(sb, `app-${k}`, 4);
    deploy(sb, 'app-46', 4).expectRefused(/esx-01 has 3 GB free; app-46 needs 4 GB\./);
    sb.tick(30).failHost('esx-01').tick(15);
    expect(incident(sb).restarted).toEqual([]);
    expect(incident(sb).waiting).toHaveLength(15);
    expect(incident(sb).waiting[0]!.reason).toMatch(/esx-02 has 3 GB free; app-\d+ needs 4 GB\./);
  });
});
