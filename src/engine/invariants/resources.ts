import { gb } from '../base/text';
import type { Host, State } from '../model/types';
import { containerHolds } from '../capacity/runtime';
import { holdsResources, hostUsage } from '../capacity/usage';
import type { Path, Problem } from './problem';

/**
 * What a host holds: nothing runs on a host that is off, failed or crashed, and what is powered
 * on fits its cores and memory, as the engine's own commands and HA always keep it.
 */
export function resourceProblems(state: State): Problem[] {
  const problems: Problem[] = [];
  for (const [key, host] of Object.entries(state.world.hosts)) {
    const at = ['world', 'hosts', key];
    problems.push(...downHostProblems(host, at));
    problems.push(...capacityProblems(host, at, state));
  }
  return problems;
}

/** Why nothing can hold resources on a host right now, or null when it runs. */
function whyDown(host: Host): string | null {
  if (host.power !== 'on') return `${host.name} is ${host.power}`;
  const crashed = host.platform.crashed;
  if (crashed === null) return null;
  return `the ${crashed === 'hypervisor' ? 'hypervisor' : 'OS'} of ${host.name} has crashed`;
}

function downHostProblems(host: Host, at: Path): Problem[] {
  const down = whyDown(host);
  if (!down) return [];
  const p = host.platform;
  if (p.kind === 'hypervisor') {
    return Object.entries(p.vms)
      .filter(([, vm]) => holdsResources(vm))
      .map(([vmKey, vm]) => ({
        path: [...at, 'platform', 'vms', vmKey, 'power'],
        message: `is "${vm.power}", but ${down}: ${vm.name} cannot run there; a VM on a host that is down is off or crashed`,
      }));
  }
  const runtime = p.kind === 'container-host' ? p.runtime : null;
  return Object.entries(runtime?.containers ?? {})
    .filter(([, c]) => containerHolds(c))
    .map(([cKey, c]) => ({
      path: [...at, 'platform', 'runtime', 'containers', cKey, 'state'],
      message: `is "${c.state}", but ${down}: ${c.name} cannot run on its kernel; a container on a host that is down is off or crashed`,
    }));
}

const WORKLOAD_FIELD = { vms: 'vms', containers: 'runtime', apps: 'apps' } as const;

function capacityProblems(host: Host, at: Path, state: State): Problem[] {
  const problems: Problem[] = [];
  const u = hostUsage(host, state.world.assumptions);
  const held = [...at, 'platform', WORKLOAD_FIELD[u.workload]];
  const what = u.workload === 'vms' ? 'vCPUs' : 'cores of CPU limits';
  const incoming = host.platform.kind === 'hypervisor' && host.platform.incoming.length > 0;
  const heldHow = incoming ? 'powered on or held for incoming migrations' : 'powered on';
  if (u.vcpuAllocated > u.vcpuLimit) {
    problems.push({
      path: held,
      message: `hold ${u.vcpuAllocated} ${what} ${heldHow}, over the limit of ${host.name}: ${u.vcpuLimit} (${u.coresForVms} cores × overcommit ${host.cpuOvercommit})`,
    });
  }
  if (!host.memoryOvercommit && u.memoryAllocatedGb > u.memoryForVmsGb + 1e-9) {
    problems.push({
      path: held,
      message: `hold ${gb(u.memoryAllocatedGb)} of memory ${heldHow}, over the ${gb(u.memoryForVmsGb)} ${host.name} has for them (${gb(host.memoryGb)} less ${gb(u.memoryReservedGb)} its platform keeps), and memoryOvercommit is off`,
    });
  }
  if (host.platform.kind !== 'hypervisor') return problems;
  for (const [vmKey, vm] of Object.entries(host.platform.vms)) {
    if (!holdsResources(vm) || vm.vcpus <= u.coresForVms) continue;
    problems.push({
      path: [...at, 'platform', 'vms', vmKey, 'vcpus'],
      message: `is ${vm.vcpus}, more than the ${u.coresForVms} cores ${host.name} has for VMs; a powered-on VM never has more vCPUs than its host's cores`,
    });
  }
  return problems;
}
