import fc from 'fast-check';
import { runs } from '../../testing/properties';
import { describe, expect, it } from 'vitest';
import { holdsResources, hostUsage } from '../capacity/usage';
import type { Command } from '../commands';
import type { RestartPriority } from '../model/orchestrator';
import type { PlacementPolicy } from '../model/orchestrator';
import type { World } from '../model/types';
import { allVms, findVm, hostList } from '../model/world';
import { type Session, advance, execute, startSession } from '../sim/history';
import { emptyState } from '../sim/state';
import { requestOf } from './migrate';
import { explainPlacement } from './placement';
import { sandbox } from '../testing/driver';

/** Steps a learner (or a fault) may take, by index into the hosts and VMs there are then. */
type Step =
  | { kind: 'deploy'; vcpus: number; memoryGb: number; priority: RestartPriority }
  | { kind: 'fail' | 'repair' | 'maintenance' | 'leave'; host: number }
  | { kind: 'migrate'; vm: number; host: number }
  | { kind: 'powerOff'; vm: number }
  | { kind: 'apart'; a: number; b: number }
  | { kind: 'tick'; seconds: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('deploy' as const),
      vcpus: fc.integer({ min: 1, max: 6 }),
      memoryGb: fc.constantFrom(1, 2, 4, 8),
      priority: fc.constantFrom<RestartPriority>('high', 'medium', 'low', 'disabled'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'fail' as const,
        'repair' as const,
        'maintenance' as const,
        'leave' as const,
      ),
      host: fc.nat(3),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('migrate' as const),
      vm: fc.nat(40),
      host: fc.nat(3),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('powerOff' as const), vm: fc.nat(40) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('apart' as const), a: fc.nat(40), b: fc.nat(40) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      seconds: fc.constantFrom(0.5, 1, 5, 20),
    }),
  },
);

/** A small cluster, so that room runs short and HA, admission control and migrations meet it. */
const HOSTS = [
  { name: 'esx-01', cpuCores: 8, memoryGb: 24 },
  { name: 'esx-02', cpuCores: 8, memoryGb: 16 },
  { name: 'esx-03', cpuCores: 4, memoryGb: 16 },
  { name: 'esx-04', cpuCores: 2, memoryGb: 8 },
];

function start(policy: PlacementPolicy, admissionControl: boolean): Session {
  let s = startSession(emptyState(3));
  const run = (c: Command) => {
    const r = execute(s, c);
    if (!r.ok) throw new Error(r.reason);
    s = r.session;
  };
  for (const h of HOSTS)
    run({ type: 'addHost', spec: { ...h, storageGb: 1000, nicCount: 2, product: 'esxi' } });
  run({ type: 'setOrchestrator', patch: { enabled: true, policy, admissionControl } });
  // Quick boots and detection, so that VMs run, move and restart within a short sequence.
  run({ type: 'setAssumption', key: 'vmBootSeconds', value: 2 });
  run({ type: 'setAssumption', key: 'heartbeatTimeoutS', value: 5 });
  return s;
}

function commandFor(world: World, step: Step, n: number): Command | null {
  const hosts = hostList(world).sort((a, b) => a.name.localeCompare(b.name));
  const vms = allVms(world).sort((a, b) => a.name.localeCompare(b.name));
  const host = (i: number) => hosts[i % hosts.length]!.id;
  const vm = (i: number) => (vms.length === 0 ? null : vms[i % vms.length]!.id);
  switch (step.kind) {
    case 'deploy':
      return {
        type: 'deployVm',
        spec: {
          name: `vm${n}`,
          os: 'ubuntu-24.04',
          vcpus: step.vcpus,
          memoryGb: step.memoryGb,
          diskGb: 10,
          restartPriority: step.priority,
        },
      };
    case 'fail':
      return { type: 'setHostPower', hostId: host(step.host), power: 'failed' };
    case 'repair':
      return { type: 'setHostPower', hostId: host(step.host), power: 'on' };
    case 'maintenance':
      return { type: 'enterMaintenance', hostId: host(step.host) };
    case 'leave':
      return { type: 'exitMaintenance', hostId: host(step.host) };
    case 'migrate': {
      const v = vm(step.vm);
      return v && { type: 'startMigration', vmId: v, toHostId: host(step.host) };
    }
    case 'powerOff': {
      const v = vm(step.vm);
      return v && { type: 'setVmPower', vmId: v, on: false };
    }
    case 'apart': {
      const a = vm(step.a);
      const b = vm(step.b);
      return a && b && a !== b
        ? { type: 'addRule', spec: { kind: 'anti-affinity', name: `r${n}`, vmIds: [a, b] } }
        : null;
    }
    case 'tick':
      return null;
  }
}

