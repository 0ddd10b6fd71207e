import { expect } from 'vitest';
import {
  type ArpRow,
  type Hop,
  type MacTableRow,
  type NicId,
  type PhysicalSwitchId,
  type PingTarget,
  type ReachCell,
  type ReachabilityMatrix,
  type RouterId,
  type Trace,
  type VnicId,
  arpCache,
  canPing,
  macTable,
  reachability,
  tracePing,
} from '../index';
import { Sandbox, type SandboxOptions, sandbox } from './driver';

/**
 * The engine test driver with networking words: addresses, routers, links, pings and what the
 * switches learned.
 *
 *   netSandbox()
 *     .host('esx-01', { portGroups: [{ name: 'prod', vlan: 10 }] })
 *     .vm('web-1', { networks: ['prod'] }).address('web-1', '10.0.10.11/24').powerOn('web-1')
 *     ...
 *     .ping('web-1', 'db-1').expectReply()
 */
export class NetSandbox extends Sandbox {
  private lastTrace: Trace | null = null;

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

  // ---- Building ------------------------------------------------------------------------------

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

  // ---- Pinging -------------------------------------------------------------------------------

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

  // ---- Learned state and reachability ---------------------------------------------------------

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
}

/** A networking sandbox: an empty datacenter (or `options.state`), driven by name. */
export function netSandbox(options: SandboxOptions = {}): NetSandbox {
  return new NetSandbox(sandbox(options).state);
}
