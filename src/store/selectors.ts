import {
  type ContainerId,
  type Host,
  type HostId,
  type PhysicalSwitch,
  type RouterId,
  type State,
  type VSwitch,
  type Vm,
  type VmId,
  type World,
  allVms,
  findVm,
  portGroupNames,
} from '../engine/read';
import type { SandboxStore } from './sandboxStore';
import { keepUnchanged } from './stableFlow';
import { type Flow, toFlow } from './toFlow';

/**
 * Named selectors: each reads the narrow slice a component shows. The clock rewrites the world
 * on every tick (each running VM's CPU demand moves), so a component that read the whole world
 * would draw again on every tick. Selectors that build a list or a record are used with
 * `useShallow`, which keeps the last result while its entries are the same.
 */

/** The whole state or world: inputs for useDerived, never for useSandbox (lint says so). */
export const selectState = (s: SandboxStore): State => s.session.state;
export const selectWorld = (s: SandboxStore): World => s.session.state.world;

/** Every host's id, in the world's order (use with useShallow). */
export const selectHostIds = (s: SandboxStore): readonly HostId[] =>
  Object.values(s.session.state.world.hosts).map((h) => h.id);

/** The hosts a VM can run on, by id (use with useShallow). */
export const selectHypervisorHostIds = (s: SandboxStore): readonly HostId[] =>
  Object.values(s.session.state.world.hosts)
    .filter((h) => h.platform.kind === 'hypervisor')
    .map((h) => h.id);

/** Host names by id (use with useShallow): stays the same across ticks. */
export const selectHostNames = (s: SandboxStore): Readonly<Partial<Record<HostId, string>>> => {
  const names: Partial<Record<HostId, string>> = {};
  for (const host of Object.values(s.session.state.world.hosts)) names[host.id] = host.name;
  return names;
};

/** Every VM's id, host by host (use with useShallow). */
export const selectVmIds = (s: SandboxStore): readonly VmId[] =>
  allVms(s.session.state.world).map((vm) => vm.id);

/** VM names by id (use with useShallow). */
export const selectVmNames = (s: SandboxStore): Readonly<Partial<Record<VmId, string>>> => {
  const names: Partial<Record<VmId, string>> = {};
  for (const vm of allVms(s.session.state.world)) names[vm.id] = vm.name;
  return names;
};

/** What the inspector shows: the selected thing with what it sits on (use with useShallow). */
export type Selected =
  | { readonly kind: 'host'; readonly host: Host }
  | { readonly kind: 'vm'; readonly vm: Vm; readonly host: Host }
  | { readonly kind: 'vswitch'; readonly vswitch: VSwitch; readonly host: Host }
  | { readonly kind: 'pswitch'; readonly sw: PhysicalSwitch }
  | { readonly kind: 'container'; readonly id: ContainerId }
  | { readonly kind: 'router'; readonly id: RouterId }
  | { readonly kind: 'nothing' };

const NOTHING: Selected = { kind: 'nothing' };

export function selectSelected(s: SandboxStore): Selected {
  const sel = s.selection;
  const world = s.session.state.world;
  switch (sel?.kind) {
    case 'host': {
      const host = world.hosts[sel.id];
      return host ? { kind: 'host', host } : NOTHING;
    }
    case 'vm': {
      const found = findVm(world, sel.id);
      return found ? { kind: 'vm', vm: found.vm, host: found.host } : NOTHING;
    }
    case 'vswitch': {
      const host = world.hosts[sel.hostId];
      const vswitch =
        host?.platform.kind === 'hypervisor'
          ? host.platform.vswitches.find((v) => v.id === sel.id)
          : undefined;
      return host && vswitch ? { kind: 'vswitch', vswitch, host } : NOTHING;
    }
    case 'pswitch': {
      const sw = world.physicalSwitches[sel.id];
      return sw ? { kind: 'pswitch', sw } : NOTHING;
    }
    case 'container':
    case 'router':
      return sel;
    default:
      return NOTHING;
  }
}

/** Whether the traced ping was traced over an earlier world than the one shown now. */
export const selectTraceStale = (s: SandboxStore): boolean =>
  s.traceWorld !== null && s.traceWorld !== s.session.state.world;

/**
 * Remembers the last result of `compute`, so the same inputs give the same object: a selector
 * must, or React would see a new snapshot on every read. Inputs are compared by identity.
 */
export function lastResult<I extends readonly unknown[], T>(
  compute: (...inputs: I) => T,
): (...inputs: I) => T {
  let last: { inputs: I; result: T } | null = null;
  return (...inputs) => {
    if (
      last &&
      inputs.length === last.inputs.length &&
      inputs.every((x, i) => x === last!.inputs[i])
    )
      return last.result;
    const result = compute(...inputs);
    last = { inputs, result };
    return result;
  };
}

/** The flow drawn last, whose unchanged nodes and edges the next one reuses. */
let drawn: Flow | null = null;
const flowOf = lastResult((world: World, positions: SandboxStore['positions']) => {
  drawn = keepUnchanged(toFlow({ world }, positions), drawn);
  return drawn;
});

/** The canvas's nodes and edges, drawn from the world and the hosts the learner placed. */
export const selectFlow = (s: SandboxStore): Flow => flowOf(s.session.state.world, s.positions);

/** Every port group name on any host, sorted (use with useShallow). */
export const selectPortGroupNames = (s: SandboxStore): readonly string[] =>
  [
    ...new Set(Object.values(s.session.state.world.hosts).flatMap((h) => [...portGroupNames(h)])),
  ].sort();
