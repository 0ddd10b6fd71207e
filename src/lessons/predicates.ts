import {
  type EventKind,
  type Host,
  type State,
  type Vm,
  admissionStatus,
  allContainers,
  allVms,
  canPing,
  compareDeployments,
  holdsResources,
  hostList,
  hostUsage,
  hypervisorById,
  PLATFORM_CHOICES,
  tco,
  vmsOf,
} from '../engine';
import type { Predicate, PlatformWanted } from './model';
import { EVENT_WORDS, SETTING_WORDS } from './words';

/** What a predicate reads: the state now, the lesson's start, and where the lesson's log begins. */
export interface CheckContext {
  readonly state: State;
  readonly start: State;
  /** Events with a seq at or past this happened during the lesson. */
  readonly sinceSeq: number;
}

type Of<K extends Predicate['is']> = Extract<Predicate, { is: K }>;

/**
 * What a parameter holds, so that a lesson file can be checked before it runs: a name (of a VM,
 * host or container), a list of names, a number, a setting's value, an engine word (a power
 * state, an event kind), or predicates (for 'all').
 */
export type ParamKind = 'name' | 'names' | 'number' | 'value' | 'word' | 'predicates';

interface PredicateSpec<P> {
  /** Exactly what is checked, in words a learner reads ("web-1 runs on esx-02"). */
  readonly text: (p: P) => string;
  readonly holds: (ctx: CheckContext, p: P) => boolean;
  /** Each parameter and its kind; a '?' kind is optional. */
  readonly params: { readonly [K in Exclude<keyof P, 'is'>]-?: ParamKind | `${ParamKind}?` };
}

const hostNamed = (state: State, name: string): Host | undefined =>
  hostList(state.world).find((h) => h.name === name);

/** The VM named `name` and its host. */
function placed(state: State, name: string): { host: Host; vm: Vm } | undefined {
  for (const host of hostList(state.world)) {
    const vm = vmsOf(host).find((v) => v.name === name);
    if (vm) return { host, vm };
  }
  return undefined;
}

const vmIdNamed = (state: State, name: string) =>
  allVms(state.world).find((v) => v.name === name)?.id;

/** "web-1 and db-1" or "web-1, app-1 and db-1". */
const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;

function platformOf(host: Host): PlatformWanted {
  return host.platform.kind === 'hypervisor' ? host.platform.product : host.platform.kind;
}

function platformText(wanted: PlatformWanted): string {
  if (wanted === 'bare-metal') return 'one OS on the bare metal';
  if (wanted === 'container-host') return 'an OS with a container runtime';
  return hypervisorById(wanted)?.name ?? wanted;
}

/** Events whose subjects include the VMs they took down. */
const DOWN_EVENTS: ReadonlySet<EventKind> = new Set([
  'vm.power',
  'vm.crashed',
  'platform.crashed',
  'host.power',
]);

/** The VMs up at a lesson's start, worked out once per start: the player asks after every frame. */
const upAtStartCache = new WeakMap<State, ReadonlySet<string>>();
function upAtStart(start: State): ReadonlySet<string> {
  let ids = upAtStartCache.get(start);
  if (!ids) {
    ids = new Set(
      allVms(start.world)
        .filter(isUp)
        .map((v) => v.id),
    );
    upAtStartCache.set(start, ids);
  }
  return ids;
}

/** Up and doing its work: running, or on its way to another host (still running). */
const isUp = (vm: Vm) => vm.power === 'running' || vm.power === 'migrating';

