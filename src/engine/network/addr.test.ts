import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIp,
  inSubnet,
  parseCidr,
  parseIp,
  subnetText,
  whyNotAddress,
  whyNotGateway,
} from './addr';

describe('IPv4 addresses', () => {
  it('read and write dotted quads', () => {
    expect(parseIp('10.0.10.11')).toBe(10 * 2 ** 24 + 10 * 256 + 11);
    expect(parseIp('255.255.255.255')).toBe(2 ** 32 - 1);
    expect(formatIp(parseIp('192.168.1.254') ?? 0)).toBe('192.168.1.254');
    for (const bad of ['10.0.10', '10.0.10.256', '10.0.010.1', 'a.b.c.d', '10.0.10.1.2', ''])
      expect(parseIp(bad), bad).toBeNull();
  });

  it('round-trip every address', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n) => {
        expect(parseIp(formatIp(n))).toBe(n);
      }),
    );
  });

  it('know their subnet', () => {
    const c = parseCidr('10.0.10.11/24');
    expect(c && subnetText(c)).toBe('10.0.10.0/24');
    expect(c && inSubnet(c, parseIp('10.0.10.200') ?? 0)).toBe(true);
    expect(c && inSubnet(c, parseIp('10.0.11.1') ?? 0)).toBe(false);
    const wide = parseCidr('172.16.5.4/12');
    expect(wide && subnetText(wide)).toBe('172.16.0.0/12');
    expect(parseCidr('10.0.10.11')).toBeNull();
    expect(parseCidr('10.0.10.11/33')).toBeNull();
    expect(parseCidr('10.0.10.11/0')).toBeNull();
  });

  it('refuse the subnet and broadcast addresses for an interface, except in /31 and /32', () => {
    expect(whyNotAddress('An address', '10.0.10.0/24')).toBe(
      '10.0.10.0/24 is the address of the subnet 10.0.10.0/24 itself; choose an address inside it.',
    );
    expect(whyNotAddress('An address', '10.0.10.255/24')).toBe(
      '10.0.10.255/24 is the broadcast address of 10.0.10.0/24; choose an address inside it.',
    );
    expect(whyNotAddress('An address', '10.0.10.0/31')).toBeNull();
    expect(whyNotAddress('An address', '10.0.10.7/32')).toBeNull();
    expect(whyNotAddress('An address', '10.0.10.7')).toContain('with a prefix length');
  });

  it('want a gateway inside the subnet, and not the interface itself', () => {
    const own = parseCidr('10.0.10.11/24');
    if (!own) throw new Error('bad test address');
    expect(whyNotGateway(own, '10.0.10.1')).toBeNull();
    expect(whyNotGateway(own, '10.0.20.1')).toContain('outside the subnet 10.0.10.0/24');
    expect(whyNotGateway(own, '10.0.10.11')).toContain("the interface's own address");
    expect(whyNotGateway(own, 'gateway')).toContain('must be an IPv4 address');
  });
});
