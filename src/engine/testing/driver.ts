import { expect, onTestFinished } from 'vitest';
import {
  type ArpRow,
  type Assumptions,
  type Command,
  type Container,
  type ContainerId,
  type ContainerState,
  type EntityId,
  type EventKind,
  type FaultId,
  type Hop,
  type Host,
  type HostId,
  type HostPatch,
  type HostPower,
  type HostUsage,
  type HypervisorPlatform,
  type KernelOwnerId,
  type LogEvent,
  type MacTableRow,
  type NicId,
  type OrchestratorSettings,
  type PhysicalSwitchId,
  type PingTarget,
  type PlacementRule,
  type PlatformSpec,
  type PortGroupId,
  type ReachCell,
  type ReachabilityMatrix,
  type RestartPriority,
  type RouterId,
  type RuleId,
  type Session,
  type State,
  type SwitchId,
  type Trace,
  type VSwitch,
  type Vm,
  type VmId,
  type VmPatch,
  type VmPower,
  type VnicId,
  type World,
  advance,
  allContainers,
  allVms,
  arpCache,
  canPing,
  emptyState,
  execute,
  findVm,
  hostList,
  hostUsage,
  macTable,
  reachability,
  redo,
  startSession,
  tracePing,
  undo,
} from '../index';

/**
 * The engine's one fluent test driver, in the domain words of every area (after tldraw's
 * TestEditor): hosts and VMs, networking and pings, platforms and containers, the orchestrator.
 *
 *   sandbox({ seed: 1 })
 *     .host('esx-01', { cores: 16, memoryGb: 64 })
 *     .vm('web-1', { on: 'esx-01', memoryGb: 8, networks: ['VM Network'] })
 *     .powerOn('web-1').tick(40).expectRunning('web-1')
 *     .address('web-1', '10.0.10.11/24').ping('web-1', 'db-1').expectReply()
 *     .platform('node-1', { kind: 'container-host', os: 'ubuntu-24.04', runtime: 'containerd' })
 *     .orchestrator().deploy('app-1', { memoryGb: 4 }).expectOn('app-1', 'esx-02')
 *
 * Tests name things; the driver maps names to ids by looking them up in the current world. A
 * name that matches nothing is passed on as the id, so the engine refuses it in its own words.
 *
 * A refused command does not throw at once: the next call must be `.expectRefused(...)`, and
 * any other call (or the end of the test) fails with the engine's reason, so a setup step that
 * silently failed never lets a test pass.
 *
 * To extend: add a method that resolves names, builds a `Command` and returns `this.run(...)`
 * (or `this.step(...)` for something that is not a command), and assertions that read
 * `this.world` and call `expect`. Keep each group of methods under its heading below.
 */
export interface HostOptions {
  readonly cores?: number;
  readonly memoryGb?: number;
  readonly storageGb?: number;
  readonly nics?: number;
  /** Hypervisor product id from the catalog. */
  readonly product?: string;
  /** The host OS under a type-2 product. */
  readonly hostOs?: string;
  /** Port groups on vSwitch0; a bare name means VLAN 0. Omitted: the engine's "VM Network". */
  readonly portGroups?: readonly (string | { readonly name: string; readonly vlan: number })[];
}

export interface VmOptions {
  /** The host's name; omitted, the host added last. */
  readonly on?: string;
  readonly vcpus?: number;
  readonly memoryGb?: number;
  readonly diskGb?: number;
  readonly os?: string;
  readonly apps?: readonly string[];
  /** One vNIC per entry, plugged into the port group of that name (null: unplugged). */
  readonly networks?: readonly (string | null)[];
}

export interface ContainerOptions {
  /** Name of the container host or of the VM with a runtime. */
  readonly on: string;
  readonly image?: string;
  readonly cpu?: number;
  readonly memoryGb?: number;
}

/** What a host or VM gets when a test does not say; round figures so expected values are easy. */
export const HOST_DEFAULTS = {
  cores: 16,
  memoryGb: 64,
  storageGb: 2000,
  nics: 2,
  product: 'esxi',
} as const;
export const VM_DEFAULTS = { vcpus: 1, memoryGb: 2, diskGb: 20, os: 'ubuntu-24.04' } as const;

export interface DeployOptions {
  readonly vcpus?: number;
  readonly memoryGb?: number;
  readonly diskGb?: number;
  readonly os?: string;
  readonly networks?: readonly (string | null)[];
  readonly restartPriority?: RestartPriority;
  /** Names of the rules the new VM joins. */
  readonly rules?: readonly string[];
  /** Omitted: the orchestrator powers it on. */
  readonly powerOn?: boolean;
}

