import type { PhysicalSwitchId } from '../base/ids';
import type { World } from '../model/types';
import { hostList } from '../model/world';
import { parseCidr } from './addr';

/** Who uses what on the physical network: switch ports and IPv4 addresses, by their users' names. */

export const portKey = (switchId: PhysicalSwitchId, port: number): string => `${switchId}:${port}`;

/** Every cabled physical switch port, keyed "psw-1:3", with the name of what is plugged in. */
export function portsInUse(world: World): Map<string, string> {
  const used = new Map<string, string>();
  for (const host of hostList(world)) {
    for (const nic of host.nics) {
      if (nic.link) used.set(portKey(nic.link.switchId, nic.link.port), `${host.name}/${nic.name}`);
    }
  }
  for (const router of Object.values(world.routers)) {
    if (router.link) used.set(portKey(router.link.switchId, router.link.port), router.name);
  }
  return used;
}

/** The first port of `switchId` nothing is plugged into, or null when all are taken. */
export function freePort(world: World, switchId: PhysicalSwitchId): number | null {
  const sw = world.physicalSwitches[switchId];
  if (!sw) return null;
  const used = portsInUse(world);
  for (let port = 1; port <= sw.portCount; port++) {
    if (!used.has(portKey(switchId, port))) return port;
  }
  return null;
}

/**
 * Who already has the address of `cidrText` (ignoring the interface `except`), as "web-2" or
 * "r1 VLAN 10"; null when nobody does. Addresses are unique across the datacenter here, so a
 * learner's ping always has one answer.
 */
export function addressUser(world: World, cidrText: string, except: string): string | null {
  const ip = parseCidr(cidrText)?.ip;
  if (ip === undefined) return null;
  const same = (text: string | null) => text !== null && parseCidr(text)?.ip === ip;
  for (const host of hostList(world)) {
    if (host.platform.kind !== 'hypervisor') continue;
    for (const vm of Object.values(host.platform.vms)) {
      if (vm.nics.some((n) => n.id !== except && same(n.ip))) return vm.name;
    }
  }
  for (const router of Object.values(world.routers)) {
    const rif = router.interfaces.find((i) => i.id !== except && same(i.ip));
    if (rif) return `${router.name} (VLAN ${rif.vlan})`;
  }
  return null;
}
