/**
 * Orchestrator figures. Targets on a 2-core machine: placing 40,000 VMs onto 20,000
 * hosts by first fit ≤ 100 ms; HA re-placing the 1,000 VMs of a failed host ≤ 8 ms.
 */
import {
  type Command,
  type Host,
  type HostId,
  type State,
  apply,
  emptyState,
  nextRandom,
  tick,
} from '../src/engine';
import { buildCapacity, placeAll } from '../src/engine/orchestrator/fastPlace';
import { highAvailability } from '../src/engine/sim/systems/highAvailability';
import { report, timeMedian } from './util';

/** Draws from a list with the engine's seeded PRNG, so every run places the same VMs. */
function drawer(seed: number) {
  let rng = seed;
  return <T>(list: readonly T[]): T => {
    const r = nextRandom(rng);
    rng = r.rng;
    return list[Math.floor(r.value * list.length)]!;
  };
}

/**
 * 20,000 hosts of 8 to 32 cores and 32 to 128 GB, each already a quarter to half full, and
 * 40,000 VMs of 1 to 8 vCPUs and 2 to 16 GB: first fit fills the front hosts, so a plain scan
 * would walk past thousands of full hosts for every VM.
 */
function placementInput() {
  const pick = drawer(5);
  const hosts = 20_000;
  const cores = new Float64Array(hosts);
  const memCap = new Float64Array(hosts);
  const cpuUsed = new Float64Array(hosts);
  const memUsed = new Float64Array(hosts);
  for (let i = 0; i < hosts; i++) {
    cores[i] = pick([8, 16, 24, 32]);
    memCap[i] = pick([32, 64, 96, 128]) - 1;
    const share = pick([0.25, 0.35, 0.5]);
    cpuUsed[i] = Math.floor(cores[i]! * 4 * share);
    memUsed[i] = Math.floor(memCap[i]! * share);
  }
  const cpuCap = cores.map((c) => c * 4);
  const vms = 40_000;
  const vcpus = new Float64Array(vms).map(() => pick([1, 2, 4, 8]));
  const memGb = new Float64Array(vms).map(() => pick([2, 4, 8, 16]));
  return { capacity: { cores, cpuCap, cpuUsed, memCap, memUsed }, vcpus, memGb };
}

function must(state: State, command: Command): State {
  const r = apply(state, command);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

/**
 * 100 hosts: one large host runs 1,000 small VMs, the 99 others 10 VMs each. The large host
 * has failed and the heartbeat timeout has just run out: the next HA pass re-places its VMs.
 */
function failedHostState(): State {
  let s = must(emptyState(1), {
    type: 'addHost',
    spec: {
      name: 'big-1',
      cpuCores: 256,
      memoryGb: 2048,
      storageGb: 100_000,
      nicCount: 2,
      product: 'esxi',
    },
  });
  for (let h = 2; h <= 100; h++) {
    s = must(s, {
      type: 'addHost',
      spec: {
        name: `esx-${h}`,
        cpuCores: 64,
        memoryGb: 512,
        storageGb: 10_000,
        nicCount: 2,
        product: 'esxi',
      },
    });
  }
  s = must(s, { type: 'setOrchestrator', patch: { enabled: true } });
  const hosts = Object.values(s.world.hosts);
  let n = 0;
  for (const host of hosts) {
    const count = host.name === 'big-1' ? 1000 : 10;
    for (let k = 0; k < count; k++) {
      n += 1;
      s = must(s, {
        type: 'addVm',
        hostId: host.id,
        spec: {
          name: `vm-${n}`,
          os: 'ubuntu-24.04',
          vcpus: 1,
          memoryGb: host.name === 'big-1' ? 1 : 8,
          diskGb: 10,
        },
      });
    }
  }
  for (const host of Object.values(s.world.hosts)) {
    if (host.platform.kind !== 'hypervisor') continue;
    for (const vm of Object.values(host.platform.vms))
      s = must(s, { type: 'setVmPower', vmId: vm.id, on: true });
  }
  s = must(s, {
    type: 'setHostPower',
    hostId: hosts.find((h) => h.name === 'big-1')!.id,
    power: 'failed',
  });
  return { ...s, sim: { ...s.sim, time: s.sim.time + s.world.assumptions.heartbeatTimeoutS } };
}

/** 4,000 empty hypervisor hosts a consolidation has just emptied: the next tick powers them off. */
function consolidatedState(): State {
  const one = must(emptyState(1), {
    type: 'addHost',
    spec: {
      name: 'esx-1',
      cpuCores: 32,
      memoryGb: 256,
      storageGb: 1000,
      nicCount: 1,
      product: 'esxi',
    },
  });
  const template = Object.values(one.world.hosts)[0]!;
  const hosts: Record<HostId, Host> = {};
  for (let h = 1; h <= 4000; h++) {
    const id = `host-${one.sim.nextId + h}` as HostId;
    hosts[id] = { ...template, id, name: `esx-${h}` };
  }
  const powerOffWhenEmpty = Object.keys(hosts) as HostId[];
  const world = {
    ...one.world,
    hosts,
    orchestrator: { ...one.world.orchestrator, powerOffWhenEmpty },
  };
  return { world, sim: { ...one.sim, nextId: one.sim.nextId + 4001 } };
}

export async function run(): Promise<void> {
  const input = placementInput();
  let placed = 0;
  const place = timeMedian(() => {
    const cap = buildCapacity(input.capacity);
    const at = placeAll(cap, 'first-fit', input.vcpus, input.memGb);
    placed = at.reduce((k, h) => k + (h >= 0 ? 1 : 0), 0);
  }, 20);
  if (placed !== input.vcpus.length) throw new Error(`Only ${placed} of 40,000 VMs found a host.`);
  report('place.firstfit.20000hosts.40000vms', place, 'ms');

  const failed = failedHostState();
  const ha = timeMedian(() => {
    const out = highAvailability(failed, 1);
    const restarted = out.state.world.orchestrator.incidents.at(-1)!.restarted.length;
    if (restarted !== 1000) throw new Error(`HA restarted ${restarted} of 1,000 VMs.`);
  }, 100);
  report('ha.replace.1000vms', ha, 'ms');

  const consolidated = consolidatedState();
  const afterConsolidation = timeMedian(() => {
    const out = tick(consolidated, 1);
    if (Object.values(out.world.hosts).some((h) => h.power === 'on'))
      throw new Error('The tick left an emptied host on.');
  }, 5);
  report('tick.afterConsolidation.4000hosts', afterConsolidation, 'ms');
  await Promise.resolve();
}
