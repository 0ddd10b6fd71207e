import { type EventDraft, event } from '../../base/log';
import type { Container, ContainerRuntime, Host, State, Vm } from '../../model/types';
import type { TickSystem } from './types';

/**
 * Starting containers count down to running while the kernel they share is up: a container
 * host whose OS runs, or a VM that has finished booting. A container in a booting VM waits.
 */
export const containerStart: TickSystem = (state: State, dt: number) => {
  const events: EventDraft[] = [];
  let hosts: Record<string, Host> | null = null;
  for (const id in state.world.hosts) {
    const host = state.world.hosts[id as keyof typeof state.world.hosts];
    if (!host || host.power !== 'on') continue;
    const next = advanceHost(host, dt, events);
    if (next !== host) (hosts ??= { ...state.world.hosts })[id] = next;
  }
  return hosts
    ? { state: { ...state, world: { ...state.world, hosts } }, events }
    : { state, events };
};

function advanceHost(host: Host, dt: number, events: EventDraft[]): Host {
  const p = host.platform;
  if (p.kind === 'container-host') {
    if (p.crashed) return host;
    const runtime = advanceRuntime(p.runtime, dt, host.name, events);
    return runtime === p.runtime ? host : { ...host, platform: { ...p, runtime } };
  }
  if (p.kind !== 'hypervisor' || p.crashed) return host;
  let vms: Record<string, Vm> | null = null;
  for (const vmId in p.vms) {
    const vm = p.vms[vmId as keyof typeof p.vms];
    if (!vm?.runtime || vm.power !== 'running') continue;
    const runtime = advanceRuntime(vm.runtime, dt, vm.name, events);
    if (runtime !== vm.runtime) (vms ??= { ...p.vms })[vmId] = { ...vm, runtime };
  }
  return vms ? { ...host, platform: { ...p, vms } } : host;
}

function advanceRuntime(
  runtime: ContainerRuntime,
  dt: number,
  owner: string,
  events: EventDraft[],
): ContainerRuntime {
  let containers: Record<string, Container> | null = null;
  for (const cid in runtime.containers) {
    const c = runtime.containers[cid as keyof typeof runtime.containers];
    if (c?.state !== 'starting') continue;
    const left = c.startRemainingS - dt;
    const next: Container =
      left <= 0 ? { ...c, state: 'running', startRemainingS: 0 } : { ...c, startRemainingS: left };
    if (left <= 0)
      events.push(event('container.started', `${c.name} is running on ${owner}'s kernel.`, c.id));
    (containers ??= { ...runtime.containers })[cid] = next;
  }
  return containers ? { ...runtime, containers } : runtime;
}