export const PREDICATES: { readonly [K in Predicate['is']]: PredicateSpec<Of<K>> } = {
  vmOn: {
    params: { vm: 'name', host: 'name' },
    text: (p) => `${p.vm} runs on ${p.host}`,
    holds: ({ state }, p) => {
      const at = placed(state, p.vm);
      return at?.host.name === p.host && isUp(at.vm);
    },
  },
  vmNotOn: {
    params: { vm: 'name', host: 'name' },
    text: (p) => `${p.vm} is on a host other than ${p.host}`,
    holds: ({ state }, p) => {
      const at = placed(state, p.vm);
      return !!at && at.host.name !== p.host;
    },
  },
  apart: {
    params: { vms: 'names' },
    text: (p) => `${names(p.vms)} each run on a different host`,
    holds: ({ state }, p) => {
      const hosts = p.vms.map((name) => placed(state, name));
      if (hosts.some((h) => !h || !isUp(h.vm))) return false;
      return new Set(hosts.map((h) => h!.host.id)).size === hosts.length;
    },
  },
  together: {
    params: { vms: 'names' },
    text: (p) => `${names(p.vms)} run on the same host`,
    holds: ({ state }, p) => {
      const hosts = p.vms.map((name) => placed(state, name));
      if (hosts.some((h) => !h || !isUp(h.vm))) return false;
      return new Set(hosts.map((h) => h!.host.id)).size === 1;
    },
  },
  vmPower: {
    params: { vm: 'name', power: 'word' },
    text: (p) => `${p.vm} is ${p.power}`,
    holds: ({ state }, p) => placed(state, p.vm)?.vm.power === p.power,
  },
  hostPower: {
    params: { host: 'name', power: 'word' },
    text: (p) => `${p.host} is powered ${p.power === 'failed' ? 'off by a failure' : p.power}`,
    holds: ({ state }, p) => hostNamed(state, p.host)?.power === p.power,
  },
  noVmDown: {
    params: {},
    text: () =>
      'no VM that was running at the start went down during the lesson, and each runs now',
    holds: ({ state, start, sinceSeq }) => {
      const wanted = upAtStart(start);
      let up = 0;
      for (const host of hostList(state.world))
        for (const vm of vmsOf(host)) if (isUp(vm) && wanted.has(vm.id)) up += 1;
      if (up !== wanted.size) return false;
      // A VM powered off, crashed or failed with its host, and started again since, is named
      // among the subjects of the event that took it down.
      return !state.sim.log.some(
        (e) =>
          e.seq >= sinceSeq && DOWN_EVENTS.has(e.kind) && e.subjects.some((id) => wanted.has(id)),
      );
    },
  },
  reaches: {
    params: { from: 'name', to: 'name' },
    text: (p) => `${p.from} can ping ${p.to}`,
    holds: ({ state }, p) => {
      const [a, b] = [vmIdNamed(state, p.from), vmIdNamed(state, p.to)];
      return !!a && !!b && canPing(state, a, b)?.ok === true;
    },
  },
  cannotReach: {
    params: { from: 'name', to: 'name' },
    text: (p) => `${p.from} cannot ping ${p.to}`,
    holds: ({ state }, p) => {
      const [a, b] = [vmIdNamed(state, p.from), vmIdNamed(state, p.to)];
      return !!a && !!b && canPing(state, a, b)?.ok === false;
    },
  },
  memoryBelow: {
    params: { percent: 'number', host: 'name?' },
    text: (p) =>
      p.host
        ? `${p.host} has less than ${p.percent} % of its memory for VMs allocated`
        : `no host has ${p.percent} % or more of its memory for VMs allocated`,
    holds: ({ state }, p) =>
      hostList(state.world)
        .filter((h) => !p.host || h.name === p.host)
        .every((h) => {
          const u = hostUsage(h, state.world.assumptions);
          return u.memoryForVmsGb > 0 && (u.memoryAllocatedGb / u.memoryForVmsGb) * 100 < p.percent;
        }),
  },
  hostsOnAtMost: {
    params: { count: 'number' },
    text: (p) => `at most ${p.count} host${p.count === 1 ? ' is' : 's are'} powered on`,
    holds: ({ state }, p) =>
      hostList(state.world).filter((h) => h.power === 'on').length <= p.count,
  },
  platform: {
    params: { host: 'name', platform: 'word' },
    text: (p) => `${p.host} runs ${platformText(p.platform)}`,
    holds: ({ state }, p) => {
      const host = hostNamed(state, p.host);
      return !!host && platformOf(host) === p.platform;
    },
  },
  setting: {
    params: { key: 'word', value: 'value' },
    text: (p) =>
      `${SETTING_WORDS[p.key]} is ${typeof p.value === 'boolean' ? (p.value ? 'on' : 'off') : String(p.value)}`,
    holds: ({ state }, p) => state.world.orchestrator.settings[p.key] === p.value,
  },
  happened: {
    params: { event: 'word', about: 'name?' },
    text: (p) =>
      `the event log shows ${EVENT_WORDS[p.event]}${p.about ? ` for ${p.about}` : ''} during the lesson`,
    holds: ({ state, sinceSeq }, p) => {
      const id = p.about
        ? (placed(state, p.about)?.vm.id ?? hostNamed(state, p.about)?.id)
        : undefined;
      return state.sim.log.some(
        (e) =>
          e.seq >= sinceSeq && e.kind === p.event && (!p.about || e.subjects.includes(id ?? '')),
      );
    },
  },
  vmCount: {
    params: { host: 'name', atLeast: 'number' },
    text: (p) => `${p.host} holds at least ${p.atLeast} powered-on VM${p.atLeast === 1 ? '' : 's'}`,
    holds: ({ state }, p) => {
      const host = hostNamed(state, p.host);
      return !!host && vmsOf(host).filter(holdsResources).length >= p.atLeast;
    },
  },
  containerRunning: {
    params: { container: 'name' },
    text: (p) => `container ${p.container} is running`,
    holds: ({ state }, p) =>
      allContainers(state.world).some((c) => c.name === p.container && c.state === 'running'),
  },
  plugged: {
    params: { vm: 'name', portGroup: 'name' },
    text: (p) => `${p.vm}'s first vNIC is in port group ${p.portGroup}`,
    holds: ({ state }, p) => placed(state, p.vm)?.vm.nics[0]?.portGroup === p.portGroup,
  },
  all: {
    params: { of: 'predicates' },
    text: (p) => names(p.of.map(predicateText)),
    holds: (ctx, p) => p.of.every((q) => predicateHolds(ctx, q)),
  },
  nicLink: {
    params: { host: 'name', nic: 'name', link: 'word' },
    text: (p) => `${p.host}/${p.nic}'s link is ${p.link}`,
    holds: ({ state }, p) =>
      hostNamed(state, p.host)?.nics.find((n) => n.name === p.nic)?.up === (p.link === 'up'),
  },
  admissionRoom: {
    params: {},
    text: () =>
      "admission control's slot check passes: the hosts keep room to restart the VMs of one failed host",
    holds: ({ state }) => admissionStatus(state.world).ok,
  },
  cheapestWay: {
    params: { way: 'word' },
    text: (p) =>
      `the Total cost tab marks ${PLATFORM_CHOICES.find((c) => c.id === p.way)?.name ?? p.way} as the cheapest way`,
    holds: ({ state }, p) => {
      const { study, assumptions } = state.world;
      const ways = compareDeployments(study.workload, assumptions, study.assumptions);
      return tco(ways, study.assumptions).cheapest === p.way;
    },
  },
};

/** What a predicate checks, in plain words. */
export function predicateText(p: Predicate): string {
  return (PREDICATES[p.is] as PredicateSpec<Predicate>).text(p);
}

export function predicateHolds(ctx: CheckContext, p: Predicate): boolean {
  return (PREDICATES[p.is] as PredicateSpec<Predicate>).holds(ctx, p);
}
