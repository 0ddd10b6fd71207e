import type { Host, State, Vm } from '../model/types';
import type { Migration } from '../model/orchestrator';
import { excerpt } from '../base/text';
import { FirstSeen, type Path, type Problem, pathText } from './problem';

/**
 * Live migrations in flight as the engine books them (orchestrator/migrate.ts): one per VM, the
 * VM "migrating" on a source that is up, room held for it on another host that is up, and no
 * room held or VM "migrating" without a migration.
 */
export function migrationProblems(state: State): Problem[] {
  const { hosts, orchestrator } = state.world;
  const problems: Problem[] = [];
  const report = (path: Path, message: string) => problems.push({ path, message });
  const moving = new FirstSeen();
  const at = ['world', 'orchestrator', 'migrations'];
  orchestrator.migrations.forEach((m, i) => {
    const mAt = [...at, i];
    const before = moving.claim(m.vmId, mAt);
    if (before) {
      report(
        [...mAt, 'vmId'],
        `is ${excerpt(m.vmId)}, which already migrates at ${before}; a VM moves one way at a time`,
      );
      return;
    }
    checkMigration(hosts, m, mAt, report);
  });
  const byVm = new Map(orchestrator.migrations.map((m) => [m.vmId as string, m]));
  for (const [key, host] of Object.entries(hosts)) {
    if (host.platform.kind !== 'hypervisor') continue;
    const hostAt = ['world', 'hosts', key, 'platform'];
    for (const [vmKey, vm] of Object.entries(host.platform.vms)) {
      if (vm.power === 'migrating' && byVm.get(vm.id)?.from !== host.id) {
        report(
          [...hostAt, 'vms', vmKey, 'power'],
          `is "migrating", but no migration in ${pathText(['state', ...at])} moves ${vm.name} from ${host.name}`,
        );
      }
    }
    host.platform.incoming.forEach((room, r) => {
      const m = byVm.get(room.vmId);
      if (!m || m.to !== host.id || m.from !== room.from) {
        report(
          [...hostAt, 'incoming', r, 'vmId'],
          `is ${excerpt(room.vmId)}, but no migration in ${pathText(['state', ...at])} moves it from ${excerpt(room.from)} to ${host.name}; room is held only for a VM on its way`,
        );
      }
    });
  }
  return problems;
}

type Report = (path: Path, message: string) => void;
type Hosts = State['world']['hosts'];

/** Why a host cannot send or receive a live migration, or null when it can. */
function whyNotUp(host: Host): string | null {
  if (host.power !== 'on') return `${host.name} is ${host.power}`;
  if (host.platform.kind !== 'hypervisor') return `${host.name} runs no hypervisor`;
  if (host.platform.crashed !== null) return `the platform of ${host.name} has crashed`;
  return null;
}

function checkMigration(hosts: Hosts, m: Migration, at: Path, report: Report): void {
  const hostsAt = pathText(['state', 'world', 'hosts']);
  const from = hosts[m.from];
  const to = hosts[m.to];
  if (!from) report([...at, 'from'], `is ${excerpt(m.from)}, which is not a host in ${hostsAt}`);
  if (!to) report([...at, 'to'], `is ${excerpt(m.to)}, which is not a host in ${hostsAt}`);
  if (!from || !to) return;
  if (m.from === m.to) {
    report(
      [...at, 'to'],
      `is ${excerpt(m.to)}, the host the VM migrates from; a VM never migrates to its own host`,
    );
    return;
  }
  for (const [end, host] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const why = whyNotUp(host);
    if (why)
      report(
        [...at, end],
        `is ${excerpt(host.id)}, but ${why}; a live migration needs both hosts on and running a hypervisor`,
      );
  }
  const vm = from.platform.kind === 'hypervisor' ? from.platform.vms[m.vmId] : undefined;
  if (!vm) {
    report(
      [...at, 'vmId'],
      `is ${excerpt(m.vmId)}, which is not a VM on ${from.name}, the host this migration copies from`,
    );
    return;
  }
  if (vm.power !== 'migrating') {
    report(
      [...at, 'vmId'],
      `is ${vm.name}, which is "${vm.power}"; a VM being live-migrated is "migrating"`,
    );
  }
  checkRoom(to, vm, m, at, report);
}

/** The target holds room the size of the VM, once. */
function checkRoom(to: Host, vm: Vm, m: Migration, at: Path, report: Report): void {
  const rooms = to.platform.kind === 'hypervisor' ? to.platform.incoming : [];
  const held = rooms.filter((r) => r.vmId === vm.id);
  if (held.length !== 1) {
    report(
      [...at, 'to'],
      `is ${to.name}, which holds room for ${vm.name} ${held.length} times in platform.incoming; a target holds it once`,
    );
    return;
  }
  const room = held[0]!;
  if (room.vcpus !== vm.vcpus || room.memoryGb !== vm.memoryGb) {
    const r = rooms.indexOf(room);
    report(
      ['world', 'hosts', to.id, 'platform', 'incoming', r],
      `holds ${room.vcpus} vCPUs and ${room.memoryGb} GB for ${vm.name}, which has ${vm.vcpus} vCPUs and ${vm.memoryGb} GB; the room held is the VM's size`,
    );
  }
}
