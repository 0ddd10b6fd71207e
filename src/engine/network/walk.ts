import { BROADCAST_MAC } from './addr';
import type { Learning } from './learned';
import type { TraceRecorder } from './recorder';
import {
  type Iface,
  type NetIndex,
  type NicInfo,
  type PortEnd,
  type PswInfo,
  UPLINK,
  type VswInfo,
  isLive,
  vlanText,
} from './topology';
import type { Frame, PortRef } from './types';

/**
 * Moves one Ethernet frame through the switches, copy by copy, breadth first, as a learning
 * switch does (the Linux bridge is the reference): learn the source MAC on the in port, send a
 * known destination out of one port, flood a broadcast or an unknown destination out of every
 * other port in the VLAN, never back out of the in port. A virtual switch never forwards from
 * one uplink to another, which is how hypervisor switches avoid loops without spanning tree.
 */

export interface RunCtx {
  readonly index: NetIndex;
  readonly learn: Learning;
  readonly rec: TraceRecorder;
}

/** A copy of the frame that reached an interface it is for (its MAC, or a broadcast). */
export interface Accept {
  readonly iface: Iface;
  /** The hop that handed it over. */
  readonly parent: number;
  /** The frame as it arrived. */
  readonly frame: Frame;
}

type Item =
  | {
      k: 'vsw';
      vsw: VswInfo;
      inKey: string;
      inPort: PortRef;
      vlan: number;
      parent: number;
      tag: number | null;
    }
  | { k: 'nic-out'; nic: NicInfo; vsw: VswInfo; vlan: number; parent: number }
  | { k: 'psw'; psw: PswInfo; port: number; vlan: number; parent: number; tag: number | null }
  | { k: 'nic-in'; nic: NicInfo; vlan: number; parent: number; tag: number | null }
  | { k: 'vnic'; iface: Iface; vlan: number; parent: number; tag: number | null }
  | {
      k: 'router';
      end: PortEnd & { kind: 'router' };
      psw: PswInfo;
      port: number;
      vlan: number;
      parent: number;
      tag: number | null;
    };

/** Frames differ hop to hop only in their tag; one copy per tag is enough. */
class Tagged {
  private readonly byTag = new Map<number | null, Frame>();
  constructor(private readonly base: Frame) {}
  with(tag: number | null): Frame {
    let f = this.byTag.get(tag);
    if (!f) {
      f = tag === this.base.tag ? this.base : { ...this.base, tag };
      this.byTag.set(tag, f);
    }
    return f;
  }
}

/** The port a virtual switch should have learned for `mac`; null when no port leads there. */
function vswPortFor(index: NetIndex, vsw: VswInfo, vlan: number, mac: string): string | null {
  const owner = index.byMac.get(mac);
  if (owner && owner.vsw === vsw && owner.vlan === vlan && isLive(owner)) return owner.key;
  return vsw.uplink.nic ? UPLINK : null;
}

/** The port of a physical switch that leads to `mac` now; null when none does. */
function pswPortFor(index: NetIndex, psw: PswInfo, mac: string): string | null {
  const owner = index.byMac.get(mac);
  if (!owner || !isLive(owner)) return null;
  if (owner.psw === psw) return String(owner.pswPort);
  const nic = owner.vsw?.uplink.nic;
  return nic && nic.psw === psw ? String(nic.port) : null;
}

/** Port names for a sentence; a long flood is counted rather than listed. */
function names(ports: readonly PortRef[]): string {
  if (ports.length <= 6) return ports.map((p) => p.name).join(', ');
  const shown = ports.slice(0, 4).map((p) => p.name);
  return `${shown.join(', ')} and ${ports.length - 4} more`;
}

const tagOf = (vlan: number): number | null => (vlan === 0 ? null : vlan);

/**
 * Sends `base` from interface `from` (already recorded as hop `parent`). Each interface that
 * takes a copy is handed to `accept` as the copy arrives, so its hop lands in the trace in the
 * order frames move.
 */
