import { describe, expect, it } from 'vitest';
import { type HaIncident, type Host, hostList } from '../../engine/read';
import { DEFAULT_SCENARIO } from '../../scenarios/builtin/defaultFile';
import { faultStatus, haStatus, maintenanceStatus } from './haStatus';

const world = DEFAULT_SCENARIO.state.world;
const esx01 = hostList(world).find((h) => h.name === 'esx-01')!;
const failed: Host = { ...esx01, power: 'failed' };
const on = { ...world.orchestrator.settings, enabled: true, ha: true };

const incident = (over: Partial<HaIncident>): HaIncident => ({
  hostId: esx01.id,
  failedAt: 100,
  detectAt: 115,
  declared: false,
  restarted: [],
  waiting: [],
  ended: false,
  ...over,
});

describe('haStatus', () => {
  it('says nothing about a host that is up', () => {
    expect(haStatus(esx01, undefined, on, 100, 15)).toBeNull();
  });

  it('says why nothing will happen when the orchestrator or HA is off', () => {
    expect(haStatus(failed, undefined, { ...on, enabled: false }, 100, 15)?.short).toBe(
      'Failed · no orchestrator',
    );
    expect(haStatus(failed, undefined, { ...on, ha: false }, 100, 15)?.short).toBe(
      'Failed · HA off',
    );
  });

  it('counts down to detection in whole seconds', () => {
    const s = haStatus(failed, incident({}), on, 104.5, 15);
    // 115 - 104.5 = 10.5 s left, shown as 11; 4.5 s since the failure, shown as 4.
    expect(s?.short).toBe('No heartbeat · HA in 11 s');
    expect(s?.long).toContain('No heartbeat for 4 s. HA declares it failed in 11 s');
  });

  it('reports restarts and VMs still waiting once HA has acted', () => {
    const s = haStatus(
      failed,
      incident({
        declared: true,
        restarted: [
          {
            vmId: 'vm-1' as never,
            vmName: 'web-1',
            priority: 'medium',
            to: 'host-2' as never,
            at: 115,
            downtimeS: 45,
          },
        ],
        waiting: [{ vmId: 'vm-2' as never, vmName: 'db-1', priority: 'medium', reason: 'full' }],
      }),
      on,
      120,
      15,
    );
    expect(s?.short).toBe('HA: 1 restarted, 1 waiting');
    expect(s?.long).toBe(
      'HA restarted 1 VM elsewhere; 1 VM cannot be placed yet (see the HA report).',
    );
  });
});

describe('maintenanceStatus', () => {
  it('follows a host from evacuating to empty to powered off', () => {
    expect(maintenanceStatus(esx01)).toBeNull();
    expect(maintenanceStatus({ ...esx01, maintenance: true })?.short).toBe(
      'Maintenance · evacuating',
    );
    const empty: Host =
      esx01.platform.kind === 'hypervisor'
        ? { ...esx01, maintenance: true, platform: { ...esx01.platform, vms: {} } }
        : esx01;
    expect(maintenanceStatus(empty)?.short).toBe('Maintenance · empty');
    expect(maintenanceStatus({ ...empty, power: 'off' })?.short).toBe('Maintenance · off');
  });
});

describe('faultStatus', () => {
  it("counts down to the host's next scheduled failure only", () => {
    const faults = [
      { id: 'fault-1' as never, kind: 'host-failure' as const, hostId: esx01.id, at: 200 },
      { id: 'fault-2' as never, kind: 'host-failure' as const, hostId: esx01.id, at: 130 },
      { id: 'fault-3' as never, kind: 'host-failure' as const, hostId: 'host-x' as never, at: 110 },
    ];
    expect(faultStatus(faults, esx01.id, 100)?.short).toBe('Scheduled to fail in 30 s');
    expect(faultStatus(faults, esx01.id, 250)).toBeNull();
  });
});
