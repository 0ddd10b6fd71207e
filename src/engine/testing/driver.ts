import { expect, onTestFinished } from 'vitest';
import {
  type Assumptions,
  type Command,
  type EventKind,
  type Host,
  type HostId,
  type HostPatch,
  type HostPower,
  type HostUsage,
  type HypervisorPlatform,
  type LogEvent,
  type NicId,
  type PortGroupId,
  type Session,
  type State,
  type SwitchId,
  type VSwitch,
  type Vm,
  type VmId,
  type VmPatch,
  type VmPower,
  type World,
  advance,
  allVms,
  emptyState,
  execute,
  findVm,
  hostList,
  hostUsage,
  redo,
  startSession,
  undo,
} from '../index';

/**
 * A fluent test driver for the engine, in domain words (after tldraw's TestEditor):
 *
 *   sandbox({ seed: 1 })
 *     .host('esx-01', { cores: 16, memoryGb: 64 })
 *     .vm('web-1', { on: 'esx-01', memoryGb: 8, networks: ['VM Network'] })
 *     .powerOn('web-1').tick(40).expectRunning('web-1')
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

/** What a host or VM gets when a test does not say; round figures so expected values are easy. */
export const HOST_DEFAULTS = {
  cores: 16,
  memoryGb: 64,
  storageGb: 2000,
  nics: 2,
  product: 'esxi',
} as const;
export const VM_DEFAULTS = { vcpus: 1, memoryGb: 2, diskGb: 20, os: 'ubuntu-24.04' } as const;

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
      return result.ok ? result.session : result.reason;
    });
  }

  /** Runs one step on the session; a string back means the step was refused for that reason. */
  protected step(what: string, fn: (session: Session) => Session | string): this {
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

  /** Any other check, with the driver at hand; for one-off assertions not worth a method. */
  check(fn: (sandbox: this) => void): this {
    this.settle();
    fn(this);
    return this;
  }
}
