import type { HostId, RuleId, VmId } from '../base/ids';
import { gb, pct } from '../base/text';
import type { PlacementPolicy } from '../model/orchestrator';
import type { Host, World } from '../model/types';
import { hypervisorById } from '../catalog/hypervisors';
import { type AdmissionCheck, checkSlots, openSlotHosts, poweredOnVms } from './admission';
import {
  type Capacity,
  MEMORY_EPSILON,
  better,
  choose,
  fits,
  memShareAfter,
  policyKey,
} from './fastPlace';
import { type HostTable, hostTable } from './hostTable';
import {
  NO_RULES,
  type RuleConstraint,
  type Whereabouts,
  ruleConstraint,
  ruleProblem,
  rulesOf,
  whereabouts,
} from './rules';

/**
 * Placement as the orchestrator does it (docs/domain.md, "The infrastructure orchestrator"):
 * filter the hosts that can take
 * the VM, then score the rest by the policy. The same filters serve a new VM (deploy), an HA
 * restart and a live migration; only the set differs. Every filter says why a host failed it.
 */

/** What is being placed: a new VM's spec, or an existing VM (HA, migration, balancing). */
export interface PlacementRequest {
  readonly name: string;
  readonly vcpus: number;
  readonly memoryGb: number;
  /** The port group each vNIC plugs into (null: unplugged). */
  readonly networks: readonly (string | null)[];
  /** An existing VM: its rules apply, and it does not count against itself. */
  readonly vmId?: VmId;
  /** Rules a new VM joins as it is created. */
  readonly ruleIds?: readonly RuleId[];
}

/**
 * deploy: a new VM. restart: HA brings a VM of the failed host `from` back elsewhere.
 * migrate: a running VM moves live from `from`; both need the same hypervisor, the same shared
 * datastore and the same networks on both sides.
 */
export type PlacementMode = 'deploy' | 'restart' | 'migrate';

export type PlacementFilter =
  | 'hypervisor'
  | 'current host'
  | 'power'
  | 'maintenance'
  | 'same hypervisor'
  | 'shared storage'
  | 'network'
  | 'capacity'
  | 'affinity'
  | 'anti-affinity'
  | 'admission control';

export interface HostProblem {
  readonly filter: PlacementFilter;
  readonly reason: string;
}

/** Everything one decision (or one batch of decisions) reads, built once. */
export interface PlacementContext {
  readonly world: World;
  readonly mode: PlacementMode;
  readonly policy: PlacementPolicy;
  readonly table: HostTable;
  readonly where: Whereabouts;
  readonly source: Host | null;
  /** Port group name → VLAN on the source host. */
  readonly sourceNets: ReadonlyMap<string, number>;
  /** 1 where a host passes every filter that does not depend on the VM. */
  readonly mask: Uint8Array;
  /** The static mask and the network filter together, by the VM's port groups, once per set. */
  readonly netMasks: Map<string, Uint8Array>;
}

function portGroups(host: Host): Map<string, number> {
  const out = new Map<string, number>();
  if (host.platform.kind !== 'hypervisor') return out;
  for (const s of host.platform.vswitches) for (const pg of s.portGroups) out.set(pg.name, pg.vlan);
  return out;
}

const productName = (host: Host) =>
  host.platform.kind === 'hypervisor'
    ? (hypervisorById(host.platform.product)?.name ?? host.platform.product)
    : host.platform.kind;

export interface ContextOptions {
  /** The host the VM comes from (migrate) or failed on (restart). */
  readonly from?: HostId | null;
  /** A table to share, so bookings made for one decision count for the next. */
  readonly table?: HostTable;
  readonly where?: Whereabouts;
  /** Another policy than the cluster's (consolidation packs by best fit). */
  readonly policy?: PlacementPolicy;
}

export function placementContext(
  world: World,
  mode: PlacementMode,
  opts: ContextOptions = {},
): PlacementContext {
  const table = opts.table ?? hostTable(world);
  const source = opts.from ? (world.hosts[opts.from] ?? null) : null;
  const ctx: PlacementContext = {
    world,
    mode,
    policy: opts.policy ?? world.orchestrator.settings.policy,
    table,
    // Only rules read where VMs are; without any, the walk over every VM is not needed.
    where:
      opts.where ??
      (world.orchestrator.rules.length > 0 ? whereabouts(world) : (new Map() as Whereabouts)),
    source,
    sourceNets: source ? portGroups(source) : new Map(),
    mask: new Uint8Array(table.hosts.length),
    netMasks: new Map(),
  };
  table.hosts.forEach((host, i) => {
    ctx.mask[i] = staticProblem(ctx, host) === null ? 1 : 0;
  });
  return ctx;
}