export function walkFrame(
  ctx: RunCtx,
  from: Iface,
  base: Frame,
  parent: number,
  accept: (a: Accept) => void,
): void {
  const { index, learn, rec } = ctx;
  const frames = new Tagged(base);
  const broadcast = base.dstMac === BROADCAST_MAC;
  const queue: Item[] = [];
  if (from.vsw) {
    queue.push({
      k: 'vsw',
      vsw: from.vsw,
      inKey: from.key,
      inPort: from.port,
      vlan: from.vlan,
      parent,
      tag: from.tag,
    });
  } else if (from.psw) {
    queue.push({
      k: 'psw',
      psw: from.psw,
      port: from.pswPort,
      vlan: from.vlan,
      parent,
      tag: from.tag,
    });
  }

  for (let qi = 0; qi < queue.length; qi++) {
    const it = queue[qi] as Item;
    switch (it.k) {
      case 'vsw': {
        const { vsw, vlan } = it;
        const frame = frames.with(it.tag);
        const fromUplink = it.inKey === UPLINK;
        const isNew = learn.learnMac(vsw.sw.id, vlan, base.srcMac, it.inKey);
        let lookup: 'hit' | 'miss' | 'broadcast' = broadcast ? 'broadcast' : 'miss';
        let outKeys: string[] | null = null;
        if (!broadcast) {
          const e = learn.macLookup(vsw.sw.id, vlan, base.dstMac);
          if (e && e.port === vswPortFor(index, vsw, vlan, base.dstMac)) {
            lookup = 'hit';
            outKeys = e.port === it.inKey ? [] : [e.port];
          }
        }
        const outs: Iface[] = [];
        let viaUplink = false;
        if (outKeys) {
          if (outKeys[0] === UPLINK) viaUplink = true;
          else if (outKeys[0] !== undefined) {
            const target = index.byKey.get(outKeys[0]);
            if (target) outs.push(target);
          }
        } else {
          for (const m of vsw.ports.get(vlan) ?? []) {
            if (m.key !== it.inKey && m.node.down === null) outs.push(m);
          }
          viaUplink = !fromUplink && vsw.uplink.nic !== null;
        }
        const outPorts = outs.map((o) => o.port);
        if (viaUplink) outPorts.push(vsw.uplinkPort);
        // A trunk guest tags its own frames and receives them tagged; the switch tags only for others.
        const tagOp =
          vlan === 0
            ? null
            : fromUplink
              ? outs.some((o) => o.tag === null)
                ? 'pop'
                : null
              : viaUplink && it.tag === null
                ? 'push'
                : null;
        const step = rec.add({
          parent: it.parent,
          device: vsw.device,
          action: lookup === 'hit' ? 'forward-known' : 'flood',
          inPort: it.inPort,
          outPorts,
          frame,
          vlan,
          tagOp,
          learned: { mac: base.srcMac, port: it.inPort },
          lookup,
          text: vswText(vsw, it.inPort, vlan, base, lookup, outPorts, isNew, fromUplink, tagOp),
        });
        for (const o of outs) {
          queue.push({ k: 'vnic', iface: o, vlan, parent: step, tag: o.tag });
        }
        const nic = vsw.uplink.nic;
        if (viaUplink && nic) queue.push({ k: 'nic-out', nic, vsw, vlan, parent: step });
        break;
      }
      case 'nic-out': {
        const { nic, vsw, vlan } = it;
        const psw = nic.psw as PswInfo;
        const failover = vsw.uplink.failover
          ? ` ${vsw.uplink.failed.map((f) => f.why).join('; ')}, so this standby uplink carries the traffic.`
          : '';
        const step = rec.add({
          parent: it.parent,
          device: nic.device,
          action: 'forward',
          inPort: { id: vsw.sw.id, name: vsw.device.name },
          outPorts: [{ id: 'cable', name: `cable to ${psw.sw.name} port ${nic.port}` }],
          frame: frames.with(tagOf(vlan)),
          vlan,
          text: `${nic.device.name} puts the frame on the wire to ${psw.sw.name} port ${nic.port}${vlan === 0 ? ', untagged' : `, tagged VLAN ${vlan}`}.${failover}`,
        });
        queue.push({ k: 'psw', psw, port: nic.port, vlan, parent: step, tag: tagOf(vlan) });
        break;
      }
      case 'psw': {
        const { psw, vlan, port } = it;
        const inKey = String(port);
        const inPort = psw.portRefs.get(port) ?? { id: inKey, name: `port ${port}` };
        const isNew = learn.learnMac(psw.sw.id, vlan, base.srcMac, inKey);
        let lookup: 'hit' | 'miss' | 'broadcast' = broadcast ? 'broadcast' : 'miss';
        const e = broadcast ? undefined : learn.macLookup(psw.sw.id, vlan, base.dstMac);
        if (e && e.port === pswPortFor(index, psw, base.dstMac)) lookup = 'hit';
        const outs =
          lookup === 'hit'
            ? psw.carrying.filter((c) => c.ref.id === e?.port && c.port !== port)
            : psw.carrying.filter((c) => c.port !== port);
        const outPorts = outs.map((c) => c.ref);
        const step = rec.add({
          parent: it.parent,
          device: psw.device,
          action: lookup === 'hit' ? 'forward-known' : 'flood',
          inPort,
          outPorts,
          frame: frames.with(it.tag),
          vlan,
          learned: { mac: base.srcMac, port: inPort },
          lookup,
          wire: true,
          text: switchText(psw.sw.name, inPort, vlan, base, lookup, outPorts, isNew),
        });
        for (const { port: p, end } of outs) {
          if (end.kind === 'pnic') {
            queue.push({ k: 'nic-in', nic: end.nic, vlan, parent: step, tag: tagOf(vlan) });
          } else {
            queue.push({ k: 'router', end, psw, port: p, vlan, parent: step, tag: tagOf(vlan) });
          }
        }
        break;
      }
      case 'nic-in': {
        const { nic, vlan } = it;
        const vsw = nic.vswitch;
        const psw = nic.psw as PswInfo;
        const cable = { id: 'cable', name: `cable from ${psw.sw.name} port ${nic.port}` };
        if (vsw) {
          const step = rec.add({
            parent: it.parent,
            device: nic.device,
            action: 'forward',
            inPort: cable,
            outPorts: [{ id: vsw.sw.id, name: vsw.device.name }],
            frame: frames.with(it.tag),
            vlan,
            wire: true,
            text: `${nic.device.name} receives the frame from the wire and passes it to ${vsw.device.name}.`,
          });
          queue.push({
            k: 'vsw',
            vsw,
            inKey: UPLINK,
            inPort: vsw.uplinkPort,
            vlan,
            parent: step,
            tag: it.tag,
          });
        } else {
          const why = nic.teamOf
            ? `${nic.device.name} is not the uplink ${nic.teamOf.device.name} uses now (it is on standby), and a virtual switch ignores frames arriving there, so nothing loops.`
            : `${nic.device.name} is not an uplink of any virtual switch, so the frame goes no further.`;
          rec.add({
            parent: it.parent,
            device: nic.device,
            action: 'discard',
            inPort: cable,
            frame: frames.with(it.tag),
            vlan,
            wire: true,
            text: why,
          });
        }
        break;
      }
      case 'vnic': {
        const { iface, vlan } = it;
        const frame = frames.with(it.tag);
        if (broadcast || iface.mac === base.dstMac) {
          accept({ iface, parent: it.parent, frame });
        } else {
          rec.add({
            parent: it.parent,
            device: iface.node.device,
            action: 'discard',
            inPort: { id: iface.key, name: iface.name },
            frame,
            vlan,
            text: `${iface.name} got a copy of a frame for ${base.dstMac}, not its own MAC ${iface.mac}, and ignores it.`,
          });
        }
        break;
      }
      case 'router': {
        const { end, vlan } = it;
        const frame = frames.with(it.tag);
        const iface = end.node.ifaces.find((i) => i.vlan === vlan && i.problem === null);
        const inPort = { id: 'cable', name: `cable from ${it.psw.sw.name} port ${it.port}` };
        if (iface && (broadcast || iface.mac === base.dstMac)) {
          accept({ iface, parent: it.parent, frame });
        } else {
          rec.add({
            parent: it.parent,
            device: end.node.device,
            action: 'discard',
            inPort,
            frame,
            vlan,
            wire: true,
            text: iface
              ? `${iface.name} got a copy of a frame for ${base.dstMac}, not its own MAC, and ignores it.`
              : `${end.node.name} has no interface in ${vlanText(vlan)}, so it ignores the frame.`,
          });
        }
        break;
      }
    }
  }
}

