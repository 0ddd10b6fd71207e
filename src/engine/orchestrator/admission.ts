import { gb } from '../base/text';
import type { World } from '../model/types';
import { holdsResources } from '../capacity/usage';
import type { Capacity } from './fastPlace';
import { hostTable } from './hostTable';

/**
 * HA admission control by the slot policy (vSphere's "host failures cluster tolerates = 1"):
 * a slot is as large as the largest powered-on VM (in vCPUs and in memory); each open host
 * holds as many slots as fit in it; the VMs may use every slot but those of the largest host.
 * When any one host fails, the others then have a free slot for each of its VMs, and any VM
 * fits in any free slot, so every VM restarts (rules and networks permitting).
 * It is conservative when VM sizes differ a lot: one large VM makes every slot large.
 */
export interface AdmissionCheck {
  readonly ok: boolean;
  readonly slotVcpus: number;
  readonly slotMemoryGb: number;
  readonly totalSlots: number;
  /** Slots of the largest host, kept free for its failure. */
  readonly reservedSlots: number;
  /** Powered-on VMs, the new one included. */
  readonly vms: number;
  readonly reason: string;
}

export interface SlotHost {
  readonly cores: number;
  readonly cpuCap: number;
  readonly memCap: number;
}

export interface SlotVm {
  readonly vcpus: number;
  readonly memoryGb: number;
}

export function slotsOf(host: SlotHost, slotVcpus: number, slotMemoryGb: number): number {
  if (host.cores < slotVcpus) return 0;
  const byCpu = Math.floor(host.cpuCap / slotVcpus);
  const byMem = slotMemoryGb > 0 ? Math.floor(host.memCap / slotMemoryGb + 1e-9) : Infinity;
  return Math.min(byCpu, byMem);
}

export function checkSlots(hosts: readonly SlotHost[], vms: readonly SlotVm[]): AdmissionCheck {
  let slotVcpus = 0;
  let slotMemoryGb = 0;
  for (const vm of vms) {
    slotVcpus = Math.max(slotVcpus, vm.vcpus);
    slotMemoryGb = Math.max(slotMemoryGb, vm.memoryGb);
  }
  if (vms.length === 0) {
    return {
      ok: true,
      slotVcpus,
      slotMemoryGb,
      totalSlots: 0,
      reservedSlots: 0,
      vms: 0,
      reason: '',
    };
  }
  let totalSlots = 0;
  let reservedSlots = 0;
  for (const h of hosts) {
    const s = slotsOf(h, slotVcpus, slotMemoryGb);
    totalSlots += s;
    reservedSlots = Math.max(reservedSlots, s);
  }
  const usable = totalSlots - reservedSlots;
  const ok = vms.length <= usable;
  const reason = `Admission control keeps room for one host to fail: with slots of ${slotVcpus} vCPU${slotVcpus === 1 ? '' : 's'} and ${gb(slotMemoryGb)} (the largest powered-on VM), the cluster has ${totalSlots} slots and keeps the largest host's ${reservedSlots} free, leaving ${usable}${ok ? ` for ${vms.length} VMs` : `, fewer than the ${vms.length} VMs that would run`}.`;
  return { ok, slotVcpus, slotMemoryGb, totalSlots, reservedSlots, vms: vms.length, reason };
}

/** The VMs admission control counts: every VM holding resources on a host that is on. */
export function poweredOnVms(world: World): SlotVm[] {
  const out: SlotVm[] = [];
  for (const host of Object.values(world.hosts)) {
    if (host.platform.kind !== 'hypervisor' || host.power !== 'on') continue;
    for (const vm of Object.values(host.platform.vms)) if (holdsResources(vm)) out.push(vm);
  }
  return out;
}

/** The open hosts of a capacity table, as slot hosts. */
export function openSlotHosts(c: Capacity, keep: (i: number) => boolean = () => true): SlotHost[] {
  const out: SlotHost[] = [];
  for (let i = 0; i < c.n; i++) {
    if (c.open[i] === 1 && keep(i)) {
      out.push({ cores: c.cores[i]!, cpuCap: c.cpuCap[i]!, memCap: c.memCap[i]! });
    }
  }
  return out;
}

/** The cluster's slot figures as they stand, for the orchestrator panel ("30 of 30 slots used"). */
export function admissionStatus(world: World): AdmissionCheck {
  return checkSlots(openSlotHosts(hostTable(world).cap), poweredOnVms(world));
}
