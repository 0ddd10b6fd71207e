import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';
import { apply } from '../index';

/**
 * Known answers, reasoned out by hand from how a learning switch, 802.1Q tagging, ARP and a
 * router on a stick behave. addHost cables each host's two NICs to the next free ports of
 * tor-1, so esx-01 has vmnic0 (active) on port 1 and vmnic1 (standby) on port 2, esx-02 has
 * ports 3 and 4, and a router added afterwards takes port 5.
 */

const PORT_GROUPS = [
  { name: 'prod', vlan: 10 },
  { name: 'db', vlan: 20 },
];

function twoHosts() {
  return sandbox()
    .host('esx-01', { portGroups: PORT_GROUPS })
    .host('esx-02', { portGroups: PORT_GROUPS });
}

/** The devices one packet of the trace passed, in order, as "device action". */
function path(sb: ReturnType<typeof twoHosts>, phase: string): string[] {
  return sb.trace.hops.filter((h) => h.phase === phase).map((h) => `${h.device.name} ${h.action}`);
}

describe('two VMs on one host and one port group', () => {
  const sb = () =>
    twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('web-2', 'esx-01', 'prod', '10.0.10.12/24');

  it('talk inside the virtual switch: no unicast frame reaches the uplink or tor-1', () => {
    const s = sb().ping('web-1', 'web-2').expectReply();
    // Only the ARP request is a broadcast, and a broadcast goes out of every port in the VLAN,
    // the uplink included. Everything after it is unicast between two local ports.
    const wired = s.trace.hops.filter(
      (h) => h.wire || (h.device.kind !== 'vm' && h.device.kind !== 'vswitch'),
    );
    expect(new Set(wired.map((h) => h.phase))).toEqual(new Set(['arp-request']));
    expect(path(s, 'echo-request')).toEqual([
      'web-1 send',
      'esx-01/vSwitch0 forward-known',
      'web-2 deliver',
    ]);
    expect(path(s, 'echo-reply')).toEqual([
      'web-2 arp-cache-hit',
      'web-2 send',
      'esx-01/vSwitch0 forward-known',
      'web-1 deliver',
    ]);
  });

  it('once the ARP answer is cached, no frame of the ping leaves the host at all', () => {
    const s = sb().ping('web-1', 'web-2').ping('web-1', 'web-2').expectReply();
    expect(s.trace.wire).toBe(false);
    expect(s.hopsAt('tor-1')).toEqual([]);
    expect(s.trace.hops.some((h) => h.device.kind === 'pnic')).toBe(false);
    expect(s.trace.summary).toContain('no frame touched the wire');
  });
});

