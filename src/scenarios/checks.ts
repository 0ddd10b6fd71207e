import {
  HYPERVISORS,
  OPERATING_SYSTEMS,
  RUNTIMES,
  hypervisorById,
  osById,
  runtimeById,
  type ContainerRuntime,
  type Host,
  type HypervisorPlatform,
  type State,
} from '../engine';

/**
 * Rules that span fields of a scenario: references resolve, ids and names are unique, the id
 * counter is ahead of every id, catalog ids exist. Each is an invariant the engine keeps, so
 * every state the engine reaches passes, and a hand-edited file that breaks one is refused
 * before the engine sees it. Processes in flight (migrations, HA incidents) are not checked:
 * the engine owns them and cleans them up itself.
 */

export type PathPart = string | number;
type Path = readonly PathPart[];

/** A problem at a path inside the state; the message reads after the path. */
export interface Problem {
  readonly path: Path;
  readonly message: string;
}

/** A path as a learner reads it: `state.world.hosts.host-3.cpuCores`. */
export const pathText = (path: Path): string => path.join('.');

const list = (ids: readonly string[]) => ids.join(', ');
const HYPERVISOR_IDS = list(HYPERVISORS.map((h) => h.id));
const OS_IDS = list(OPERATING_SYSTEMS.map((o) => o.id));
const GUEST_IDS = list(OPERATING_SYSTEMS.filter((o) => o.canBeGuest).map((o) => o.id));
const HOST_OS_IDS = list(OPERATING_SYSTEMS.filter((o) => o.canHost).map((o) => o.id));
const RUNTIME_IDS = list(RUNTIMES.map((r) => r.id));

/** Remembers where each value was first seen, to name the earlier place in a duplicate. */
class FirstSeen {
  private readonly at = new Map<string, Path>();
  /** The path where `value` was seen before (as text), or undefined; records this one. */
  claim(value: string, path: Path): string | undefined {
    const before = this.at.get(value);
    if (before) return pathText(['state', ...before]);
    this.at.set(value, path);
    return undefined;
  }
}

/** What the checks share while they walk one state. */
class Walk {
  readonly problems: Problem[] = [];
  readonly ids = new FirstSeen();
  largest = { n: 0, id: '' };

  report(path: Path, message: string): void {
    this.problems.push({ path, message });
  }

  /** Ids are unique across the file, and the counter must stay ahead of their numbers. */
  id(id: string, path: Path): void {
    const before = this.ids.claim(id, path);
    if (before)
      this.report(path, `is ${id}, an id already used at ${before}; every id must be unique`);
    const n = Number(id.slice(id.lastIndexOf('-') + 1));
    if (n > this.largest.n) this.largest = { n, id };
  }

  /** A record's key must be the id of the entry filed under it. */
  key(key: string, id: string, path: Path, what: string): void {
    if (id !== key)
      this.report([...path, 'id'], `must be "${key}", the key this ${what} is listed under`);
    this.id(id, [...path, 'id']);
  }

  unique(seen: FirstSeen, value: string, path: Path, what: string, why = ''): void {
    const before = seen.claim(value, path);
    if (before)
      this.report(path, `is "${value}", already the name of the ${what} at ${before}${why}`);
  }
}

