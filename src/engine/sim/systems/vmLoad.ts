import { holdsResources } from '../../capacity/usage';
import type { Host, State, Vm } from '../../model/types';
import { type EventDraft, event } from '../log';
import { nextRandom } from '../prng';
import type { TickSystem } from './types';

/**
 * Booting VMs count down to running, and each running VM's CPU demand takes a bounded random
 * step drawn from the state's own PRNG, so host meters move while the clock plays.
 */
export const vmLoad: TickSystem = (state: State, dt: number) => {
  let rng = state.sim.rng;
  const events: EventDraft[] = [];
  const hosts: Record<string, Host> = {};
  for (const id in state.world.hosts) {
    const host = state.world.hosts[id as keyof typeof state.world.hosts];
    if (!host) continue;
    if (host.platform.kind !== 'hypervisor' || host.power !== 'on') {
      hosts[id] = host;
      continue;
    }
    let changed = false;
    const vms: Record<string, Vm> = {};
    for (const vmId in host.platform.vms) {
      const vm = host.platform.vms[vmId as keyof typeof host.platform.vms];
      if (!vm) continue;
      if (!holdsResources(vm) || vm.power === 'paused') {
        vms[vmId] = vm;
        continue;
      }
      changed = true;
      const r = nextRandom(rng);
      rng = r.rng;
      const step = (r.value - 0.5) * 0.2 * Math.min(dt, 5);
      const cpuDemand = Math.min(1, Math.max(0.02, vm.cpuDemand + step));
      if (vm.power === 'booting') {
        const left = vm.bootRemainingS - dt;
        if (left <= 0) {
          events.push(event('vm.booted', `${vm.name} finished booting and is running.`, vm.id));
          vms[vmId] = { ...vm, power: 'running', bootRemainingS: 0, cpuDemand };
        } else {
          vms[vmId] = { ...vm, bootRemainingS: left, cpuDemand };
        }
      } else {
        vms[vmId] = { ...vm, cpuDemand };
      }
    }
    hosts[id] = changed ? { ...host, platform: { ...host.platform, vms } } : host;
  }
  return {
    state: { world: { ...state.world, hosts }, sim: { ...state.sim, rng } },
    events,
  };
};
