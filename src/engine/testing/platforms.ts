import { expect } from 'vitest';
import {
  type Container,
  type ContainerState,
  type KernelOwnerId,
  type PlatformSpec,
  allContainers,
  emptyState,
} from '../index';
import { Sandbox, type SandboxOptions } from './driver';

/**
 * The engine test driver with the platform steps of issue 4: platforms, runtimes, containers,
 * bare-metal apps, crashes and recovery, all by name.
 *
 *   platformSandbox()
 *     .host('node-1').platform('node-1', { kind: 'container-host', os: 'ubuntu-24.04', runtime: 'containerd' })
 *     .container('web', { on: 'node-1' }).start('web').tick(0.5).expectContainer('web', 'running')
 */
export interface ContainerOptions {
  /** Name of the container host or of the VM with a runtime. */
  readonly on: string;
  readonly image?: string;
  readonly cpu?: number;
  readonly memoryGb?: number;
}

export function platformSandbox(options: SandboxOptions = {}): PlatformSandbox {
  const base = options.state ?? emptyState(options.seed ?? 1);
  return new PlatformSandbox(
    options.assumptions
      ? {
          ...base,
          world: {
            ...base.world,
            assumptions: { ...base.world.assumptions, ...options.assumptions },
          },
        }
      : base,
  );
}

export class PlatformSandbox extends Sandbox {
  findContainer(name: string): Container | undefined {
    return allContainers(this.world).find((c) => c.name === name);
  }

  containerNamed(name: string): Container {
    const c = this.findContainer(name);
    if (!c) throw new Error(`There is no container named ${name}.`);
    return c;
  }

  /** A host's or a VM's id by its name: where containers live. */
  owner(name: string): KernelOwnerId {
    return this.findHost(name)?.id ?? this.vmId(name);
  }

  platform(hostName: string, spec: PlatformSpec): this {
    return this.run(
      { type: 'setPlatform', hostId: this.hostId(hostName), spec },
      `Switching ${hostName} to ${spec.kind}`,
    );
  }

  runtime(vmName: string, runtime: string | null): this {
    return this.run(
      { type: 'setVmRuntime', vmId: this.vmId(vmName), runtime },
      `Setting ${vmName}'s runtime to ${runtime ?? 'none'}`,
    );
  }

  app(hostName: string, name: string, cpu: number, memoryGb: number): this {
    return this.run(
      { type: 'addApp', hostId: this.hostId(hostName), spec: { name, cpu, memoryGb } },
      `Installing ${name} on ${hostName}`,
    );
  }

  container(name: string, o: ContainerOptions): this {
    return this.run(
      {
        type: 'addContainer',
        on: this.owner(o.on),
        spec: {
          name,
          image: o.image ?? 'nginx:1.27',
          cpu: o.cpu ?? 0.5,
          memoryGb: o.memoryGb ?? 1,
        },
      },
      `Adding container ${name} on ${o.on}`,
    );
  }

  private containerId(name: string) {
    return this.findContainer(name)?.id ?? (name as Container['id']);
  }

  start(name: string): this {
    return this.run(
      { type: 'setContainerPower', containerId: this.containerId(name), on: true },
      `Starting ${name}`,
    );
  }

  stop(name: string): this {
    return this.run(
      { type: 'setContainerPower', containerId: this.containerId(name), on: false },
      `Stopping ${name}`,
    );
  }

  crashGuestOs(vmName: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'guest-os', vmId: this.vmId(vmName) } },
      `Crashing ${vmName}'s guest`,
    );
  }

  crashHostOs(hostName: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'host-os', hostId: this.hostId(hostName) } },
      `Crashing ${hostName}'s OS`,
    );
  }

  crashHypervisor(hostName: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'hypervisor', hostId: this.hostId(hostName) } },
      `Crashing ${hostName}'s hypervisor`,
    );
  }

  crashKernel(name: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'kernel', owner: this.owner(name) } },
      `Crashing ${name}'s kernel`,
    );
  }

  crashContainer(name: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'container', containerId: this.containerId(name) } },
      `Crashing ${name}`,
    );
  }

  recover(name: string): this {
    return this.run({ type: 'recover', on: this.owner(name) }, `Recovering ${name}`);
  }

  expectContainer(name: string, state: ContainerState): this {
    this.check(() => expect(this.containerNamed(name).state, `${name}'s state`).toBe(state));
    return this;
  }

  /** Names of the entities the last step's events name as subjects, ids turned into names. */
  lastSubjects(): string[] {
    const names = new Map<string, string>([
      ...Object.values(this.world.hosts).map((h) => [h.id, h.name] as const),
      ...allContainers(this.world).map((c) => [c.id, c.name] as const),
    ]);
    for (const h of Object.values(this.world.hosts))
      if (h.platform.kind === 'hypervisor')
        for (const vm of Object.values(h.platform.vms)) names.set(vm.id, vm.name);
    return this.lastEvents.flatMap((e) => e.subjects.map((s) => names.get(s) ?? s));
  }
}
