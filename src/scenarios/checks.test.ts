import { describe, expect, it } from 'vitest';
import { defaultScenario } from './builtin/default';
import { type ParseResult, parseScenario } from './parse';
import {
  goodText,
  hostIdOf,
  hypervisorOf,
  positionOf,
  vmPath,
  withChange,
  withChanges,
} from './testing';

/** The cross-field rules, each broken once in the default scenario. */

function only(result: ParseResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.errors).toHaveLength(1);
  return result.errors[0] as (typeof result.errors)[number];
}

const host = (name: string) => ['state', 'world', 'hosts', hostIdOf(name)];
const world = defaultScenario().state.world;
const esx01 = world.hosts[hostIdOf('esx-01') as keyof typeof world.hosts];
const firstSwitch = hypervisorOf(esx01).vswitches[0];

describe('cross-field checks', () => {
  it('reports a vNIC plugged into a port group its host lacks, at the vNIC', () => {
    const path = [...vmPath('web-1'), 'nics', 0, 'portGroup'];
    const text = withChange(path, 'dmz');
    const error = only(parseScenario(text));
    expect(error.path).toBe(path.join('.'));
    expect(error.message).toBe(
      `Line ${positionOf(text, '"portGroup": "dmz"').line}, column ${positionOf(text, '"portGroup": "dmz"').column}: ` +
        `${path.join('.')} is "dmz", but esx-01 has no port group of that name (it has: "VM Network", "web" and "db")`,
    );
  });

  it('reports an uplink to a NIC the host does not have', () => {
    const path = [...host('esx-01'), 'platform', 'vswitches', 0, 'uplinks', 0, 'nic'];
    const text = withChange(path, 'nic-999');
    const error = only(parseScenario(text));
    expect(error.path).toBe(path.join('.'));
    expect(error.message).toMatch(
      /is nic-999, which is not a physical NIC of esx-01 \(its NICs: nic-\d+, /,
    );
    expect(error).toMatchObject(positionOf(text, '"nic": "nic-999"'));
  });

  it("reports an uplink to another host's NIC", () => {
    const foreignNic = world.hosts[hostIdOf('esx-02') as keyof typeof world.hosts]?.nics[0]?.id;
    const path = [...host('esx-01'), 'platform', 'vswitches', 0, 'uplinks', 1, 'nic'];
    expect(only(parseScenario(withChange(path, foreignNic))).message).toMatch(
      /is not a physical NIC of esx-01/,
    );
  });

  it('reports a second switch using the same uplink NIC', () => {
    const uplink = firstSwitch?.uplinks[0];
    const second = { id: 'vsw-900', name: 'vSwitch1', portGroups: [], uplinks: [uplink] };
    const path = [...host('esx-01'), 'platform', 'vswitches', 1];
    const text = withChanges([
      [path, second],
      [['state', 'sim', 'nextId'], 901],
    ]);
    const error = only(parseScenario(text));
    expect(error.path).toBe([...path, 'uplinks', 0, 'nic'].join('.'));
    expect(error.message).toMatch(
      new RegExp(
        `is ${uplink?.nic ?? ''}, already the uplink of the switch at .*vswitches\\.0; a physical NIC serves one virtual switch$`,
      ),
    );
  });

  it('reports a host filed under a key other than its id', () => {
    const path = [...host('esx-02'), 'id'];
    const error = only(parseScenario(withChange(path, 'host-1')));
    expect(error.path).toBe(path.join('.'));
    expect(error.message).toMatch(
      new RegExp(`id must be "${hostIdOf('esx-02')}", the key this host is listed under$`),
    );
  });

  it('reports an id used twice, naming where it was first', () => {
    // NICs 2 and 3 of esx-01 are no uplinks, so nothing else refers to them.
    const path = [...host('esx-01'), 'nics', 3, 'id'];
    const error = only(parseScenario(withChange(path, esx01?.nics[2]?.id)));
    expect(error.path).toBe(path.join('.'));
    expect(error.message).toMatch(
      new RegExp(
        `is ${esx01?.nics[2]?.id ?? ''}, an id already used at state\\.world\\.hosts\\.${hostIdOf('esx-01')}\\.nics\\.2\\.id`,
      ),
    );
  });

  it('reports a NIC cabled to a missing switch, a port beyond the switch, or a taken port', () => {
    const link = [...host('esx-02'), 'nics', 0, 'link'];
    expect(only(parseScenario(withChange([...link, 'switchId'], 'psw-77'))).message).toMatch(
      /switchId is psw-77, which is not a physical switch in state\.world\.physicalSwitches$/,
    );
    expect(only(parseScenario(withChange([...link, 'port'], 49))).message).toMatch(
      /port is 49, but tor-1 has only 48 ports$/,
    );
    expect(only(parseScenario(withChange([...link, 'port'], 1))).message).toMatch(
      /port is port 1 of tor-1, already taken by the cable at state\.world\.hosts\.host-\d+\.nics\.0\.link\.port$/,
    );
  });

  it('reports duplicate host names and VM names', () => {
    expect(only(parseScenario(withChange([...host('esx-02'), 'name'], 'esx-01'))).message).toMatch(
      /name is "esx-01", already the name of the host at /,
    );
    expect(only(parseScenario(withChange([...vmPath('db-1'), 'name'], 'web-1'))).message).toMatch(
      /name is "web-1", already the name of the VM at /,
    );
  });

  it('reports a port group name used twice on one host', () => {
    // No VM on esx-02 uses "VM Network", so renaming it leaves no vNIC dangling.
    const pg = [...host('esx-02'), 'platform', 'vswitches', 0, 'portGroups', 0, 'name'];
    expect(only(parseScenario(withChange(pg, 'web'))).message).toMatch(
      /port group names are unique per host$/,
    );
  });

  it('reports an id counter that is not ahead of every id', () => {
    const error = only(parseScenario(withChange(['state', 'sim', 'nextId'], 5)));
    expect(error.path).toBe('state.sim.nextId');
    const largest = Math.max(
      ...[...goodText().matchAll(/"id": "[a-z]+-(\d+)"/g)].map((m) => Number(m[1])),
    );
    expect(error.message).toMatch(
      new RegExp(
        `state\\.sim\\.nextId must be greater than ${largest}, the largest id number in the file \\([a-z]+-${largest}\\)`,
      ),
    );
  });

  it('checks catalog ids: hypervisor, guest OS, host OS', () => {
    const platform = [...host('kvm-01'), 'platform'];
    expect(only(parseScenario(withChange([...platform, 'product'], 'vmware-esx'))).message).toMatch(
      /product is "vmware-esx", which is not a hypervisor VirtLab knows \(one of: esxi, hyper-v, /,
    );
    expect(only(parseScenario(withChange([...vmPath('web-1'), 'os'], 'ubuntu-4'))).message).toMatch(
      /os is "ubuntu-4", which is not a guest OS VirtLab knows/,
    );
    expect(only(parseScenario(withChange([...vmPath('web-1'), 'os'], 'macos-15'))).message).toMatch(
      /os is macOS 15, which cannot run as a guest/,
    );
    expect(only(parseScenario(withChange([...platform, 'hostOs'], 'windows-11'))).message).toMatch(
      /hostOs must be null: KVM is a type-1 hypervisor/,
    );
  });

  it('requires a host OS under a type-2 hypervisor, and one that can host', () => {
    const hostOs = [...host('ws-01'), 'platform', 'hostOs'];
    const missing = only(parseScenario(withChange(hostOs, null)));
    expect(missing.path).toBe(hostOs.join('.'));
    expect(missing.message).toMatch(
      /hostOs must name the host OS that Oracle VirtualBox runs on, since it is a type-2 hypervisor/,
    );
    expect(only(parseScenario(withChange(hostOs, 'alpine-3'))).message).toMatch(
      /hostOs is "alpine-3", which is not a host OS a type-2 hypervisor can run on/,
    );
  });

  it('checks the OS of a bare-metal host and the runtime of a container host', () => {
    const platform = [...host('ws-01'), 'platform'];
    const bare = withChange(platform, { kind: 'bare-metal', os: 'plan9' });
    expect(only(parseScenario(bare))).toMatchObject({
      path: [...platform, 'os'].join('.'),
      message: expect.stringMatching(/os is "plan9", which is not an OS VirtLab knows/) as unknown,
    });
    const containers = withChange(platform, {
      kind: 'container-host',
      os: 'ubuntu-24.04',
      runtime: { product: 'rocket', containers: {} },
    });
    expect(only(parseScenario(containers)).message).toMatch(
      /runtime\.product is "rocket", which is not a container runtime VirtLab knows \(one of: docker, /,
    );
  });

  it("checks a VM's container runtime and its containers' keys", () => {
    const runtime = {
      product: 'docker',
      containers: {
        'ctr-1': { id: 'ctr-2', name: 'web', image: 'nginx:1.27', cpu: 0.5, memoryGb: 0.5 },
      },
    };
    const error = only(parseScenario(withChange([...vmPath('lab-1'), 'runtime'], runtime)));
    expect(error.path).toBe([...vmPath('lab-1'), 'runtime', 'containers', 'ctr-1', 'id'].join('.'));
    expect(error.message).toMatch(/id must be "ctr-1", the key this container is listed under$/);
    const fine = {
      ...runtime,
      containers: { 'ctr-1': { ...runtime.containers['ctr-1'], id: 'ctr-1' } },
    };
    expect(parseScenario(withChange([...vmPath('lab-1'), 'runtime'], fine)).ok).toBe(true);
  });

  describe('routers', () => {
    const router = {
      id: 'rtr-900',
      name: 'r2',
      link: { switchId: 'psw-1', port: 40 },
      interfaces: [{ id: 'rif-901', vlan: 30, ip: '10.0.30.1/24', mac: '02:00:00:00:03:85' }],
    };
    const routerPath = ['state', 'world', 'routers', 'rtr-900'];
    const withRouter = (changes: Parameters<typeof withChanges>[0] = []) =>
      withChanges([[routerPath, router], [['state', 'sim', 'nextId'], 902], ...changes]);

    it('accepts a router on a free port with its own address', () => {
      expect(parseScenario(withRouter()).ok).toBe(true);
    });

    it('counts router ids when checking the id counter', () => {
      const text = withChanges([[routerPath, router]]);
      expect(only(parseScenario(text)).message).toMatch(
        /nextId must be greater than 901, .*\(rif-901\)/,
      );
    });

    it("refuses a router cabled to a port a host's NIC already takes", () => {
      const nicPort = esx01?.nics[0]?.link?.port;
      const error = only(parseScenario(withRouter([[[...routerPath, 'link', 'port'], nicPort]])));
      expect(error.path).toBe([...routerPath, 'link', 'port'].join('.'));
      expect(error.message).toMatch(
        /already taken by the cable at state\.world\.hosts\.host-\d+\.nics\.0\.link\.port$/,
      );
    });

    it('refuses an address that a vNIC already has', () => {
      const vnicIp = [...vmPath('web-1'), 'nics', 0, 'ip'];
      const error = only(parseScenario(withRouter([[vnicIp, '10.0.30.1/24']])));
      expect(error.path).toBe([...routerPath, 'interfaces', 0, 'ip'].join('.'));
      expect(error.message).toMatch(
        /is 10\.0\.30\.1\/24, but 10\.0\.30\.1 is already the address at .*nics\.0\.ip$/,
      );
    });
  });
});
