import fc from 'fast-check';
import {
  ASSUMPTION_INFO,
  type Assumptions,
  type Command,
  HYPERVISORS,
  type Host,
  type HostId,
  type HostPower,
  type NicId,
  OPERATING_SYSTEMS,
  type PortGroupId,
  type Session,
  type SwitchId,
  type VSwitch,
  type Vm,
  type VmId,
  type World,
  advance,
  allVms,
  execute,
  hostList,
  redo,
  undo,
} from '../index';

/**
 * Random steps for property tests, as plain data so a failing case prints readably. A step names
 * entities by position (resolved against the world when it runs, since ids are not known in
 * advance); -1 names something that does not exist. Values are mostly valid, sometimes not, so
 * that sequences exercise both done and refused commands.
 */
export type Step =
  | {
      t: 'addHost';
      name: string;
      cores: number;
      memoryGb: number;
      nics: number;
      product: string;
      hostOs: string | null;
    }
  | { t: 'removeHost'; host: number }
  | {
      t: 'updateHost';
      host: number;
      patch: Partial<
        Pick<Host, 'name' | 'cpuCores' | 'memoryGb' | 'cpuOvercommit' | 'memoryOvercommit'>
      >;
    }
  | { t: 'setHostPower'; host: number; power: HostPower }
  | { t: 'setHypervisor'; host: number; product: string; hostOs: string | null }
  | {
      t: 'addVm';
      host: number;
      name: string;
      vcpus: number;
      memoryGb: number;
      os: string;
      networks: (string | null)[];
    }
  | { t: 'removeVm'; vm: number }
  | { t: 'updateVm'; vm: number; patch: Partial<Pick<Vm, 'name' | 'vcpus' | 'memoryGb' | 'os'>> }
  | { t: 'setVmPower'; vm: number; on: boolean }
  | { t: 'moveVm'; vm: number; host: number }
  | { t: 'addSwitch'; host: number; name: string; uplinks: number[] }
  | { t: 'removeSwitch'; host: number; vswitch: number }
  | { t: 'addPortGroup'; host: number; vswitch: number; name: string; vlan: number }
  | { t: 'updatePortGroup'; host: number; portGroup: number; name: string; vlan: number }
  | { t: 'removePortGroup'; host: number; portGroup: number }
  | { t: 'plugVnic'; vm: number; nic: number; portGroup: string | null }
  | { t: 'setAssumption'; key: keyof Assumptions; at: number }
  | { t: 'tick'; dt: number }
  | { t: 'undo' }
  | { t: 'redo' };

