import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';
import { hostUsage, platformChangeImpact, vmRuntimeImpact } from '../index';

/**
 * Platform rules. Default assumptions: a VM boots in 30 s, a container starts in 0.5 s;
 * every OS instance keeps 1 GB, a container runtime 0.25 GB, a hypervisor 1 GB, a type-2 host OS
 * 1 core and 4 GB; CPU overhead 3 % under type 1 and 15 % under type 2.
 */
const UBUNTU = 'ubuntu-24.04';
const bareMetal = { kind: 'bare-metal', os: UBUNTU } as const;
const containerd = { kind: 'container-host', os: UBUNTU, runtime: 'containerd' } as const;

describe('switching a platform', () => {
  it('tells what would be lost before switching, then deletes it; undo brings it back', () => {
    const sb = sandbox()
      .host('esx-01')
      .vm('web-1')
      .vm('db-1')
      .powerOn('web-1')
      .tick(30)
      .expectRunning('web-1');
    const impact = platformChangeImpact(sb.world, sb.hostId('esx-01'), bareMetal);
    expect(impact.ok && impact.value).toMatchObject({
      from: 'VMware ESXi (type 1)',
      to: 'Ubuntu 24.04 LTS (bare metal)',
      lost: [
        { kind: 'vm', name: 'web-1' },
        { kind: 'vm', name: 'db-1' },
      ],
      stopped: [],
      needsConfirmation: true,
    });
    // Asking changed nothing.
    sb.expectVms('web-1', 'db-1');
    const ids = [sb.hostId('esx-01'), sb.vmId('web-1'), sb.vmId('db-1')];
    sb.platform('esx-01', bareMetal).expectVms().expectEvents('platform.changed');
    expect(sb.hostNamed('esx-01').platform.kind).toBe('bare-metal');
    expect(sb.lastEvents[0]?.subjects).toEqual(ids);
    sb.expectLogContains('Deleted with the old platform: 2 VMs (web-1, db-1).');
    sb.undo().expectVms('web-1', 'db-1').expectRunning('web-1');
  });

  it('keeps the VMs when only the hypervisor changes, shutting down the running ones', () => {
    const sb = sandbox().host('h1').vm('web-1').vm('db-1').powerOn('web-1').tick(30);
    const switches = sb.switchesOf('h1');
    const impact = platformChangeImpact(sb.world, sb.hostId('h1'), {
      kind: 'hypervisor',
      product: 'kvm',
    });
    expect(impact.ok && impact.value.stopped.map((w) => w.name)).toEqual(['web-1']);
    expect(impact.ok && impact.value.kept.map((w) => w.name)).toEqual(['db-1']);
    sb.platform('h1', { kind: 'hypervisor', product: 'kvm' })
      .expectOff('web-1')
      .expectOff('db-1')
      .expectLogContains('Shut down, and kept to start again: 1 VM (web-1).');
    expect(sb.switchesOf('h1')).toEqual(switches);
  });

  it('says nothing is lost when an empty host switches, and refuses the platform it already runs', () => {
    const sb = sandbox().host('h1');
    const impact = platformChangeImpact(sb.world, sb.hostId('h1'), containerd);
    expect(impact.ok && impact.value.needsConfirmation).toBe(false);
    expect(impact.ok && impact.value.summary).toContain('Nothing it runs is lost or stopped.');
    sb.platform('h1', { kind: 'hypervisor', product: 'esxi' }).expectRefused(
      'h1 already runs VMware ESXi (type 1).',
    );
  });

  it('gives a fresh hypervisor a vSwitch0 uplinked to the first two NICs', () => {
    const sb = sandbox().host('h1', { nics: 3 }).platform('h1', bareMetal);
    sb.platform('h1', { kind: 'hypervisor', product: 'xen' });
    const [vsw] = sb.switchesOf('h1');
    const nics = sb.hostNamed('h1').nics.map((n) => n.id);
    expect(vsw?.portGroups.map((p) => p.name)).toEqual(['VM Network']);
    expect(vsw?.uplinks).toEqual([
      { nic: nics[0], role: 'active' },
      { nic: nics[1], role: 'standby' },
    ]);
  });

  it('refuses a VM on a host with no hypervisor, saying what to install', () => {
    sandbox()
      .host('srv-1')
      .platform('srv-1', bareMetal)
      .vm('web-1', { on: 'srv-1' })
      .expectRefused(
        'srv-1 runs Ubuntu 24.04 LTS straight on the hardware, with no hypervisor: install a hypervisor (type 1, or type 2 on an OS) to run VMs on it.',
      )
      .platform('srv-1', containerd)
      .vm('web-1', { on: 'srv-1' })
      .expectRefused(/is a container host .*install a hypervisor to run VMs on it/);
  });

  it('refuses a type-2 hypervisor without a host OS, and a host that has failed', () => {
    sandbox()
      .host('h1')
      .platform('h1', { kind: 'hypervisor', product: 'virtualbox' })
      .expectRefused('Oracle VirtualBox is a type-2 hypervisor: choose the host OS it runs on.')
      .failHost('h1')
      .platform('h1', bareMetal)
      .expectRefused('h1 has failed: repair it (power it on) first.');
  });
});

