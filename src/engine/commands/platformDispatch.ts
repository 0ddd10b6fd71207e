import type { AppId, ContainerId, HostId, VmId } from '../base/ids';
import type { CostAssumptions, WorkloadApp } from '../model/study';
import type { KernelOwnerId } from '../platforms/containers';
import type { CrashTarget } from '../platforms/crash';
import type { PlatformSpec } from '../model/types';
import {
  type ContainerPatch,
  type ContainerSpec,
  addContainer,
  removeContainer,
  setContainerPower,
  updateContainer,
} from './containerCommands';
import { crashLayer, recoverCommand } from './crashCommands';
import { type AppSpec, addApp, removeApp, setPlatform, setVmRuntime } from './platformCommands';
import { setCostAssumption, setWorkload } from './studyCommands';
import type { CommandContext, Outcome } from './types';

/** The commands of platforms, containers, crashes and the cost study (issue 4), as plain data. */
export type PlatformCommand =
  /** Switches a host's platform; ask with platformChangeImpact first. */
  | { type: 'setPlatform'; hostId: HostId; spec: PlatformSpec }
  /** Makes a VM a container host (a runtime in its guest), swaps or removes it (null). */
  | { type: 'setVmRuntime'; vmId: VmId; runtime: string | null }
  | { type: 'addApp'; hostId: HostId; spec: AppSpec }
  | { type: 'removeApp'; hostId: HostId; appId: AppId }
  /** `on` is a container host's id or a container-host VM's id. */
  | { type: 'addContainer'; on: KernelOwnerId; spec: ContainerSpec }
  | { type: 'removeContainer'; containerId: ContainerId }
  | { type: 'updateContainer'; containerId: ContainerId; patch: ContainerPatch }
  | { type: 'setContainerPower'; containerId: ContainerId; on: boolean }
  | { type: 'crashGuestOs'; vmId: VmId }
  /** A type-2 host OS, or the OS of a bare-metal or container host. */
  | { type: 'crashHostOs'; hostId: HostId }
  | { type: 'crashHypervisor'; hostId: HostId }
  /** The kernel at the bottom of a host (whoever owns it), or a VM's guest kernel. */
  | { type: 'crashKernel'; on: KernelOwnerId }
  | { type: 'crashContainer'; containerId: ContainerId }
  /** Restarts what crashed on a host or in a VM. */
  | { type: 'recover'; on: KernelOwnerId }
  | { type: 'setCostAssumption'; key: keyof CostAssumptions; value: number }
  | { type: 'setWorkload'; workload: readonly WorkloadApp[] };

export function runPlatformCommand(ctx: CommandContext, c: PlatformCommand): Outcome {
  switch (c.type) {
    case 'setPlatform':
      return setPlatform(ctx, c.hostId, c.spec);
    case 'setVmRuntime':
      return setVmRuntime(ctx, c.vmId, c.runtime);
    case 'addApp':
      return addApp(ctx, c.hostId, c.spec);
    case 'removeApp':
      return removeApp(ctx, c.hostId, c.appId);
    case 'addContainer':
      return addContainer(ctx, c.on, c.spec);
    case 'removeContainer':
      return removeContainer(ctx, c.containerId);
    case 'updateContainer':
      return updateContainer(ctx, c.containerId, c.patch);
    case 'setContainerPower':
      return setContainerPower(ctx, c.containerId, c.on);
    case 'crashGuestOs':
      return crashLayer(ctx, { kind: 'guest-os', vmId: c.vmId });
    case 'crashHostOs':
      return crashLayer(ctx, { kind: 'host-os', hostId: c.hostId });
    case 'crashHypervisor':
      return crashLayer(ctx, { kind: 'hypervisor', hostId: c.hostId });
    case 'crashKernel':
      return crashLayer(ctx, { kind: 'kernel', owner: c.on });
    case 'crashContainer':
      return crashLayer(ctx, { kind: 'container', containerId: c.containerId });
    case 'recover':
      return recoverCommand(ctx, c.on);
    case 'setCostAssumption':
      return setCostAssumption(ctx, c.key, c.value);
    case 'setWorkload':
      return setWorkload(ctx, c.workload);
  }
}

/** The command that performs a crash target, for the inspector's crash buttons. */
export function crashCommand(target: CrashTarget): PlatformCommand {
  switch (target.kind) {
    case 'guest-os':
      return { type: 'crashGuestOs', vmId: target.vmId };
    case 'host-os':
      return { type: 'crashHostOs', hostId: target.hostId };
    case 'hypervisor':
      return { type: 'crashHypervisor', hostId: target.hostId };
    case 'kernel':
      return { type: 'crashKernel', on: target.owner };
    case 'container':
      return { type: 'crashContainer', containerId: target.containerId };
  }
}