const ref = fc.integer({ min: -1, max: 9 });
/** Mostly `valid`, sometimes one of `invalid`. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...invalid: T[]) =>
  fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: fc.constantFrom(...invalid), weight: 1 });

const hostName = fc.constantFrom('esx-01', 'esx-02', 'esx-03', 'kvm-1', 'lab', 'bad name');
const vmName = fc.constantFrom('web-1', 'web-2', 'db-1', 'app-1', 'cache', 'x', 'no!');
const portGroupName = fc.constantFrom('VM Network', 'web', 'db', 'VLAN 30', 'bad!');
const switchName = fc.constantFrom('vSwitch0', 'vSwitch1', 'internal', 'bad name');
const product = mostly(fc.constantFrom(...HYPERVISORS.map((h) => h.id)), 'bochs');
const hostOs = fc.constantFrom('ubuntu-24.04', 'windows-11', 'macos-15', 'alpine-3', null);
const guestOs = mostly(fc.constantFrom(...OPERATING_SYSTEMS.map((o) => o.id)), 'beos');
const cores = mostly(fc.integer({ min: 1, max: 16 }), 0, 2.5);
const hostMemory = mostly(fc.constantFrom(4, 8, 16, 32, 64), 0);
const vcpus = mostly(fc.integer({ min: 1, max: 8 }), 0, 1.5, 300);
const vmMemory = mostly(fc.constantFrom(0.25, 0.5, 1, 2, 4, 8, 12, 16), 0.1, 20000);
const vlan = mostly(fc.integer({ min: 0, max: 4095 }), -1, 4096);
const assumptionKey = fc.constantFrom(...(Object.keys(ASSUMPTION_INFO) as (keyof Assumptions)[]));

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      t: fc.constant('addHost'),
      name: hostName,
      cores,
      memoryGb: hostMemory,
      nics: fc.integer({ min: 0, max: 4 }),
      product,
      hostOs,
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ t: fc.constant('removeHost'), host: ref }), weight: 1 },
  {
    arbitrary: fc.record({
      t: fc.constant('updateHost'),
      host: ref,
      patch: fc.record(
        {
          name: hostName,
          cpuCores: cores,
          memoryGb: hostMemory,
          cpuOvercommit: mostly(fc.constantFrom(1, 1.5, 2, 4, 8), 0.5),
          memoryOvercommit: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('setHostPower'),
      host: ref,
      power: fc.constantFrom<HostPower>('on', 'off', 'failed'),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ t: fc.constant('setHypervisor'), host: ref, product, hostOs }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('addVm'),
      host: ref,
      name: vmName,
      vcpus,
      memoryGb: vmMemory,
      os: guestOs,
      networks: fc.array(fc.option(portGroupName, { nil: null }), { maxLength: 2 }),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ t: fc.constant('removeVm'), vm: ref }), weight: 1 },
  {
    arbitrary: fc.record({
      t: fc.constant('updateVm'),
      vm: ref,
      patch: fc.record(
        { name: vmName, vcpus, memoryGb: vmMemory, os: guestOs },
        { requiredKeys: [] },
      ),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ t: fc.constant('setVmPower'), vm: ref, on: fc.boolean() }), weight: 5 },
  { arbitrary: fc.record({ t: fc.constant('moveVm'), vm: ref, host: ref }), weight: 4 },
  {
    arbitrary: fc.record({
      t: fc.constant('addSwitch'),
      host: ref,
      name: switchName,
      uplinks: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ t: fc.constant('removeSwitch'), host: ref, vswitch: ref }), weight: 1 },
  {
    arbitrary: fc.record({
      t: fc.constant('addPortGroup'),
      host: ref,
      vswitch: ref,
      name: portGroupName,
      vlan,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('updatePortGroup'),
      host: ref,
      portGroup: ref,
      name: portGroupName,
      vlan,
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ t: fc.constant('removePortGroup'), host: ref, portGroup: ref }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('plugVnic'),
      vm: ref,
      nic: fc.integer({ min: 0, max: 2 }),
      portGroup: fc.option(portGroupName, { nil: null }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      t: fc.constant('setAssumption'),
      key: assumptionKey,
      at: fc.double({ min: -0.1, max: 1.1, noNaN: true }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ t: fc.constant('tick'), dt: fc.constantFrom(0, 1, 5, 10, 30, 60) }),
    weight: 3,
  },
  { arbitrary: fc.constant({ t: 'undo' as const }), weight: 2 },
  { arbitrary: fc.constant({ t: 'redo' as const }), weight: 1 },
);

/** Steps that are commands only: no time, no undo or redo. */
export const commandStepArb: fc.Arbitrary<Step> = stepArb.filter(
  (s) => s.t !== 'tick' && s.t !== 'undo' && s.t !== 'redo',
);

function pick<T extends { id: string }>(list: readonly T[], i: number): string {
  return (i >= 0 ? list[i % Math.max(1, list.length)]?.id : undefined) ?? 'nothing-99';
}

function switchesOf(
  world: World,
  i: number,
): { host: Host | undefined; switches: readonly VSwitch[] } {
  const host = i >= 0 ? hostList(world)[i % Math.max(1, hostList(world).length)] : undefined;
  return { host, switches: host?.platform.kind === 'hypervisor' ? host.platform.vswitches : [] };
}