describe('runtimes', () => {
  it('refuses a Linux runtime on macOS, and lets Docker Desktop bring its hidden Linux VM', () => {
    const sb = sandbox()
      .host('mac', { cores: 8, memoryGb: 32 })
      .platform('mac', { kind: 'container-host', os: 'macos-15', runtime: 'containerd' })
      .expectRefused(/macOS has no Linux kernel to share/)
      .platform('mac', { kind: 'container-host', os: 'macos-15', runtime: 'docker-desktop' });
    // macOS 1 GB + the runtime 0.25 GB + the hidden VM's Linux 1 GB.
    sb.expectUsage('mac', {
      workload: 'containers',
      memoryReservedGb: 2.25,
      memoryForVmsGb: 29.75,
    });
  });

  it('shows rkt as historical and refuses to install it', () => {
    sandbox()
      .host('h1')
      .platform('h1', { kind: 'container-host', os: UBUNTU, runtime: 'rkt' })
      .expectRefused(
        'CoreOS rkt (“Rocket”) is historical: archived in 2019, ended in 2020. Choose containerd, CRI-O, Podman, Docker Engine or LXC.',
      );
  });

  it('runs Windows containers on Windows with containerd, but not with CRI-O', () => {
    const win = 'windows-server-2022';
    sandbox()
      .host('h1')
      .platform('h1', { kind: 'container-host', os: win, runtime: 'cri-o' })
      .expectRefused(
        'CRI-O does not run on Windows Server 2022; choose a runtime made for Windows (Docker Engine, containerd).',
      )
      .platform('h1', { kind: 'container-host', os: win, runtime: 'containerd' })
      .check((sb) => expect(sb.hostNamed('h1').platform.kind).toBe('container-host'));
  });

  it('keeps containers, stopped, when the container host changes runtime', () => {
    sandbox()
      .host('h1')
      .platform('h1', containerd)
      .container('web', { on: 'h1' })
      .container('cache', { on: 'h1' })
      .start('web')
      .tick(1)
      .platform('h1', { kind: 'container-host', os: 'debian-12', runtime: 'podman' })
      .expectContainer('web', 'off')
      .expectContainer('cache', 'off')
      .expectLogContains('Shut down, and kept to start again: 1 container (web).');
  });
});

describe('containers on a container host', () => {
  it('start in the container start time, while a VM boots for tens of seconds', () => {
    const sb = sandbox()
      .host('node-1')
      .platform('node-1', containerd)
      .host('esx-01')
      .vm('vm-1', { on: 'esx-01' })
      .container('web', { on: 'node-1', cpu: 0.5, memoryGb: 1 })
      .expectContainer('web', 'off')
      .start('web')
      .powerOn('vm-1')
      .expectContainer('web', 'starting')
      .tick(0.25)
      .expectContainer('web', 'starting')
      .tick(0.25)
      .expectContainer('web', 'running')
      .expectEvents('container.started')
      .expectBooting('vm-1', 29.5);
    expect(sb.containerNamed('web').startRemainingS).toBe(0);
    // 16 cores, 64 GB: the OS keeps 1 GB and the runtime 0.25 GB.
    sb.expectUsage('node-1', {
      workload: 'containers',
      coresForVms: 16,
      vcpuAllocated: 0.5,
      memoryReservedGb: 1.25,
      memoryForVmsGb: 62.75,
      memoryAllocatedGb: 1,
    });
  });

  it('fit in the memory the kernel leaves them, and say how much is left', () => {
    // 8 GB - 1 GB OS - 0.25 GB runtime = 6.75 GB for containers.
    sandbox()
      .host('small', { cores: 4, memoryGb: 8 })
      .platform('small', containerd)
      .container('a', { on: 'small', memoryGb: 4 })
      .container('b', { on: 'small', memoryGb: 3 })
      .start('a')
      .start('b')
      .expectRefused('small has 2.75 GB free for containers; b needs 3 GB.')
      .container('huge', { on: 'small', cpu: 6 })
      .start('huge')
      .expectRefused('huge asks for 6 cores; small has only 4.');
  });

  it('refuses containers where no runtime runs, saying what to install', () => {
    sandbox()
      .host('esx-01')
      .vm('vm-1')
      .container('web', { on: 'esx-01' })
      .expectRefused(/run containers in a VM with a runtime, or switch esx-01 to a container host/)
      .container('web', { on: 'vm-1' })
      .expectRefused(/vm-1 has no container runtime: install one in its guest/);
  });

  it('cannot remove a host that still holds containers', () => {
    sandbox()
      .host('node-1')
      .platform('node-1', containerd)
      .container('web', { on: 'node-1' })
      .removeHost('node-1')
      .expectRefused('node-1 still holds 1 container: move or remove them first.');
  });
});

