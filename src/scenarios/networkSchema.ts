import { z } from './zod';
import {
  parseCidr,
  parseIp,
  type PhysicalSwitchId,
  type RouterId,
  type RouterInterfaceId,
} from '../engine';
import { decimal, idOf, nameText, wholeNumber } from './fields';

/**
 * The networking parts of a scenario: vNIC addresses, routers, physical switch ports that are
 * down, and what the switches and guests have learned. Every field has a default, so files
 * saved before networking had them still load.
 */

/** Most ports a physical switch may have (a large modular chassis); the engine agrees. */
const SWITCH_PORTS = [1, 1024] as const;

export const macText = () =>
  z.string().regex(/^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/, {
    error: 'must be a MAC address like 02:00:00:00:00:2a',
  });

const cidrText = () =>
  z.string().refine((t) => parseCidr(t) !== null, {
    error: 'must be an IPv4 address with a prefix length, like 10.0.10.11/24',
  });

const ipText = () =>
  z.string().refine((t) => parseIp(t) !== null, {
    error: 'must be an IPv4 address like 10.0.10.1',
  });

/** The fields a vNIC gained with networking; spread into the vNIC schema. */
export const vnicNetworkFields = {
  ip: cidrText()
    .nullable()
    .default(null)
    .describe('IPv4 address with prefix length, e.g. "10.0.10.11/24"; null when it has none.'),
  gateway: ipText()
    .nullable()
    .default(null)
    .describe('Default gateway inside that subnet, e.g. "10.0.10.1"; null for none.'),
  guestVlan: wholeNumber(1, 4094)
    .nullable()
    .default(null)
    .describe('On a trunk port group (VLAN 4095), the VLAN the guest tags; null: untagged.'),
};

export const downPortsSchema = z
  .array(wholeNumber(...SWITCH_PORTS))
  .default([])
  .describe('Ports switched off or failed: a cable plugged in there carries nothing.');

const routerInterfaceSchema = z
  .strictObject({
    id: idOf<RouterInterfaceId>('routerInterface'),
    vlan: wholeNumber(0, 4094).describe('0 = untagged on the cable, 1-4094 = tagged.'),
    ip: cidrText().describe('Address and prefix length, e.g. "10.0.10.1/24".'),
    mac: macText(),
  })
  .describe('A VLAN sub-interface of a router.');

const routerSchema = z
  .strictObject({
    id: idOf<RouterId>('router'),
    name: nameText(),
    link: z
      .strictObject({
        switchId: idOf<PhysicalSwitchId>('physicalSwitch'),
        port: wholeNumber(...SWITCH_PORTS),
      })
      .nullable()
      .default(null)
      .describe('The physical switch port its cable goes to; null when unplugged.'),
    interfaces: z.array(routerInterfaceSchema).default([]),
  })
  .describe('A router on a stick: one cable to a trunk port, one interface per VLAN.');

export const routersSchema = z
  .record(idOf<RouterId>('router'), routerSchema)
  .default({})
  .describe('Routers joining subnets and VLANs, by id.');

const macEntrySchema = z.strictObject({
  vlan: wholeNumber(0, 4094),
  mac: macText(),
  port: z
    .string()
    .min(1)
    .describe('A vNIC id or "uplink" on a virtual switch; a port number on a physical one.'),
  seenAt: decimal(0).describe('Simulated time a frame from this MAC was last seen.'),
});

const arpEntrySchema = z.strictObject({
  ip: ipText(),
  mac: macText(),
  seenAt: decimal(0).describe('Simulated time the answer was learned.'),
});

export const netSchema = z
  .strictObject({
    macTables: z
      .record(z.string(), z.array(macEntrySchema))
      .default({})
      .describe('MAC tables of virtual and physical switches, by switch id.'),
    arpCaches: z
      .record(z.string(), z.array(arpEntrySchema))
      .default({})
      .describe('ARP caches, by vNIC id or router interface id.'),
  })
  .prefault({})
  .describe('What the switches and guests learned from frames; the clock ages it out.');