/** The command a step means in this world, or null for a step that is not a command. */
export function commandFor(step: Step, world: World): Command | null {
  const hosts = hostList(world);
  const vms = allVms(world);
  const hostId = (i: number) => pick(hosts, i) as HostId;
  const vmId = (i: number) => pick(vms, i) as VmId;
  switch (step.t) {
    case 'addHost':
      return {
        type: 'addHost',
        spec: {
          name: step.name,
          cpuCores: step.cores,
          memoryGb: step.memoryGb,
          storageGb: 500,
          nicCount: step.nics,
          product: step.product,
          hostOs: step.hostOs,
        },
      };
    case 'removeHost':
      return { type: 'removeHost', hostId: hostId(step.host) };
    case 'updateHost':
      return { type: 'updateHost', hostId: hostId(step.host), patch: step.patch };
    case 'setHostPower':
      return { type: 'setHostPower', hostId: hostId(step.host), power: step.power };
    case 'setHypervisor':
      return {
        type: 'setHypervisor',
        hostId: hostId(step.host),
        product: step.product,
        hostOs: step.hostOs,
      };
    case 'addVm':
      return {
        type: 'addVm',
        hostId: hostId(step.host),
        spec: {
          name: step.name,
          os: step.os,
          vcpus: step.vcpus,
          memoryGb: step.memoryGb,
          diskGb: 20,
          networks: step.networks,
        },
      };
    case 'removeVm':
      return { type: 'removeVm', vmId: vmId(step.vm) };
    case 'updateVm':
      return { type: 'updateVm', vmId: vmId(step.vm), patch: step.patch };
    case 'setVmPower':
      return { type: 'setVmPower', vmId: vmId(step.vm), on: step.on };
    case 'moveVm':
      return { type: 'moveVm', vmId: vmId(step.vm), toHostId: hostId(step.host) };
    case 'addSwitch': {
      const nics = hosts[step.host % Math.max(1, hosts.length)]?.nics ?? [];
      const uplinks = step.uplinks.map((n) => pick(nics, n) as NicId);
      return { type: 'addSwitch', hostId: hostId(step.host), spec: { name: step.name, uplinks } };
    }
    case 'removeSwitch': {
      const { switches } = switchesOf(world, step.host);
      return {
        type: 'removeSwitch',
        hostId: hostId(step.host),
        switchId: pick(switches, step.vswitch) as SwitchId,
      };
    }
    case 'addPortGroup': {
      const { switches } = switchesOf(world, step.host);
      return {
        type: 'addPortGroup',
        hostId: hostId(step.host),
        switchId: pick(switches, step.vswitch) as SwitchId,
        spec: { name: step.name, vlan: step.vlan },
      };
    }
    case 'updatePortGroup':
    case 'removePortGroup': {
      const { switches } = switchesOf(world, step.host);
      const groups = switches.flatMap((s) =>
        s.portGroups.map((p) => ({ id: p.id, switchId: s.id })),
      );
      const at =
        step.portGroup >= 0 ? groups[step.portGroup % Math.max(1, groups.length)] : undefined;
      const where = {
        hostId: hostId(step.host),
        switchId: (at?.switchId ?? switches[0]?.id ?? 'nothing-99') as SwitchId,
        portGroupId: (at?.id ?? 'nothing-99') as PortGroupId,
      };
      return step.t === 'removePortGroup'
        ? { type: 'removePortGroup', ...where }
        : { type: 'updatePortGroup', ...where, spec: { name: step.name, vlan: step.vlan } };
    }
    case 'plugVnic': {
      const vm = vms[step.vm % Math.max(1, vms.length)];
      return {
        type: 'plugVnic',
        vmId: vmId(step.vm),
        vnicId: pick(vm?.nics ?? [], step.nic),
        portGroup: step.portGroup,
      };
    }
    case 'setAssumption': {
      const info = ASSUMPTION_INFO[step.key];
      const value =
        Math.round((info.min + step.at * (info.max - info.min)) / info.step) * info.step;
      return { type: 'setAssumption', key: step.key, value };
    }
    case 'tick':
    case 'undo':
    case 'redo':
      return null;
  }
}

/** What one step did to a session. */
export type Outcome =
  | { kind: 'done'; session: Session; command: Command }
  | { kind: 'refused'; session: Session; command: Command; reason: string }
  | { kind: 'other'; session: Session };

/** Runs one step as the UI would: commands through `execute`, time through `advance`. */
export function runStep(session: Session, step: Step): Outcome {
  if (step.t === 'tick') return { kind: 'other', session: advance(session, step.dt) };
  if (step.t === 'undo') return { kind: 'other', session: undo(session) ?? session };
  if (step.t === 'redo') return { kind: 'other', session: redo(session) ?? session };
  const command = commandFor(step, session.state.world);
  if (!command) return { kind: 'other', session };
  const result = execute(session, command);
  return result.ok
    ? { kind: 'done', session: result.session, command }
    : { kind: 'refused', session, command, reason: result.reason };
}
