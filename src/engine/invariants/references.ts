import type { ContainerRuntime, Host, HypervisorPlatform, State } from '../model/types';
import { HYPERVISORS, hypervisorById } from '../catalog/hypervisors';
import { OPERATING_SYSTEMS, osById } from '../catalog/operatingSystems';
import { RUNTIMES, runtimeById } from '../catalog/runtimes';
import { excerpt, listOf } from '../base/text';
import { FirstSeen, type Path, type Problem, pathText } from './problem';

/**
 * Rules that span fields: references resolve, ids, names, MACs, addresses and switch ports are
 * unique, the id counter is ahead of every id, catalog ids exist. HA incidents and learned
 * tables are not checked: the engine rebuilds or ends them on its own.
 */

const list = (ids: readonly string[]) => ids.join(', ');
const HYPERVISOR_IDS = list(HYPERVISORS.map((h) => h.id));
const OS_IDS = list(OPERATING_SYSTEMS.map((o) => o.id));
const GUEST_IDS = list(OPERATING_SYSTEMS.filter((o) => o.canBeGuest).map((o) => o.id));
const HOST_OS_IDS = list(OPERATING_SYSTEMS.filter((o) => o.canHost).map((o) => o.id));
const RUNTIME_IDS = list(RUNTIMES.map((r) => r.id));

type Link = { readonly switchId: string; readonly port: number } | null;

/** One pass over a state: the problems found and what must be unique across the file. */
class Walk {
  readonly problems: Problem[] = [];
  readonly hostNames = new FirstSeen();
  readonly vmNames = new FirstSeen();
  private readonly ids = new FirstSeen();
  /** vNICs and router interfaces share the layer-2 network, so their MACs must differ. */
  private readonly macs = new FirstSeen();
  /** IPv4 addresses (without the prefix length) of vNICs and router interfaces. */
  private readonly addresses = new FirstSeen();
  /** Physical switch ports ("switchId:port") taken by NIC and router cables. */
  private readonly ports = new FirstSeen();
  largest = { n: 0, id: '' };

  constructor(readonly state: State) {}

  report(path: Path, message: string): void {
    this.problems.push({ path, message });
  }

  /** Ids are unique across the file, and the counter must stay ahead of their numbers. */
  id(id: string, path: Path): void {
    const before = this.ids.claim(id, path);
    if (before)
      this.report(
        path,
        `is ${excerpt(id)}, an id already used at ${before}; every id must be unique`,
      );
    const n = Number(id.slice(id.lastIndexOf('-') + 1));
    if (n > this.largest.n) this.largest = { n, id };
  }

  /** A record's key must be the id of the entry filed under it. */
  key(key: string, id: string, path: Path, what: string): void {
    if (id !== key)
      this.report(
        [...path, 'id'],
        `must be "${excerpt(key)}", the key this ${what} is listed under`,
      );
    this.id(id, [...path, 'id']);
  }

  unique(seen: FirstSeen, value: string, path: Path, what: string, why = ''): void {
    const before = seen.claim(value, path);
    if (before)
      this.report(
        path,
        `is "${excerpt(value)}", already the name of the ${what} at ${before}${why}`,
      );
  }

  mac(mac: string, path: Path): void {
    const before = this.macs.claim(mac.toLowerCase(), path);
    if (before) this.report(path, `is ${excerpt(mac)}, the same MAC address as at ${before}`);
  }

  address(cidr: string | null, path: Path): void {
    if (cidr === null) return;
    const address = cidr.split('/')[0] ?? cidr;
    const before = this.addresses.claim(address, path);
    if (before)
      this.report(
        path,
        `is ${excerpt(cidr)}, but ${excerpt(address)} is already the address at ${before}`,
      );
  }

  /** A cable goes to a switch that exists, to a port it has, that no other cable takes. */
  link(link: Link, at: Path): void {
    if (!link) return;
    const switches: Readonly<Record<string, State['world']['physicalSwitches'][never]>> =
      this.state.world.physicalSwitches;
    const sw = switches[link.switchId];
    if (!sw) {
      this.report(
        [...at, 'switchId'],
        `is ${excerpt(link.switchId)}, which is not a physical switch in state.world.physicalSwitches`,
      );
      return;
    }
    const portAt = [...at, 'port'];
    if (link.port > sw.portCount) {
      this.report(portAt, `is ${link.port}, but ${sw.name} has only ${sw.portCount} ports`);
      return;
    }
    const taken = this.ports.claim(`${sw.id}:${link.port}`, portAt);
    if (taken)
      this.report(
        portAt,
        `is port ${link.port} of ${sw.name}, already taken by the cable at ${taken}`,
      );
  }
}

