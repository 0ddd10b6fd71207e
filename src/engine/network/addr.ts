/** IPv4 addresses as unsigned 32-bit numbers, and the address rules a learner meets. */

/** An address with its prefix length, as written "10.0.10.11/24". */
export interface Cidr {
  readonly ip: number;
  readonly prefix: number;
}

export const BROADCAST_MAC = 'ff:ff:ff:ff:ff:ff';

/** Parses "10.0.10.11"; null when it is not a dotted-quad IPv4 address. */
export function parseIp(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    n = n * 256 + octet;
  }
  return n;
}

export function formatIp(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** Parses "10.0.10.11/24"; null when the address or the prefix length is malformed. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const ip = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (ip === null || !/^[0-9]{1,2}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  return prefix >= 1 && prefix <= 32 ? { ip, prefix } : null;
}

export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function networkOf(c: Cidr): number {
  return (c.ip & maskOf(c.prefix)) >>> 0;
}

export function inSubnet(c: Cidr, ip: number): boolean {
  const mask = maskOf(c.prefix);
  return (c.ip & mask) >>> 0 === (ip & mask) >>> 0;
}

/** The subnet a learner reads: "10.0.10.0/24". */
export function subnetText(c: Cidr): string {
  return `${formatIp(networkOf(c))}/${c.prefix}`;
}

/**
 * Why `text` cannot be an interface address, or null. The first and last address of a subnet
 * name the subnet and its broadcast, so no interface may take them (except in /31 and /32).
 */
export function whyNotAddress(label: string, text: string): string | null {
  const c = parseCidr(text);
  if (!c)
    return `${label} must be an IPv4 address with a prefix length, like 10.0.10.11/24 (got "${text}").`;
  if (c.prefix <= 30) {
    const host = (c.ip & ~maskOf(c.prefix)) >>> 0;
    const last = ~maskOf(c.prefix) >>> 0;
    if (host === 0)
      return `${text} is the address of the subnet ${subnetText(c)} itself; choose an address inside it.`;
    if (host === last)
      return `${text} is the broadcast address of ${subnetText(c)}; choose an address inside it.`;
  }
  return null;
}

/** Why `gateway` cannot be the gateway of an interface with address `own`, or null. */
export function whyNotGateway(own: Cidr, gateway: string): string | null {
  const gw = parseIp(gateway);
  if (gw === null) return `A gateway must be an IPv4 address like 10.0.10.1 (got "${gateway}").`;
  if (!inSubnet(own, gw))
    return `The gateway ${gateway} is outside the subnet ${subnetText(own)}: a guest reaches its gateway directly, so it must be in the same subnet.`;
  if (gw === own.ip) return `The gateway ${gateway} is the interface's own address.`;
  return null;
}
