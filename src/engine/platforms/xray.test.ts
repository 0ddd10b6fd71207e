import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';
import { type XrayLayer, layerXray } from '../index';

const UBUNTU = 'ubuntu-24.04';

/** The layers as "role: label" lines, indented by depth, so a test reads like the drawing. */
function lines(layer: XrayLayer, depth = 0): string[] {
  return [
    `${'  '.repeat(depth)}${layer.role}${layer.ownsKernel ? ' [kernel]' : ''}: ${layer.label}`,
    ...layer.above.flatMap((l) => lines(l, depth + 1)),
  ];
}

function find(layer: XrayLayer, key: string): XrayLayer | undefined {
  if (layer.key === key) return layer;
  for (const l of layer.above) {
    const hit = find(l, key);
    if (hit) return hit;
  }
  return undefined;
}

describe('layer X-ray', () => {
  it('type 1: the hypervisor owns the host kernel, each VM a kernel of its own', () => {
    const sb = sandbox()
      .host('esx-01', { cores: 16, memoryGb: 64 })
      .vm('web-1', { apps: ['nginx'] })
      .vm('db-1', { apps: ['postgres'] });
    const x = layerXray(sb.hostNamed('esx-01'));
    expect(lines(x.root)).toEqual([
      'hardware: esx-01: 16 cores, 64 GB',
      '  hypervisor [kernel]: VMware ESXi: VMkernel, its own small kernel',
      '    vm: VM web-1 (virtual hardware)',
      '      guest-os [kernel]: Ubuntu 24.04 LTS kernel (guest)',
      '        app: nginx',
      '    vm: VM db-1 (virtual hardware)',
      '      guest-os [kernel]: Ubuntu 24.04 LTS kernel (guest)',
      '        app: postgres',
    ]);
    expect(x.kernels).toHaveLength(3);
    const hv = x.root.above[0];
    expect(hv?.isolates?.kind).toBe('hypervisor');
  });

  it('type 2: the host OS owns the kernel, and the hypervisor is an application on it', () => {
    const sb = sandbox().host('laptop', { product: 'virtualbox', hostOs: 'windows-11' }).vm('a');
    const x = layerXray(sb.hostNamed('laptop'));
    const hostOs = x.root.above[0];
    const hv = hostOs?.above[0];
    expect(hostOs).toMatchObject({
      role: 'host-os',
      ownsKernel: true,
      label: 'Windows 11 kernel (host OS)',
    });
    expect(hv).toMatchObject({ role: 'hypervisor', ownsKernel: false, kernel: hostOs?.key });
    expect(hv?.label).toBe('Oracle VirtualBox (an application)');
    // The VM's virtual hardware runs on the host OS kernel too: it sits under everything.
    expect(hv?.above[0]?.kernel).toBe(hostOs?.key);
    sb.crashHostOs('laptop');
    const crashed = layerXray(sb.hostNamed('laptop')).root.above[0];
    expect([crashed?.status, crashed?.above[0]?.status]).toEqual(['down', 'down']);
  });

  it('containers: one kernel, drawn shared by the runtime and every container', () => {
    const sb = sandbox()
      .host('node-1')
      .platform('node-1', { kind: 'container-host', os: UBUNTU, runtime: 'docker' })
      .container('web', { on: 'node-1' })
      .container('api', { on: 'node-1' })
      .start('web')
      .tick(1);
    const x = layerXray(sb.hostNamed('node-1'));
    expect(x.kernels).toHaveLength(1);
    const [kernel] = x.kernels;
    const web = sb.containerNamed('web').id;
    const api = sb.containerNamed('api').id;
    expect(kernel?.usedBy).toEqual([`${sb.hostId('node-1')}/runtime`, web, api]);
    const runtime = find(x.root, `${sb.hostId('node-1')}/runtime`);
    expect(runtime?.label).toBe('Docker Engine (docker CLI → dockerd → containerd → runc)');
    expect(runtime?.isolates?.kind).toBe('kernel');
    expect(find(x.root, web)?.status).toBe('up');
    expect(find(x.root, api)?.status).toBe('off');
  });

  it('Docker Desktop on macOS: the containers share a hidden Linux VM kernel, not macOS', () => {
    const sb = sandbox()
      .host('mac')
      .platform('mac', { kind: 'container-host', os: 'macos-15', runtime: 'docker-desktop' })
      .container('web', { on: 'mac' });
    const x = layerXray(sb.hostNamed('mac'));
    expect(x.kernels.map((k) => k.label)).toEqual([
      'macOS 15 kernel',
      'Linux kernel (in the hidden VM)',
    ]);
    const web = sb.containerNamed('web').id;
    expect(x.kernels[1]?.usedBy).toContain(web);
    expect(x.kernels[0]?.usedBy).not.toContain(web);
  });

  it('containers in a VM share the guest kernel; a crashed hypervisor marks everything above down', () => {
    const sb = sandbox()
      .host('esx-01')
      .vm('k8s-1', { memoryGb: 4 })
      .runtime('k8s-1', 'containerd')
      .container('api', { on: 'k8s-1' })
      .powerOn('k8s-1')
      .tick(30)
      .start('api')
      .tick(1);
    const vm = sb.vmId('k8s-1');
    const api = sb.containerNamed('api').id;
    let x = layerXray(sb.hostNamed('esx-01'));
    expect(x.kernels.find((k) => k.key === `${vm}/os`)?.usedBy).toEqual([`${vm}/runtime`, api]);
    sb.crashHypervisor('esx-01');
    x = layerXray(sb.hostNamed('esx-01'));
    expect(find(x.root, `${sb.hostId('esx-01')}/hypervisor`)?.status).toBe('down');
    expect(find(x.root, api)?.status).toBe('down');
    expect(x.root.status).toBe('up');
  });

  it('bare metal: one OS kernel, its apps plain processes on it', () => {
    const sb = sandbox()
      .host('srv')
      .platform('srv', { kind: 'bare-metal', os: UBUNTU })
      .app('srv', 'mail', 0.5, 2)
      .app('srv', 'wiki', 0.5, 2);
    const x = layerXray(sb.hostNamed('srv'));
    expect(lines(x.root)).toEqual([
      'hardware: srv: 16 cores, 64 GB',
      '  os [kernel]: Ubuntu 24.04 LTS kernel',
      '    app: mail',
      '    app: wiki',
    ]);
    expect(x.root.above[0]?.isolates?.kind).toBe('process');
  });
});