/** The filters that do not depend on which VM is placed. */
function staticProblem(ctx: PlacementContext, host: Host): HostProblem | null {
  const { source, mode } = ctx;
  if (host.platform.kind !== 'hypervisor') {
    return {
      filter: 'hypervisor',
      reason: `${host.name} runs no hypervisor, so it cannot run VMs.`,
    };
  }
  // An HA restart may go back to the failed host once it is on again; a migration may not.
  if (mode === 'migrate' && source && host.id === source.id) {
    return { filter: 'current host', reason: `The VM runs here already.` };
  }
  if (host.power !== 'on') {
    return {
      filter: 'power',
      reason: host.power === 'failed' ? `${host.name} has failed.` : `${host.name} is powered off.`,
    };
  }
  if (host.platform.crashed !== null) {
    return {
      filter: 'power',
      reason: `${host.name}'s ${host.platform.crashed === 'os' ? 'host OS' : 'hypervisor'} has crashed.`,
    };
  }
  if (host.maintenance) {
    return { filter: 'maintenance', reason: `${host.name} is in maintenance mode.` };
  }
  if (!source || source.platform.kind !== 'hypervisor') return null;
  if (source.platform.product !== host.platform.product) {
    return {
      filter: 'same hypervisor',
      reason: `${host.name} runs ${productName(host)} and ${source.name} ${productName(source)}: a VM moves only between hosts that run the same hypervisor.`,
    };
  }
  if (source.sharedDatastore === null) {
    return {
      filter: 'shared storage',
      reason: `The VM's disk is on ${source.name}'s local disks, which ${host.name} cannot reach: that needs a shared datastore.`,
    };
  }
  if (host.sharedDatastore !== source.sharedDatastore) {
    return {
      filter: 'shared storage',
      reason: `${host.name} does not mount ${source.sharedDatastore}, the shared datastore that holds the VM's disk.`,
    };
  }
  return null;
}

function networkProblem(
  ctx: PlacementContext,
  host: Host,
  networks: readonly (string | null)[],
): HostProblem | null {
  const here = portGroups(host);
  for (const name of networks) {
    if (name === null) continue;
    const vlan = here.get(name);
    if (vlan === undefined) {
      return { filter: 'network', reason: `${host.name} has no port group "${name}".` };
    }
    const before = ctx.sourceNets.get(name);
    if (ctx.source && before !== undefined && before !== vlan) {
      return {
        filter: 'network',
        reason: `Port group "${name}" is VLAN ${vlan} on ${host.name} but VLAN ${before} on ${ctx.source.name}: not the same network.`,
      };
    }
  }
  return null;
}

/** 1 where a host passes every filter but capacity and the rules, for these port groups. */
function openMask(ctx: PlacementContext, networks: readonly (string | null)[]): Uint8Array {
  const key =
    networks.length === 0 ? '' : [...new Set(networks.filter((n) => n !== null))].sort().join('\n');
  let mask = ctx.netMasks.get(key);
  if (!mask) {
    mask = new Uint8Array(ctx.table.hosts.length);
    ctx.table.hosts.forEach((host, i) => {
      mask![i] = ctx.mask[i] === 1 && networkProblem(ctx, host, networks) === null ? 1 : 0;
    });
    ctx.netMasks.set(key, mask);
  }
  return mask;
}

/** Why a host lacks room, in the words of capacity/fit.ts, from the table's figures. */
function capacityProblem(c: Capacity, i: number, host: Host, req: PlacementRequest): string {
  if (req.vcpus > c.cores[i]!) {
    return `${req.name} has ${req.vcpus} vCPUs; ${host.name} has only ${c.cores[i]} cores for VMs, and a VM cannot have more vCPUs than the host has cores.`;
  }
  const cpuFree = c.cpuCap[i]! - c.cpuUsed[i]!;
  if (req.vcpus > cpuFree) {
    return `${host.name} has ${cpuFree} vCPUs free at ${host.cpuOvercommit}:1 overcommit; ${req.name} needs ${req.vcpus}.`;
  }
  const memFree = c.memCap[i]! - c.memUsed[i]!;
  return `${host.name} has ${gb(Math.max(0, memFree))} free; ${req.name} needs ${gb(req.memoryGb)}.`;
}

