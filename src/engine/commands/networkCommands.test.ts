import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';

const fourNics = () => sandbox().host('esx-01', { nics: 4 });

describe('addSwitch', () => {
  it('adds an internal-only switch, or one uplinked with the first NIC active', () => {
    const sb = fourNics()
      .addSwitch('esx-01', 'internal')
      .expectLogContains('Virtual switch internal added on esx-01 (internal-only).')
      .addSwitch('esx-01', 'vSwitch1', ['vmnic2', 'vmnic3'])
      .expectLogContains('Virtual switch vSwitch1 added on esx-01 (uplinked to 2 NICs).');
    const nics = sb.hostNamed('esx-01').nics;
    expect(sb.switchNamed('esx-01', 'internal')?.uplinks).toEqual([]);
    expect(sb.switchNamed('esx-01', 'vSwitch1')?.uplinks).toEqual([
      { nic: nics[2]?.id, role: 'active' },
      { nic: nics[3]?.id, role: 'standby' },
    ]);
  });

  it('refuses a taken name, a bad name, a NIC another switch uses and an unknown NIC', () => {
    fourNics()
      .addSwitch('esx-01', 'vSwitch0')
      .expectRefused('esx-01 already has a switch named vSwitch0.')
      .addSwitch('esx-01', 'my switch')
      .expectRefused(/A switch name must be 1 to 32 letters/)
      .addSwitch('esx-01', 'vSwitch1', ['vmnic1'])
      .expectRefused('vmnic1 is already the uplink of vSwitch0.')
      .addSwitch('esx-01', 'vSwitch1', ['vmnic7'])
      .expectRefused('esx-01 has no physical NIC vmnic7.')
      .addSwitch('esx-02', 'vSwitch1')
      .expectRefused('There is no host esx-02.');
  });
});

describe('updateSwitch', () => {
  it('renames a switch and changes its uplinks', () => {
    const sb = fourNics()
      .updateSwitch('esx-01', 'vSwitch0', { name: 'front', uplinks: ['vmnic3'] })
      .expectLogContains('Virtual switch front on esx-01 changed.');
    expect(sb.switchNamed('esx-01', 'front')?.uplinks).toEqual([
      { nic: sb.hostNamed('esx-01').nics[3]?.id, role: 'active' },
    ]);
  });

  it("refuses another switch's NIC or name; its own NICs are fine", () => {
    fourNics()
      .addSwitch('esx-01', 'back', ['vmnic2'])
      .updateSwitch('esx-01', 'vSwitch0', { uplinks: ['vmnic0', 'vmnic2'] })
      .expectRefused('vmnic2 is already the uplink of back.')
      .updateSwitch('esx-01', 'vSwitch0', { name: 'back' })
      .expectRefused('esx-01 already has a switch named back.')
      .updateSwitch('esx-01', 'vSwitch0', { uplinks: ['vmnic1', 'vmnic0'] })
      .check((sb) =>
        expect(sb.switchNamed('esx-01', 'vSwitch0')?.uplinks.map((u) => u.role)).toEqual([
          'active',
          'standby',
        ]),
      )
      .updateSwitch('esx-01', 'nope', {})
      .expectRefused('There is no virtual switch nope on esx-01.');
  });
});

describe('removeSwitch', () => {
  it('refuses while vNICs are plugged into its port groups, then removes it', () => {
    sandbox()
      .host('esx-01')
      .vm('a', { networks: ['VM Network'] })
      .vm('b', { networks: ['VM Network'] })
      .removeSwitch('esx-01', 'vSwitch0')
      .expectRefused('vSwitch0 still has vNICs plugged in (a, b): unplug them first.')
      .unplug('a')
      .unplug('b')
      .removeSwitch('esx-01', 'vSwitch0')
      .expectPortGroups('esx-01')
      .expectLogContains('Virtual switch vSwitch0 removed from esx-01.');
  });

  it('frees its uplink NICs for another switch', () => {
    sandbox()
      .host('esx-01')
      .removeSwitch('esx-01', 'vSwitch0')
      .addSwitch('esx-01', 'vSwitch1', ['vmnic0', 'vmnic1'])
      .expectLogContains('(uplinked to 2 NICs)');
  });
});