export function stateProblems(state: State): Problem[] {
  const walk = new Walk();
  const { world, sim } = state;
  for (const [key, sw] of Object.entries(world.physicalSwitches)) {
    walk.key(key, sw.id, ['world', 'physicalSwitches', key], 'switch');
  }
  const hostNames = new FirstSeen();
  const vmNames = new FirstSeen();
  const macs = new FirstSeen();
  const ports = new FirstSeen();
  for (const [key, host] of Object.entries(world.hosts)) {
    const at = ['world', 'hosts', key];
    walk.key(key, host.id, at, 'host');
    walk.unique(hostNames, host.name, [...at, 'name'], 'host');
    checkCabling(walk, state, host, at, ports);
    const platform = host.platform;
    const platformAt = [...at, 'platform'];
    if (platform.kind === 'hypervisor') {
      checkHypervisor(walk, host, platform, platformAt, vmNames, macs);
    } else {
      checkOs(walk, platform.os, [...platformAt, 'os']);
      if (platform.kind === 'bare-metal') {
        platform.apps.forEach((app, i) => walk.id(app.id, [...platformAt, 'apps', i, 'id']));
      } else {
        checkRuntime(walk, platform.runtime, [...platformAt, 'runtime']);
      }
    }
  }
  const { rules, faults, calls } = world.orchestrator;
  const orchestratorAt = ['world', 'orchestrator'];
  rules.forEach((r, i) => walk.id(r.id, [...orchestratorAt, 'rules', i, 'id']));
  faults.forEach((f, i) => walk.id(f.id, [...orchestratorAt, 'faults', i, 'id']));
  calls.forEach((c, i) => walk.id(c.id, [...orchestratorAt, 'calls', i, 'id']));

  if (sim.nextId <= walk.largest.n) {
    walk.report(
      ['sim', 'nextId'],
      `must be greater than ${walk.largest.n}, the largest id number in the file (${walk.largest.id}), so that new ids never repeat one`,
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

/** NICs: unique ids, cabled to a switch that exists, within its ports, one NIC per port. */
function checkCabling(walk: Walk, state: State, host: Host, at: Path, ports: FirstSeen): void {
  host.nics.forEach((nic, i) => {
    const nicAt = [...at, 'nics', i];
    walk.id(nic.id, [...nicAt, 'id']);
    if (!nic.link) return;
    const sw = state.world.physicalSwitches[nic.link.switchId];
    if (!sw) {
      walk.report(
        [...nicAt, 'link', 'switchId'],
        `is ${nic.link.switchId}, which is not a physical switch in state.world.physicalSwitches`,
      );
      return;
    }
    const portAt = [...nicAt, 'link', 'port'];
    if (nic.link.port > sw.portCount) {
      walk.report(portAt, `is ${nic.link.port}, but ${sw.name} has only ${sw.portCount} ports`);
      return;
    }
    const taken = ports.claim(`${sw.id}:${nic.link.port}`, portAt);
    if (taken)
      walk.report(
        portAt,
        `is port ${nic.link.port} of ${sw.name}, already cabled to the NIC at ${taken}`,
      );
  });
}

function checkHypervisor(
  walk: Walk,
  host: Host,
  platform: HypervisorPlatform,
  at: Path,
  vmNames: FirstSeen,
  macs: FirstSeen,
): void {
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
          `is ${uplink.nic}, which is not a physical NIC of ${host.name}` +
            (own.length > 0 ? ` (its NICs: ${list(own)})` : ' (it has none)'),
        );
        return;
      }
      // The engine keeps a NIC on one switch; listing it twice on the same switch is harmless.
      const other = uplinked.claim(uplink.nic, swAt);
      if (other && other !== pathText(['state', ...swAt])) {
        walk.report(
          upAt,
          `is ${uplink.nic}, already the uplink of the switch at ${other}; a physical NIC serves one virtual switch`,
        );
      }
    });
  });

  for (const [key, vm] of Object.entries(platform.vms)) {
    const vmAt = [...at, 'vms', key];
    walk.key(key, vm.id, vmAt, 'VM');
    walk.unique(vmNames, vm.name, [...vmAt, 'name'], 'VM');
    const os = osById(vm.os);
    if (!os)
      walk.report(
        [...vmAt, 'os'],
        `is "${vm.os}", which is not a guest OS VirtLab knows (one of: ${GUEST_IDS})`,
      );
    else if (!os.canBeGuest)
      walk.report(
        [...vmAt, 'os'],
        `is ${os.name}, which cannot run as a guest: its licence allows it only on Apple hardware`,
      );
    if (vm.runtime) checkRuntime(walk, vm.runtime, [...vmAt, 'runtime']);
    vm.nics.forEach((vnic, n) => {
      const vnicAt = [...vmAt, 'nics', n];
      walk.id(vnic.id, [...vnicAt, 'id']);
      const sameMac = macs.claim(vnic.mac.toLowerCase(), [...vnicAt, 'mac']);
      if (sameMac)
        walk.report(
          [...vnicAt, 'mac'],
          `is ${vnic.mac}, the same MAC address as the vNIC at ${sameMac}`,
        );
      if (vnic.portGroup !== null && !portGroups.has(vnic.portGroup)) {
        walk.report(
          [...vnicAt, 'portGroup'],
          `is "${vnic.portGroup}", but ${host.name} has no port group of that name` +
            (portGroups.size > 0 ? ` (it has: ${list([...portGroups].map((g) => `"${g}"`))})` : ''),
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
      `is "${product}", which is not a hypervisor VirtLab knows (one of: ${HYPERVISOR_IDS})`,
    );
    return;
  }
  const osAt = [...at, 'hostOs'];
  if (p.type === 1) {
    if (hostOs !== null)
      walk.report(
        osAt,
        `must be null: ${p.name} is a type-1 hypervisor and runs on the hardware itself, with no host OS`,
      );
  } else if (hostOs === null) {
    walk.report(
      osAt,
      `must name the host OS that ${p.name} runs on, since it is a type-2 hypervisor (one of: ${HOST_OS_IDS})`,
    );
  } else if (!osById(hostOs)?.canHost) {
    walk.report(
      osAt,
      `is "${hostOs}", which is not a host OS a type-2 hypervisor can run on (one of: ${HOST_OS_IDS})`,
    );
  }
}

function checkOs(walk: Walk, os: string, at: Path): void {
  if (!osById(os))
    walk.report(at, `is "${os}", which is not an OS VirtLab knows (one of: ${OS_IDS})`);
}

function checkRuntime(walk: Walk, runtime: ContainerRuntime, at: Path): void {
  if (!runtimeById(runtime.product)) {
    walk.report(
      [...at, 'product'],
      `is "${runtime.product}", which is not a container runtime VirtLab knows (one of: ${RUNTIME_IDS})`,
    );
  }
  for (const [key, container] of Object.entries(runtime.containers)) {
    walk.key(key, container.id, [...at, 'containers', key], 'container');
  }
}
