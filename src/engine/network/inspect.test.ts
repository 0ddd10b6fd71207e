import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';
import { arpCache, portGroupView } from '../index';

describe('inspectors', () => {
  const sb = () =>
    sandbox()
      .host('esx-01', {
        portGroups: [
          { name: 'prod', vlan: 10 },
          { name: 'db', vlan: 20 },
          { name: 'trunk', vlan: 4095 },
        ],
      })
      .server('web-1', 'esx-01', 'prod', '10.0.10.11/24', '10.0.10.1')
      .server('db-1', 'esx-01', 'db', '10.0.20.21/24', '10.0.20.1')
      .vm('spare', { networks: ['prod'] })
      .router('r1', [
        { vlan: 10, ip: '10.0.10.1/24' },
        { vlan: 20, ip: '10.0.20.1/24' },
      ]);

  it('a port group shows its VLAN, how it crosses the uplink, and its members', () => {
    const s = sb();
    const vsw = s.switchNamed('esx-01', 'vSwitch0');
    const prod = portGroupView(s.state, vsw?.id ?? '', 'prod');
    expect(prod).toMatchObject({ name: 'prod', vlan: 10, mode: 'tagged' });
    expect(prod?.members.map((m) => [m.vm, m.ip, m.vlan, m.running])).toEqual([
      ['web-1', '10.0.10.11/24', 10, true],
      ['spare', null, 10, false],
    ]);
    expect(portGroupView(s.state, vsw?.id ?? '', 'trunk')).toMatchObject({
      mode: 'trunk',
      members: [],
    });
    expect(portGroupView(s.state, vsw?.id ?? '', 'nothing')).toBeNull();
  });

  it('a router shows what it learned on each interface after routing a ping', () => {
    const s = sb().ping('web-1', 'db-1').expectReply();
    const rows = arpCache(s.state, s.routerId('r1'));
    expect(rows.map((r) => [r.ip, r.owner, r.iface.split(' ')[0]])).toEqual([
      ['10.0.10.11', 'web-1', 'VLAN'],
      ['10.0.20.21', 'db-1', 'VLAN'],
    ]);
    // Both VMs learned r1, their gateway, and not each other: they are in different subnets.
    expect(s.arpOf('web-1').map((r) => [r.ip, r.owner])).toEqual([['10.0.10.1', 'r1 VLAN 10']]);
    expect(s.arpOf('db-1').map((r) => [r.ip, r.owner])).toEqual([['10.0.20.1', 'r1 VLAN 20']]);
  });
});
