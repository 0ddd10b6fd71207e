import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';

/** The networking commands: what they change, what they say, and what they refuse. */

const sb = () =>
  sandbox()
    .host('esx-01', { portGroups: [{ name: 'prod', vlan: 10 }] })
    .vm('web-1', { networks: ['prod'] })
    .vm('web-2', { networks: ['prod'] });

describe('vNIC addresses', () => {
  it('a new VM has no address; setting one keeps the MAC and logs it', () => {
    const s = sb();
    const before = s.vmNamed('web-1').nics[0];
    expect(before).toMatchObject({ ip: null, gateway: null, guestVlan: null });
    s.address('web-1', '10.0.10.11/24', '10.0.10.1').expectLogContains(
      `web-1's vNIC ${before?.mac} now has the address 10.0.10.11/24, gateway 10.0.10.1.`,
    );
    expect(s.vmNamed('web-1').nics[0]).toEqual({
      ...before,
      ip: '10.0.10.11/24',
      gateway: '10.0.10.1',
    });
  });

  it('refuses an address another interface has, and a gateway outside the subnet', () => {
    sb()
      .address('web-1', '10.0.10.11/24')
      .address('web-2', '10.0.10.11/24')
      .expectRefused('10.0.10.11 is already the address of web-1.')
      .address('web-2', '10.0.10.12/24', '10.0.20.1')
      .expectRefused('The gateway 10.0.20.1 is outside the subnet 10.0.10.0/24')
      .address('web-2', '10.0.10.0/24')
      .expectRefused('is the address of the subnet 10.0.10.0/24 itself')
      .address('web-2', null, '10.0.10.1')
      .expectRefused('A gateway needs an address');
  });

  it('adds a vNIC with a fresh MAC, and removes one', () => {
    const s = sb().addVnic('web-1', 'prod').expectEvents('network.changed');
    const [a, b] = s.vmNamed('web-1').nics;
    expect(b?.mac).not.toBe(a?.mac);
    expect(b).toMatchObject({ portGroup: 'prod', ip: null });
    s.addVnic('web-1', 'backup').expectRefused('esx-01 has no port group "backup".');
    s.run({ type: 'removeVnic', vmId: s.vmId('web-1'), vnicId: b?.id ?? ('' as never) });
    expect(s.vmNamed('web-1').nics).toEqual([a]);
  });

  it('a guest VLAN must be a VLAN id', () => {
    sb()
      .guestVlan('web-1', 4095)
      .expectRefused('The VLAN a guest tags must be a whole number from 1 to 4094.')
      .guestVlan('web-1', 30)
      .expectLogContains('tags its frames on vNIC');
  });
});

describe('routers', () => {
  it('a router takes the next free switch port and gets a MAC per interface', () => {
    const s = sb().router('r1', [
      { vlan: 10, ip: '10.0.10.1/24' },
      { vlan: 20, ip: '10.0.20.1/24' },
    ]);
    const r1 = Object.values(s.world.routers)[0];
    // esx-01's two NICs sit on ports 1 and 2.
    expect(r1?.link).toEqual({ switchId: 'psw-1', port: 3 });
    expect(new Set(r1?.interfaces.map((i) => i.mac)).size).toBe(2);
    s.expectLogContains('Router r1 added, cabled to tor-1 port 3, with 2 interfaces.');
    // A host added later does not take the router's port.
    s.host('esx-02');
    expect(s.hostNamed('esx-02').nics.map((n) => n.link?.port)).toEqual([4, 5]);
  });

  it('refuses a taken port, a second interface in a VLAN, and a used address', () => {
    sb()
      .router('r1', [{ vlan: 10, ip: '10.0.10.1/24' }], { switch: 'tor-1', port: 1 })
      .expectRefused('tor-1 port 1 is taken by esx-01/vmnic0.')
      .router('r1', [
        { vlan: 10, ip: '10.0.10.1/24' },
        { vlan: 10, ip: '10.0.11.1/24' },
      ])
      .expectRefused('A router has one interface per VLAN.')
      .address('web-1', '10.0.10.1/24')
      .router('r1', [{ vlan: 10, ip: '10.0.10.1/24' }])
      .expectRefused('10.0.10.1 is already the address of web-1.');
  });

  it('changes, removes interfaces, and goes away', () => {
    const s = sb().router('r1', [{ vlan: 10, ip: '10.0.10.1/24' }]);
    const routerId = s.routerId('r1');
    const mac = s.world.routers[routerId]?.interfaces[0]?.mac;
    s.run({ type: 'setRouterInterface', routerId, vlan: 10, ip: '10.0.10.254/24' });
    expect(s.world.routers[routerId]?.interfaces).toMatchObject([
      { vlan: 10, ip: '10.0.10.254/24', mac },
    ]);
    s.run({ type: 'removeRouterInterface', routerId, vlan: 10 });
    expect(s.world.routers[routerId]?.interfaces).toEqual([]);
    s.run({ type: 'removeRouterInterface', routerId, vlan: 10 }).expectRefused(
      'r1 has no interface in VLAN 10.',
    );
    s.run({ type: 'removeRouter', routerId });
    expect(s.world.routers).toEqual({});
  });
});

describe('links, cables and physical switches', () => {
  it('a NIC link goes down and comes back, saying what the virtual switch does', () => {
    sb()
      .nicLink('esx-01', 'vmnic0', false)
      .expectLogContains(
        "esx-01/vmnic0's link is down. esx-01/vSwitch0 fails over from vmnic0 to standby vmnic1.",
      )
      .nicLink('esx-01', 'vmnic0', false)
      .expectRefused("esx-01/vmnic0's link is already down.")
      .nicLink('esx-01', 'vmnic0', true)
      .expectLogContains('esx-01/vSwitch0 goes back to vmnic0.');
  });

  it('a switch port goes down and up, within the switch', () => {
    const s = sb().switchPort(2, false).expectLogContains('tor-1 port 2 (esx-01/vmnic1) is down.');
    expect(s.world.physicalSwitches['psw-1' as never]?.downPorts).toEqual([2]);
    s.switchPort(2, false)
      .expectRefused('tor-1 port 2 is already down.')
      .switchPort(49, false)
      .expectRefused('A port of tor-1 must be a whole number from 1 to 48.')
      .switchPort(2, true);
    expect(s.world.physicalSwitches['psw-1' as never]?.downPorts).toEqual([]);
  });

  it('a physical switch keeps its cabled ports and cannot go while cables are in it', () => {
    const s = sb();
    s.run({
      type: 'updatePhysicalSwitch',
      switchId: s.switchIdNamed('tor-1'),
      spec: { name: 'tor-1', portCount: 1 },
    }).expectRefused(
      'esx-01/vmnic1 is cabled to port 2 of tor-1: unplug it before removing that port.',
    );
    s.run({ type: 'removePhysicalSwitch', switchId: s.switchIdNamed('tor-1') }).expectRefused(
      'tor-1 still has cables plugged in (esx-01/vmnic0, esx-01/vmnic1): unplug them first.',
    );
    s.physicalSwitch('tor-2', 8)
      .cable('esx-01', 'vmnic1', { switch: 'tor-2', port: 8 })
      .expectLogContains('esx-01/vmnic1 is cabled to tor-2 port 8.')
      .cable('esx-01', 'vmnic0', { switch: 'tor-2', port: 8 })
      .expectRefused('tor-2 port 8 is taken by esx-01/vmnic1.');
  });
});