function choice(
  vlan: number,
  frame: Frame,
  lookup: 'hit' | 'miss' | 'broadcast',
  outPorts: readonly PortRef[],
): string {
  const where = vlanText(vlan);
  if (lookup === 'hit') {
    return outPorts.length > 0
      ? `${frame.dstMac} is in its MAC table: out of ${names(outPorts)} only.`
      : `${frame.dstMac} is behind the port the frame came in on, so it goes nowhere.`;
  }
  const what =
    lookup === 'broadcast'
      ? 'A broadcast goes'
      : `It has not learned ${frame.dstMac} yet, so the frame goes`;
  return outPorts.length > 0
    ? `${what} out of every other port in ${where}: ${names(outPorts)}.`
    : `${what} to every other port in ${where}, but there is none: the copy ends here.`;
}

function switchText(
  name: string,
  inPort: PortRef,
  vlan: number,
  frame: Frame,
  lookup: 'hit' | 'miss' | 'broadcast',
  outPorts: readonly PortRef[],
  isNew: boolean,
): string {
  const learnt = isNew
    ? `learns that ${frame.srcMac} is behind ${inPort.name}`
    : `refreshes its entry: ${frame.srcMac} is behind ${inPort.name}`;
  return `${name} ${learnt}. ${choice(vlan, frame, lookup, outPorts)}`;
}

function vswText(
  vsw: VswInfo,
  inPort: PortRef,
  vlan: number,
  frame: Frame,
  lookup: 'hit' | 'miss' | 'broadcast',
  outPorts: readonly PortRef[],
  isNew: boolean,
  fromUplink: boolean,
  tagOp: 'push' | 'pop' | null,
): string {
  let text = switchText(vsw.device.name, inPort, vlan, frame, lookup, outPorts, isNew);
  if (tagOp === 'pop') text += ` It takes off the VLAN ${vlan} tag the frame had on the wire.`;
  if (tagOp === 'push') text += ` On the uplink the frame carries a VLAN ${vlan} tag.`;
  if (lookup !== 'hit' && !fromUplink && !vsw.uplink.nic) {
    text += vsw.uplink.internal
      ? ' The switch has no uplink (internal-only), so nothing leaves the host.'
      : ` No uplink works (${vsw.uplink.failed.map((f) => f.why).join('; ')}), so nothing leaves the host.`;
  }
  return text;
}