describe('containers inside a VM', () => {
  it('share the guest kernel, and start only once the VM has booted', () => {
    const sb = sandbox()
      .host('esx-01')
      .vm('k8s-1', { vcpus: 4, memoryGb: 8 })
      .runtime('k8s-1', 'containerd')
      .container('api', { on: 'k8s-1', memoryGb: 2 })
      .start('api')
      .expectRefused('api needs the kernel of k8s-1, which is off: start it first.')
      .powerOn('k8s-1')
      .start('api')
      .tick(10)
      .expectContainer('api', 'starting')
      .tick(20)
      .expectRunning('k8s-1')
      .expectContainer('api', 'running');
    expect(sb.vmNamed('k8s-1').runtime?.product).toBe('containerd');
  });

  it('stop when their VM shuts down', () => {
    sandbox()
      .host('esx-01')
      .vm('k8s-1', { memoryGb: 4 })
      .runtime('k8s-1', 'containerd')
      .container('api', { on: 'k8s-1' })
      .powerOn('k8s-1')
      .start('api')
      .tick(31)
      .expectContainer('api', 'running')
      .powerOff('k8s-1')
      .expectContainer('api', 'off');
  });

  it('leave the guest its OS and runtime memory', () => {
    // 8 GB VM - 1 GB guest OS - 0.25 GB runtime = 6.75 GB.
    sandbox()
      .host('esx-01')
      .vm('k8s-1', { vcpus: 2, memoryGb: 8 })
      .runtime('k8s-1', 'containerd')
      .powerOn('k8s-1')
      .tick(30)
      .container('a', { on: 'k8s-1', memoryGb: 6 })
      .container('b', { on: 'k8s-1', memoryGb: 1 })
      .start('a')
      .start('b')
      .expectRefused('k8s-1 has 0.75 GB free for containers; b needs 1 GB.');
  });

  it('refuse Docker Desktop in a VM, and delete the containers when the runtime goes', () => {
    const sb = sandbox()
      .host('esx-01')
      .vm('k8s-1')
      .runtime('k8s-1', 'docker-desktop')
      .expectRefused(/would start a Linux VM inside the VM/)
      .runtime('k8s-1', 'containerd')
      .container('api', { on: 'k8s-1' });
    const impact = vmRuntimeImpact(sb.world, sb.vmId('k8s-1'), null);
    expect(impact.ok && impact.value.lost.map((w) => w.name)).toEqual(['api']);
    sb.runtime('k8s-1', null).check((s) => expect(s.findContainer('api')).toBeUndefined());
  });
});

describe('bare-metal apps', () => {
  it('install straight on the OS while they fit next to it', () => {
    // 8 GB - 1 GB for the OS: 7 GB for apps.
    const sb = sandbox()
      .host('srv', { cores: 4, memoryGb: 8 })
      .platform('srv', bareMetal)
      .app('srv', 'intranet', 0.5, 6)
      .app('srv', 'wiki', 0.5, 2)
      .expectRefused('srv has 1 GB free next to its OS and apps; wiki needs 2 GB.')
      .app('srv', 'dns', 0.25, 1);
    sb.expectUsage('srv', {
      workload: 'apps',
      vcpuAllocated: 0.75,
      memoryReservedGb: 1,
      memoryAllocatedGb: 7,
    });
  });

  it('go into a VM on a hypervisor, not straight onto it', () => {
    sandbox()
      .host('esx-01')
      .app('esx-01', 'wiki', 1, 1)
      .expectRefused(/apps run in a VM's guest OS there/);
  });
});

describe('hypervisor overhead in host usage', () => {
  it('costs a type-2 guest more CPU than a type-1 guest, from the assumptions', () => {
    const sb = sandbox()
      .host('esx', { cores: 8, memoryGb: 32 })
      .vm('a', { on: 'esx', vcpus: 2 })
      .host('laptop', { cores: 8, memoryGb: 32, product: 'virtualbox', hostOs: UBUNTU })
      .vm('b', { on: 'laptop', vcpus: 2 })
      .powerOn('a')
      .powerOn('b')
      .tick(5);
    for (const [host, vm, pct] of [
      ['esx', 'a', 3],
      ['laptop', 'b', 15],
    ] as const) {
      const demand = 2 * sb.vmNamed(vm).cpuDemand;
      const u = hostUsage(sb.hostNamed(host), sb.world.assumptions);
      expect(u.cpuInUse).toBeCloseTo(demand * (1 + pct / 100));
      expect(u.cpuOverhead).toBeCloseTo((demand * pct) / 100);
    }
  });
});
