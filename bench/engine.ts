/**
 * Engine figures at the scale of a large class demo: 200 hosts and 2,000 VMs from the scenario
 * generator. Targets: tick ≤ 2 ms, one move ≤ 0.05 ms, the state ≤ 20 MB of heap.
 */
import { type Command, type State, type Vm, apply, hostList, tick, vmsOf } from '../src/engine';
import { generateState } from '../src/scenarios/generate';
import { report, timeMedian } from './util';

const SCALE = { hosts: 200, vms: 2000, seed: 1 };
const LABEL = `${SCALE.hosts}hosts.${SCALE.vms}vms`;

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('Run with node --expose-gc (npm run bench does).');
  collect();
  collect();
}

/** Heap the state keeps alive: heap used after full collections, before and after building it. */
function buildMeasured(): { state: State; mb: number; ms: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const state = generateState(SCALE);
  const ms = performance.now() - start;
  gc();
  return { state, mb: (process.memoryUsage().heapUsed - before) / 2 ** 20, ms };
}

/**
 * Up to `count` moves the engine accepts from `state`, of VMs that `which` selects, each to
 * another host: timing them in turn from the same state makes every timed move a real one.
 */
function validMoves(state: State, which: (vm: Vm) => boolean, count: number): Command[] {
  const hosts = hostList(state.world);
  const moves: Command[] = [];
  for (let h = 0; h < hosts.length && moves.length < count; h += 1) {
    const vm = vmsOf(hosts[h]!).find(which);
    const to = hosts[(h + 1 + (h % 7)) % hosts.length]!;
    if (!vm) continue;
    const move: Command = { type: 'moveVm', vmId: vm.id, toHostId: to.id };
    if (apply(state, move).ok) moves.push(move);
  }
  if (moves.length === 0) throw new Error('No VM can move in the generated state.');
  return moves;
}

function timeMoves(state: State, moves: readonly Command[]): number {
  return timeMedian((i) => {
    if (!apply(state, moves[i % moves.length]!).ok) throw new Error('A valid move was refused.');
  }, 5000);
}

export async function run(): Promise<void> {
  const { state, mb, ms } = buildMeasured();
  report(`generate.${LABEL}`, ms, 'ms');

  let ticked = state;
  report(
    `tick.${LABEL}`,
    timeMedian(() => (ticked = tick(ticked, 1)), 300),
    'ms',
  );

  const live = validMoves(state, (vm) => vm.power === 'running', 50);
  report(`move.${LABEL}`, timeMoves(state, live), 'ms');
  const cold = validMoves(state, (vm) => vm.power === 'off', 50);
  report(`move.cold.${LABEL}`, timeMoves(state, cold), 'ms');

  report(`heap.state.${LABEL}`, mb, 'MB');
  // The state must stay reachable until here, or its heap figure would mean nothing.
  if (hostList(state.world).length !== SCALE.hosts) throw new Error('The state lost hosts.');
  await Promise.resolve();
}