export interface SandboxOptions {
  readonly seed?: number;
  /** Assumption overrides set in the starting world (not as an undoable command). */
  readonly assumptions?: Partial<Assumptions>;
  /** Start from this state instead of an empty datacenter (seed and assumptions are ignored). */
  readonly state?: State;
}

export function sandbox(options: SandboxOptions = {}): Sandbox {
  const base = options.state ?? emptyState(options.seed ?? 1);
  const state: State = options.assumptions
    ? {
        ...base,
        world: {
          ...base.world,
          assumptions: { ...base.world.assumptions, ...options.assumptions },
        },
      }
    : base;
  return new Sandbox(state);
}

export class Sandbox {
  session: Session;
  /** The last refused step and why, until `expectRefused` reads it. */
  private refusal: { readonly what: string; readonly reason: string } | null = null;
  /** Sequence number of the first event of the last step, so `lastEvents` shows that step's. */
  private stepSeq: number;
  /** Where `vm()` puts a VM when the test names no host. */
  private lastHost: string | null = null;
  /** The trace of the last ping, for the ping expectations. */
  private lastTrace: Trace | null = null;
  /** Ids the last command created. */
  private created: readonly EntityId[] = [];

  constructor(state: State) {
    this.session = startSession(state);
    this.stepSeq = state.sim.seq;
    if (expect.getState().currentTestName !== undefined) {
      onTestFinished(() => this.settle());
    }
  }

  get state(): State {
    return this.session.state;
  }

  get world(): World {
    return this.session.state.world;
  }

  /** Events the last step (command, tick, undo or redo) recorded. */
  get lastEvents(): LogEvent[] {
    return this.state.sim.log.filter((e) => e.seq >= this.stepSeq);
  }

  // ---- Running steps -------------------------------------------------------------------------

  /** Executes a raw command through the session, as the UI does. */
  run(command: Command, what: string = command.type): this {
    return this.step(what, (session) => {
      const result = execute(session, command);
      if (!result.ok) return result.reason;
      this.created = result.created;
      return result.session;
    });
  }

  /** Ids the last command created (the new VM, the new rule), as execute handed them back. */
  get lastCreated(): readonly EntityId[] {
    return this.created;
  }

  /** Runs one step on the session; a string back means the step was refused for that reason. */
  private step(what: string, fn: (session: Session) => Session | string): this {
    this.settle();
    this.stepSeq = this.state.sim.seq;
    const next = fn(this.session);
    if (typeof next === 'string') this.refusal = { what, reason: next };
    else this.session = next;
    return this;
  }

  /** Fails when a refused step went unexpected. */
  private settle(): void {
    if (!this.refusal) return;
    const { what, reason } = this.refusal;
    this.refusal = null;
    throw new Error(
      `${what} was refused: "${reason}". Follow it with .expectRefused() if the test means it.`,
    );
  }

  // ---- Name lookups --------------------------------------------------------------------------

  findHost(name: string): Host | undefined {
    return hostList(this.world).find((h) => h.name === name);
  }

  findVm(name: string): Vm | undefined {
    return allVms(this.world).find((v) => v.name === name);
  }

  hostNamed(name: string): Host {
    const host = this.findHost(name);
    if (!host) throw new Error(`There is no host named ${name}.`);
    return host;
  }

  vmNamed(name: string): Vm {
    const vm = this.findVm(name);
    if (!vm) throw new Error(`There is no VM named ${name}.`);
    return vm;
  }

  /** The host a VM sits on. */
  hostOf(vmName: string): Host {
    const found = findVm(this.world, this.vmNamed(vmName).id);
    if (!found) throw new Error(`${vmName} is on no host.`);
    return found.host;
  }

  hostId(name: string): HostId {
    return this.findHost(name)?.id ?? (name as HostId);
  }

  vmId(name: string): VmId {
    return this.findVm(name)?.id ?? (name as VmId);
  }

  switchNamed(hostName: string, switchName: string): VSwitch | undefined {
    return this.switchesOf(hostName).find((s) => s.name === switchName);
  }

  /** The hypervisor platform of a host; fails the test when the host runs something else. */
  hypervisorOf(hostName: string): HypervisorPlatform {
    const platform = this.hostNamed(hostName).platform;
    if (platform.kind !== 'hypervisor') throw new Error(`${hostName} runs no hypervisor.`);
    return platform;
  }

