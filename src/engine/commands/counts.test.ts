import { describe, expect, it } from 'vitest';
import type { ContainerId, VmId } from '../base/ids';
import { COUNT_LIMITS } from '../model/counts';
import type { State, Vm } from '../model/types';
import { sandbox } from '../testing/driver';

/**
 * The commands stop at the counts the loader accepts, so whatever a learner builds saves and
 * opens again. Worlds at a limit are built by copying one record (thousands of commands would
 * only test the commands' speed), then the next command of each kind is refused.
 */

/** The state with `n` copies of the host's first VM beside it, ids taken from the counter. */
function withVmCopies(state: State, hostId: string, n: number): State {
  const host = state.world.hosts[hostId as keyof typeof state.world.hosts]!;
  if (host.platform.kind !== 'hypervisor') throw new Error('expected a hypervisor');
  const [first] = Object.values(host.platform.vms);
  const vms: Record<string, Vm> = { ...host.platform.vms };
  let next = state.sim.nextId;
  for (let i = 0; i < n; i += 1) {
    const id = `vm-${next++}` as VmId;
    vms[id] = { ...first!, id, name: `copy-${i}`, nics: [] };
  }
  const platform = { ...host.platform, vms };
  return {
    ...state,
    world: { ...state.world, hosts: { ...state.world.hosts, [hostId]: { ...host, platform } } },
    sim: { ...state.sim, nextId: next },
  };
}

describe('count limits', () => {
  it(`refuses host ${COUNT_LIMITS.hosts + 1}`, () => {
    const sb = sandbox();
    for (let i = 0; i < COUNT_LIMITS.hosts; i += 1) sb.host(`h-${i}`, { nics: 0 });
    expect(Object.keys(sb.world.hosts)).toHaveLength(COUNT_LIMITS.hosts);
    sb.host('one-too-many', { nics: 0 }).expectRefused(
      'VirtLab holds at most 500 hosts, which keeps every view fast; remove one first.',
    );
  });

  it(`refuses VM ${COUNT_LIMITS.vms + 1}, by hand or by the orchestrator`, () => {
    const start = sandbox().host('esx-01', { cores: 64, memoryGb: 512 }).vm('web-1');
    const host = start.hostId('esx-01');
    const sb = sandbox({ state: withVmCopies(start.state, host, COUNT_LIMITS.vms - 1) });
    sb.vm('one-too-many', { on: 'esx-01' }).expectRefused(/^VirtLab holds at most 5,000 VMs/);
    sb.orchestrator()
      .deploy('deployed')
      .expectRefused(/^VirtLab holds at most 5,000 VMs/);
    sb.removeVm('copy-0').vm('fits-again', { on: 'esx-01' });
    expect(sb.findVm('fits-again')).toBeDefined();
  });

  it(`refuses container ${COUNT_LIMITS.containers + 1}`, () => {
    const start = sandbox()
      .host('docker-01', { cores: 64, memoryGb: 512 })
      .platform('docker-01', { kind: 'container-host', os: 'ubuntu-24.04', runtime: 'docker' })
      .container('c-0', { on: 'docker-01' });
    const host = start.hostNamed('docker-01');
    if (host.platform.kind !== 'container-host') throw new Error('expected a container host');
    const runtime = host.platform.runtime;
    const [first] = Object.values(runtime.containers);
    const containers = { ...runtime.containers };
    let next = start.state.sim.nextId;
    for (let i = 1; i < COUNT_LIMITS.containers; i += 1) {
      const id = `container-${next++}` as ContainerId;
      containers[id] = { ...first!, id, name: `c-${i}` };
    }
    const state: State = {
      ...start.state,
      world: {
        ...start.world,
        hosts: {
          ...start.world.hosts,
          [host.id]: {
            ...host,
            platform: { ...host.platform, runtime: { ...runtime, containers } },
          },
        },
      },
      sim: { ...start.state.sim, nextId: next },
    };
    sandbox({ state })
      .container('one-too-many', { on: 'docker-01' })
      .expectRefused(/^VirtLab holds at most 5,000 containers/);
  });

  it(`refuses a workload of more than ${COUNT_LIMITS.workloadInstances} instances in all`, () => {
    const app = (name: string, instances: number) =>
      ({ name, cpu: 1, memoryGb: 2, instances, family: 'linux' }) as const;
    const sb = sandbox();
    sb.run({ type: 'setWorkload', workload: [app('web', 1000), app('db', 1000)] });
    expect(sb.world.study.workload.reduce((n, a) => n + a.instances, 0)).toBe(2000);
    sb.run({ type: 'setWorkload', workload: [app('web', 1000), app('db', 1001)] }).expectRefused(
      'The workload comes to 2,001 instances; VirtLab compares at most 2,000, which keeps the compare view fast.',
    );
  });
});
