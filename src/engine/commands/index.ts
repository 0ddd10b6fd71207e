import { ASSUMPTION_INFO, type Assumptions } from '../model/assumptions';
import {
  type HostId,
  IdAllocator,
  type NicId,
  type PhysicalSwitchId,
  type PortGroupId,
  type RouterId,
  type SwitchId,
  type VmId,
  type VnicId,
} from '../base/ids';
import type { HostPower, State } from '../model/types';
import { type LogEvent, event, record } from '../base/log';
import { hostList } from '../model/world';
import { followHosts } from '../orchestrator/ha';
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
import { type OrchestratorCommand, runOrchestratorCommand } from './orchestratorCommands';
import { type PlatformCommand, runPlatformCommand } from './platformDispatch';
import {
  type VmPatch,
  type VmSpec,
  addVm,
  moveVm,
  removeVm,
  setVmPower,
  updateVm,
} from './vmCommands';
import type { PingTarget } from '../network/types';
import {
  type PhysicalSwitchSpec,
  addPhysicalSwitch,
  cableNic,
  removePhysicalSwitch,
  setNicLink,
  setSwitchPort,
  updatePhysicalSwitch,
} from './linkCommands';
import { ping } from './pingCommand';
import {
  type RouterLink,
  type RouterSpec,
  addRouter,
  removeRouter,
  removeRouterInterface,
  setRouterInterface,
  updateRouter,
} from './routerCommands';
import { addVnic, removeVnic, setVnicAddress, setVnicGuestVlan } from './vnicCommands';

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
  | { type: 'setAssumption'; key: keyof Assumptions; value: number }
  | OrchestratorCommand
  | PlatformCommand
  | { type: 'addVnic'; vmId: VmId; portGroup: string | null }
  | { type: 'removeVnic'; vmId: VmId; vnicId: VnicId }
  | {
      type: 'setVnicAddress';
      vmId: VmId;
      vnicId: VnicId;
      /** "10.0.10.11/24", or null to clear the address and gateway. */
      ip: string | null;
      gateway: string | null;
    }
  | { type: 'setVnicGuestVlan'; vmId: VmId; vnicId: VnicId; vlan: number | null }
  | { type: 'addRouter'; spec: RouterSpec }
  | {
      type: 'updateRouter';
      routerId: RouterId;
      patch: { readonly name?: string; readonly link?: RouterLink | null };
    }
  | { type: 'removeRouter'; routerId: RouterId }
  | { type: 'setRouterInterface'; routerId: RouterId; vlan: number; ip: string }
  | { type: 'removeRouterInterface'; routerId: RouterId; vlan: number }
  | { type: 'setNicLink'; hostId: HostId; nicId: NicId; up: boolean }
  | {
      type: 'cableNic';
      hostId: HostId;
      nicId: NicId;
      link: { readonly switchId: PhysicalSwitchId; readonly port: number } | null;
    }
  | { type: 'setSwitchPort'; switchId: PhysicalSwitchId; port: number; up: boolean }
  | { type: 'addPhysicalSwitch'; spec: PhysicalSwitchSpec }
  | { type: 'updatePhysicalSwitch'; switchId: PhysicalSwitchId; spec: PhysicalSwitchSpec }
  | { type: 'removePhysicalSwitch'; switchId: PhysicalSwitchId }
  /** Runs a ping: the world is unchanged; learned MAC and ARP entries and the log are. */
  | { type: 'ping'; srcVmId: VmId; dst: PingTarget };

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
    case 'setOrchestrator':
    case 'deployVm':
    case 'addRule':
    case 'removeRule':
    case 'scheduleFault':
    case 'cancelFault':
    case 'enterMaintenance':
    case 'exitMaintenance':
    case 'startMigration':
    case 'applyRecommendation':
    case 'consolidate':
      return runOrchestratorCommand(ctx, c);
    case 'setPlatform':
    case 'setVmRuntime':
    case 'addApp':
    case 'removeApp':
    case 'addContainer':
    case 'removeContainer':
    case 'updateContainer':
    case 'setContainerPower':
    case 'crashGuestOs':
    case 'crashHostOs':
    case 'crashHypervisor':
    case 'crashKernel':
    case 'crashContainer':
    case 'recover':
    case 'setCostAssumption':
    case 'setWorkload':
      return runPlatformCommand(ctx, c);
    case 'addVnic':
      return addVnic(ctx, c.vmId, c.portGroup);
    case 'removeVnic':
      return removeVnic(ctx, c.vmId, c.vnicId);
    case 'setVnicAddress':
      return setVnicAddress(ctx, c.vmId, c.vnicId, c.ip, c.gateway);
    case 'setVnicGuestVlan':
      return setVnicGuestVlan(ctx, c.vmId, c.vnicId, c.vlan);
    case 'addRouter':
      return addRouter(ctx, c.spec);
    case 'updateRouter':
      return updateRouter(ctx, c.routerId, c.patch);
    case 'removeRouter':
      return removeRouter(ctx, c.routerId);
    case 'setRouterInterface':
      return setRouterInterface(ctx, c.routerId, c.vlan, c.ip);
    case 'removeRouterInterface':
      return removeRouterInterface(ctx, c.routerId, c.vlan);
    case 'setNicLink':
      return setNicLink(ctx, c.hostId, c.nicId, c.up);
    case 'cableNic':
      return cableNic(ctx, c.hostId, c.nicId, c.link);
    case 'setSwitchPort':
      return setSwitchPort(ctx, c.switchId, c.port, c.up);
    case 'addPhysicalSwitch':
      return addPhysicalSwitch(ctx, c.spec);
    case 'updatePhysicalSwitch':
      return updatePhysicalSwitch(ctx, c.switchId, c.spec);
    case 'removePhysicalSwitch':
      return removePhysicalSwitch(ctx, c.switchId);
    case 'ping':
      return ping(ctx, c.srcVmId, c.dst);
  }
}

export type ApplyResult =
  | { readonly ok: true; readonly state: State; readonly events: readonly LogEvent[] }
  | { readonly ok: false; readonly reason: string };

/** Applies one command. A refused command leaves the state exactly as it was. */
export function apply(state: State, command: Command): ApplyResult {
  const ids = new IdAllocator(state.sim.nextId);
  const out = run({ world: state.world, ids, sim: state.sim }, command);
  if (!out.ok) return out;
  // A host a command repaired or brought down changes HA's incidents now, not at the next tick.
  const world = followHosts(out.world, state.sim.time);
  const { sim, events } = record(
    { ...state.sim, nextId: ids.counter, ...(out.net && { net: out.net }) },
    out.events,
  );
  return { ok: true, state: { world, sim }, events };
}