  /** The virtual switches of a host; none when it is unknown or runs no hypervisor. */
  switchesOf(hostName: string): readonly VSwitch[] {
    const platform = this.findHost(hostName)?.platform;
    return platform?.kind === 'hypervisor' ? platform.vswitches : [];
  }

  usage(hostName: string): HostUsage {
    return hostUsage(this.hostNamed(hostName), this.world.assumptions);
  }

  findContainer(name: string): Container | undefined {
    return allContainers(this.world).find((c) => c.name === name);
  }

  containerNamed(name: string): Container {
    const c = this.findContainer(name);
    if (!c) throw new Error(`There is no container named ${name}.`);
    return c;
  }

  /** A host's or a VM's id by its name: where containers live. */
  owner(name: string): KernelOwnerId {
    return this.findHost(name)?.id ?? this.vmId(name);
  }

  private vnicId(vmName: string, nicIndex: number): VnicId {
    return this.findVm(vmName)?.nics[nicIndex]?.id ?? (`#${nicIndex}` as VnicId);
  }

  private pnicId(hostName: string, nicName: string): NicId {
    return this.findHost(hostName)?.nics.find((n) => n.name === nicName)?.id ?? (nicName as NicId);
  }

  switchIdNamed(name: string): PhysicalSwitchId {
    const sw = Object.values(this.world.physicalSwitches).find((s) => s.name === name);
    return sw?.id ?? (name as PhysicalSwitchId);
  }

  routerId(name: string): RouterId {
    return Object.values(this.world.routers).find((r) => r.name === name)?.id ?? (name as RouterId);
  }

  // ---- Hosts ---------------------------------------------------------------------------------

  host(name: string, options: HostOptions = {}): this {
    this.lastHost = name;
    const o = { ...HOST_DEFAULTS, ...options };
    return this.run(
      {
        type: 'addHost',
        spec: {
          name,
          cpuCores: o.cores,
          memoryGb: o.memoryGb,
          storageGb: o.storageGb,
          nicCount: o.nics,
          product: o.product,
          hostOs: o.hostOs ?? null,
          ...(o.portGroups && {
            portGroups: o.portGroups.map((p) => (typeof p === 'string' ? { name: p, vlan: 0 } : p)),
          }),
        },
      },
      `Adding host ${name}`,
    );
  }

  removeHost(name: string): this {
    return this.run({ type: 'removeHost', hostId: this.hostId(name) }, `Removing ${name}`);
  }

  updateHost(name: string, patch: HostPatch): this {
    return this.run({ type: 'updateHost', hostId: this.hostId(name), patch }, `Changing ${name}`);
  }

  setHostPower(name: string, power: HostPower): this {
    return this.run(
      { type: 'setHostPower', hostId: this.hostId(name), power },
      `Setting ${name} ${power}`,
    );
  }

  failHost(name: string): this {
    return this.setHostPower(name, 'failed');
  }

  setHypervisor(name: string, product: string, hostOs: string | null = null): this {
    return this.run(
      { type: 'setHypervisor', hostId: this.hostId(name), product, hostOs },
      `Putting ${product} on ${name}`,
    );
  }

  // ---- VMs -----------------------------------------------------------------------------------

  vm(name: string, options: VmOptions = {}): this {
    const on = options.on ?? this.lastHost ?? 'no host yet';
    const o = { ...VM_DEFAULTS, ...options };
    return this.run(
      {
        type: 'addVm',
        hostId: this.hostId(on),
        spec: {
          name,
          os: o.os,
          vcpus: o.vcpus,
          memoryGb: o.memoryGb,
          diskGb: o.diskGb,
          ...(o.apps && { apps: o.apps }),
          ...(o.networks && { networks: o.networks }),
        },
      },
      `Adding VM ${name} on ${on}`,
    );
  }

  removeVm(name: string): this {
    return this.run({ type: 'removeVm', vmId: this.vmId(name) }, `Removing ${name}`);
  }

  updateVm(name: string, patch: VmPatch): this {
    return this.run({ type: 'updateVm', vmId: this.vmId(name), patch }, `Changing ${name}`);
  }

  powerOn(name: string): this {
    return this.run({ type: 'setVmPower', vmId: this.vmId(name), on: true }, `Powering on ${name}`);
  }

