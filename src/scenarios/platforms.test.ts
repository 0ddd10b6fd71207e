import { describe, expect, it } from 'vitest';
import {
  type Command,
  type State,
  allContainers,
  allVms,
  apply,
  emptyState,
  hostList,
} from '../engine';
import { scenarioFromState, serializeScenario } from './format';
import { parseScenario } from './parse';

/**
 * Issue 4: all five platforms are saved in a scenario file and load back as they were, with
 * their containers, apps, crashes, the edited cost study and the new assumptions.
 */
function build(): State {
  let state = emptyState(7);
  const run = (c: Command) => {
    const r = apply(state, c);
    if (!r.ok) throw new Error(`${c.type}: ${r.reason}`);
    state = r.state;
  };
  const host = (name: string) => {
    run({
      type: 'addHost',
      spec: { name, cpuCores: 16, memoryGb: 64, storageGb: 1000, nicCount: 2, product: 'esxi' },
    });
    const h = hostList(state.world).find((x) => x.name === name);
    if (!h) throw new Error(name);
    return h.id;
  };
  const vm = (hostId: ReturnType<typeof host>, name: string) => {
    run({
      type: 'addVm',
      hostId,
      spec: { name, os: 'ubuntu-24.04', vcpus: 2, memoryGb: 4, diskGb: 20 },
    });
    const found = allVms(state.world).find((v) => v.name === name);
    if (!found) throw new Error(name);
    return found.id;
  };
  const bare = host('srv-1');
  run({ type: 'setPlatform', hostId: bare, spec: { kind: 'bare-metal', os: 'debian-12' } });
  run({ type: 'addApp', hostId: bare, spec: { name: 'mail', cpu: 0.5, memoryGb: 4 } });
  run({ type: 'crash', target: { kind: 'host-os', hostId: bare } });

  const type1 = host('esx-1');
  const k8s = vm(type1, 'k8s-1');
  run({ type: 'setVmRuntime', vmId: k8s, runtime: 'containerd' });
  run({
    type: 'addContainer',
    on: k8s,
    spec: { name: 'api', image: 'api:2', cpu: 1, memoryGb: 1 },
  });
  run({ type: 'setVmPower', vmId: k8s, on: true });

  const type2 = host('lab-1');
  run({
    type: 'setPlatform',
    hostId: type2,
    spec: { kind: 'hypervisor', product: 'virtualbox', hostOs: 'windows-11' },
  });
  const guest = vm(type2, 'win-test');
  run({ type: 'setVmPower', vmId: guest, on: true });
  run({ type: 'crash', target: { kind: 'hypervisor', hostId: type2 } });

  const node = host('node-1');
  run({
    type: 'setPlatform',
    hostId: node,
    spec: { kind: 'container-host', os: 'ubuntu-24.04', runtime: 'docker' },
  });
  run({
    type: 'addContainer',
    on: node,
    spec: { name: 'web', image: 'nginx:1.27', cpu: 0.5, memoryGb: 1 },
  });
  run({
    type: 'addContainer',
    on: node,
    spec: { name: 'db', image: 'postgres:16', cpu: 1, memoryGb: 4 },
  });
  const web = allContainers(state.world).find((c) => c.name === 'web');
  if (web) run({ type: 'setContainerPower', containerId: web.id, on: true });

  run({ type: 'setCostAssumption', key: 'pue', value: 1.3 });
  run({ type: 'setAssumption', key: 'containerStartSeconds', value: 2 });
  run({
    type: 'setWorkload',
    workload: [{ name: 'web', cpu: 0.5, memoryGb: 1, instances: 3, family: 'linux' }],
  });
  return state;
}

describe('platforms in a scenario file', () => {
  it('save and load back equal: bare metal, type 1 with a container-host VM, type 2, containers', () => {
    const state = build();
    const kinds = hostList(state.world).map((h) => h.platform.kind);
    expect(new Set(kinds)).toEqual(new Set(['bare-metal', 'hypervisor', 'container-host']));
    const k8s = allVms(state.world).find((v) => v.name === 'k8s-1');
    expect(k8s?.runtime?.product).toBe('containerd');
    const result = parseScenario(serializeScenario(scenarioFromState(state, 'platforms')));
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
    expect(result.ok && result.scenario.state).toEqual(state);
  });
});
