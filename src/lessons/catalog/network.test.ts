import { describe, expect, it } from 'vitest';
import { type State, apply, emptyState, hostList } from '../../engine';
import type { Predicate } from '../model';
import { predicateHolds, predicateText } from '../predicates';

/** The nicLink predicate the uplink lesson checks: a physical NIC's link, by host and NIC name. */

function hostWithTwoNics(): State {
  const spec = { name: 'esx-01', product: 'esxi', cpuCores: 8, memoryGb: 32 };
  const added = apply(emptyState(1), {
    type: 'addHost',
    spec: { ...spec, storageGb: 500, nicCount: 2 },
  });
  if (!added.ok) throw new Error(added.reason);
  return added.state;
}

function failVmnic0(state: State): State {
  const host = hostList(state.world)[0]!;
  const nic = host.nics.find((n) => n.name === 'vmnic0')!;
  const failed = apply(state, { type: 'setNicLink', hostId: host.id, nicId: nic.id, up: false });
  if (!failed.ok) throw new Error(failed.reason);
  return failed.state;
}

const link = (nic: string, up: 'up' | 'down', host = 'esx-01'): Predicate => ({
  is: 'nicLink',
  host,
  nic,
  link: up,
});

const holds = (state: State, p: Predicate) =>
  predicateHolds({ state, start: state, sinceSeq: 0 }, p);

describe('nicLink', () => {
  it('reads the link of the NIC named, and follows a link failure', () => {
    const start = hostWithTwoNics();
    const failed = failVmnic0(start);
    expect([holds(start, link('vmnic0', 'up')), holds(start, link('vmnic0', 'down'))]).toEqual([
      true,
      false,
    ]);
    expect([holds(failed, link('vmnic0', 'up')), holds(failed, link('vmnic0', 'down'))]).toEqual([
      false,
      true,
    ]);
    expect(holds(failed, link('vmnic1', 'up'))).toBe(true);
  });

  it('holds for no NIC or host that does not exist', () => {
    const state = hostWithTwoNics();
    for (const up of ['up', 'down'] as const) {
      expect(holds(state, link('vmnic7', up))).toBe(false);
      expect(holds(state, link('vmnic0', up, 'esx-09'))).toBe(false);
    }
  });

  it('says what it checks', () => {
    expect(predicateText(link('vmnic0', 'down'))).toBe("esx-01/vmnic0's link is down");
  });
});
