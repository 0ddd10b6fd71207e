import { type HostId, findVm, hostList, whyNotFits } from '../../engine/read';
import type { SandboxStoreApi } from '../../store/sandboxStore';

/** The drag payload type for palette items, so a stray text drop is ignored. */
export const PALETTE_MIME = 'application/x-virtlab-palette';

export const NEW_HOST = {
  cpuCores: 16,
  memoryGb: 64,
  storageGb: 2000,
  nicCount: 2,
  product: 'esxi',
  portGroups: [
    { name: 'VM Network', vlan: 0 },
    { name: 'web', vlan: 10 },
    { name: 'db', vlan: 20 },
  ],
} as const;

export const NEW_VM = {
  os: 'ubuntu-24.04',
  vcpus: 2,
  memoryGb: 4,
  diskGb: 40,
  apps: ['nginx'],
} as const;

/**
 * Adds a palette item: a host anywhere, a VM onto the host it was dropped on (or, from the
 * keyboard, the selected host, else the first host with room).
 */
export function addFromPalette(store: SandboxStoreApi, item: string, hostId?: HostId): void {
  const s = store.getState();
  if (item === 'host') {
    s.dispatch({ type: 'addHost', spec: NEW_HOST });
    return;
  }
  const world = s.session.state.world;
  const sel = s.selection;
  const selected =
    sel?.kind === 'host' ? sel.id : sel?.kind === 'vm' ? findVm(world, sel.id)?.host.id : undefined;
  const probe = {
    id: 'new' as never,
    name: 'the new VM',
    vcpus: NEW_VM.vcpus,
    memoryGb: NEW_VM.memoryGb,
  };
  const target =
    hostId ??
    selected ??
    hostList(world).find(
      (h) =>
        h.platform.kind === 'hypervisor' &&
        h.power === 'on' &&
        !whyNotFits(h, probe, world.assumptions),
    )?.id;
  if (!target) {
    s.notify('No host has room for a new VM: add a host first.', 'error');
    return;
  }
  const host = world.hosts[target];
  const networks =
    host && host.platform.kind === 'hypervisor' && host.platform.vswitches[0]?.portGroups[0]
      ? [host.platform.vswitches[0].portGroups[0].name]
      : [];
  s.dispatch({ type: 'addVm', hostId: target, spec: { ...NEW_VM, networks } });
}
