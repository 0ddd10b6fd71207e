import type { HostId } from '../base/ids';
import { type Result, refuse } from '../base/result';
import type { Host, Vm, World } from '../model/types';
import { holdsResources } from '../capacity/usage';
import { take } from './fastPlace';
import { byName } from './hostTable';
import { requestOf } from './migrate';
import { checkHost, constraintOf, noHostSentence, pick, placementContext } from './placement';

/**
 * Where the running VMs of a host go when it enters maintenance mode: each placed by the
 * cluster's policy with every live-migration filter, largest first, on the capacity left by
 * the ones before, so that all the migrations can start at once.
 */
export type EvacuationPlan = Result<{
  readonly moves: readonly { readonly vm: Vm; readonly to: Host }[];
}>;

export function planEvacuation(world: World, hostId: HostId): EvacuationPlan {
  const host = world.hosts[hostId]!;
  const vms =
    host.platform.kind === 'hypervisor'
      ? Object.values(host.platform.vms).filter(holdsResources)
      : [];
  const stuck = vms.find((vm) => vm.power !== 'running');
  if (stuck) {
    return refuse(
      `${stuck.name} is ${stuck.power}: only a running VM can be live-migrated. Wait until it runs, or power it off.`,
    );
  }
  const ctx = placementContext(world, 'migrate', { from: hostId });
  // The VMs leave together: an affinity pair among them follows wherever the first one goes.
  for (const vm of vms) ctx.where.delete(vm.id);
  const moves: { vm: Vm; to: Host }[] = [];
  const order = [...vms].sort(
    (a, b) => b.memoryGb - a.memoryGb || b.vcpus - a.vcpus || byName(a.name, b.name),
  );
  for (const vm of order) {
    const req = requestOf(vm);
    const i = pick(ctx, req);
    if (i < 0) {
      const rc = constraintOf(ctx, req);
      const rows = ctx.table.hosts.flatMap((h, k) => {
        const p = checkHost(ctx, req, rc, k);
        return p && h.id !== hostId
          ? [{ hostName: h.name, reason: p.reason, failedFilter: p.filter }]
          : [];
      });
      return refuse(`${host.name} cannot be evacuated. ${noHostSentence(vm.name, rows)}`);
    }
    take(ctx.table.cap, i, vm.vcpus, vm.memoryGb);
    const to = ctx.table.hosts[i]!;
    ctx.where.set(vm.id, { host: to.id, name: vm.name });
    moves.push({ vm, to });
  }
  return { ok: true, moves };
}

/**
 * Where a host stands in maintenance mode: null when it is not in it, 'evacuating' while
 * running VMs are still there or leaving, 'ready' once it can be powered off.
 */
export function maintenanceState(world: World, hostId: HostId): 'evacuating' | 'ready' | null {
  const host = world.hosts[hostId];
  if (!host?.maintenance) return null;
  const busy =
    host.platform.kind === 'hypervisor' && Object.values(host.platform.vms).some(holdsResources);
  return busy ? 'evacuating' : 'ready';
}
