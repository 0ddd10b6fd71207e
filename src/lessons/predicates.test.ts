import { describe, expect, it } from 'vitest';
import { type Command, type State, apply, tick } from '../engine';
import { defaultScenario } from '../scenarios';
import type { Predicate } from './model';
import { predicateHolds, predicateText } from './predicates';
import { resolveRefs } from './refs';
import { drawVariables, substitute } from './variation';
import { LESSONS } from './catalog';
import { goalStatuses } from './goals';
import { prepareLesson } from './play';

/**
 * Each predicate on the default scenario (web-1 and db-1 on esx-01, all VMs but test-1 and
 * sql-1 running) and on the same world after a command: one state meets it, the other not.
 */
const start = defaultScenario().state;

function after(...commands: Record<string, unknown>[]): State {
  let state = start;
  for (const c of commands) {
    const out = apply(state, resolveRefs(state, c) as unknown as Command);
    if (!out.ok) throw new Error(out.reason);
    state = tick(out.state, 60);
  }
  return state;
}

const holds = (p: Predicate, state: State, sinceSeq = start.sim.seq) =>
  predicateHolds({ state, start, sinceSeq }, p);

const placedPower = (state: State, name: string) =>
  Object.values(state.world.hosts)
    .flatMap((h) => (h.platform.kind === 'hypervisor' ? Object.values(h.platform.vms) : []))
    .find((v) => v.name === name)?.power;

const moveWeb = () => after({ type: 'moveVm', vmId: '@web-1', toHostId: '@esx-02' });

const CASES: readonly [Predicate, () => State, () => State][] = [
  [{ is: 'vmOn', vm: 'web-1', host: 'esx-02' }, moveWeb, () => start],
  [{ is: 'vmNotOn', vm: 'web-1', host: 'esx-01' }, moveWeb, () => start],
  [{ is: 'apart', vms: ['web-1', 'db-1'] }, moveWeb, () => start],
  [{ is: 'together', vms: ['web-1', 'db-1'] }, () => start, moveWeb],
  [
    { is: 'vmPower', vm: 'web-1', power: 'off' },
    () => after({ type: 'setVmPower', vmId: '@web-1', on: false }),
    () => start,
  ],
  [
    { is: 'hostPower', host: 'kvm-01', power: 'failed' },
    () => after({ type: 'setHostPower', hostId: '@kvm-01', power: 'failed' }),
    () => start,
  ],
  [{ is: 'noVmDown' }, moveWeb, () => after({ type: 'setVmPower', vmId: '@web-1', on: false })],
  [
    { is: 'reaches', from: 'web-1', to: 'db-1' },
    () => start,
    () => after({ type: 'plugVnic', vmId: '@web-1', vnicId: '@web-1:0', portGroup: null }),
  ],
  [
    { is: 'cannotReach', from: 'web-1', to: 'db-1' },
    () => after({ type: 'plugVnic', vmId: '@web-1', vnicId: '@web-1:0', portGroup: null }),
    () => start,
  ],
  [
    { is: 'memoryBelow', percent: 80, host: 'esx-02' },
    () => after({ type: 'setVmPower', vmId: '@batch-1', on: false }),
    () => start,
  ],
  [
    { is: 'hostsOnAtMost', count: 4 },
    () =>
      after(
        { type: 'setVmPower', vmId: '@lab-1', on: false },
        { type: 'setHostPower', hostId: '@ws-01', power: 'off' },
      ),
    () => start,
  ],
  [
    { is: 'platform', host: 'kvm-01', platform: 'kvm' },
    () => start,
    () => after({ type: 'setHypervisor', hostId: '@kvm-01', product: 'esxi', hostOs: null }),
  ],
  [
    { is: 'setting', key: 'enabled', value: true },
    () => after({ type: 'setOrchestrator', patch: { enabled: true } }),
    () => start,
  ],
  [{ is: 'happened', event: 'vm.migrated', about: 'web-1' }, moveWeb, () => start],
  [{ is: 'vmCount', host: 'esx-02', atLeast: 4 }, moveWeb, () => start],
  [
    { is: 'plugged', vm: 'web-1', portGroup: 'db' },
    () => after({ type: 'plugVnic', vmId: '@web-1', vnicId: '@web-1:0', portGroup: 'db' }),
    () => start,
  ],
  [
    { is: 'all', of: [{ is: 'vmOn', vm: 'web-1', host: 'esx-02' }, { is: 'noVmDown' }] },
    moveWeb,
    () => after({ type: 'setVmPower', vmId: '@db-1', on: false }),
  ],
];

describe('lesson predicates', () => {
  for (const [predicate, meets, fails] of CASES) {
    it(`${predicate.is}: "${predicateText(predicate)}"`, () => {
      expect(holds(predicate, meets())).toBe(true);
      expect(holds(predicate, fails())).toBe(false);
    });
  }

  it('counts a VM that went down and came back as down', () => {
    const bounced = after(
      { type: 'setVmPower', vmId: '@web-1', on: false },
      { type: 'setVmPower', vmId: '@web-1', on: true },
    );
    expect(placedPower(bounced, 'web-1')).toBe('running');
    expect(holds({ is: 'noVmDown' }, bounced)).toBe(false);
  });

  it('counts only events of the lesson itself', () => {
    const moved = moveWeb();
    const p: Predicate = { is: 'happened', event: 'vm.migrated' };
    expect(holds(p, moved)).toBe(true);
    expect(holds(p, moved, moved.sim.seq)).toBe(false);
  });

  it('says in plain words what each checks', () => {
    expect(predicateText({ is: 'apart', vms: ['web-1', 'app-1', 'db-1'] })).toBe(
      'web-1, app-1 and db-1 each run on a different host',
    );
    expect(predicateText({ is: 'memoryBelow', percent: 80 })).toBe(
      'no host has 80 % or more of its memory for VMs allocated',
    );
  });
});

describe('lesson variables', () => {
  it('replace names inside text and keep a whole-field number a number', () => {
    const vars = drawVariables({ vm: ['web-7'], gb: [16] }, 1);
    expect(
      substitute({ name: '{vm}', memoryGb: '{gb}', text: '{vm} has {gb} GB', other: '{x}' }, vars),
    ).toEqual({
      name: 'web-7',
      memoryGb: 16,
      text: 'web-7 has 16 GB',
      other: '{x}',
    });
  });

  it('draw the same values for the same seed, and differ across seeds', () => {
    const variation = { vm: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] };
    expect(drawVariables(variation, 5)).toEqual(drawVariables(variation, 5));
    const drawn = new Set([1, 2, 3, 4, 5, 6].map((seed) => drawVariables(variation, seed).vm));
    expect(drawn.size).toBeGreaterThan(1);
  });
});

describe('goal items', () => {
  it('begin with a capital, except where they begin with a name', () => {
    const prepared = prepareLesson(LESSONS[0]!, 1);
    const texts = goalStatuses(prepared, prepared.start, prepared.start.sim.seq, {}).map(
      (s) => s.text,
    );
    const web = prepared.variables.web as string;
    expect(texts).toEqual([
      `${web} and db-1 each run on a different host.`,
      'No VM that was running at the start went down during the lesson, and each runs now.',
    ]);
  });
});