/** References resolve; ids, names, MACs, addresses and switch ports are unique. */
export function referenceProblems(state: State): Problem[] {
  const walk = new Walk(state);
  const { world, sim } = state;
  checkPhysicalSwitches(walk, world.physicalSwitches);
  for (const [key, host] of Object.entries(world.hosts)) checkHost(walk, key, host);
  checkRouters(walk, world.routers);
  const { rules, faults, calls } = world.orchestrator;
  const at = ['world', 'orchestrator'];
  rules.forEach((r, i) => walk.id(r.id, [...at, 'rules', i, 'id']));
  faults.forEach((f, i) => walk.id(f.id, [...at, 'faults', i, 'id']));
  calls.forEach((c, i) => walk.id(c.id, [...at, 'calls', i, 'id']));

  if (sim.nextId <= walk.largest.n) {
    walk.report(
      ['sim', 'nextId'],
      `must be greater than ${walk.largest.n}, the largest id number in the file (${excerpt(walk.largest.id)}), so that new ids never repeat one`,
    );
  }
  const lastEvent = sim.log[sim.log.length - 1];
  if (lastEvent && sim.seq <= lastEvent.seq) {
    walk.report(
      ['sim', 'seq'],
      `must be greater than ${lastEvent.seq}, the seq of the last event in the log`,
    );
  }
  return walk.problems;
}

function checkPhysicalSwitches(walk: Walk, switches: State['world']['physicalSwitches']): void {
  const names = new FirstSeen();
  for (const [key, sw] of Object.entries(switches)) {
    const at = ['world', 'physicalSwitches', key];
    walk.key(key, sw.id, at, 'switch');
    walk.unique(names, sw.name, [...at, 'name'], 'physical switch');
    sw.downPorts.forEach((port, i) => {
      if (port > sw.portCount) {
        walk.report(
          [...at, 'downPorts', i],
          `is ${port}, but ${sw.name} has only ${sw.portCount} ports`,
        );
      }
    });
  }
}

function checkHost(walk: Walk, key: string, host: Host): void {
  const at = ['world', 'hosts', key];
  walk.key(key, host.id, at, 'host');
  walk.unique(walk.hostNames, host.name, [...at, 'name'], 'host');
  host.nics.forEach((nic, i) => {
    walk.id(nic.id, [...at, 'nics', i, 'id']);
    walk.link(nic.link, [...at, 'nics', i, 'link']);
  });
  const platform = host.platform;
  const platformAt = [...at, 'platform'];
  if (platform.kind === 'hypervisor') {
    checkHypervisor(walk, host, platform, platformAt);
    return;
  }
  if (!osById(platform.os)) {
    walk.report(
      [...platformAt, 'os'],
      `is "${excerpt(platform.os)}", which is not an OS VirtLab knows (one of: ${OS_IDS})`,
    );
  }
  if (platform.kind === 'bare-metal') {
    platform.apps.forEach((app, i) => walk.id(app.id, [...platformAt, 'apps', i, 'id']));
  } else {
    checkRuntime(walk, platform.runtime, [...platformAt, 'runtime']);
  }
}

