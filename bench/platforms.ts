/**
 * The compare view and the TCO panel at the scale of a large class demo: a 200-host, 2,000-VM
 * datacenter whose VMs become the compare workload (2,000 app instances). One figure is the
 * time to answer one edited cost assumption: apply the command, redeploy the five ways, price
 * them and build the chart rows. Target: under 50 ms.
 */
import {
  type AppFamily,
  type Command,
  type State,
  type WorkloadApp,
  allVms,
  apply,
  compareDeployments,
  compareMetrics,
  osById,
  tco,
} from '../src/engine';
import { generateState } from '../src/scenarios/generate';
import { report, timeMedian } from './util';

const SCALE = { hosts: 200, vms: 2000, seed: 1 };

/**
 * The datacenter's VMs as a workload: VMs of one size and OS family become one app with that
 * many instances, needing its VM's memory less the guest OS, and a quarter of its vCPUs.
 */
function workloadOf(state: State): WorkloadApp[] {
  const apps = new Map<string, WorkloadApp>();
  const osGb = state.world.assumptions.osMemoryGb;
  for (const vm of allVms(state.world)) {
    const family: AppFamily = osById(vm.os)?.family === 'windows' ? 'windows' : 'linux';
    const name = `${vm.vcpus} vCPU ${vm.memoryGb} GB ${family}`;
    const app = apps.get(name);
    apps.set(
      name,
      app
        ? { ...app, instances: app.instances + 1 }
        : {
            name,
            cpu: vm.vcpus / 4,
            memoryGb: Math.max(0.25, vm.memoryGb - osGb),
            instances: 1,
            family,
          },
    );
  }
  return [...apps.values()];
}

function applied(state: State, command: Command): State {
  const r = apply(state, command);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

export async function run(): Promise<void> {
  const generated = generateState(SCALE);
  const base = applied(generated, { type: 'setWorkload', workload: workloadOf(generated) });
  const instances = base.world.study.workload.reduce((t, a) => t + a.instances, 0);
  if (instances !== SCALE.vms) throw new Error(`The workload has ${instances} instances.`);
  let servers = 0;
  const ms = timeMedian((i) => {
    // Alternate the price so each run is a real edit of the study.
    const state = applied(base, {
      type: 'setCostAssumption',
      key: 'electricityPerKwh',
      value: i % 2 === 0 ? 0.25 : 0.3,
    });
    const { study, assumptions } = state.world;
    const comparison = compareDeployments(study.workload, assumptions, study.assumptions);
    const cost = tco(comparison, study.assumptions);
    servers = compareMetrics(comparison, cost).length > 0 ? comparison.ways[0]!.servers : 0;
  }, 200);
  report(`compare.${SCALE.hosts}hosts`, ms, 'ms');
  if (servers !== SCALE.vms) throw new Error('One OS per server should need a server per VM.');
  await Promise.resolve();
}
