import type { HostId, NicId } from '../base/ids';
import { event } from '../base/log';
import { COUNT_LIMITS, fullMessage } from '../model/counts';
import type { Host, PhysicalNic, World } from '../model/types';
import { getHost, hostNameTaken, vmsOf, withHost, withoutHost } from '../model/world';
import { hypervisorById } from '../catalog/hypervisors';
import { osById } from '../catalog/operatingSystems';
import { holdsResources, hostUsage } from '../capacity/usage';
import { portsInUse } from '../network/cabling';
import { workloadsOf } from '../platforms/impact';
import { countWorkloads } from '../platforms/items';
import { checkHypervisor, newHypervisorPlatform } from '../platforms/spec';
import { setHostPower as switchHostPower } from '../orchestrator/hostPower';
import type { HostSpec } from './command';
import { type HandlerOf, changed, done, made, refuse } from './types';
import { LIMITS, checkName, checkNumber, checkWhole, firstProblem } from './validate';

/** New hosts mount one shared datastore, so live migration and HA work until a learner says otherwise. */
export const DEFAULT_DATASTORE = 'san-1';

const checkDatastore = (name: string | null | undefined): string | null =>
  name ? checkName('A datastore name', name) : null;

function checkSizes(s: Pick<HostSpec, 'cpuCores' | 'memoryGb' | 'storageGb'>): string | null {
  return firstProblem(
    checkWhole('CPU cores', s.cpuCores, ...LIMITS.hostCores),
    checkNumber('Memory (GB)', s.memoryGb, ...LIMITS.hostMemoryGb),
    checkNumber('Storage (GB)', s.storageGb, ...LIMITS.hostStorageGb),
  );
}

/** Cables each new NIC to the first free port of the first physical switch, if any. */
function cableNics(world: World, nicIds: NicId[]): PhysicalNic[] {
  const sw = Object.values(world.physicalSwitches)[0];
  const used = portsInUse(world);
  let port = 1;
  return nicIds.map((id, i) => {
    let link: PhysicalNic['link'] = null;
    if (sw) {
      while (port <= sw.portCount && used.has(`${sw.id}:${port}`)) port += 1;
      if (port <= sw.portCount) {
        link = { switchId: sw.id, port };
        port += 1;
      }
    }
    return { id, name: `vmnic${i}`, link, up: true };
  });
}

export const addHost: HandlerOf<'addHost'> = ({ world, ids }, { spec }) => {
  if (Object.keys(world.hosts).length >= COUNT_LIMITS.hosts)
    return refuse(fullMessage(COUNT_LIMITS.hosts, 'hosts'));
  const problem = firstProblem(
    checkSizes(spec),
    checkWhole('Physical NICs', spec.nicCount, ...LIMITS.hostNics),
    checkHypervisor(spec.product, spec.hostOs),
    checkDatastore(spec.sharedDatastore),
  );
  if (problem) return refuse(problem);
  const id = ids.take<HostId>('host');
  const name = spec.name ?? `host-${id.split('-')[1]}`;
  const nameProblem = checkName('A host name', name);
  if (nameProblem) return refuse(nameProblem);
  if (hostNameTaken(world, name)) return refuse(`There is already a host named ${name}.`);
  const nics = cableNics(
    world,
    Array.from({ length: spec.nicCount }, () => ids.take<NicId>('nic')),
  );
  const host: Host = {
    id,
    name,
    cpuCores: spec.cpuCores,
    memoryGb: spec.memoryGb,
    storageGb: spec.storageGb,
    nics,
    power: 'on',
    cpuOvercommit: 4,
    memoryOvercommit: false,
    maintenance: false,
    sharedDatastore: spec.sharedDatastore === undefined ? DEFAULT_DATASTORE : spec.sharedDatastore,
    platform: newHypervisorPlatform(ids, nics, spec.product, spec.hostOs, spec.portGroups),
  };
  return made(id, withHost(world, host), event('host.added', `Host ${name} added.`, id));
};

export const removeHost: HandlerOf<'removeHost'> = ({ world }, { hostId }) => {
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  // On a hypervisor, a VM's containers go with the VM: count the VMs only.
  const vmHost = host.platform.kind === 'hypervisor';
  const held = workloadsOf(host.platform).filter((w) => !vmHost || w.kind === 'vm');
  if (held.length > 0) {
    return refuse(`${host.name} still holds ${countWorkloads(held)}: move or remove them first.`);
  }
  return done(
    withoutHost(world, hostId),
    event('host.removed', `Host ${host.name} removed.`, hostId),
  );
};

export const updateHost: HandlerOf<'updateHost'> = ({ world }, { hostId, patch }) => {
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const next: Host = { ...found.host, ...patch };
  const problem = firstProblem(
    checkSizes(next),
    checkName('A host name', next.name),
    checkNumber('CPU overcommit ratio', next.cpuOvercommit, ...LIMITS.overcommit),
    checkDatastore(next.sharedDatastore),
    hostNameTaken(world, next.name, hostId) ? `There is already a host named ${next.name}.` : null,
  );
  if (problem) return refuse(problem);
  const overload = whyOverloaded(world, next);
  if (overload) return refuse(overload);
  return done(withHost(world, next), event('host.changed', `Host ${next.name} changed.`, hostId));
};

/** A host change (smaller, another platform) must not leave its powered-on VMs without room. */
export function whyOverloaded(world: World, host: Host): string | null {
  const u = hostUsage(host, world.assumptions);
  const widest = vmsOf(host)
    .filter(holdsResources)
    .find((vm) => vm.vcpus > u.coresForVms);
  if (widest) {
    return `${host.name} would have ${u.coresForVms} core${u.coresForVms === 1 ? '' : 's'} for VMs, but ${widest.name} has ${widest.vcpus} vCPUs.`;
  }
  if (u.vcpuAllocated > u.vcpuLimit) {
    return `${host.name} would have ${u.vcpuLimit} vCPUs for VMs, but its powered-on VMs use ${u.vcpuAllocated}.`;
  }
  if (!host.memoryOvercommit && u.memoryAllocatedGb > u.memoryForVmsGb + 1e-9) {
    return `${host.name} would have ${u.memoryForVmsGb} GB for VMs, but its powered-on VMs use ${u.memoryAllocatedGb} GB.`;
  }
  return null;
}

export const setHostPower: HandlerOf<'setHostPower'> = ({ world, sim }, { hostId, power }) => {
  return changed(switchHostPower(world, hostId, power, sim.time));
};

export const setHypervisor: HandlerOf<'setHypervisor'> = (
  { world },
  { hostId, product, hostOs },
) => {
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  if (host.platform.kind !== 'hypervisor')
    return refuse(`${host.name} runs no hypervisor: choose a hypervisor platform for it instead.`);
  const problem = checkHypervisor(product, hostOs);
  if (problem) return refuse(problem);
  const type2 = hypervisorById(product)?.type === 2;
  const next: Host = {
    ...host,
    platform: { ...host.platform, product, hostOs: type2 ? hostOs : null },
  };
  const overload = whyOverloaded(world, next);
  if (overload) return refuse(overload);
  const name = hypervisorById(product)?.name ?? product;
  return done(
    withHost(world, next),
    event(
      'host.changed',
      `${host.name} now runs ${name}${type2 && hostOs ? ` on ${osById(hostOs)?.name ?? hostOs}` : ''}.`,
      hostId,
    ),
  );
};
