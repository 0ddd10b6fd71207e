import type { Host, Vm } from '../../engine';
import type { Scenario } from '../schema';

/**
 * Attacks on meaning rather than syntax: each edits a valid document into a world the engine
 * could never reach by its own commands, though every field keeps a valid type and range.
 */

type Mutable<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer I)[]
    ? Mutable<I>[]
    : T extends object
      ? { -readonly [K in keyof T]: Mutable<T[K]> }
      : T;
export type Doc = Mutable<Scenario>;
type MHost = Mutable<Host>;
type MVm = Mutable<Vm>;

const hostsOf = (doc: Doc): MHost[] => Object.values(doc.state.world.hosts);
const vmsOn = (host: MHost): MVm[] =>
  host.platform.kind === 'hypervisor' ? Object.values(host.platform.vms) : [];
const runningVms = (doc: Doc): [MHost, MVm][] =>
  hostsOf(doc).flatMap((h) =>
    vmsOn(h)
      .filter((v) => v.power === 'running')
      .map((v): [MHost, MVm] => [h, v]),
  );
const nth = <T>(list: readonly T[], pick: number): T | undefined =>
  list.length === 0 ? undefined : list[pick % list.length];
const idNumber = (id: string) => Number(id.slice(id.lastIndexOf('-') + 1));
const vmsRecord = (host: MHost): Record<string, MVm> | null =>
  host.platform.kind === 'hypervisor' ? host.platform.vms : null;

/** The largest id number in use anywhere in the document. */
function largestId(doc: Doc): number {
  let max = 0;
  for (const m of JSON.stringify(doc.state.world).matchAll(/"id":"[a-z]+-(\d+)"/g)) {
    max = Math.max(max, Number(m[1]));
  }
  return max;
}

/** One attack: edits the document in place and says what it did, or null when it has no target. */
type Attack = (doc: Doc, pick: number) => string | null;

export const SEMANTIC_ATTACKS: Readonly<Record<string, Attack>> = {
  'running VM on a host that is off or failed': (doc, pick) => {
    const [host, vm] = nth(runningVms(doc), pick) ?? [];
    if (!host || !vm) return null;
    host.power = pick % 2 === 0 ? 'off' : 'failed';
    return `${vm.name} runs on ${host.name}, now ${host.power}`;
  },
  'running VM with more memory than its host': (doc, pick) => {
    const [host, vm] = nth(runningVms(doc), pick) ?? [];
    if (!host || !vm) return null;
    vm.memoryGb = Math.min(host.memoryGb + 1 + (pick % 64), 12288);
    return `${vm.name} has ${vm.memoryGb} GB on ${host.name} (${host.memoryGb} GB)`;
  },
  'running VM with more vCPUs than its cores': (doc, pick) => {
    const [host, vm] = nth(runningVms(doc), pick) ?? [];
    if (!host || !vm) return null;
    vm.vcpus = Math.min(host.cpuCores + 1 + (pick % 8), 256);
    return `${vm.name} has ${vm.vcpus} vCPUs on ${host.name} (${host.cpuCores} cores)`;
  },
  'more running VMs than a host can hold': (doc, pick) => {
    const [host, vm] = nth(runningVms(doc), pick) ?? [];
    const vms = host && vmsRecord(host);
    if (!vms || !vm) return null;
    let next = Math.max(doc.state.sim.nextId, largestId(doc) + 1);
    const copies = 40 + (pick % 200);
    for (let i = 0; i < copies; i += 1) {
      const id = `vm-${next++}` as MVm['id'];
      const nics = vm.nics.map((n) => ({ ...n, id: `vnic-${next++}` as typeof n.id }));
      vms[id] = { ...vm, id, name: `${vm.name}-copy${i}`, nics };
    }
    doc.state.sim.nextId = next;
    return `${copies} copies of ${vm.name} running on ${host.name}`;
  },
  'room reserved for a VM larger than any host': (doc, pick) => {
    const hypervisors = hostsOf(doc).filter((h) => h.platform.kind === 'hypervisor');
    const host = nth(hypervisors, pick);
    const from = nth(hypervisors, pick + 1);
    const [, vm] = nth(runningVms(doc), pick) ?? [];
    if (host?.platform.kind !== 'hypervisor' || !from || !vm) return null;
    host.platform.incoming.push({
      vmId: vm.id,
      name: vm.name,
      vcpus: 256,
      memoryGb: 12288,
      from: from.id,
    });
    return `${host.name} holds 256 vCPUs and 12288 GB for ${vm.name}`;
  },
  'an id counter below the ids in use': (doc, pick) => {
    const top = largestId(doc);
    doc.state.sim.nextId = [1, top, Math.max(1, top - 1 - (pick % top))][pick % 3]!;
    return `nextId ${doc.state.sim.nextId} with ids up to ${top}`;
  },
  'two migrations for one VM': (doc, pick) => {
    const migrations = doc.state.world.orchestrator.migrations;
    const first = nth(migrations, pick);
    if (!first) return null;
    const other = hostsOf(doc).find((h) => h.id !== first.from && h.id !== first.to);
    migrations.push({ ...first, to: pick % 2 === 0 || !other ? first.to : other.id });
    return `${first.vmId} migrates twice`;
  },
  'a migrating VM that is off': (doc, pick) => {
    const migration = nth(doc.state.world.orchestrator.migrations, pick);
    const from = migration && doc.state.world.hosts[migration.from];
    const vm = from && vmsRecord(from)?.[migration.vmId];
    if (!vm) return null;
    vm.power = (['off', 'crashed', 'paused'] as const)[pick % 3]!;
    return `${vm.name} is ${vm.power} while migrating`;
  },
  'a migration without its reserved room': (doc, pick) => {
    const migration = nth(doc.state.world.orchestrator.migrations, pick);
    const target = migration && doc.state.world.hosts[migration.to];
    if (!migration || target?.platform.kind !== 'hypervisor') return null;
    target.platform.incoming = [];
    return `${migration.vmId} migrates to ${target.name}, which holds no room for it`;
  },
  'a VM marked migrating with no migration': (doc, pick) => {
    const [host, vm] = nth(runningVms(doc), pick) ?? [];
    if (!host || !vm) return null;
    vm.power = 'migrating';
    return `${vm.name} is migrating on ${host.name} with no migration`;
  },
  'one VM on two hosts': (doc, pick) => {
    const [host, vm] = nth(runningVms(doc), pick) ?? [];
    const others = hostsOf(doc).filter((h) => h !== host && vmsRecord(h));
    const vms = nth(others, pick) && vmsRecord(nth(others, pick)!);
    if (!host || !vm || !vms) return null;
    vms[vm.id] = { ...vm, power: 'off' };
    return `${vm.id} on ${host.name} and on another host`;
  },
  'a workload of a billion instances': (doc, pick) => {
    const app = nth(doc.state.world.study.workload, pick);
    if (!app) return null;
    app.instances = [1e9, 2 ** 31, 10_001, 1e15][pick % 4]!;
    return `${app.name} has ${app.instances} instances`;
  },
  'a VM filed under another id': (doc, pick) => {
    const [host, vm] = nth(runningVms(doc), pick) ?? [];
    const vms = host && vmsRecord(host);
    if (!vms || !vm) return null;
    const key = `vm-${idNumber(vm.id) + 100_000}` as MVm['id'];
    delete vms[vm.id];
    vms[key] = vm;
    return `${vm.id} filed under ${key}`;
  },
};

export const SEMANTIC_NAMES = Object.keys(SEMANTIC_ATTACKS);
