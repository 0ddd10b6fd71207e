import { type State, allContainers, allVms, hostList } from '../engine';

/**
 * "@name" references in a lesson's commands, resolved against the state a command runs on, so a
 * lesson names things as a learner sees them and still works whatever ids the engine gave:
 *   @web-1               a host, VM, container, physical switch, router or placement rule
 *   @web-1:0             the first vNIC of VM web-1
 *   @esx-01/vmnic0       a physical NIC of host esx-01 (or its virtual switch of that name)
 *   @esx-01/vSwitch0/web a port group of that switch
 */
export function resolveRefs<T>(state: State, value: T): T {
  const names = nameIndex(state);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.startsWith('@') ? idOf(state, names, v.slice(1)) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/** Whatever is named, by name; names are unique per kind, and lessons keep them unique across. */
function nameIndex(state: State): Map<string, string> {
  const { world } = state;
  const named = [
    ...hostList(world),
    ...allVms(world),
    ...allContainers(world),
    ...Object.values(world.physicalSwitches),
    ...Object.values(world.routers),
    ...world.orchestrator.rules,
  ];
  return new Map(named.map((x) => [x.name, x.id as string]));
}

function idOf(state: State, names: Map<string, string>, ref: string): string {
  const missing = (what: string) =>
    new Error(`The lesson names ${what}, which is not in the datacenter now.`);
  const [whole, nic] = ref.split(':');
  if (nic !== undefined) {
    const vm = allVms(state.world).find((v) => v.name === whole);
    const id = vm?.nics[Number(nic)]?.id;
    if (!id) throw missing(`vNIC ${nic} of ${whole}`);
    return id;
  }
  const [hostName, part, group] = ref.split('/');
  if (part === undefined) {
    const id = names.get(ref);
    if (!id) throw missing(ref);
    return id;
  }
  const host = hostList(state.world).find((h) => h.name === hostName);
  if (!host) throw missing(hostName ?? ref);
  const switches = host.platform.kind === 'hypervisor' ? host.platform.vswitches : [];
  const vsw = switches.find((s) => s.name === part);
  if (group !== undefined) {
    const pg = vsw?.portGroups.find((p) => p.name === group);
    if (!pg) throw missing(`port group ${group} of ${part} on ${hostName}`);
    return pg.id;
  }
  const id = host.nics.find((n) => n.name === part)?.id ?? vsw?.id;
  if (!id) throw missing(`${part} on ${hostName}`);
  return id;
}