function checkHypervisor(walk: Walk, host: Host, platform: HypervisorPlatform, at: Path): void {
  checkProduct(walk, platform, at);
  const portGroups = new Set<string>();
  const switchNames = new FirstSeen();
  const pgNames = new FirstSeen();
  const uplinked = new FirstSeen();
  platform.vswitches.forEach((vsw, s) => {
    const swAt = [...at, 'vswitches', s];
    walk.id(vsw.id, [...swAt, 'id']);
    walk.unique(switchNames, vsw.name, [...swAt, 'name'], 'switch');
    vsw.portGroups.forEach((pg, p) => {
      const pgAt = [...swAt, 'portGroups', p];
      walk.id(pg.id, [...pgAt, 'id']);
      walk.unique(
        pgNames,
        pg.name,
        [...pgAt, 'name'],
        'port group',
        '; port group names are unique per host',
      );
      portGroups.add(pg.name);
    });
    vsw.uplinks.forEach((uplink, u) => {
      const upAt = [...swAt, 'uplinks', u, 'nic'];
      if (!host.nics.some((n) => n.id === uplink.nic)) {
        const own = host.nics.map((n) => n.id);
        walk.report(
          upAt,
          `is ${excerpt(uplink.nic)}, which is not a physical NIC of ${host.name}` +
            (own.length > 0 ? ` (its NICs: ${listOf(own.map(excerpt), 6)})` : ' (it has none)'),
        );
        return;
      }
      // The engine keeps a NIC on one switch; listing it twice on the same switch is harmless.
      const other = uplinked.claim(uplink.nic, swAt);
      if (other && other !== pathText(['state', ...swAt])) {
        walk.report(
          upAt,
          `is ${excerpt(uplink.nic)}, already the uplink of the switch at ${other}; a physical NIC serves one virtual switch`,
        );
      }
    });
  });

  for (const [key, vm] of Object.entries(platform.vms)) {
    const vmAt = [...at, 'vms', key];
    walk.key(key, vm.id, vmAt, 'VM');
    walk.unique(walk.vmNames, vm.name, [...vmAt, 'name'], 'VM');
    const os = osById(vm.os);
    if (!os) {
      walk.report(
        [...vmAt, 'os'],
        `is "${excerpt(vm.os)}", which is not a guest OS VirtLab knows (one of: ${GUEST_IDS})`,
      );
    } else if (!os.canBeGuest) {
      walk.report(
        [...vmAt, 'os'],
        `is ${os.name}, which cannot run as a guest: its licence allows it only on Apple hardware`,
      );
    }
    if (vm.runtime) checkRuntime(walk, vm.runtime, [...vmAt, 'runtime']);
    vm.nics.forEach((vnic, n) => {
      const vnicAt = [...vmAt, 'nics', n];
      walk.id(vnic.id, [...vnicAt, 'id']);
      walk.mac(vnic.mac, [...vnicAt, 'mac']);
      walk.address(vnic.ip, [...vnicAt, 'ip']);
      if (vnic.portGroup !== null && !portGroups.has(vnic.portGroup)) {
        walk.report(
          [...vnicAt, 'portGroup'],
          `is "${excerpt(vnic.portGroup)}", but ${host.name} has no port group of that name` +
            (portGroups.size > 0
              ? ` (it has: ${listOf(
                  [...portGroups].map((g) => `"${excerpt(g)}"`),
                  6,
                )})`
              : ''),
        );
      }
    });
  }
}

/** The hypervisor exists; a type-2 one names a host OS that can host, a type-1 one none. */
function checkProduct(walk: Walk, platform: HypervisorPlatform, at: Path): void {
  const { product, hostOs } = platform;
  const p = hypervisorById(product);
  if (!p) {
    walk.report(
      [...at, 'product'],
      `is "${excerpt(product)}", which is not a hypervisor VirtLab knows (one of: ${HYPERVISOR_IDS})`,
    );
    return;
  }
  const osAt = [...at, 'hostOs'];
  if (p.type === 1) {
    if (hostOs !== null) {
      walk.report(
        osAt,
        `must be null: ${p.name} is a type-1 hypervisor and runs on the hardware itself, with no host OS`,
      );
    }
  } else if (hostOs === null) {
    walk.report(
      osAt,
      `must name the host OS that ${p.name} runs on, since it is a type-2 hypervisor (one of: ${HOST_OS_IDS})`,
    );
  } else if (!osById(hostOs)?.canHost) {
    walk.report(
      osAt,
      `is "${excerpt(hostOs)}", which is not a host OS a type-2 hypervisor can run on (one of: ${HOST_OS_IDS})`,
    );
  }
}

function checkRuntime(walk: Walk, runtime: ContainerRuntime, at: Path): void {
  if (!runtimeById(runtime.product)) {
    walk.report(
      [...at, 'product'],
      `is "${excerpt(runtime.product)}", which is not a container runtime VirtLab knows (one of: ${RUNTIME_IDS})`,
    );
  }
  for (const [key, container] of Object.entries(runtime.containers)) {
    walk.key(key, container.id, [...at, 'containers', key], 'container');
  }
}

/** Routers: ids, names, their cable, one interface per VLAN, unique MACs and addresses. */
function checkRouters(walk: Walk, routers: State['world']['routers']): void {
  const names = new FirstSeen();
  for (const [key, router] of Object.entries(routers)) {
    const at = ['world', 'routers', key];
    walk.key(key, router.id, at, 'router');
    walk.unique(names, router.name, [...at, 'name'], 'router');
    walk.link(router.link, [...at, 'link']);
    const vlans = new Set<number>();
    router.interfaces.forEach((itf, i) => {
      const itfAt = [...at, 'interfaces', i];
      walk.id(itf.id, [...itfAt, 'id']);
      if (vlans.has(itf.vlan)) {
        walk.report(
          [...itfAt, 'vlan'],
          `is ${itf.vlan}, but ${router.name} already has an interface in that VLAN; a router has one per VLAN`,
        );
      }
      vlans.add(itf.vlan);
      walk.mac(itf.mac, [...itfAt, 'mac']);
      walk.address(itf.ip, [...itfAt, 'ip']);
    });
  }
}
