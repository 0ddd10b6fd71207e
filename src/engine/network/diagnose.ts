import { formatIp } from './addr';
import { type Iface, type NetIndex, isLive, vlanText } from './topology';
import type { Drop } from './types';

/**
 * Why a frame did not get somewhere, in a learner's words and at the device where it stopped.
 * The packet tracer and the reachability matrix both take their reasons from here, so a cell of
 * the matrix and the drop row of a trace say the same thing.
 */

/** Where an unattached interface's problem sits: its VM, its router, or a switch port that is down. */
export function problemDrop(iface: Iface): Drop {
  const reason = iface.problem ?? `${iface.name} is not attached.`;
  if (iface.psw?.down.has(iface.pswPort)) return { reason, at: iface.psw.device };
  return { reason, at: iface.node.device };
}

/** Why `i`'s own virtual switch keeps it off the physical network, if it does. */
function cutOff(i: Iface, sender: boolean): Drop | null {
  const v = i.vsw;
  if (!v || v.uplink.nic) return null;
  const who = i.node.name;
  if (v.uplink.internal) {
    const reason = sender
      ? `${v.device.name} is internal-only (no uplink): ${who} reaches only VMs on that switch.`
      : `${who} sits on ${v.device.name}, which is internal-only (no uplink): only VMs on that switch reach it.`;
    return { reason, at: v.device };
  }
  const why = v.uplink.failed.map((f) => f.why).join('; ');
  const reason = sender
    ? `${v.device.name} has no working uplink (${why}): frames from ${who} cannot leave ${v.host.name}.`
    : `${v.device.name} has no working uplink (${why}): frames cannot reach ${who}.`;
  return { reason, at: v.device };
}

function where(i: Iface): string {
  if (i.kind === 'router') return `${i.node.name}'s interface ${i.ipText ?? ''}`.trimEnd();
  return `${i.node.name}'s port group "${i.portGroup?.name ?? ''}" on ${i.vsw?.host.name ?? ''}`;
}

/** Why two live, attached interfaces are in different layer-2 segments. */
function segmentGap(a: Iface, b: Iface): Drop {
  const router = ' Traffic between VLANs needs a router.';
  if (a.vsw && a.vsw === b.vsw) {
    return {
      reason: `VLAN mismatch on ${a.vsw.device.name}: ${a.node.name} is in ${vlanText(a.vlan)} ("${a.portGroup?.name ?? ''}"), ${b.node.name} in ${vlanText(b.vlan)} ("${b.portGroup?.name ?? ''}").${router}`,
      at: a.vsw.device,
    };
  }
  const gap = cutOff(a, true) ?? cutOff(b, false);
  if (gap) return gap;
  const pa = a.psw ?? a.vsw?.uplink.nic?.psw ?? null;
  const pb = b.psw ?? b.vsw?.uplink.nic?.psw ?? null;
  const atB = b.vsw?.device ?? b.node.device;
  if (pa && pb && pa !== pb) {
    return {
      reason: `${a.node.name}'s frames reach ${pa.sw.name}, but ${b.node.name} is behind ${pb.sw.name}, and the two physical switches are not connected.`,
      at: pa.device,
    };
  }
  if (a.vlan !== b.vlan) {
    return {
      reason: `VLAN mismatch: ${a.node.name}'s frames cross ${pa?.sw.name ?? 'the physical switch'} in ${vlanText(a.vlan)}, but ${where(b)} is in ${vlanText(b.vlan)}.${router}`,
      at: atB,
    };
  }
  return { reason: `${a.node.name} and ${b.node.name} are not on the same network.`, at: atB };
}

/**
 * Why nobody answered `from`'s ARP request for `ip` (or why a frame to the MAC it once learned
 * for `ip` arrived nowhere): nobody has the address, its owner is down or unplugged, or the two
 * sit in different segments, and then why.
 */
export function diagnose(index: NetIndex, from: Iface, ip: number): Drop {
  const owners = index.byIp.get(ip) ?? [];
  const owner =
    owners.find((o) => o.seg === from.seg) ?? owners.find((o) => isLive(o)) ?? owners[0];
  if (!owner) {
    return {
      reason: `No device has the address ${formatIp(ip)}, so nobody answers ${from.node.name}'s ARP request for it.`,
      at: from.node.device,
    };
  }
  if (owner.node.down) return { reason: owner.node.down, at: owner.node.device };
  if (owner.problem) return problemDrop(owner);
  return segmentGap(from, owner);
}