  powerOff(name: string): this {
    return this.run(
      { type: 'setVmPower', vmId: this.vmId(name), on: false },
      `Powering off ${name}`,
    );
  }

  move(name: string, toHost: string): this {
    return this.run(
      { type: 'moveVm', vmId: this.vmId(name), toHostId: this.hostId(toHost) },
      `Moving ${name} to ${toHost}`,
    );
  }

  // ---- Networking ----------------------------------------------------------------------------

  /** Adds a virtual switch; uplinks are physical NIC names on that host (vmnic0, vmnic1, ...). */
  addSwitch(hostName: string, name: string, uplinks: readonly string[] = []): this {
    return this.run(
      {
        type: 'addSwitch',
        hostId: this.hostId(hostName),
        spec: { name, uplinks: this.nicIds(hostName, uplinks) },
      },
      `Adding switch ${name} on ${hostName}`,
    );
  }

  updateSwitch(
    hostName: string,
    name: string,
    spec: { readonly name?: string; readonly uplinks?: readonly string[] },
  ): this {
    const current = this.switchNamed(hostName, name);
    const uplinks = spec.uplinks
      ? this.nicIds(hostName, spec.uplinks)
      : (current?.uplinks.map((u) => u.nic) ?? []);
    return this.run(
      {
        type: 'updateSwitch',
        hostId: this.hostId(hostName),
        switchId: this.switchId(hostName, name),
        spec: { name: spec.name ?? name, uplinks },
      },
      `Changing switch ${name} on ${hostName}`,
    );
  }

  removeSwitch(hostName: string, name: string): this {
    return this.run(
      {
        type: 'removeSwitch',
        hostId: this.hostId(hostName),
        switchId: this.switchId(hostName, name),
      },
      `Removing switch ${name} from ${hostName}`,
    );
  }

  addPortGroup(hostName: string, name: string, vlan = 0, switchName = 'vSwitch0'): this {
    return this.run(
      {
        type: 'addPortGroup',
        hostId: this.hostId(hostName),
        switchId: this.switchId(hostName, switchName),
        spec: { name, vlan },
      },
      `Adding port group "${name}" on ${hostName}`,
    );
  }

  updatePortGroup(
    hostName: string,
    name: string,
    spec: { readonly name?: string; readonly vlan?: number },
  ): this {
    const at = this.portGroupAt(hostName, name);
    return this.run(
      {
        type: 'updatePortGroup',
        hostId: this.hostId(hostName),
        switchId: at.switchId,
        portGroupId: at.portGroupId,
        spec: { name: spec.name ?? name, vlan: spec.vlan ?? at.vlan },
      },
      `Changing port group "${name}" on ${hostName}`,
    );
  }

  removePortGroup(hostName: string, name: string): this {
    const at = this.portGroupAt(hostName, name);
    return this.run(
      {
        type: 'removePortGroup',
        hostId: this.hostId(hostName),
        switchId: at.switchId,
        portGroupId: at.portGroupId,
      },
      `Removing port group "${name}" from ${hostName}`,
    );
  }

  /** Plugs a VM's vNIC (by position, first by default) into a port group, or unplugs it (null). */
  plug(vmName: string, portGroup: string | null, nicIndex = 0): this {
    const vnicId = this.findVm(vmName)?.nics[nicIndex]?.id ?? `#${nicIndex}`;
    return this.run(
      { type: 'plugVnic', vmId: this.vmId(vmName), vnicId, portGroup },
      `Plugging ${vmName} into ${portGroup ?? 'nothing'}`,
    );
  }

  unplug(vmName: string, nicIndex = 0): this {
    return this.plug(vmName, null, nicIndex);
  }

  private switchId(hostName: string, name: string): SwitchId {
    return this.switchNamed(hostName, name)?.id ?? (name as SwitchId);
  }

  private nicIds(hostName: string, names: readonly string[]): NicId[] {
    const nics = this.findHost(hostName)?.nics ?? [];
    return names.map((n) => nics.find((nic) => nic.name === n)?.id ?? (n as NicId));
  }

  private portGroupAt(
    hostName: string,
    name: string,
  ): { switchId: SwitchId; portGroupId: PortGroupId; vlan: number } {
    for (const s of this.switchesOf(hostName)) {
      const pg = s.portGroups.find((p) => p.name === name);
      if (pg) return { switchId: s.id, portGroupId: pg.id, vlan: pg.vlan };
    }
    const first = this.switchesOf(hostName)[0];
    return {
      switchId: first?.id ?? ('vSwitch0' as SwitchId),
      portGroupId: name as PortGroupId,
      vlan: 0,
    };
  }

