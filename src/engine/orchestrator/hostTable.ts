import type { HostId } from '../base/ids';
import type { Host, World } from '../model/types';
import { holdsResources, hostUsage } from '../capacity/usage';
import { type Capacity, buildCapacity } from './fastPlace';

/** A name cut into runs of digits and of other characters, for byName. */
export const nameTokens = (name: string): string[] => name.match(/\d+|\D+/g) ?? [];

/** Compares names with their digits as numbers, so esx-2 comes before esx-10. */
export function byName(a: string, b: string): number {
  return byTokens(nameTokens(a), nameTokens(b), a, b);
}

/** byName on names already cut into tokens, to sort many names without cutting them again. */
export function byTokens(
  pa: readonly string[],
  pb: readonly string[],
  a: string,
  b: string,
): number {
  for (let k = 0; k < Math.min(pa.length, pb.length); k++) {
    const x = pa[k]!;
    const y = pb[k]!;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    if (nx && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A host is down when its hardware failed or its hypervisor (or a type-2 host OS) crashed: its
 * VMs went down with it and its agent answers no heartbeat.
 */
export function isDown(host: Host): boolean {
  return (
    host.power === 'failed' ||
    (host.platform.kind === 'hypervisor' && host.platform.crashed !== null)
  );
}

/** Whether the orchestrator may place a VM on this host at all, before any per-VM filter. */
export function isOpen(host: Host): boolean {
  return (
    host.platform.kind === 'hypervisor' && host.power === 'on' && !host.maintenance && !isDown(host)
  );
}

/** The world's hosts in name order with their capacity in typed arrays. */
export interface HostTable {
  readonly hosts: readonly Host[];
  readonly position: ReadonlyMap<HostId, number>;
  readonly cap: Capacity;
}

/** The table of every host, or of `only` these (checking one target need not size them all). */
export function hostTable(world: World, only?: readonly HostId[]): HostTable {
  const all = only ? only.flatMap((id) => world.hosts[id] ?? []) : Object.values(world.hosts);
  const hosts = all.sort((a, b) => byName(a.name, b.name));
  const n = hosts.length;
  const input = {
    cores: new Float64Array(n),
    cpuCap: new Float64Array(n),
    cpuUsed: new Float64Array(n),
    memCap: new Float64Array(n),
    memUsed: new Float64Array(n),
    memOver: new Uint8Array(n),
    count: new Int32Array(n),
    open: new Uint8Array(n),
  };
  const position = new Map<HostId, number>();
  hosts.forEach((host, i) => {
    position.set(host.id, i);
    const u = hostUsage(host, world.assumptions);
    input.cores[i] = u.coresForVms;
    input.cpuCap[i] = u.vcpuLimit;
    input.cpuUsed[i] = u.vcpuAllocated;
    input.memCap[i] = u.memoryForVmsGb;
    input.memUsed[i] = u.memoryAllocatedGb;
    input.memOver[i] = host.memoryOvercommit ? 1 : 0;
    input.open[i] = isOpen(host) ? 1 : 0;
    if (host.platform.kind === 'hypervisor') {
      let count = host.platform.incoming.length;
      for (const id in host.platform.vms) {
        const vm = host.platform.vms[id as keyof typeof host.platform.vms];
        if (vm && holdsResources(vm)) count += 1;
      }
      input.count[i] = count;
    }
  });
  return { hosts, position, cap: buildCapacity(input) };
}