/** No host holds more vCPUs or memory than it has for VMs, and every migration's books agree. */
function checkLimits(world: World): void {
  for (const host of hostList(world)) {
    const u = hostUsage(host, world.assumptions);
    expect(u.vcpuAllocated, `${host.name}'s vCPUs`).toBeLessThanOrEqual(u.vcpuLimit);
    expect(u.memoryAllocatedGb, `${host.name}'s memory`).toBeLessThanOrEqual(
      u.memoryForVmsGb + 1e-9,
    );
    if (host.platform.kind !== 'hypervisor') continue;
    for (const vm of Object.values(host.platform.vms)) {
      if (holdsResources(vm)) expect(vm.vcpus).toBeLessThanOrEqual(u.coresForVms);
    }
    for (const r of host.platform.incoming) {
      const m = world.orchestrator.migrations.find((x) => x.vmId === r.vmId);
      expect(m?.to).toBe(host.id);
    }
  }
  for (const m of world.orchestrator.migrations) {
    const found = findVm(world, m.vmId);
    expect(found?.host.id).toBe(m.from);
    expect(found?.vm.power).toBe('migrating');
  }
}

describe('after any sequence of deploys, failures, repairs, maintenance and migrations', () => {
  it('no host is over its limits, and every VM HA could place runs somewhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PlacementPolicy>('first-fit', 'best-fit', 'spread', 'pack'),
        fc.boolean(),
        fc.array(stepArb, { minLength: 20, maxLength: 60 }),
        (policy, admissionControl, steps) => {
          let s = start(policy, admissionControl);
          steps.forEach((step, n) => {
            const c = commandFor(s.state.world, step, n);
            if (c) {
              const r = execute(s, c);
              if (r.ok) s = r.session;
            } else if (step.kind === 'tick') {
              s = advance(s, step.seconds);
            }
            checkLimits(s.state.world);
          });
          // Long enough for detection, any copy in flight and any boot.
          for (let t = 0; t < 3; t++) {
            s = advance(s, 10);
            checkLimits(s.state.world);
          }
          const world = s.state.world;
          for (const vm of allVms(world)) {
            if (vm.power !== 'crashed' || vm.restartPriority === 'disabled') continue;
            const from = findVm(world, vm.id)!.host.id;
            const where = explainPlacement(world, requestOf(vm), 'restart', from);
            expect(
              where.chosen && world.hosts[where.chosen]!.name,
              `${vm.name} is down though a host could take it`,
            ).toBeUndefined();
          }
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe('counterexamples the property found, kept as they read in the datacenter', () => {
  it('a host repaired and failed again before the next tick: HA restarts the VMs that crashed the second time', () => {
    const sb = sandbox({ assumptions: { heartbeatTimeoutS: 5, vmBootSeconds: 2 } })
      .host('esx-01')
      .host('esx-02')
      .run({ type: 'setOrchestrator', patch: { enabled: true, policy: 'first-fit' } })
      .failHost('esx-01')
      // HA declares esx-01 failed; nothing ran on it, so nothing restarts.
      .tick(5)
      .expectEvents('ha.detected')
      .setHostPower('esx-01', 'on')
      .run({
        type: 'deployVm',
        spec: { name: 'vm9', os: 'ubuntu-24.04', vcpus: 1, memoryGb: 1, diskGb: 10 },
      })
      .expectOn('vm9', 'esx-01')
      .failHost('esx-01')
      .expectPower('vm9', 'crashed')
      // The second failure has its own heartbeat timeout: 5 s, then the restart.
      .tick(4.5)
      .expectOn('vm9', 'esx-01')
      .tick(0.5)
      .expectOn('vm9', 'esx-02')
      .tick(2)
      .expectRunning('vm9');
    const [first, second] = sb.world.orchestrator.incidents;
    expect(first).toMatchObject({ failedAt: 0, ended: true, restarted: [] });
    expect(second).toMatchObject({ failedAt: 5, detectAt: 10, declared: true, ended: false });
    expect(second!.restarted).toMatchObject([{ vmName: 'vm9', downtimeS: 7 }]);
  });
});