  /** Gives a VM's vNIC (first by default) an address such as "10.0.10.11/24", and a gateway. */
  address(vmName: string, ip: string | null, gateway: string | null = null, nicIndex = 0): this {
    return this.run(
      {
        type: 'setVnicAddress',
        vmId: this.vmId(vmName),
        vnicId: this.vnicId(vmName, nicIndex),
        ip,
        gateway,
      },
      `Giving ${vmName} the address ${ip ?? 'none'}`,
    );
  }

  guestVlan(vmName: string, vlan: number | null, nicIndex = 0): this {
    return this.run(
      {
        type: 'setVnicGuestVlan',
        vmId: this.vmId(vmName),
        vnicId: this.vnicId(vmName, nicIndex),
        vlan,
      },
      `Tagging ${vmName}'s frames with ${vlan ?? 'nothing'}`,
    );
  }

  addVnic(vmName: string, portGroup: string | null): this {
    return this.run(
      { type: 'addVnic', vmId: this.vmId(vmName), portGroup },
      `Adding a vNIC to ${vmName}`,
    );
  }

  /** A VM on a host, plugged into `portGroup`, with an address, powered on and booted. */
  server(
    name: string,
    on: string,
    portGroup: string,
    ip: string,
    gateway: string | null = null,
  ): this {
    return this.vm(name, { on, networks: [portGroup] })
      .address(name, ip, gateway)
      .powerOn(name)
      .tick(this.world.assumptions.vmBootSeconds);
  }

  /** A router on a stick on the first free port of the first physical switch, or on `port`. */
  router(
    name: string,
    interfaces: readonly { vlan: number; ip: string }[],
    at?: { switch: string; port: number } | null,
  ): this {
    const link =
      at === undefined
        ? undefined
        : at && { switchId: this.switchIdNamed(at.switch), port: at.port };
    return this.run(
      { type: 'addRouter', spec: { name, interfaces, ...(link !== undefined && { link }) } },
      `Adding router ${name}`,
    );
  }

  nicLink(hostName: string, nicName: string, up: boolean): this {
    return this.run(
      {
        type: 'setNicLink',
        hostId: this.hostId(hostName),
        nicId: this.pnicId(hostName, nicName),
        up,
      },
      `Setting ${hostName}/${nicName} ${up ? 'up' : 'down'}`,
    );
  }

  switchPort(port: number, up: boolean, switchName = 'tor-1'): this {
    return this.run(
      { type: 'setSwitchPort', switchId: this.switchIdNamed(switchName), port, up },
      `Setting ${switchName} port ${port} ${up ? 'up' : 'down'}`,
    );
  }

  physicalSwitch(name: string, portCount: number): this {
    return this.run(
      { type: 'addPhysicalSwitch', spec: { name, portCount } },
      `Adding switch ${name}`,
    );
  }

  /** Recables a host's NIC to `port` of the named physical switch, or unplugs it (null). */
  cable(hostName: string, nicName: string, to: { switch: string; port: number } | null): this {
    return this.run(
      {
        type: 'cableNic',
        hostId: this.hostId(hostName),
        nicId: this.pnicId(hostName, nicName),
        link: to && { switchId: this.switchIdNamed(to.switch), port: to.port },
      },
      `Cabling ${hostName}/${nicName}`,
    );
  }

  // ---- Pinging and what the network learned ---------------------------------------------------

  /** Pings a VM by name, or an address; the trace is kept for the expectations below. */
  ping(src: string, dst: string): this {
    const target: PingTarget = /^[0-9.]+$/.test(dst) ? { ip: dst } : { vmId: this.vmId(dst) };
    return this.step(`Pinging ${dst} from ${src}`, (session) => {
      const r = tracePing(session.state, this.vmId(src), target);
      if (!r.ok) return r.reason;
      this.lastTrace = r.trace;
      return { ...session, state: r.state };
    });
  }

  get trace(): Trace {
    if (!this.lastTrace) throw new Error('No ping has been traced yet.');
    return this.lastTrace;
  }

  /** Hops of the last trace at the device of that name (a VM, "esx-01/vSwitch0", "tor-1"). */
  hopsAt(deviceName: string): Hop[] {
    return this.trace.hops.filter((h) => h.device.name === deviceName);
  }

