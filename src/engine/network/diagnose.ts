import { formatIp } from './addr';
import { type Iface, type L3Node, type NetIndex, isLive, vlanText } from './topology';
import type { DeviceRef, Failure } from './types';

/**
 * Why a frame did not get somewhere, in a learner's words and at the device where it stopped.
 * The packet tracer and the reachability matrix both take their reasons from here, so a cell of
 * the matrix and the drop row of a trace say the same thing.
 */

export const failure = (reason: string, at: DeviceRef): Failure => ({ ok: false, reason, at });

/**
 * Failures that depend on one node or interface only are made once and shared: a matrix of
 * 500 VMs holds a quarter of a million cells, and most refusals repeat.
 */
const shared = new WeakMap<object, Failure>();

function once(key: object, make: () => Failure): Failure {
  let f = shared.get(key);
  if (!f) {
    f = make();
    shared.set(key, f);
  }
  return f;
}

/** The node neither sends nor answers (a VM that is off); null while it runs. */
export function downFailure(node: L3Node): Failure | null {
  const down = node.down;
  return down === null ? null : once(node.device, () => failure(down, node.device));
}

/** The ping's destination VM has no address to send to. */
export const noAddress = (dst: L3Node): Failure =>
  once(dst, () =>
    failure(`${dst.name} has no IP address, so there is nothing to ping.`, dst.device),
  );

/** Where an unattached interface's problem sits: its VM, its router, or a switch port that is down. */
export function problemDrop(iface: Iface): Failure {
  return once(iface, () =>
    failure(
      iface.problem ?? `${iface.name} is not attached.`,
      iface.psw?.down.has(iface.pswPort) ? iface.psw.device : iface.node.device,
    ),
  );
}

/** Why `i`'s own virtual switch keeps it off the physical network, if it does. */
function cutOff(i: Iface, sender: boolean): Failure | null {
  const v = i.vsw;
  if (!v || v.uplink.nic) return null;
  const who = i.node.name;
  if (v.uplink.internal) {
    const reason = sender
      ? `${v.device.name} is internal-only (no uplink): ${who} reaches only VMs on that switch.`
      : `${who} sits on ${v.device.name}, which is internal-only (no uplink): only VMs on that switch reach it.`;
    return failure(reason, v.device);
  }
  const why = v.uplink.failed.map((f) => f.why).join('; ');
  const reason = sender
    ? `${v.device.name} has no working uplink (${why}): frames from ${who} cannot leave ${v.host.name}.`
    : `${v.device.name} has no working uplink (${why}): frames cannot reach ${who}.`;
  return failure(reason, v.device);
}

function where(i: Iface): string {
  if (i.kind === 'router') return `${i.node.name}'s interface ${i.ipText ?? ''}`.trimEnd();
  return `${i.node.name}'s port group "${i.portGroup?.name ?? ''}" on ${i.vsw?.host.name ?? ''}`;
}

const NEEDS_ROUTER = ' Traffic between VLANs needs a router.';

/** Why two live, attached interfaces are in different layer-2 segments. */
function segmentGap(a: Iface, b: Iface): Failure {
  if (a.vsw && a.vsw === b.vsw) {
    return failure(
      `VLAN mismatch on ${a.vsw.device.name}: ${a.node.name} is in ${vlanText(a.vlan)} ("${a.portGroup?.name ?? ''}"), ${b.node.name} in ${vlanText(b.vlan)} ("${b.portGroup?.name ?? ''}").${NEEDS_ROUTER}`,
      a.vsw.device,
    );
  }
  const gap = cutOff(a, true) ?? cutOff(b, false);
  if (gap) return gap;
  const pa = a.psw ?? a.vsw?.uplink.nic?.psw ?? null;
  const pb = b.psw ?? b.vsw?.uplink.nic?.psw ?? null;
  const atB = b.vsw?.device ?? b.node.device;
  if (pa && pb && pa !== pb) {
    return failure(
      `${a.node.name}'s frames reach ${pa.sw.name}, but ${b.node.name} is behind ${pb.sw.name}, and the two physical switches are not connected.`,
      pa.device,
    );
  }
  if (a.vlan !== b.vlan) {
    return failure(
      `VLAN mismatch: ${a.node.name}'s frames cross ${pa?.sw.name ?? 'the physical switch'} in ${vlanText(a.vlan)}, but ${where(b)} is in ${vlanText(b.vlan)}.${NEEDS_ROUTER}`,
      atB,
    );
  }
  return failure(`${a.node.name} and ${b.node.name} are not on the same network.`, atB);
}

/**
 * Why nobody answered `from`'s ARP request for `ip` (or why a frame to the MAC it once learned
 * for `ip` arrived nowhere): nobody has the address, its owner is down or unplugged, or the two
 * sit in different segments, and then why.
 */
export function diagnose(index: NetIndex, from: Iface, ip: number): Failure {
  const owners = index.byIp.get(ip) ?? [];
  const owner =
    owners.find((o) => o.seg === from.seg) ?? owners.find((o) => isLive(o)) ?? owners[0];
  if (!owner) {
    return failure(
      `No device has the address ${formatIp(ip)}, so nobody answers ${from.node.name}'s ARP request for it.`,
      from.node.device,
    );
  }
  const down = downFailure(owner.node);
  if (down) return down;
  if (owner.problem) return problemDrop(owner);
  return segmentGap(from, owner);
}
