import type { HostId, IdAllocator, PortGroupId, SwitchId } from '../base/ids';
import { type Result, refuse } from '../base/result';
import type {
  Host,
  HypervisorPlatform,
  PhysicalNic,
  Platform,
  PlatformSpec,
  World,
} from '../model/types';
import { getHost } from '../model/world';
import { hypervisorById } from '../catalog/hypervisors';
import { osById, osName } from '../catalog/operatingSystems';
import { runtimeById } from '../catalog/runtimes';

/** Port groups a new hypervisor's first virtual switch gets when none are named. */
const DEFAULT_PORT_GROUPS = [{ name: 'VM Network', vlan: 0 }] as const;

/** Checks a hypervisor product and, for type 2, the host OS it needs. */
export function checkHypervisor(product: string, hostOs: string | null | undefined): string | null {
  const p = hypervisorById(product);
  if (!p) return `There is no hypervisor "${product}" in the catalog.`;
  if (p.type === 2) {
    const os = hostOs ? osById(hostOs) : undefined;
    if (!os?.canHost) return `${p.name} is a type-2 hypervisor: choose the host OS it runs on.`;
  }
  return null;
}

/**
 * Whether a runtime can run containers on an OS. On a host a 'linux-vm' runtime is fine (it
 * brings its hidden VM); inside a VM it would need a VM in the VM, so only native runtimes go.
 */
export function checkRuntimeOn(runtime: string, os: string, where: 'host' | 'vm'): string | null {
  const r = runtimeById(runtime);
  if (!r) return `There is no container runtime "${runtime}" in the catalog.`;
  const o = osById(os);
  if (!o) return `There is no OS "${os}" in the catalog.`;
  if (r.status === 'historical') {
    const when = r.history
      ? `: archived in ${r.history.archived}, ended in ${r.history.ended}`
      : '';
    return `${r.name} is historical${when}. Choose containerd, CRI-O, Podman, Docker Engine or LXC.`;
  }
  const support = r.runsOn[o.family];
  if (!support) {
    return o.family === 'macos'
      ? `${r.name} does not run on ${o.name}: macOS has no Linux kernel to share. Docker Desktop or Podman run containers there in a hidden Linux VM.`
      : `${r.name} does not run on ${o.name}; choose a runtime made for ${o.family === 'windows' ? 'Windows (Docker Engine, containerd)' : 'Linux'}.`;
  }
  if (support === 'linux-vm' && where === 'vm')
    return `${r.name} would start a Linux VM inside the VM ${o.name} runs in; install a runtime that runs natively on the guest (such as containerd on Linux).`;
  return null;
}

export function checkPlatformSpec(spec: PlatformSpec): string | null {
  switch (spec.kind) {
    case 'hypervisor':
      return checkHypervisor(spec.product, spec.hostOs);
    case 'bare-metal':
      return osById(spec.os) ? null : `There is no OS "${spec.os}" in the catalog.`;
    case 'container-host':
      return checkRuntimeOn(spec.runtime, spec.os, 'host');
  }
}

/** "VMware ESXi (type 1)", "Ubuntu 24.04 LTS (bare metal)", "Docker Engine on Debian 12". */
export function platformLabel(p: PlatformSpec | Platform): string {
  switch (p.kind) {
    case 'hypervisor': {
      const h = hypervisorById(p.product);
      const name = h?.name ?? p.product;
      return h?.type === 2 && p.hostOs
        ? `${name} (type 2) on ${osName(p.hostOs)}`
        : `${name} (type ${h?.type ?? '?'})`;
    }
    case 'bare-metal':
      return `${osName(p.os)} (bare metal)`;
    case 'container-host': {
      const id = typeof p.runtime === 'string' ? p.runtime : p.runtime.product;
      return `${runtimeById(id)?.name ?? id} on ${osName(p.os)}`;
    }
  }
}

/** The spec a platform was built from, so the chooser can show the current choice. */
export function specOf(p: Platform): PlatformSpec {
  switch (p.kind) {
    case 'hypervisor':
      return { kind: 'hypervisor', product: p.product, hostOs: p.hostOs };
    case 'bare-metal':
      return { kind: 'bare-metal', os: p.os };
    case 'container-host':
      return { kind: 'container-host', os: p.os, runtime: p.runtime.product };
  }
}

/** Whether two specs name the same platform (a type-1 spec's host OS does not count). */
export function samePlatform(a: PlatformSpec, b: PlatformSpec): boolean {
  const key = (s: PlatformSpec) =>
    s.kind === 'hypervisor'
      ? `${s.kind}:${s.product}:${hypervisorById(s.product)?.type === 2 ? (s.hostOs ?? '') : ''}`
      : s.kind === 'bare-metal'
        ? `${s.kind}:${s.os}`
        : `${s.kind}:${s.os}:${s.runtime}`;
  return key(a) === key(b);
}

/** A fresh hypervisor with vSwitch0 uplinked to the first two NICs (active, then standby). */
export function newHypervisorPlatform(
  ids: IdAllocator,
  nics: readonly PhysicalNic[],
  product: string,
  hostOs: string | null | undefined,
  portGroups: readonly { name: string; vlan: number }[] = DEFAULT_PORT_GROUPS,
): HypervisorPlatform {
  return {
    kind: 'hypervisor',
    product,
    hostOs: hypervisorById(product)?.type === 2 ? (hostOs ?? null) : null,
    vswitches: [
      {
        id: ids.take<SwitchId>('vswitch'),
        name: 'vSwitch0',
        portGroups: portGroups.map((pg) => ({
          id: ids.take<PortGroupId>('portGroup'),
          name: pg.name,
          vlan: pg.vlan,
        })),
        uplinks: nics
          .slice(0, 2)
          .map((n, i) => ({ nic: n.id, role: i === 0 ? 'active' : 'standby' })),
      },
    ],
    vms: {},
    incoming: [],
    crashed: null,
  };
}

/** A fresh platform for a spec; a hypervisor gets its first virtual switch. */
export function newPlatform(
  ids: IdAllocator,
  nics: readonly PhysicalNic[],
  spec: PlatformSpec,
): Platform {
  switch (spec.kind) {
    case 'hypervisor':
      return newHypervisorPlatform(ids, nics, spec.product, spec.hostOs);
    case 'bare-metal':
      return { kind: 'bare-metal', os: spec.os, apps: [], crashed: null };
    case 'container-host':
      return {
        kind: 'container-host',
        os: spec.os,
        runtime: { product: spec.runtime, containers: {} },
        crashed: null,
      };
  }
}

/** Why a host takes no VMs, saying what to install: for a VM dropped on it. */
export function whyNoVms(host: Host): string | null {
  const p = host.platform;
  if (p.kind === 'hypervisor') return null;
  return p.kind === 'bare-metal'
    ? `${host.name} runs ${osName(p.os)} straight on the hardware, with no hypervisor: install a hypervisor (type 1, or type 2 on an OS) to run VMs on it.`
    : `${host.name} is a container host (${platformLabel(p)}), with no hypervisor: install a hypervisor to run VMs on it; containers can then run inside a VM.`;
}

/** A host that runs a hypervisor, or a sentence saying what to install to run VMs there. */
export function getHypervisorHost(
  world: World,
  hostId: HostId,
): Result<{ host: Host; platform: HypervisorPlatform }> {
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  if (host.platform.kind !== 'hypervisor')
    return refuse(whyNoVms(host) ?? `${host.name} runs no hypervisor.`);
  return { ok: true, host, platform: host.platform };
}