  expectReply(): this {
    return this.check((sb) => {
      expect(sb.trace.drop?.reason ?? null, sb.trace.summary).toBeNull();
      expect(sb.trace.outcome).toBe('reply');
    });
  }

  /** The last ping was dropped, at the named device, for a reason matching `reason`. */
  expectDropped(reason: string | RegExp, at?: string): this {
    return this.check((sb) => {
      expect(sb.trace.outcome, sb.trace.summary).toBe('dropped');
      const drop = sb.trace.drop;
      if (typeof reason === 'string') expect(drop?.reason).toContain(reason);
      else expect(drop?.reason).toMatch(reason);
      if (at !== undefined) expect(drop?.at.name).toBe(at);
    });
  }

  /** The MAC table of "tor-1" or of a virtual switch named "esx-01/vSwitch0". */
  macTableOf(name: string): MacTableRow[] {
    const [hostName, switchName] = name.split('/');
    const id =
      switchName && hostName
        ? (this.switchNamed(hostName, switchName)?.id ?? name)
        : this.switchIdNamed(name);
    return macTable(this.state, id);
  }

  arpOf(vmName: string): ArpRow[] {
    return arpCache(this.state, this.vmId(vmName));
  }

  matrix(): ReachabilityMatrix {
    return reachability(this.state);
  }

  canPing(src: string, dst: string): ReachCell | null {
    return canPing(this.state, this.vmId(src), this.vmId(dst));
  }

  // ---- Platforms, containers and crashes ------------------------------------------------------

  platform(hostName: string, spec: PlatformSpec): this {
    return this.run(
      { type: 'setPlatform', hostId: this.hostId(hostName), spec },
      `Switching ${hostName} to ${spec.kind}`,
    );
  }

  runtime(vmName: string, runtime: string | null): this {
    return this.run(
      { type: 'setVmRuntime', vmId: this.vmId(vmName), runtime },
      `Setting ${vmName}'s runtime to ${runtime ?? 'none'}`,
    );
  }

  app(hostName: string, name: string, cpu: number, memoryGb: number): this {
    return this.run(
      { type: 'addApp', hostId: this.hostId(hostName), spec: { name, cpu, memoryGb } },
      `Installing ${name} on ${hostName}`,
    );
  }

  container(name: string, o: ContainerOptions): this {
    return this.run(
      {
        type: 'addContainer',
        on: this.owner(o.on),
        spec: {
          name,
          image: o.image ?? 'nginx:1.27',
          cpu: o.cpu ?? 0.5,
          memoryGb: o.memoryGb ?? 1,
        },
      },
      `Adding container ${name} on ${o.on}`,
    );
  }

  private containerId(name: string): ContainerId {
    return this.findContainer(name)?.id ?? (name as Container['id']);
  }

  start(name: string): this {
    return this.run(
      { type: 'setContainerPower', containerId: this.containerId(name), on: true },
      `Starting ${name}`,
    );
  }

  stop(name: string): this {
    return this.run(
      { type: 'setContainerPower', containerId: this.containerId(name), on: false },
      `Stopping ${name}`,
    );
  }

