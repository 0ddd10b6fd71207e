import type { DeviceKind, Hop, PortRef } from '../../engine/read';

/** One hop of a trace as the rows of the hop list read it: short facts beside the sentence. */

export const DEVICE_KIND: Record<DeviceKind, string> = {
  vm: 'VM',
  vswitch: 'virtual switch',
  pnic: 'physical NIC',
  pswitch: 'physical switch',
  router: 'router',
};

export const PHASE_LABEL: Record<Hop['phase'], string> = {
  'arp-request': 'ARP request',
  'arp-reply': 'ARP reply',
  'echo-request': 'Echo request',
  'echo-reply': 'Echo reply',
};

/** A flood can leave by a dozen ports: name a few and count the rest. */
export function portList(ports: readonly PortRef[]): string {
  if (ports.length <= 3) return ports.map((p) => p.name).join(', ');
  return `${ports
    .slice(0, 2)
    .map((p) => p.name)
    .join(', ')} and ${ports.length - 2} more`;
}

/** What happened to the VLAN tag here, or which VLAN the frame is in. */
export function vlanFact(hop: Hop): string | null {
  if (hop.vlan === null) return null;
  if (hop.tagOp === 'push') return `VLAN ${hop.vlan}: tag ${hop.vlan} pushed for the uplink`;
  if (hop.tagOp === 'pop') return `VLAN ${hop.vlan}: tag ${hop.vlan} popped`;
  if (hop.vlan === 0) return 'VLAN 0, untagged';
  return hop.frame?.tag != null
    ? `VLAN ${hop.vlan}, tagged ${hop.frame.tag}`
    : `VLAN ${hop.vlan}, untagged here`;
}

/** How a switch used its MAC table: what it learned, then hit or flood. */
export function tableFact(hop: Hop): string | null {
  if (!hop.lookup) return null;
  const choice = {
    hit: 'hit: one port',
    miss: 'miss: flood',
    broadcast: 'broadcast: flood',
  }[hop.lookup];
  return hop.learned ? `learned ${hop.learned.mac}; ${choice}` : choice;
}

/** What the hop has to do with ARP, if anything. */
export function arpFact(hop: Hop): string | null {
  const arp = hop.frame?.arp;
  switch (hop.action) {
    case 'arp-request':
      return arp ? `asks: who has ${arp.targetIp}?` : 'asks who has the address';
    case 'arp-reply':
      return arp ? `answers: ${arp.targetIp} is here` : 'answers';
    case 'arp-cache-hit':
      return 'cache hit: no request needed';
    default:
      if (!arp) return null;
      if (hop.action === 'deliver') return `stores ${arp.senderIp} → ${arp.senderMac}`;
      return arp.op === 'request' ? `request for ${arp.targetIp}` : `reply from ${arp.senderIp}`;
  }
}