/** The rule constraint of one request, against where VMs are (or are planned) right now. */
export function constraintOf(ctx: PlacementContext, req: PlacementRequest): RuleConstraint {
  const rules = rulesOf(ctx.world.orchestrator.rules, req.vmId, req.ruleIds);
  return rules.length === 0 ? NO_RULES : ruleConstraint(rules, req.vmId, req.name, ctx.where);
}

const hostNamer = (world: World) => (id: HostId) => world.hosts[id]?.name ?? id;

/** The first filter host i fails for this request, or null when it passes them all. */
export function checkHost(
  ctx: PlacementContext,
  req: PlacementRequest,
  rc: RuleConstraint,
  i: number,
): HostProblem | null {
  const host = ctx.table.hosts[i]!;
  const fixed = staticProblem(ctx, host);
  if (fixed) return fixed;
  const net = networkProblem(ctx, host, req.networks);
  if (net) return net;
  if (!fits(ctx.table.cap, i, req.vcpus, req.memoryGb)) {
    return { filter: 'capacity', reason: capacityProblem(ctx.table.cap, i, host, req) };
  }
  return ruleProblem(rc, host.id, hostNamer(ctx.world));
}

/** Picks a host for one request with the policy, the fast way (no sentences); -1 when none. */
export function pick(ctx: PlacementContext, req: PlacementRequest): number {
  const open = openMask(ctx, req.networks);
  const rc = constraintOf(ctx, req);
  const { table } = ctx;
  const allowed =
    rc === NO_RULES
      ? open
      : (i: number) =>
          open[i] === 1 && ruleProblem(rc, table.hosts[i]!.id, hostNamer(ctx.world)) === null;
  return choose(table.cap, ctx.policy, req.vcpus, req.memoryGb, allowed);
}

/** What makes host i attractive under the policy, in a few words ("memory 45 % used after"). */
function detailOf(ctx: PlacementContext, i: number, req: PlacementRequest): string {
  const c = ctx.table.cap;
  const after = `memory ${pct(memShareAfter(c, i, req.memoryGb))} used after`;
  switch (ctx.policy) {
    case 'first-fit':
      return `${ordinal(i + 1)} host in name order`;
    case 'best-fit':
      return `${gb(c.memCap[i]! - c.memUsed[i]! - req.memoryGb)} left after`;
    case 'spread':
      return after;
    case 'pack':
      return c.count[i]! > 0 ? `already runs VMs, ${after}` : `runs no VM yet, ${after}`;
  }
}

const POLICY_WHY: Readonly<Record<PlacementPolicy, string>> = {
  'first-fit': 'first fit takes the first host in name order with room',
  'best-fit': 'best fit takes the tightest fit',
  spread: 'spread takes the least loaded host',
  pack: 'pack fills hosts that already run VMs first',
};

/** Why the policy chose host i: "spread takes the least loaded host: memory 45 % used after". */
export function whyChosen(ctx: PlacementContext, i: number, req: PlacementRequest): string {
  return `${POLICY_WHY[ctx.policy]}: ${detailOf(ctx, i, req)}`;
}

/** The figure a policy ranks by, as the table shows it: GB left (best fit) or % memory used. */
function scoreOf(ctx: PlacementContext, i: number, req: PlacementRequest): number | undefined {
  const c = ctx.table.cap;
  if (ctx.policy === 'first-fit') return undefined;
  if (ctx.policy === 'best-fit') {
    return Number((c.memCap[i]! - c.memUsed[i]! - req.memoryGb + MEMORY_EPSILON).toFixed(2));
  }
  return Math.round(memShareAfter(c, i, req.memoryGb) * 100);
}

export const SCORE_LABEL: Readonly<Record<PlacementPolicy, string>> = {
  'first-fit': 'order by name',
  'best-fit': 'GB free after (lowest wins)',
  spread: '% memory used after (lowest wins)',
  pack: '% memory used after (highest wins among busy hosts)',
};