  crashGuestOs(vmName: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'guest-os', vmId: this.vmId(vmName) } },
      `Crashing ${vmName}'s guest`,
    );
  }

  crashHostOs(hostName: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'host-os', hostId: this.hostId(hostName) } },
      `Crashing ${hostName}'s OS`,
    );
  }

  crashHypervisor(hostName: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'hypervisor', hostId: this.hostId(hostName) } },
      `Crashing ${hostName}'s hypervisor`,
    );
  }

  crashKernel(name: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'kernel', owner: this.owner(name) } },
      `Crashing ${name}'s kernel`,
    );
  }

  crashContainer(name: string): this {
    return this.run(
      { type: 'crash', target: { kind: 'container', containerId: this.containerId(name) } },
      `Crashing ${name}`,
    );
  }

  recover(name: string): this {
    return this.run({ type: 'recover', on: this.owner(name) }, `Recovering ${name}`);
  }

  // ---- The orchestrator -----------------------------------------------------------------------

  /** Changes the orchestrator's settings; with none, switches it on. */
  orchestrator(patch: Partial<OrchestratorSettings> = { enabled: true }): this {
    return this.run(
      { type: 'setOrchestrator', patch },
      `Setting the orchestrator ${JSON.stringify(patch)}`,
    );
  }

  /** Asks the orchestrator for a VM: it chooses the host (and powers the VM on unless told not to). */
  deploy(name: string, options: DeployOptions = {}): this {
    const { rules, ...o } = { ...VM_DEFAULTS, ...options };
    return this.run(
      {
        type: 'deployVm',
        spec: { name, ...o, ...(rules && { ruleIds: rules.map((r) => this.ruleId(r)) }) },
      },
      `Deploying ${name}`,
    );
  }

  /** An affinity rule (the VMs run on one host) or an anti-affinity rule (no two share one). */
  rule(kind: PlacementRule['kind'], name: string, ...vmNames: string[]): this {
    return this.run(
      { type: 'addRule', spec: { kind, name, vmIds: vmNames.map((v) => this.vmId(v)) } },
      `Adding ${kind} rule ${name}`,
    );
  }

  removeRule(name: string): this {
    return this.run({ type: 'removeRule', ruleId: this.ruleId(name) }, `Removing rule ${name}`);
  }

  /** A host failure the scenario schedules at simulated second `at`. */
  scheduleFault(hostName: string, at: number): this {
    return this.run(
      { type: 'scheduleFault', hostId: this.hostId(hostName), at },
      `Scheduling ${hostName} to fail at ${at} s`,
    );
  }

  /** Cancels the scheduled failure of a host. */
  cancelFault(hostName: string): this {
    const fault = this.world.orchestrator.faults.find((f) => f.hostId === this.hostId(hostName));
    return this.run(
      { type: 'cancelFault', faultId: fault?.id ?? (hostName as FaultId) },
      `Cancelling the failure of ${hostName}`,
    );
  }

  enterMaintenance(hostName: string): this {
    return this.run(
      { type: 'enterMaintenance', hostId: this.hostId(hostName) },
      `Putting ${hostName} in maintenance mode`,
    );
  }

  exitMaintenance(hostName: string): this {
    return this.run(
      { type: 'exitMaintenance', hostId: this.hostId(hostName) },
      `Taking ${hostName} out of maintenance mode`,
    );
  }

  /** Asks for a live migration of a running VM. */
  migrate(vmName: string, toHost: string): this {
    return this.run(
      { type: 'startMigration', vmId: this.vmId(vmName), toHostId: this.hostId(toHost) },
      `Live-migrating ${vmName} to ${toHost}`,
    );
  }

  /** Applies balancing's recommendation to move a VM to a host. */
  applyRecommendation(vmName: string, toHost: string): this {
    return this.run(
      { type: 'applyRecommendation', vmId: this.vmId(vmName), toHostId: this.hostId(toHost) },
      `Moving ${vmName} to ${toHost} as recommended`,
    );
  }

  consolidate(): this {
    return this.run({ type: 'consolidate' }, 'Consolidating');
  }

  ruleId(name: string): RuleId {
    return this.world.orchestrator.rules.find((r) => r.name === name)?.id ?? (name as RuleId);
  }

  // ---- Assumptions, time and history ---------------------------------------------------------

  setAssumption(key: keyof Assumptions, value: number): this {
    return this.run({ type: 'setAssumption', key, value }, `Setting ${key} to ${value}`);
  }

  tick(seconds: number): this {
    return this.step(`Advancing ${seconds} s`, (session) => advance(session, seconds));
  }

  undo(): this {
    return this.step('Undo', (session) => undo(session) ?? 'There is nothing to undo.');
  }

  redo(): this {
    return this.step('Redo', (session) => redo(session) ?? 'There is nothing to redo.');
  }

  // ---- Assertions ----------------------------------------------------------------------------

  /** The last step was refused, with a reason matching `reason` (a substring or a pattern). */
  expectRefused(reason?: string | RegExp): this {
    const refusal = this.refusal;
    this.refusal = null;
    if (!refusal) throw new Error('Expected the last step to be refused, but it was done.');
    if (reason !== undefined) expect(refusal.reason, refusal.what).toMatch(reason);
    return this;
  }

  expectPower(vmName: string, power: VmPower): this {
    this.settle();
    expect(this.vmNamed(vmName).power, `${vmName}'s power`).toBe(power);
    return this;
  }

  expectRunning(vmName: string): this {
    return this.expectPower(vmName, 'running');
  }

  expectOff(vmName: string): this {
    return this.expectPower(vmName, 'off');
  }

  expectBooting(vmName: string, secondsLeft?: number): this {
    this.expectPower(vmName, 'booting');
    if (secondsLeft !== undefined) {
      expect(this.vmNamed(vmName).bootRemainingS, `${vmName}'s boot left`).toBe(secondsLeft);
    }
    return this;
  }

  expectOn(vmName: string, hostName: string): this {
    this.settle();
    expect(this.hostOf(vmName).name, `the host of ${vmName}`).toBe(hostName);
    return this;
  }

  expectHostPower(hostName: string, power: HostPower): this {
    this.settle();
    expect(this.hostNamed(hostName).power, `${hostName}'s power`).toBe(power);
    return this;
  }

  /** Memory left for powered-on VMs on a host, in GB. */
  expectFreeMemory(hostName: string, gb: number): this {
    this.settle();
    const u = this.usage(hostName);
    expect(u.memoryForVmsGb - u.memoryAllocatedGb, `free memory on ${hostName}`).toBeCloseTo(gb);
    return this;
  }

  /** vCPUs left for powered-on VMs on a host at its overcommit ratio. */
  expectFreeVcpus(hostName: string, vcpus: number): this {
    this.settle();
    const u = this.usage(hostName);
    expect(u.vcpuLimit - u.vcpuAllocated, `free vCPUs on ${hostName}`).toBe(vcpus);
    return this;
  }

  expectUsage(hostName: string, usage: Partial<HostUsage>): this {
    this.settle();
    expect(this.usage(hostName), `usage of ${hostName}`).toMatchObject(usage);
    return this;
  }

  expectHosts(...names: string[]): this {
    this.settle();
    expect(
      hostList(this.world)
        .map((h) => h.name)
        .sort(),
      'hosts',
    ).toEqual([...names].sort());
    return this;
  }

  expectVms(...names: string[]): this {
    this.settle();
    expect(
      allVms(this.world)
        .map((v) => v.name)
        .sort(),
      'VMs',
    ).toEqual([...names].sort());
    return this;
  }

  expectPortGroups(hostName: string, ...names: string[]): this {
    this.settle();
    const pgs = this.switchesOf(hostName).flatMap((s) => s.portGroups.map((p) => p.name));
    expect(pgs.sort(), `port groups on ${hostName}`).toEqual([...names].sort());
    return this;
  }

  /** Which port group a VM's vNIC (first by default) is plugged into; null when unplugged. */
  expectPlugged(vmName: string, portGroup: string | null, nicIndex = 0): this {
    this.settle();
    const nic = this.vmNamed(vmName).nics[nicIndex];
    expect(nic?.portGroup, `${vmName}'s vNIC #${nicIndex}`).toBe(portGroup);
    return this;
  }

  expectTime(seconds: number): this {
    this.settle();
    expect(this.state.sim.time, 'simulated time').toBe(seconds);
    return this;
  }

  /** Some event anywhere in the log has text containing `text` (or matching the pattern). */
  expectLogContains(text: string | RegExp): this {
    this.settle();
    const lines = this.state.sim.log.map((e) => e.text);
    const hit = lines.some((l) => (typeof text === 'string' ? l.includes(text) : text.test(l)));
    expect(hit, `log lines:\n${lines.join('\n')}\nto contain ${String(text)}`).toBe(true);
    return this;
  }

  /** The last step recorded exactly these kinds of event, in order. */
  expectEvents(...kinds: EventKind[]): this {
    this.settle();
    expect(
      this.lastEvents.map((e) => e.kind),
      'events of the last step',
    ).toEqual(kinds);
    return this;
  }

  expectContainer(name: string, state: ContainerState): this {
    this.check(() => expect(this.containerNamed(name).state, `${name}'s state`).toBe(state));
    return this;
  }

  /** Names of the entities the last step's events name as subjects, ids turned into names. */
  lastSubjects(): string[] {
    const names = new Map<string, string>([
      ...Object.values(this.world.hosts).map((h) => [h.id, h.name] as const),
      ...allContainers(this.world).map((c) => [c.id, c.name] as const),
    ]);
    for (const h of Object.values(this.world.hosts))
      if (h.platform.kind === 'hypervisor')
        for (const vm of Object.values(h.platform.vms)) names.set(vm.id, vm.name);
    return this.lastEvents.flatMap((e) => e.subjects.map((s) => names.get(s) ?? s));
  }
  /** Any other check, with the driver at hand; for one-off assertions not worth a method. */
  check(fn: (sandbox: this) => void): this {
    this.settle();
    fn(this);
    return this;
  }
}
