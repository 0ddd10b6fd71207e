import { ASSUMPTION_INFO, type Assumptions } from '../model/assumptions';
import type { HostId, NicId, PortGroupId, SwitchId, VmId } from '../model/ids';
import type { HostPower, State } from '../model/types';
import type { LogEvent } from '../model/events';
import { hostList } from '../model/world';
import { IdAllocator } from '../sim/ids';
import { event, record } from '../sim/log';
import {
  type HostPatch,
  type HostSpec,
  addHost,
  removeHost,
  setHostPower,
  setHypervisor,
  updateHost,
  whyOverloaded,
} from './hostCommands';
import {
  type PortGroupSpec,
  type SwitchSpec,
  addPortGroup,
  addSwitch,
  plugVnic,
  removePortGroup,
  removeSwitch,
  updatePortGroup,
  updateSwitch,
} from './networkCommands';
import { type CommandContext, type Outcome, done, refuse } from './types';
import { checkNumber } from './validate';
import {
  type VmPatch,
  type VmSpec,
  addVm,
  moveVm,
  removeVm,
  setVmPower,
  updateVm,
} from './vmCommands';

/** Every change a learner, a lesson or a test can ask of the engine, as plain data. */
export type Command =
  | { type: 'addHost'; spec: HostSpec }
  | { type: 'removeHost'; hostId: HostId }
  | { type: 'updateHost'; hostId: HostId; patch: HostPatch }
  | { type: 'setHostPower'; hostId: HostId; power: HostPower }
  | { type: 'setHypervisor'; hostId: HostId; product: string; hostOs: string | null }
  | { type: 'addVm'; hostId: HostId; spec: VmSpec }
  | { type: 'removeVm'; vmId: VmId }
  | { type: 'updateVm'; vmId: VmId; patch: VmPatch }
  | { type: 'setVmPower'; vmId: VmId; on: boolean }
  | { type: 'moveVm'; vmId: VmId; toHostId: HostId }
  | { type: 'addSwitch'; hostId: HostId; spec: SwitchSpec }
  | { type: 'updateSwitch'; hostId: HostId; switchId: SwitchId; spec: SwitchSpec }
  | { type: 'removeSwitch'; hostId: HostId; switchId: SwitchId }
  | { type: 'addPortGroup'; hostId: HostId; switchId: SwitchId; spec: PortGroupSpec }
  | {
      type: 'updatePortGroup';
      hostId: HostId;
      switchId: SwitchId;
      portGroupId: PortGroupId;
      spec: PortGroupSpec;
    }
  | { type: 'removePortGroup'; hostId: HostId; switchId: SwitchId; portGroupId: PortGroupId }
  | { type: 'plugVnic'; vmId: VmId; vnicId: string; portGroup: string | null }
  | { type: 'setAssumption'; key: keyof Assumptions; value: number };

export type { NicId };

function setAssumption({ world }: CommandContext, key: keyof Assumptions, value: number): Outcome {
  const info = ASSUMPTION_INFO[key];
  const problem = checkNumber(info.label, value, info.min, info.max);
  if (problem) return refuse(problem);
  const next = { ...world, assumptions: { ...world.assumptions, [key]: value } };
  // Reserving more for the hypervisor or a host OS must not strand VMs already powered on.
  for (const host of hostList(next)) {
    const overload = whyOverloaded(next, host);
    if (overload) return refuse(`With ${info.label} at ${value} ${info.unit}, ${overload}`);
  }
  return done(
    next,
    event('assumption.changed', `Assumption "${info.label}" set to ${value} ${info.unit}.`),
  );
}

function run(ctx: CommandContext, c: Command): Outcome {
  switch (c.type) {
    case 'addHost':
      return addHost(ctx, c.spec);
    case 'removeHost':
      return removeHost(ctx, c.hostId);
    case 'updateHost':
      return updateHost(ctx, c.hostId, c.patch);
    case 'setHostPower':
      return setHostPower(ctx, c.hostId, c.power);
    case 'setHypervisor':
      return setHypervisor(ctx, c.hostId, c.product, c.hostOs);
    case 'addVm':
      return addVm(ctx, c.hostId, c.spec);
    case 'removeVm':
      return removeVm(ctx, c.vmId);
    case 'updateVm':
      return updateVm(ctx, c.vmId, c.patch);
    case 'setVmPower':
      return setVmPower(ctx, c.vmId, c.on);
    case 'moveVm':
      return moveVm(ctx, c.vmId, c.toHostId);
    case 'addSwitch':
      return addSwitch(ctx, c.hostId, c.spec);
    case 'updateSwitch':
      return updateSwitch(ctx, c.hostId, c.switchId, c.spec);
    case 'removeSwitch':
      return removeSwitch(ctx, c.hostId, c.switchId);
    case 'addPortGroup':
      return addPortGroup(ctx, c.hostId, c.switchId, c.spec);
    case 'updatePortGroup':
      return updatePortGroup(ctx, c.hostId, c.switchId, c.portGroupId, c.spec);
    case 'removePortGroup':
      return removePortGroup(ctx, c.hostId, c.switchId, c.portGroupId);
    case 'plugVnic':
      return plugVnic(ctx, c.vmId, c.vnicId, c.portGroup);
    case 'setAssumption':
      return setAssumption(ctx, c.key, c.value);
  }
}

export type ApplyResult =
  | { readonly ok: true; readonly state: State; readonly events: readonly LogEvent[] }
  | { readonly ok: false; readonly reason: string };

/** Applies one command. A refused command leaves the state exactly as it was. */
export function apply(state: State, command: Command): ApplyResult {
  const ids = new IdAllocator(state.sim.nextId);
  const out = run({ world: state.world, ids }, command);
  if (!out.ok) return out;
  const { sim, events } = record({ ...state.sim, nextId: ids.counter }, out.events);
  return { ok: true, state: { world: out.world, sim }, events };
}
