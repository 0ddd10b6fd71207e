import { allVms, apply, hostList, startSession } from '../src/engine';
import { LESSONS, type Lesson, goalStatuses, prepareLesson, runSteps } from '../src/lessons';
import { generateState } from '../src/scenarios/generate';
import { report, timeMedian } from './util';

/**
 * Checking a lesson's goal items, which the player does after every command and tick: on a
 * 200-host, 2,000-VM datacenter it must stay far below a drag frame (at most 1 ms), and on
 * each built-in lesson's own world even less.
 */
export function run(): Promise<void> {
  const big = generateState({ hosts: 200, vms: 2000, seed: 1 });
  const vms = allVms(big.world);
  const [a, b] = [vms[0]!.name, vms[1]!.name];
  // One lesson's worth of checks over the big world: placement, a ping, every VM, every host.
  const lesson: Lesson = {
    ...LESSONS[0]!,
    goals: [
      { kind: 'check', id: 'apart', check: { is: 'apart', vms: [a, b] } },
      { kind: 'check', id: 'reaches', check: { is: 'reaches', from: a, to: b } },
      { kind: 'check', id: 'up', check: { is: 'noVmDown' } },
      { kind: 'check', id: 'memory', check: { is: 'memoryBelow', percent: 80 } },
    ],
  };
  const prepared = { lesson, seed: 1, variables: {}, start: big };
  const target = hostList(big.world).at(-1)!.id;
  const moved = apply(big, { type: 'moveVm', vmId: vms[0]!.id, toHostId: target });
  const after = moved.ok ? moved.state : big;
  report(
    'lesson.goals.200hosts',
    timeMedian(() => goalStatuses(prepared, after, big.sim.seq, {}), 50),
    'ms',
  );
  // Every built-in lesson on its own solved world: the slowest of them.
  let slowest = 0;
  for (const source of LESSONS) {
    const ready = prepareLesson(source, 1);
    const solved = runSteps(startSession(ready.start), ready.lesson.solution);
    const state = solved.ok ? solved.session.state : ready.start;
    slowest = Math.max(
      slowest,
      timeMedian(() => goalStatuses(ready, state, ready.start.sim.seq, {}), 50),
    );
  }
  report('lesson.goals.builtin.slowest', slowest, 'ms');
  return Promise.resolve();
}
