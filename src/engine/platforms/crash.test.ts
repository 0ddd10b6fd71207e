import { describe, expect, it } from 'vitest';
import { sandbox } from '../testing/driver';
import { blastRadius, crashOptions } from '../index';

/**
 * The blast radius of each failure: a guest OS crash stops one VM; a type-2 host OS, a
 * hypervisor or a container host's kernel stops everything on it; one container stops alone.
 */
const UBUNTU = 'ubuntu-24.04';

/** A type-1 host with three running VMs. */
const esxWithThreeVms = () =>
  sandbox()
    .host('esx-01')
    .vm('web-1')
    .vm('web-2')
    .vm('db-1')
    .powerOn('web-1')
    .powerOn('web-2')
    .powerOn('db-1')
    .tick(30);

/** A container host with three running containers and one stopped. */
const nodeWithContainers = () =>
  sandbox()
    .host('node-1')
    .platform('node-1', { kind: 'container-host', os: UBUNTU, runtime: 'docker' })
    .container('web', { on: 'node-1' })
    .container('api', { on: 'node-1' })
    .container('cache', { on: 'node-1' })
    .container('batch', { on: 'node-1' })
    .start('web')
    .start('api')
    .start('cache')
    .tick(1);

describe('blast radius', () => {
  it('a guest OS crash stops only its own VM', () => {
    const sb = esxWithThreeVms()
      .crashGuestOs('web-1')
      .expectPower('web-1', 'crashed')
      .expectRunning('web-2')
      .expectRunning('db-1')
      .expectEvents('vm.crashed')
      .expectLogContains(
        'The guest OS (Ubuntu 24.04 LTS) of web-1 crashed; 1 VM (web-1) went down. Only this VM stops',
      );
    expect(sb.lastSubjects()).toEqual(['web-1']);
  });

  it('a hypervisor crash stops every VM on it; nothing boots until it restarts', () => {
    const sb = esxWithThreeVms()
      .crashHypervisor('esx-01')
      .expectPower('web-1', 'crashed')
      .expectPower('web-2', 'crashed')
      .expectPower('db-1', 'crashed')
      .expectEvents('platform.crashed');
    expect(sb.lastSubjects()).toEqual(['esx-01', 'web-1', 'web-2', 'db-1']);
    sb.powerOn('web-1')
      .expectRefused("esx-01's hypervisor (VMware ESXi) has crashed: restart it first.")
      .recover('esx-01')
      .expectBooting('web-1', 30)
      .expectBooting('db-1', 30)
      .expectLogContains(
        'Starting again: 3 VMs (web-1, web-2, db-1) (a VM boots its guest OS in 30 s).',
      )
      .tick(30)
      .expectRunning('web-1')
      .expectRunning('web-2')
      .expectRunning('db-1');
  });

  it('a type-2 host OS crash takes every VM down; a type-1 host has no host OS to crash', () => {
    const sb = sandbox()
      .host('laptop', { product: 'virtualbox', hostOs: 'windows-11' })
      .vm('a')
      .vm('b')
      .vm('c')
      .powerOn('a')
      .powerOn('b')
      .tick(30)
      .crashHostOs('laptop')
      .expectPower('a', 'crashed')
      .expectPower('b', 'crashed')
      .expectOff('c')
      .expectLogContains(
        'The host OS (Windows 11) of laptop crashed; 2 VMs (a, b) went down. A type-2 hypervisor runs as an application inside its host OS',
      );
    expect(sb.hostNamed('laptop').platform.crashed).toBe('os');
    sandbox()
      .host('esx-01')
      .crashHostOs('esx-01')
      .expectRefused(
        'esx-01 has no host OS: VMware ESXi runs directly on the hardware. Crash its hypervisor instead.',
      );
  });

  it('a type-2 hypervisor crash stops its VMs but leaves the host OS running', () => {
    const sb = sandbox()
      .host('laptop', { product: 'vmware-workstation', hostOs: UBUNTU })
      .vm('a')
      .powerOn('a')
      .tick(30)
      .crashHypervisor('laptop')
      .expectPower('a', 'crashed');
    expect(sb.hostNamed('laptop').platform.crashed).toBe('hypervisor');
    sb.crashHostOs('laptop').expectRefused(
      "laptop's hypervisor is already down; restart it first.",
    );
  });

  it("a container host's kernel crash stops every running container on it", () => {
    const sb = nodeWithContainers()
      .crashKernel('node-1')
      .expectContainer('web', 'crashed')
      .expectContainer('api', 'crashed')
      .expectContainer('cache', 'crashed')
      .expectContainer('batch', 'off')
      .expectEvents('platform.crashed')
      .expectLogContains(
        'The shared kernel (Ubuntu 24.04 LTS, Docker Engine) of node-1 crashed; 3 containers (web, api, cache) went down.',
      );
    expect(sb.lastSubjects()).toEqual(['node-1', 'web', 'api', 'cache']);
    sb.start('batch')
      .expectRefused('batch needs the kernel of node-1, which is crashed: recover it first.')
      .recover('node-1')
      .expectContainer('web', 'starting')
      .tick(0.5)
      .expectContainer('web', 'running')
      .expectContainer('cache', 'running')
      .expectContainer('batch', 'off');
  });

  it('one container crashing leaves the others running', () => {
    const sb = nodeWithContainers()
      .crashContainer('api')
      .expectContainer('api', 'crashed')
      .expectContainer('web', 'running')
      .expectEvents('container.crashed');
    expect(sb.lastSubjects()).toEqual(['api']);
  });

  it("a VM's kernel crash stops its containers and no other VM", () => {
    const sb = sandbox()
      .host('esx-01')
      .vm('k8s-1', { memoryGb: 4 })
      .vm('k8s-2', { memoryGb: 4 })
      .runtime('k8s-1', 'containerd')
      .runtime('k8s-2', 'containerd')
      .container('a', { on: 'k8s-1' })
      .container('b', { on: 'k8s-1' })
      .container('c', { on: 'k8s-2' })
      .powerOn('k8s-1')
      .powerOn('k8s-2')
      .tick(30)
      .start('a')
      .start('b')
      .start('c')
      .tick(1)
      .crashKernel('k8s-1')
      .expectPower('k8s-1', 'crashed')
      .expectContainer('a', 'crashed')
      .expectContainer('b', 'crashed')
      .expectRunning('k8s-2')
      .expectContainer('c', 'running');
    expect(sb.lastSubjects()).toEqual(['k8s-1', 'a', 'b']);
    // Recovery boots the VM, then its containers start on its kernel.
    sb.recover('k8s-1')
      .expectBooting('k8s-1', 30)
      .expectContainer('a', 'starting')
      .tick(29)
      .expectContainer('a', 'starting')
      .tick(1)
      .expectRunning('k8s-1')
      .expectContainer('a', 'running')
      .expectContainer('b', 'running');
  });

  it('a failed server takes its containers down with it', () => {
    nodeWithContainers()
      .failHost('node-1')
      .expectContainer('web', 'crashed')
      .expectLogContains('Host node-1 failed; 3 containers went down with it.');
  });

  it('undo after a crash brings everything back as it was', () => {
    esxWithThreeVms().crashHypervisor('esx-01').undo().expectRunning('web-1').expectRunning('db-1');
  });

  it('a bare-metal OS crash stops its apps; a restart brings them back', () => {
    const sb = sandbox()
      .host('srv')
      .platform('srv', { kind: 'bare-metal', os: UBUNTU })
      .app('srv', 'intranet', 1, 4)
      .crashHostOs('srv')
      .expectLogContains('The OS (Ubuntu 24.04 LTS) of srv crashed; 1 app (intranet) went down.')
      .expectUsage('srv', { vcpuAllocated: 0, memoryAllocatedGb: 0 })
      .recover('srv')
      .expectUsage('srv', { vcpuAllocated: 1, memoryAllocatedGb: 4 });
    sb.recover('srv').expectRefused('Nothing on srv has crashed.');
  });
});

describe('crash previews for the inspector', () => {
  it('name what each crash button would take down, without crashing anything', () => {
    const sb = sandbox()
      .host('laptop', { product: 'virtualbox', hostOs: UBUNTU })
      .vm('a')
      .vm('b')
      .powerOn('a')
      .tick(30);
    const world = sb.world;
    const options = crashOptions(world, sb.hostId('laptop'));
    expect(options.map((o) => [o.label, o.blast?.down.map((w) => w.name)])).toEqual([
      ['Crash the host OS', ['a']],
      ['Crash the hypervisor', ['a']],
    ]);
    const [vmOption] = crashOptions(world, sb.vmId('b'));
    expect(vmOption).toMatchObject({ label: 'Crash the guest OS', blast: null });
    expect(vmOption?.reason).toBe('b is off: only a running guest OS can crash.');
    const preview = blastRadius(world, { kind: 'guest-os', vmId: sb.vmId('a') });
    expect(preview.ok && preview.down.map((w) => w.name)).toEqual(['a']);
    expect(sb.world).toBe(world);
  });
});
