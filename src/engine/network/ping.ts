import type { VmId } from '../base/ids';
import { type EventDraft, event, record } from '../base/log';
import { type Result, refuse } from '../base/result';
import type { NetState } from '../model/network';
import type { State, World } from '../model/types';
import { BROADCAST_MAC, formatIp, parseIp } from './addr';
import { diagnose, downFailure, noAddress, problemDrop } from './diagnose';
import { Learning } from './learned';
import { TraceRecorder } from './recorder';
import { INITIAL_TTL, notARouter, ownsIp, route, targetIface } from './routing';
import { type Iface, type L3Node, type NetIndex, netIndex } from './topology';
import type { Drop, Frame, PingTarget, Trace } from './types';
import { type RunCtx, walkFrame } from './walk';

/**
 * A ping, frame by frame: ARP before the first packet to a neighbour, the ICMP echo request
 * through switches and routers, the echo reply back. The switches learn and the guests cache
 * ARP answers as it goes, so a second ping finds the way known.
 */

interface Sent {
  /** The interface that received the packet. */
  readonly iface: Iface;
  /** The hop where it was received. */
  readonly step: number;
  /** The source address the packet carried. */
  readonly srcIp: string;
}

class PingRun {
  readonly ctx: RunCtx;
  drop: (Drop & { step: number }) | null = null;
  routedBy: L3Node | null = null;

  constructor(
    readonly index: NetIndex,
    readonly learn: Learning,
    readonly rec: TraceRecorder,
  ) {
    this.ctx = { index, learn, rec };
  }

  fail(d: Drop, parent: number | null): null {
    const step = this.rec.add({
      parent,
      device: d.at,
      action: 'drop',
      text: `Dropped: ${d.reason}`,
      reason: d.reason,
    });
    this.drop = { reason: d.reason, at: d.at, step };
    return null;
  }

  /** The MAC for `ip` as seen from `iface`: from the ARP cache, or by asking the segment. */
  resolve(iface: Iface, ip: number, parent: number | null): { mac: string; step: number } | null {
    const { index, learn, rec } = this;
    const node = iface.node;
    const ipText = formatIp(ip);
    const cached = learn.arpLookup(iface.key, ipText);
    // A guest announces a changed address (gratuitous ARP), so an entry whose MAC no longer
    // holds that address is treated as gone.
    if (cached && index.byMac.get(cached.mac)?.cidr?.ip === ip) {
      const age = learn.time - cached.seenAt;
      const step = rec.add({
        parent,
        device: node.device,
        action: 'arp-cache-hit',
        text: `${node.name}'s ARP cache already holds ${ipText} → ${cached.mac} (learned ${age} s ago), so no ARP request is needed.`,
      });
      return { mac: cached.mac, step };
    }
    const phase = rec.phase;
    rec.phase = 'arp-request';
    const own = iface.ipText ?? '';
    const request: Frame = {
      srcMac: iface.mac,
      dstMac: BROADCAST_MAC,
      ethertype: 'arp',
      tag: iface.tag,
      arp: {
        op: 'request',
        senderIp: own,
        senderMac: iface.mac,
        targetIp: ipText,
        targetMac: null,
      },
      ip: null,
    };
    const asked = rec.add({
      parent,
      device: node.device,
      action: 'arp-request',
      inPort: null,
      outPorts: [iface.ownPort],
      frame: request,
      vlan: iface.vlan,
      text: `${node.name} does not know the MAC address of ${ipText}, so it broadcasts an ARP request: "who has ${ipText}? Tell ${own}."`,
    });
    const answers: { iface: Iface; step: number }[] = [];
    walkFrame(this.ctx, iface, request, asked, (a) => {
      const has = a.iface.cidr?.ip === ip && a.iface !== iface;
      if (has && answers.length === 0) {
        const t = a.iface;
        learn.learnArp(t.key, own, iface.mac);
        const step = rec.add({
          parent: a.parent,
          device: t.node.device,
          action: 'arp-reply',
          inPort: t.ownPort,
          outPorts: [t.ownPort],
          frame: a.frame,
          vlan: t.vlan,
          text: `${t.name} has ${ipText}: it notes that ${own} is at ${iface.mac} and answers straight to it, "${ipText} is at ${t.mac}".`,
        });
        answers.push({ iface: t, step });
        return;
      }
      rec.add({
        parent: a.parent,
        device: a.iface.node.device,
        action: 'discard',
        inPort: a.iface.ownPort,
        frame: a.frame,
        vlan: iface.vlan,
        text: has
          ? `${a.iface.name} also has ${ipText} (an address conflict); the trace follows the first answer.`
          : `${a.iface.name} is not ${ipText}, so it ignores the ARP request.`,
      });
    });
    const answer = answers[0];
    if (!answer) {
      rec.phase = phase;
      return this.fail(diagnose(index, iface, ip), asked);
    }
    const target = answer.iface;
    rec.phase = 'arp-reply';
    const reply: Frame = {
      srcMac: target.mac,
      dstMac: iface.mac,
      ethertype: 'arp',
      tag: target.tag,
      arp: {
        op: 'reply',
        senderIp: ipText,
        senderMac: target.mac,
        targetIp: own,
        targetMac: iface.mac,
      },
      ip: null,
    };
    const back = { step: -1 };
    walkFrame(this.ctx, target, reply, answer.step, (a) => {
      if (a.iface !== iface || back.step >= 0) return;
      learn.learnArp(iface.key, ipText, target.mac);
      back.step = rec.add({
        parent: a.parent,
        device: node.device,
        action: 'deliver',
        inPort: iface.ownPort,
        frame: a.frame,
        vlan: iface.vlan,
        text: `${node.name} stores ${ipText} → ${target.mac} in its ARP cache.`,
      });
    });
    rec.phase = phase;
    // The answer crosses the segment the question just crossed, so this holds unless a
    // switch's rules are broken; then the trace says where the answer got lost.
    if (back.step < 0) return this.fail(diagnose(index, target, iface.cidr?.ip ?? 0), answer.step);
    return { mac: target.mac, step: back.step };
  }

