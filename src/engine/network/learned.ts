import type { Assumptions } from '../model/assumptions';
import type { ArpEntry, MacEntry, NetState } from '../model/network';

/**
 * The MAC tables and ARP caches while frames move: a working copy over the immutable NetState
 * that builds a map only for the tables a ping touches, and hands back a new NetState sharing
 * every untouched table.
 */

const fresh = (seenAt: number, now: number, ageing: number) => now - seenAt < ageing;

export class Learning {
  private readonly macs = new Map<string, Map<string, MacEntry>>();
  private readonly arps = new Map<string, Map<string, ArpEntry>>();

  constructor(
    private readonly net: NetState,
    readonly time: number,
    private readonly assumptions: Assumptions,
  ) {}

  private macTable(device: string): Map<string, MacEntry> {
    let table = this.macs.get(device);
    if (!table) {
      table = new Map();
      for (const e of this.net.macTables[device] ?? []) table.set(`${e.vlan}|${e.mac}`, e);
      this.macs.set(device, table);
    }
    return table;
  }

  private arpCache(iface: string): Map<string, ArpEntry> {
    let cache = this.arps.get(iface);
    if (!cache) {
      cache = new Map();
      for (const e of this.net.arpCaches[iface] ?? []) cache.set(e.ip, e);
      this.arps.set(iface, cache);
    }
    return cache;
  }

  /** The port a switch has learned for `mac` in `vlan`, unless the entry has aged out. */
  macLookup(device: string, vlan: number, mac: string): MacEntry | undefined {
    const e = this.macTable(device).get(`${vlan}|${mac}`);
    return e && fresh(e.seenAt, this.time, this.assumptions.macAgeingSeconds) ? e : undefined;
  }

  /** Records that `mac` sits behind `port`; true when the switch did not know it there before. */
  learnMac(device: string, vlan: number, mac: string, port: string): boolean {
    const before = this.macLookup(device, vlan, mac);
    this.macTable(device).set(`${vlan}|${mac}`, { vlan, mac, port, seenAt: this.time });
    return before?.port !== port;
  }

  arpLookup(iface: string, ip: string): ArpEntry | undefined {
    const e = this.arpCache(iface).get(ip);
    return e && fresh(e.seenAt, this.time, this.assumptions.arpAgeingSeconds) ? e : undefined;
  }

  learnArp(iface: string, ip: string, mac: string): void {
    this.arpCache(iface).set(ip, { ip, mac, seenAt: this.time });
  }

  /** The learned state after this ping; tables it did not touch are shared, not copied. */
  result(): NetState {
    if (this.macs.size === 0 && this.arps.size === 0) return this.net;
    const macTables = { ...this.net.macTables };
    for (const [device, table] of this.macs) macTables[device] = [...table.values()];
    const arpCaches = { ...this.net.arpCaches };
    for (const [iface, cache] of this.arps) arpCaches[iface] = [...cache.values()];
    return { macTables, arpCaches };
  }
}

function keepFresh<T extends { readonly seenAt: number }>(
  tables: Readonly<Record<string, readonly T[]>>,
  now: number,
  ageing: number,
): Readonly<Record<string, readonly T[]>> | null {
  let out: Record<string, readonly T[]> | null = null;
  for (const key in tables) {
    const list = tables[key] ?? [];
    if (list.every((e) => fresh(e.seenAt, now, ageing))) continue;
    out ??= { ...tables };
    const kept = list.filter((e) => fresh(e.seenAt, now, ageing));
    if (kept.length > 0) out[key] = kept;
    else delete out[key];
  }
  return out;
}

/** Drops the entries that have aged out by `now`; the same object back when none has. */
export function ageNet(net: NetState, now: number, a: Assumptions): NetState {
  const macTables = keepFresh(net.macTables, now, a.macAgeingSeconds);
  const arpCaches = keepFresh(net.arpCaches, now, a.arpAgeingSeconds);
  if (!macTables && !arpCaches) return net;
  return { macTables: macTables ?? net.macTables, arpCaches: arpCaches ?? net.arpCaches };
}
