import { type EntityId, IdAllocator } from '../base/ids';
import { type LogEvent, record } from '../base/log';
import type { Result } from '../base/result';
import type { State } from '../model/types';
import { endIncidentsOfHostsBack } from '../orchestrator/ha';
import { setAssumption } from './assumptionCommands';
import type { Command } from './command';
import {
  addContainer,
  removeContainer,
  setContainerPower,
  updateContainer,
} from './containerCommands';
import { crash, recover } from './crashCommands';
import { addHost, removeHost, setHostPower, setHypervisor, updateHost } from './hostCommands';
import {
  addPhysicalSwitch,
  cableNic,
  removePhysicalSwitch,
  setNicLink,
  setSwitchPort,
  updatePhysicalSwitch,
} from './linkCommands';
import {
  addPortGroup,
  addSwitch,
  plugVnic,
  removePortGroup,
  removeSwitch,
  updatePortGroup,
  updateSwitch,
} from './networkCommands';
import {
  addRule,
  applyRecommendation,
  cancelFault,
  consolidate,
  deployVm,
  enterMaintenance,
  exitMaintenance,
  removeRule,
  scheduleFault,
  setOrchestrator,
  startMigrationCommand,
} from './orchestratorCommands';
import { ping } from './pingCommand';
import { addApp, removeApp, setPlatform, setVmRuntime } from './platformCommands';
import {
  addRouter,
  removeRouter,
  removeRouterInterface,
  setRouterInterface,
  updateRouter,
} from './routerCommands';
import { setCostAssumption, setWorkload } from './studyCommands';
import type { Handler, Handlers } from './types';
import { addVm, moveVm, removeVm, setVmPower, updateVm } from './vmCommands';
import { addVnic, removeVnic, setVnicAddress, setVnicGuestVlan } from './vnicCommands';

export type * from './command';

/**
 * The one registry: every command type and the handler that runs it, looked up by name (as
 * boardgame.io looks up moves). The type demands exactly one handler per command type, each
 * taking its own command, so a command added to the union without a handler fails type-check.
 */
const HANDLERS: Handlers = {
  addHost,
  removeHost,
  updateHost,
  setHostPower,
  setHypervisor,
  addVm,
  removeVm,
  updateVm,
  setVmPower,
  moveVm,
  addSwitch,
  updateSwitch,
  removeSwitch,
  addPortGroup,
  updatePortGroup,
  removePortGroup,
  plugVnic,
  addVnic,
  removeVnic,
  setVnicAddress,
  setVnicGuestVlan,
  addRouter,
  updateRouter,
  removeRouter,
  setRouterInterface,
  removeRouterInterface,
  setNicLink,
  cableNic,
  setSwitchPort,
  addPhysicalSwitch,
  updatePhysicalSwitch,
  removePhysicalSwitch,
  ping,
  setPlatform,
  setVmRuntime,
  addApp,
  removeApp,
  addContainer,
  removeContainer,
  updateContainer,
  setContainerPower,
  crash,
  recover,
  setCostAssumption,
  setWorkload,
  setOrchestrator,
  deployVm,
  addRule,
  removeRule,
  scheduleFault,
  cancelFault,
  enterMaintenance,
  exitMaintenance,
  startMigration: startMigrationCommand,
  applyRecommendation,
  consolidate,
  setAssumption,
};

/** What applying a command gives: the state after it, the events it logged, the ids it created. */
export type ApplyResult = Result<{
  readonly state: State;
  readonly events: readonly LogEvent[];
  readonly created: readonly EntityId[];
}>;

/** Every command type, for a file that names commands (a lesson) to be checked against. */
export const COMMAND_TYPES = Object.keys(HANDLERS) as readonly Command['type'][];

/** Applies one command. A refused command leaves the state exactly as it was. */
export function apply(state: State, command: Command): ApplyResult {
  const ids = new IdAllocator(state.sim.nextId);
  // TypeScript cannot tie the handler it looks up to the command's own type; HANDLERS' type does.
  const handler = HANDLERS[command.type] as Handler<Command>;
  const out = handler({ world: state.world, ids, sim: state.sim }, command);
  if (!out.ok) return out;
  // A host a command repaired ends its HA incident now, not at the next tick. (A failed host
  // opens its incident where it fails; the tick opens one for any other host that went down.)
  const world = endIncidentsOfHostsBack(out.world);
  const { sim, events } = record(
    { ...state.sim, nextId: ids.counter, ...(out.net && { net: out.net }) },
    out.events,
  );
  return { ok: true, state: { world, sim }, events, created: out.created };
}