export interface PlacementRow {
  readonly hostId: HostId;
  readonly hostName: string;
  readonly passed: boolean;
  readonly failedFilter?: PlacementFilter;
  readonly reason: string;
  readonly score?: number;
  /** 1 for the chosen host, then 2, 3… among the hosts that passed every filter. */
  readonly rank?: number;
}

export interface PlacementExplanation {
  readonly policy: PlacementPolicy;
  readonly scoreLabel: string;
  /** One row per host, in name order. */
  readonly rows: readonly PlacementRow[];
  readonly chosen?: HostId;
  /** One sentence: where it goes and why, or why it goes nowhere. */
  readonly summary: string;
  /** Deploy only: the admission control figures, when it is on. */
  readonly admission?: AdmissionCheck;
}

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/**
 * Every host with why it lost or won, for the explanation table. Pure: the same world and
 * request give the same table, and the host it chooses is the one the command then uses.
 */
export function explainPlacement(
  world: World,
  req: PlacementRequest,
  mode: PlacementMode = 'deploy',
  from: HostId | null = null,
): PlacementExplanation {
  const ctx = placementContext(world, mode, { from });
  const rc = constraintOf(ctx, req);
  const { table } = ctx;
  const settings = world.orchestrator.settings;
  const admission =
    mode === 'deploy' && settings.admissionControl
      ? checkSlots(openSlotHosts(table.cap), [...poweredOnVms(world), req])
      : undefined;
  const problems = table.hosts.map((_, i) => {
    const p = checkHost(ctx, req, rc, i);
    if (p || !admission || admission.ok) return p;
    return { filter: 'admission control' as const, reason: admission.reason };
  });
  const passing = table.hosts.map((_, i) => i).filter((i) => problems[i] === null);
  const keys = new Map(
    passing.map((i) => [i, policyKey(ctx.policy, table.cap, i, req.vcpus, req.memoryGb)]),
  );
  passing.sort((a, b) =>
    better(keys.get(a)!, keys.get(b)!) ? -1 : better(keys.get(b)!, keys.get(a)!) ? 1 : a - b,
  );
  const rank = new Map(passing.map((i, k) => [i, k + 1]));
  const chosenIndex = passing[0];
  const rows = table.hosts.map((host, i): PlacementRow => {
    const p = problems[i];
    if (p)
      return {
        hostId: host.id,
        hostName: host.name,
        passed: false,
        failedFilter: p.filter,
        reason: p.reason,
      };
    const r = rank.get(i)!;
    return {
      hostId: host.id,
      hostName: host.name,
      passed: true,
      reason:
        r === 1
          ? `Chosen: ${whyChosen(ctx, i, req)}.`
          : `Passed every filter; ranked ${ordinal(r)}: ${detailOf(ctx, i, req)}.`,
      score: scoreOf(ctx, i, req),
      rank: r,
    };
  });
  const chosen = chosenIndex === undefined ? undefined : table.hosts[chosenIndex]!;
  const summary = chosen
    ? `${req.name} goes to ${chosen.name} (${whyChosen(ctx, chosenIndex!, req)}).`
    : noHostSentence(req.name, rows);
  return {
    policy: ctx.policy,
    scoreLabel: SCORE_LABEL[ctx.policy],
    rows,
    ...(chosen ? { chosen: chosen.id } : {}),
    summary,
    ...(admission ? { admission } : {}),
  };
}

/** "No host can take web-1: esx-01: in maintenance…; esx-02 has 6 GB free…". */
export function noHostSentence(
  name: string,
  rows: readonly Pick<PlacementRow, 'hostName' | 'reason' | 'failedFilter'>[],
): string {
  if (rows.length === 0) return `No host can take ${name}: there are no hosts.`;
  const admission = rows.find((r) => r.failedFilter === 'admission control');
  if (admission) return `No host can take ${name}. ${admission.reason}`;
  const shown = rows
    .slice(0, 3)
    .map((r) => (r.reason.startsWith(r.hostName) ? r.reason : `${r.hostName}: ${r.reason}`));
  const more = rows.length > 3 ? ` (and ${rows.length - 3} more hosts)` : '';
  return `No host can take ${name}. ${shown.join(' ')}${more}`;
}
