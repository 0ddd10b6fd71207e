import type { HostId, RuleId, VmId } from '../base/ids';
import type { PlacementRule } from '../model/orchestrator';
import type { World } from '../model/types';
import { holdsResources } from '../capacity/usage';

/** Where a VM counts for the rules: the host it runs on, or is being live-migrated to. */
export interface Spot {
  readonly host: HostId;
  readonly name: string;
}
export type Whereabouts = Map<VmId, Spot>;

/** Every VM that holds resources, by where it counts; a VM that is off or crashed counts nowhere. */
export function whereabouts(world: World): Whereabouts {
  const where: Whereabouts = new Map();
  const heading = new Map(world.orchestrator.migrations.map((m) => [m.vmId, m.to]));
  for (const host of Object.values(world.hosts)) {
    if (host.platform.kind !== 'hypervisor') continue;
    for (const vm of Object.values(host.platform.vms)) {
      if (holdsResources(vm))
        where.set(vm.id, { host: heading.get(vm.id) ?? host.id, name: vm.name });
    }
  }
  return where;
}

/** The rules a VM is bound by: those naming it, and those a new VM is about to join. */
export function rulesOf(
  rules: readonly PlacementRule[],
  vmId: VmId | undefined,
  joining: readonly RuleId[] = [],
): PlacementRule[] {
  return rules.filter(
    (r) => (vmId !== undefined && r.vmIds.includes(vmId)) || joining.includes(r.id),
  );
}

/** What the rules ask of one VM's host, as sets of hosts with the sentence that says why. */
export interface RuleConstraint {
  /** Non-empty: the VM must go to one of these hosts, where its affinity partners run. */
  readonly together: ReadonlyMap<HostId, string>;
  /** Hosts it must avoid, where its anti-affinity partners run. */
  readonly apart: ReadonlyMap<HostId, string>;
}

export const NO_RULES: RuleConstraint = { together: new Map(), apart: new Map() };

export function ruleConstraint(
  rules: readonly PlacementRule[],
  self: VmId | undefined,
  selfName: string,
  where: Whereabouts,
): RuleConstraint {
  if (rules.length === 0) return NO_RULES;
  const together = new Map<HostId, string>();
  const apart = new Map<HostId, string>();
  for (const rule of rules) {
    for (const member of rule.vmIds) {
      if (member === self) continue;
      const spot = where.get(member);
      if (!spot) continue;
      if (rule.kind === 'affinity') {
        if (!together.has(spot.host))
          together.set(spot.host, `rule "${rule.name}" keeps ${selfName} with ${spot.name}`);
      } else if (!apart.has(spot.host)) {
        apart.set(spot.host, `rule "${rule.name}" keeps ${selfName} away from ${spot.name}`);
      }
    }
  }
  return together.size === 0 && apart.size === 0 ? NO_RULES : { together, apart };
}

export interface RuleProblem {
  readonly filter: 'affinity' | 'anti-affinity';
  readonly reason: string;
}

/** Why the rules forbid this host, or null when they allow it. */
export function ruleProblem(
  c: RuleConstraint,
  hostId: HostId,
  hostName: (id: HostId) => string,
): RuleProblem | null {
  if (c.together.size > 0 && !c.together.has(hostId)) {
    const [host, why] = c.together.entries().next().value!;
    return { filter: 'affinity', reason: `The ${why}, which runs on ${hostName(host)}.` };
  }
  const why = c.apart.get(hostId);
  if (why) return { filter: 'anti-affinity', reason: `The ${why}, which runs here.` };
  return null;
}
