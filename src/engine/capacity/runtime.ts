import type { Assumptions } from '../model/assumptions';
import type { Container, ContainerRuntime, ContainerState } from '../model/types';
import { osById } from '../catalog/operatingSystems';
import { runtimeById } from '../catalog/runtimes';

/** What containers hold on the kernel they share, for the capacity figures and the platforms. */

/** A container holds CPU and memory on its kernel while it is in any of these states. */
const CONTAINER_HOLDS: ReadonlySet<ContainerState> = new Set(['starting', 'running']);

export function containerHolds(c: Container): boolean {
  return CONTAINER_HOLDS.has(c.state);
}

export function containersOf(runtime: ContainerRuntime | null): Container[] {
  return runtime ? Object.values(runtime.containers) : [];
}

/** CPU limits and memory limits of the containers holding resources on one runtime. */
export function runtimeLoad(runtime: ContainerRuntime | null): { cpu: number; memoryGb: number } {
  let cpu = 0;
  let memoryGb = 0;
  for (const c of containersOf(runtime)) {
    if (!containerHolds(c)) continue;
    cpu += c.cpu;
    memoryGb += c.memoryGb;
  }
  return { cpu, memoryGb };
}

/** Whether the runtime puts its containers in a hidden Linux VM on this OS (Docker Desktop). */
export function runsInHiddenVm(runtime: string, os: string): boolean {
  const family = osById(os)?.family;
  return family !== undefined && runtimeById(runtime)?.runsOn[family] === 'linux-vm';
}

/** Memory an OS with a runtime keeps before any container runs: the OS, the runtime, a hidden VM's OS. */
export function runtimeReserveGb(runtime: string, os: string, a: Assumptions): number {
  return a.osMemoryGb + a.runtimeMemoryGb + (runsInHiddenVm(runtime, os) ? a.osMemoryGb : 0);
}