describe('two hosts through tagged uplinks', () => {
  const sb = () =>
    twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('db-1', 'esx-02', 'prod', '10.0.10.21/24');

  it('the echo request leaves esx-01 tagged VLAN 10, crosses tor-1 from port 1 to 3 and is untagged on esx-02', () => {
    const s = sb().ping('web-1', 'db-1').expectReply();
    expect(path(s, 'echo-request')).toEqual([
      'web-1 send',
      'esx-01/vSwitch0 forward-known',
      'esx-01/vmnic0 forward',
      'tor-1 forward-known',
      'esx-02/vmnic0 forward',
      'esx-02/vSwitch0 forward-known',
      'db-1 deliver',
    ]);
    const hops = s.trace.hops.filter((h) => h.phase === 'echo-request');
    expect(hops[1]?.tagOp).toBe('push');
    expect(hops[3]).toMatchObject({ wire: true, vlan: 10, inPort: { id: '1' } });
    expect(hops[3]?.frame?.tag).toBe(10);
    expect(hops[3]?.outPorts.map((p) => p.id)).toEqual(['3']);
    expect(hops[5]?.tagOp).toBe('pop');
    expect(s.trace.wire).toBe(true);
  });

  it('the first ping floods the ARP broadcast; the second finds every MAC known and floods nothing', () => {
    const s = sb().ping('web-1', 'db-1');
    const first = s.trace.hops;
    expect(first.some((h) => h.action === 'flood' && h.lookup === 'broadcast')).toBe(true);
    expect(first.filter((h) => h.action === 'arp-request')).toHaveLength(1);
    s.ping('web-1', 'db-1').expectReply();
    const second = s.trace.hops;
    expect(second.some((h) => h.action === 'flood')).toBe(false);
    expect(second.some((h) => h.action === 'arp-request')).toBe(false);
    expect(second.filter((h) => h.lookup !== null).every((h) => h.lookup === 'hit')).toBe(true);
    // Two ARP cache hits (each side), and seven hops each way otherwise.
    expect(second.filter((h) => h.action === 'arp-cache-hit')).toHaveLength(2);
    expect(second).toHaveLength(16);
  });

  it('the switches show what they learned, and forget it after the ageing time', () => {
    const s = sb().ping('web-1', 'db-1');
    const web = s.vmNamed('web-1').nics[0]?.mac;
    const db = s.vmNamed('db-1').nics[0]?.mac;
    expect(s.macTableOf('tor-1').map((r) => [r.vlan, r.mac, r.port.id])).toEqual(
      [
        [10, web, '1'],
        [10, db, '3'],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    const local = s.macTableOf('esx-01/vSwitch0');
    expect(local.find((r) => r.mac === web)?.owner).toBe('web-1');
    expect(local.find((r) => r.mac === db)?.port.id).toBe('uplink');
    s.tick(299);
    expect(s.macTableOf('tor-1')).toHaveLength(2);
    s.tick(1);
    expect(s.macTableOf('tor-1')).toEqual([]);
    expect(s.state.sim.net.macTables).toEqual({});
  });
});

describe('VLAN isolation', () => {
  it('two VMs in one subnet but different VLANs on one switch do not reach each other', () => {
    const s = twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.0.11/24')
      .server('db-1', 'esx-01', 'db', '10.0.0.21/24')
      .ping('web-1', 'db-1')
      .expectDropped(
        'VLAN mismatch on esx-01/vSwitch0: web-1 is in VLAN 10 ("prod"), db-1 in VLAN 20 ("db")',
        'esx-01/vSwitch0',
      );
    // The broadcast never reached db-1's port.
    expect(s.hopsAt('db-1')).toEqual([]);
  });

  it('the same port group name with a different VLAN on the other host does not join them', () => {
    sandbox()
      .host('esx-01', { portGroups: [{ name: 'prod', vlan: 10 }] })
      .host('esx-02', { portGroups: [{ name: 'prod', vlan: 20 }] })
      .server('web-1', 'esx-01', 'prod', '10.0.0.11/24')
      .server('db-1', 'esx-02', 'prod', '10.0.0.21/24')
      .ping('web-1', 'db-1')
      .expectDropped(
        `VLAN mismatch: web-1's frames cross tor-1 in VLAN 10, but db-1's port group "prod" on esx-02 is in VLAN 20.`,
        'esx-02/vSwitch0',
      );
  });

  it('a guest on a trunk port group (4095) tags its own frames and joins that VLAN', () => {
    const s = sandbox()
      .host('esx-01', { portGroups: [{ name: 'trunk', vlan: 4095 }] })
      .host('esx-02', { portGroups: PORT_GROUPS })
      .vm('router-vm', { on: 'esx-01', networks: ['trunk'] })
      .guestVlan('router-vm', 20)
      .address('router-vm', '10.0.20.2/24')
      .powerOn('router-vm')
      .tick(30)
      .server('db-1', 'esx-02', 'db', '10.0.20.21/24')
      .ping('router-vm', 'db-1')
      .expectReply();
    const sent = s.trace.hops.find((h) => h.action === 'send');
    expect(sent?.frame?.tag).toBe(20);
  });

  it('a guest that tags its frames on an ordinary port group is dropped there', () => {
    twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('web-2', 'esx-01', 'prod', '10.0.10.12/24')
      .guestVlan('web-1', 10)
      .ping('web-1', 'web-2')
      .expectDropped('not a trunk (4095)', 'web-1');
  });
});

describe('an internal-only switch', () => {
  const sb = () =>
    twoHosts()
      .addSwitch('esx-01', 'internal')
      .addPortGroup('esx-01', 'backend', 0, 'internal')
      .addPortGroup('esx-02', 'backend', 0)
      .server('app-1', 'esx-01', 'backend', '192.168.0.11/24')
      .server('app-2', 'esx-01', 'backend', '192.168.0.12/24')
      .server('app-3', 'esx-02', 'backend', '192.168.0.13/24');

  it('joins the VMs on it without a single frame on the wire, even the ARP broadcast', () => {
    const s = sb().ping('app-1', 'app-2').expectReply();
    expect(s.trace.wire).toBe(false);
    expect(s.trace.hops.some((h) => h.device.kind === 'pnic' || h.device.kind === 'pswitch')).toBe(
      false,
    );
  });

  it('reaches nothing outside it', () => {
    sb()
      .ping('app-1', 'app-3')
      .expectDropped(
        'esx-01/internal is internal-only (no uplink): app-1 reaches only VMs on that switch.',
        'esx-01/internal',
      );
  });
});

describe('uplink failover', () => {
  const sb = () =>
    twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('db-1', 'esx-02', 'prod', '10.0.10.21/24');

  it('when the active NIC goes down, the standby one carries the traffic', () => {
    const s = sb()
      .ping('web-1', 'db-1')
      .nicLink('esx-01', 'vmnic0', false)
      .expectLogContains('esx-01/vSwitch0 fails over from vmnic0 to standby vmnic1.')
      .ping('web-1', 'db-1')
      .expectReply();
    expect(s.hopsAt('esx-01/vmnic0')).toEqual([]);
    const standby = s.hopsAt('esx-01/vmnic1');
    expect(standby.length).toBeGreaterThan(0);
    expect(standby[0]?.text).toContain('standby uplink carries the traffic');
    // tor-1 now finds web-1 behind port 2, where vmnic1 is cabled.
    const web = s.vmNamed('web-1').nics[0]?.mac;
    expect(s.macTableOf('tor-1').find((r) => r.mac === web)?.port.id).toBe('2');
  });

  it('a physical switch port going down fails the NIC there over too', () => {
    const s = sb().switchPort(3, false).ping('web-1', 'db-1').expectReply();
    expect(s.hopsAt('tor-1').every((h) => h.outPorts.every((p) => p.id !== '3'))).toBe(true);
    expect(s.hopsAt('esx-02/vmnic1').length).toBeGreaterThan(0);
  });

  it('with every uplink down, frames cannot leave the host', () => {
    sb()
      .nicLink('esx-01', 'vmnic0', false)
      .switchPort(2, false)
      .expectLogContains('esx-01/vSwitch0 has no working uplink left')
      .ping('web-1', 'db-1')
      .expectDropped(
        "esx-01/vSwitch0 has no working uplink (esx-01/vmnic0's link is down; tor-1 port 2 is down): frames from web-1 cannot leave esx-01.",
        'esx-01/vSwitch0',
      );
  });
});

describe('ARP cache ageing', () => {
  const sb = () =>
    twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('db-1', 'esx-02', 'prod', '10.0.10.21/24');

  it('keeps an answer for 60 s, then asks again', () => {
    const s = sb().ping('web-1', 'db-1');
    const db = s.vmNamed('db-1').nics[0]?.mac;
    expect(s.arpOf('web-1')).toMatchObject([{ ip: '10.0.10.21', mac: db, ageS: 0 }]);
    // db-1 learned web-1 from the request it answered.
    expect(s.arpOf('db-1').map((r) => r.ip)).toEqual(['10.0.10.11']);
    s.tick(59);
    expect(s.arpOf('web-1')).toMatchObject([{ ip: '10.0.10.21', ageS: 59, expiresInS: 1 }]);
    s.ping('web-1', 'db-1');
    expect(s.trace.hops[0]?.action).toBe('arp-cache-hit');
    s.tick(1);
    expect(s.arpOf('web-1')).toEqual([]);
    s.ping('web-1', 'db-1').expectReply();
    expect(s.trace.hops[0]?.action).toBe('arp-request');
  });

  it('follows the assumption', () => {
    const s = sb().setAssumption('arpAgeingSeconds', 120).ping('web-1', 'db-1').tick(100);
    expect(s.arpOf('web-1')).toHaveLength(1);
  });
});

describe('a routed path between two subnets', () => {
  const sb = () =>
    twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24', '10.0.10.1')
      .server('db-1', 'esx-02', 'db', '10.0.20.21/24', '10.0.20.1');
  const r1 = [
    { vlan: 10, ip: '10.0.10.1/24' },
    { vlan: 20, ip: '10.0.20.1/24' },
  ];

  it('goes through the router on a stick: VLAN 10 into port 5, VLAN 20 out of it', () => {
    const s = sb().router('r1', r1).ping('web-1', 'db-1').expectReply();
    expect(s.trace.routed).toBe(true);
    expect(s.hopsAt('r1').filter((h) => h.action === 'route')).toHaveLength(2);
    const tor = s.trace.hops.filter((h) => h.phase === 'echo-request' && h.device.name === 'tor-1');
    expect(tor.map((h) => [h.vlan, h.inPort?.id, h.outPorts.map((p) => p.id)])).toEqual([
      [10, '1', ['5']],
      [20, '5', ['3']],
    ]);
    // web-1 asked for its gateway's MAC, not db-1's.
    const asked = s.trace.hops.filter((h) => h.action === 'arp-request').map((h) => h.frame?.arp);
    expect(asked.map((a) => [a?.senderIp, a?.targetIp])).toEqual([
      ['10.0.10.11', '10.0.10.1'],
      ['10.0.20.1', '10.0.20.21'],
    ]);
    expect(s.trace.summary).toContain('through r1');
  });

  it('without a router, the gateway does not answer', () => {
    sb()
      .ping('web-1', 'db-1')
      .expectDropped(
        "No device has the address 10.0.10.1, so nobody answers web-1's ARP request for it.",
        'web-1',
      );
  });

  it('without a gateway, a different subnet has no route', () => {
    twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('db-1', 'esx-02', 'db', '10.0.20.21/24')
      .ping('web-1', 'db-1')
      .expectDropped(
        'web-1 has no gateway, so it reaches only its own subnet 10.0.10.0/24.',
        'web-1',
      );
  });

  it('the reply needs a way back too', () => {
    sb()
      .router('r1', r1)
      .address('db-1', '10.0.20.21/24', null)
      .ping('web-1', 'db-1')
      .expectDropped(
        'db-1 has no gateway, so it reaches only its own subnet 10.0.20.0/24.',
        'db-1',
      );
  });

  it('a gateway that is a VM, not a router, drops what is not for it', () => {
    sb()
      .server('app-1', 'esx-01', 'prod', '10.0.10.12/24')
      .address('web-1', '10.0.10.11/24', '10.0.10.12')
      .router('r1', r1)
      .ping('web-1', 'db-1')
      .expectDropped(
        "web-1's gateway 10.0.10.12 is app-1's address, and app-1 is not a router: it drops packets that are not for it.",
        'app-1',
      );
  });

  it('a router whose switch port is down answers nothing', () => {
    sb()
      .router('r1', r1)
      .switchPort(5, false)
      .ping('web-1', 'db-1')
      .expectDropped('tor-1 port 5, where r1 is cabled, is down.', 'tor-1');
  });

  it('answers a ping to its own address', () => {
    sb().router('r1', r1).ping('web-1', '10.0.10.1').expectReply();
  });
});

describe('failures say where and why', () => {
  const sb = () =>
    twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('db-1', 'esx-02', 'prod', '10.0.10.21/24');

  it('a VM that is off', () => {
    sb().powerOff('db-1').ping('web-1', 'db-1').expectDropped('db-1 is off', 'db-1');
    sb().powerOff('web-1').ping('web-1', 'db-1').expectDropped('web-1 is off', 'web-1');
  });

  it('a vNIC that is unplugged', () => {
    sb()
      .unplug('db-1')
      .ping('web-1', 'db-1')
      .expectDropped("db-1's vNIC is not plugged into any port group.", 'db-1');
  });

  it('a VM with no address', () => {
    sb()
      .address('db-1', null)
      .ping('web-1', 'db-1')
      .expectDropped('db-1 has no IP address, so there is nothing to ping.', 'db-1');
  });

  it('hosts on two physical switches that are not joined', () => {
    sb()
      .physicalSwitch('tor-2', 24)
      .cable('esx-02', 'vmnic0', { switch: 'tor-2', port: 1 })
      .cable('esx-02', 'vmnic1', { switch: 'tor-2', port: 2 })
      .ping('web-1', 'db-1')
      .expectDropped(
        "web-1's frames reach tor-1, but db-1 is behind tor-2, and the two physical switches are not connected.",
        'tor-1',
      );
  });
});

describe('the ping command', () => {
  it('logs the outcome, keeps the world and takes no undo step', () => {
    const s = twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('db-1', 'esx-02', 'prod', '10.0.10.21/24');
    const before = s.state;
    const r = apply(before, {
      type: 'ping',
      srcVmId: s.vmId('web-1'),
      dst: { vmId: s.vmId('db-1') },
    });
    if (!r.ok) throw new Error(r.reason);
    expect(r.state.world).toBe(before.world);
    expect(r.events.map((e) => [e.kind, e.text])).toEqual([
      ['network.ping', 'Ping web-1 → db-1 (10.0.10.21): reply received, 30 steps.'],
    ]);
    expect(Object.keys(r.state.sim.net.arpCaches)).toHaveLength(2);
    // The same run through tracePing leaves the same state.
    s.ping('web-1', 'db-1');
    expect(s.state.sim).toEqual(r.state.sim);
    // Run as a command, undo then takes back the last change to the world (powering db-1 on).
    s.run({ type: 'ping', srcVmId: s.vmId('web-1'), dst: { vmId: s.vmId('db-1') } })
      .undo()
      .expectOff('db-1');
  });

  it('refuses an unknown VM or a malformed address', () => {
    const s = twoHosts().server('web-1', 'esx-01', 'prod', '10.0.10.11/24');
    s.ping('web-1', 'nobody').expectRefused('There is no VM nobody.');
    s.ping('web-1', '10.0.10').expectRefused('"10.0.10" is not an IPv4 address');
  });
});

describe('moving a VM', () => {
  it('keeps its MAC and address, and pings find it on its new host', () => {
    const s = twoHosts()
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24')
      .server('db-1', 'esx-01', 'prod', '10.0.10.21/24')
      .ping('web-1', 'db-1');
    const nic = s.vmNamed('db-1').nics[0];
    s.powerOff('db-1').move('db-1', 'esx-02').powerOn('db-1').tick(30);
    expect(s.vmNamed('db-1').nics[0]).toEqual(nic);
    s.ping('web-1', 'db-1').expectReply();
    expect(s.hopsAt('tor-1').length).toBeGreaterThan(0);
  });
});