  /** Sends one ICMP packet from `node` to `dst`, through a router when the route says so. */
  sendIp(
    node: L3Node,
    dst: number,
    icmp: 'echo-request' | 'echo-reply',
    srcIp: string | null,
    parent: number | null,
    ttl: number,
  ): Sent | null {
    const { index, rec } = this;
    rec.phase = icmp;
    const r = route(node, dst);
    if (!r.ok) return this.fail(r, parent);
    if (r.iface.problem) return this.fail(problemDrop(r.iface), parent);
    const resolved = this.resolve(r.iface, r.nextHop, parent);
    if (!resolved) return null;
    const source = srcIp ?? r.iface.ipText ?? '';
    const dstText = formatIp(dst);
    const frame: Frame = {
      srcMac: r.iface.mac,
      dstMac: resolved.mac,
      ethertype: 'ipv4',
      tag: r.iface.tag,
      arp: null,
      ip: { src: source, dst: dstText, ttl, icmp },
    };
    const what = icmp === 'echo-request' ? 'an ICMP echo request' : 'the ICMP echo reply';
    const via = r.viaGateway
      ? `through its gateway ${formatIp(r.nextHop)}, as ${dstText} is outside its subnet`
      : 'directly, as it is in the same subnet';
    const sent = rec.add({
      parent: resolved.step,
      device: node.device,
      action: 'send',
      outPorts: [r.iface.ownPort],
      frame,
      vlan: r.iface.vlan,
      text:
        node.kind === 'router'
          ? `${node.name} sends the packet on out of ${r.iface.name} to ${resolved.mac}.`
          : `${node.name} sends ${what} to ${dstText} ${via} (MAC ${resolved.mac}).`,
    });
    // What became of the packet where it arrived: kept, to be routed on, or dropped.
    const got: { at: { iface: Iface; step: number; forward: boolean } | null; dropped: boolean } = {
      at: null,
      dropped: false,
    };
    walkFrame(this.ctx, r.iface, frame, sent, (a) => {
      if (a.iface.mac !== resolved.mac || got.at || got.dropped) return;
      const receiver = a.iface.node;
      const keep = ownsIp(receiver, dst);
      if (!keep && !receiver.forwards) {
        this.fail(notARouter(receiver, r.iface), a.parent);
        got.dropped = true;
        return;
      }
      const step = rec.add({
        parent: a.parent,
        device: receiver.device,
        action: keep ? 'deliver' : 'route',
        inPort: a.iface.ownPort,
        frame: a.frame,
        vlan: a.iface.vlan,
        text: !keep
          ? `${receiver.name} receives the packet for ${dstText} on ${a.iface.name} and routes it towards ${dstText} (time to live ${ttl} → ${ttl - 1}).`
          : icmp === 'echo-request'
            ? `${receiver.name} receives the echo request from ${source} and will answer it.`
            : `${receiver.name} receives the echo reply from ${source}: the ping succeeded.`,
      });
      got.at = { iface: a.iface, step, forward: !keep };
    });
    if (got.dropped) return null;
    const at = got.at;
    if (!at) return this.fail(diagnose(index, r.iface, r.nextHop), sent);
    if (!at.forward) return { iface: at.iface, step: at.step, srcIp: source };
    this.routedBy ??= at.iface.node;
    return this.sendIp(at.iface.node, dst, icmp, source, at.step, ttl - 1);
  }
}

