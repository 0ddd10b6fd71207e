import { describe, expect, it } from 'vitest';
import type { Command, State } from '../engine/read';
import { apply } from '../engine/commands';
import { hostList, vmsOf } from '../engine/model/world';
import { defaultScenario } from '../scenarios/builtin/default';
import { GEOMETRY, hostSize, vmCardHeight } from './layout';
import { toFlow } from './toFlow';

const base = defaultScenario().state;

function run(state: State, ...commands: Command[]): State {
  return commands.reduce((s, c) => {
    const r = apply(s, c);
    if (!r.ok) throw new Error(r.reason);
    return r.state;
  }, state);
}

const hostNamed = (state: State, name: string) => {
  const host = hostList(state.world).find((h) => h.name === name);
  if (!host) throw new Error(`no host ${name}`);
  return host;
};

/** kvm-01 as a Docker host with three containers. */
function dockerHost(): State {
  const id = hostNamed(base, 'kvm-01').id;
  const spec = (name: string) => ({ name, image: 'nginx:1.27', cpu: 0.5, memoryGb: 0.5 });
  return run(
    base,
    {
      type: 'setPlatform',
      hostId: id,
      spec: { kind: 'container-host', os: 'ubuntu-24.04', runtime: 'docker' },
    },
    { type: 'addContainer', on: id, spec: spec('web-a') },
    { type: 'addContainer', on: id, spec: spec('web-b') },
    { type: 'addContainer', on: id, spec: spec('cache-a') },
  );
}

describe('host geometry per platform', () => {
  it('stacks a container host as containers, runtime, shared kernel, hardware', () => {
    const { bands, height, rowHeight } = hostSize(hostNamed(dockerHost(), 'kvm-01'));
    expect(rowHeight).toBe(GEOMETRY.containerHeight);
    // Three containers fit one row of the grid, so the runtime band starts under that row.
    expect(bands.runtime).toBe(GEOMETRY.header + GEOMETRY.containerHeight + GEOMETRY.vmGap);
    expect(bands.hostOs).toBe((bands.runtime ?? 0) + GEOMETRY.runtimeBand);
    expect(bands.hardware).toBe((bands.hostOs ?? 0) + GEOMETRY.kernelBand);
    expect(height).toBe(bands.hardware + GEOMETRY.hardwareBand);
  });

  it('adds the host OS band when a type-1 host becomes type 2, and nothing else', () => {
    const before = hostSize(hostNamed(base, 'esx-01'));
    const id = hostNamed(base, 'esx-01').id;
    const after = hostSize(
      hostNamed(
        run(base, {
          type: 'setPlatform',
          hostId: id,
          spec: { kind: 'hypervisor', product: 'virtualbox', hostOs: 'ubuntu-24.04' },
        }),
        'esx-01',
      ),
    );
    expect(before.bands.hostOs).toBeNull();
    expect(after.bands.hostOs).toBe(before.bands.hypervisor + GEOMETRY.hypervisorBand);
    expect(after.height).toBe(before.height + GEOMETRY.hostOsBand);
  });

  it('grows a container-host VM card, and its row, to hold its containers', () => {
    const web1 = vmsOf(hostNamed(base, 'esx-01')).find((v) => v.name === 'web-1');
    if (!web1) throw new Error('no web-1');
    const spec = (name: string) => ({ name, image: 'redis:7', cpu: 0.25, memoryGb: 0.25 });
    const state = run(
      base,
      { type: 'setVmRuntime', vmId: web1.id, runtime: 'containerd' },
      { type: 'addContainer', on: web1.id, spec: spec('c1') },
      { type: 'addContainer', on: web1.id, spec: spec('c2') },
    );
    const vm = vmsOf(hostNamed(state, 'esx-01')).find((v) => v.id === web1.id);
    if (!vm) throw new Error('no web-1');
    const card = vmCardHeight(vm);
    expect(card).toBe(GEOMETRY.vmContainersTop + 2 * GEOMETRY.vmContainerRow + GEOMETRY.vmFooter);
    expect(hostSize(hostNamed(state, 'esx-01')).rowHeight).toBe(card);
    // Each container node sits inside its VM's card, and is named for a screen reader.
    const nodes = toFlow(state, {}).nodes.filter((n) => n.type === 'container');
    expect(nodes.map((n) => n.ariaLabel)).toEqual(['Container c1', 'Container c2']);
    for (const n of nodes) {
      expect(n.parentId).toBe(web1.id);
      expect(n.position.y + (n.height ?? 0)).toBeLessThanOrEqual(card);
    }
  });

  it('draws a container host’s containers above its runtime band, inside the host', () => {
    const state = dockerHost();
    const host = hostNamed(state, 'kvm-01');
    const { bands } = hostSize(host);
    const nodes = toFlow(state, {}).nodes.filter((n) => n.type === 'container');
    expect(nodes).toHaveLength(3);
    for (const n of nodes) {
      expect(n.parentId).toBe(host.id);
      expect(n.position.y + (n.height ?? 0)).toBeLessThanOrEqual(bands.runtime ?? 0);
    }
  });
});
