/**
 * What the orchestrator's screens compute while the clock plays, on a 200-host / 2,000-VM
 * datacenter: the canvas block (the brain and its management edges) on every state change, and
 * the open panel's explanation table, balancing report and admission figures on every tick.
 * Budget: a tick is drawn 4 times a second, so each should stay well under a frame (16 ms).
 */
import {
  admissionStatus,
  apply,
  balanceRecommendations,
  explainPlacement,
  hostList,
  tick,
} from '../src/engine';
import { generateState } from '../src/scenarios/generate';
import { layoutHosts } from '../src/store/layout';
import { orchestratorFlow } from '../src/store/orchestratorFlow';
import { report, timeMedian } from './util';

export function run(): Promise<void> {
  const on = apply(generateState({ hosts: 200, vms: 2000, seed: 1 }), {
    type: 'setOrchestrator',
    patch: { enabled: true, balancing: 'manual' },
  });
  if (!on.ok) throw new Error(on.reason);
  // Each run takes the state one tick later, so every host is a new object, as while playing.
  const states = [on.state];
  for (let i = 0; i < 60; i++) states.push(tick(states[states.length - 1]!, 1));
  const boxes = layoutHosts(states[0]!, {});
  const at = (i: number) => states[i % states.length]!;
  report(
    'orchestratorUi.flow.200hosts',
    timeMedian((i) => orchestratorFlow(at(i), boxes), 50),
    'ms',
  );
  const request = { name: 'web-new', vcpus: 2, memoryGb: 8, networks: [] };
  report(
    'orchestratorUi.explainPlacement.200hosts',
    timeMedian((i) => explainPlacement(at(i).world, request), 50),
    'ms',
  );
  report(
    'orchestratorUi.balanceRecommendations.200hosts',
    timeMedian((i) => balanceRecommendations(at(i).world, at(i).sim.time), 20),
    'ms',
  );
  report(
    'orchestratorUi.admissionStatus.200hosts',
    timeMedian((i) => admissionStatus(at(i).world), 50),
    'ms',
  );
  if (hostList(at(0).world).length !== 200) throw new Error('expected 200 hosts');
  return Promise.resolve();
}