describe('addPortGroup', () => {
  it('adds a port group with its VLAN, on a named switch', () => {
    fourNics()
      .addPortGroup('esx-01', 'web', 10)
      .expectLogContains('Port group "web" (VLAN 10) added to vSwitch0 on esx-01.')
      .addSwitch('esx-01', 'vSwitch1', ['vmnic2'])
      .addPortGroup('esx-01', 'trunk', 4095, 'vSwitch1')
      .expectPortGroups('esx-01', 'VM Network', 'web', 'trunk')
      .check((sb) =>
        expect(sb.switchNamed('esx-01', 'vSwitch1')?.portGroups.map((p) => p.vlan)).toEqual([4095]),
      );
  });

  it('refuses a name used on any switch of the host, a bad name and a bad VLAN', () => {
    fourNics()
      .addSwitch('esx-01', 'vSwitch1')
      .addPortGroup('esx-01', 'VM Network', 0, 'vSwitch1')
      .expectRefused('esx-01 already has a port group named "VM Network".')
      .addPortGroup('esx-01', 'web!', 0)
      .expectRefused(/A port group name must be 1 to 32 letters/)
      .addPortGroup('esx-01', 'web', 4096)
      .expectRefused('VLAN id must be a whole number from 0 to 4095.')
      .addPortGroup('esx-01', 'web', -1)
      .expectRefused('VLAN id must be a whole number from 0 to 4095.');
  });

  it('allows the same name on two hosts, as a VM needs to find its network after a move', () => {
    sandbox()
      .host('esx-01')
      .host('esx-02')
      .addPortGroup('esx-01', 'db', 20)
      .addPortGroup('esx-02', 'db', 20)
      .expectPortGroups('esx-02', 'VM Network', 'db');
  });
});

describe('updatePortGroup', () => {
  it('renames a port group and carries its vNICs along', () => {
    sandbox()
      .host('esx-01')
      .vm('a', { networks: ['VM Network', 'VM Network'] })
      .vm('b', { networks: [null] })
      .updatePortGroup('esx-01', 'VM Network', { name: 'front', vlan: 30 })
      .expectLogContains('Port group "front" on esx-01 set to VLAN 30.')
      .expectPortGroups('esx-01', 'front')
      .expectPlugged('a', 'front', 0)
      .expectPlugged('a', 'front', 1)
      .expectPlugged('b', null);
  });

  it('keeps its own name when only the VLAN changes, and refuses a taken name', () => {
    sandbox()
      .host('esx-01', { portGroups: ['VM Network', 'web'] })
      .updatePortGroup('esx-01', 'web', { vlan: 12 })
      .updatePortGroup('esx-01', 'web', { name: 'VM Network' })
      .expectRefused('esx-01 already has a port group named "VM Network".')
      .updatePortGroup('esx-01', 'db', { vlan: 1 })
      .expectRefused('There is no port group db on vSwitch0.');
  });
});

describe('removePortGroup', () => {
  it('refuses while vNICs use it, naming the VMs, then removes it', () => {
    sandbox()
      .host('esx-01')
      .vm('web-1', { networks: ['VM Network'] })
      .vm('web-2', { networks: ['VM Network'] })
      .removePortGroup('esx-01', 'VM Network')
      .expectRefused(
        'Port group "VM Network" still has vNICs plugged in (web-1, web-2): unplug them first.',
      )
      .removeVm('web-1')
      .removeVm('web-2')
      .removePortGroup('esx-01', 'VM Network')
      .expectPortGroups('esx-01')
      .expectLogContains('Port group "VM Network" removed from esx-01.');
  });
});

describe('plugVnic', () => {
  it('plugs a vNIC into a port group of its host and unplugs it, naming its MAC', () => {
    sandbox()
      .host('esx-01', { portGroups: ['VM Network', 'db'] })
      // host-2, nic-3, nic-4, vsw-5, pg-6, pg-7; then vm-8 and its vNIC vnic-9.
      .vm('a', { networks: [null] })
      .plug('a', 'db')
      .expectPlugged('a', 'db')
      .expectLogContains('a\'s vNIC 02:00:00:00:00:09 plugged into "db".')
      .unplug('a')
      .expectPlugged('a', null)
      .expectLogContains("a's vNIC 02:00:00:00:00:09 unplugged.");
  });

  it('refuses a port group the host lacks and a vNIC the VM lacks', () => {
    sandbox()
      .host('esx-01')
      .vm('a', { networks: [null] })
      .plug('a', 'db')
      .expectRefused('esx-01 has no port group "db".')
      .plug('a', 'VM Network', 3)
      .expectRefused('a has no vNIC #3.');
  });
});