/** The node and address a ping goes to, or why the target does not exist. */
function resolveTarget(
  index: NetIndex,
  src: L3Node,
  target: PingTarget,
): Result<{ ip: number | null; node: L3Node | null }> {
  if ('vmId' in target) {
    const node = index.nodes.get(target.vmId);
    if (!node || node.kind !== 'vm') return refuse(`There is no VM ${target.vmId}.`);
    return { ok: true, ip: targetIface(src, node)?.cidr?.ip ?? null, node };
  }
  const ip = parseIp(target.ip);
  if (ip === null) return refuse(`"${target.ip}" is not an IPv4 address like 10.0.10.12.`);
  return { ok: true, ip, node: index.byIp.get(ip)?.[0]?.node ?? null };
}

export type SimulatedPing = Result<{ readonly trace: Trace; readonly net: NetState }>;

/** Runs a ping over `world` with what the network has learned so far; pure. */
export function simulatePing(
  world: World,
  net: NetState,
  time: number,
  srcVmId: VmId,
  target: PingTarget,
): SimulatedPing {
  const index = netIndex(world);
  const src = index.nodes.get(srcVmId);
  if (!src || src.kind !== 'vm') return refuse(`There is no VM ${srcVmId}.`);
  const dst = resolveTarget(index, src, target);
  if (!dst.ok) return dst;
  const { ip: dstIp, node: dstNode } = dst;
  const learn = new Learning(net, time, world.assumptions);
  const run = new PingRun(index, learn, new TraceRecorder());
  const rec = run.rec;
  let ok = false;
  const down = downFailure(src);
  if (down) {
    run.fail(down, null);
  } else if (dstIp === null) {
    run.fail(noAddress(dstNode ?? src), null);
  } else if (ownsIp(src, dstIp)) {
    rec.add({
      parent: null,
      device: src.device,
      action: 'deliver',
      text: `${formatIp(dstIp)} is ${src.name}'s own address: the reply comes from the VM itself (loopback) and no frame leaves it.`,
    });
    ok = true;
  } else {
    const request = run.sendIp(src, dstIp, 'echo-request', null, null, INITIAL_TTL);
    const back = parseIp(request?.srcIp ?? '');
    ok =
      request !== null &&
      back !== null &&
      run.sendIp(
        request.iface.node,
        back,
        'echo-reply',
        formatIp(dstIp),
        request.step,
        INITIAL_TTL,
      ) !== null;
  }
  const dstName = dstNode?.name ?? ('ip' in target ? target.ip : '');
  const dstIpText = dstIp === null ? null : formatIp(dstIp);
  const routed = run.routedBy;
  const summary = ok
    ? `Ping ${src.name} → ${dstName}${dstIpText && dstName !== dstIpText ? ` (${dstIpText})` : ''}: reply received${routed ? ` through ${routed.name}` : ''}, ${rec.hops.length} steps${rec.wire ? '' : '; no frame touched the wire'}.`
    : `Ping ${src.name} → ${dstName}: dropped at ${run.drop?.at.name ?? src.name}. ${run.drop?.reason ?? ''}`;
  const trace: Trace = {
    src: {
      id: src.id as VmId,
      name: src.name,
      ip: src.ifaces.find((i) => i.ipText)?.ipText ?? null,
    },
    dst: { id: dstNode?.id ?? null, name: dstName, ip: dstIpText },
    outcome: ok ? 'reply' : 'dropped',
    hops: rec.hops,
    drop: ok ? null : run.drop,
    summary,
    wire: rec.wire,
    routed: routed !== null,
    time,
  };
  return { ok: true, trace, net: learn.result() };
}

/** The log line of a ping. */
export function pingEvent(trace: Trace): EventDraft {
  return event(
    'network.ping',
    trace.summary,
    trace.src.id,
    ...(trace.dst.id && trace.dst.id !== trace.src.id ? [trace.dst.id] : []),
  );
}

export type PingResult = Result<{ readonly trace: Trace; readonly state: State }>;

/**
 * Pings and returns the trace with the state after it: the switches' and guests' learned
 * entries updated and the summary logged, exactly as the `ping` command leaves it. The UI keeps
 * the trace to step through; the world is unchanged, so there is nothing to undo.
 */
export function tracePing(state: State, srcVmId: VmId, target: PingTarget): PingResult {
  const r = simulatePing(state.world, state.sim.net, state.sim.time, srcVmId, target);
  if (!r.ok) return r;
  const { sim } = record({ ...state.sim, net: r.net }, [pingEvent(r.trace)]);
  return { ok: true, trace: r.trace, state: { world: state.world, sim } };
}
