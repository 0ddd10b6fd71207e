import type { Lesson, LessonStep, LessonTools, PredictGoal } from '../model';

/** Setup and solution steps the lessons below share: small servers, VMs, power, boots. */
const server = (
  name: string,
  product: string,
  cpuCores: number,
  memoryGb: number,
  hostOs?: string,
): LessonStep => ({
  type: 'addHost',
  spec: { name, product, cpuCores, memoryGb, storageGb: 2000, nicCount: 1, hostOs: hostOs ?? null },
});

const vm = (
  host: string,
  name: string,
  os: string,
  app: string,
  vcpus: number,
  memoryGb: number,
): LessonStep => ({
  type: 'addVm',
  hostId: `@${host}`,
  spec: { name, os, apps: [app], vcpus, memoryGb, diskGb: 40 },
});

const powerOn = (name: string): LessonStep => ({ type: 'setVmPower', vmId: `@${name}`, on: true });

/** A traditional server: one OS straight on the hardware (a new host starts with ESXi). */
const oneOsServer = (name: string, os: string): LessonStep[] => [
  server(name, 'esxi', 16, 64),
  { type: 'setPlatform', hostId: `@${name}`, spec: { kind: 'bare-metal', os } },
];

/** A traditional server running one app on its one OS. */
const oneAppServer = (name: string, os: string, app: string, cpu: number): LessonStep[] => [
  ...oneOsServer(name, os),
  { type: 'addApp', hostId: `@${name}`, spec: { name: app, cpu, memoryGb: 4 } },
];

/** A host's platform switched to a type-1 hypervisor, as the platform chooser does. */
const toType1 = (host: string, product: string): LessonStep => ({
  type: 'setPlatform',
  hostId: `@${host}`,
  spec: { kind: 'hypervisor', product },
});

/** A layer a question crashes: a VM's guest OS, or a host's OS or hypervisor. */
type CrashedLayer =
  | { readonly kind: 'guest-os'; readonly vmId: string }
  | { readonly kind: 'host-os' | 'hypervisor'; readonly hostId: string };

/**
 * A question on what a crash takes down; the engine's run gives the answer. The run restarts
 * the crashed layer at once, so what went down boots again and the lesson's checks can hold.
 */
const crashQuestion = (
  id: string,
  question: string,
  choices: readonly string[],
  runLabel: string,
  target: CrashedLayer,
): PredictGoal => ({
  kind: 'predict',
  id,
  question,
  choices,
  runLabel: `${runLabel}, then restart it`,
  run: [
    { type: 'crash', target },
    { type: 'recover', on: target.kind === 'guest-os' ? target.vmId : target.hostId },
  ],
  answer: 'down',
});

/** Lessons about a host's platform and its VMs need only the canvas and the inspectors. */
const PLATFORM_TOOLS: LessonTools = {
  hidePanels: ['palette', 'compare', 'reachability', 'assumptions', 'orchestrator', 'trace'],
};

/** Long enough for a guest OS to boot (30 s by default). */
const BOOT: LessonStep = { type: 'wait', seconds: 31 };

/** The first sequence: what a VM is, the layered stack, hypervisor types, overcommit. */
export const BASICS: readonly Lesson[] = [
  {
    id: 'vm-is-an-object',
    title: 'A VM is an object you can move',
    sequence: 'basics',
    order: 1,
    domain: 'Virtual machines',
    intro: [
      {
        title: 'A server inside a server',
        text: [
          'A virtual machine is a whole computer made of software: virtual CPUs (vCPUs), memory, a virtual disk and virtual network cards (vNICs), created and managed by the hypervisor below it. A guest OS and its applications run inside it.',
          'To the hypervisor, a VM is an object it creates and manages, not tied to one physical server. So a VM can be moved to another server without installing its OS again; a running VM can even keep running while it moves, which is called live migration.',
        ],
        demo: {
          label: 'cache-1 moving from esx-02 to esx-01 while it runs',
          steps: [
            { type: 'moveVm', vmId: '@cache-1', toHostId: '@esx-01' },
            { type: 'wait', seconds: 15 },
          ],
        },
      },
      {
        title: 'What you will do',
        text: [
          '{web} and db-1 both run on esx-01. If esx-01 fails, both go down at once.',
          'Move {web} to another ESXi host while it keeps running. Each goal below is marked "✓ Met" while it holds.',
        ],
      },
    ],
    start: {
      from: 'default',
      setup: [{ type: 'updateVm', vmId: '@web-1', patch: { name: '{web}' } }],
    },
    tools: { hidePanels: ['compare', 'orchestrator'] },
    goals: [
      { kind: 'check', id: 'apart', check: { is: 'apart', vms: ['{web}', 'db-1'] } },
      { kind: 'check', id: 'kept-running', check: { is: 'noVmDown' } },
    ],
    hints: [
      'A VM is an object the hypervisor holds: it can live on another host.',
      'Drag the card of {web} out of esx-01 and drop it on another host that runs ESXi.',
      'Drag {web} onto esx-02, then press Play or Step until the live migration ends.',
    ],
    solution: [
      { type: 'moveVm', vmId: '@{web}', toHostId: '@esx-02' },
      { type: 'wait', seconds: 30 },
    ],
    variation: { web: ['shop-1', 'blog-1', 'news-1'] },
  },
  {
    id: 'one-os-per-server',
    title: 'One OS per server, and servers that sit idle',
    sequence: 'basics',
    order: 2,
    domain: 'The virtualisation stack',
    intro: [
      {
        title: 'The traditional way',
        text: [
          'Traditionally each server carries one OS and its applications, with no hypervisor. Apps on separate servers share nothing but the network: a crash of one OS touches no other server.',
          "The price is idle hardware: such servers sit mostly idle. The sandbox takes 5 to 15 % use as typical, and published estimates fall in that band (McKinsey's 6 to 12 %, as reported by The New York Times in 2012). That idle capacity is what consolidation exploits.",
        ],
      },
      {
        title: 'Why idle servers cost',
        text: [
          'A server that is on draws a large share of its peak power even when idle. The sandbox assumes 150 W idle against 400 W at full load: illustrative figures, not measurements of a real server.',
          'Consolidation packs the work onto the fewest servers and powers the idle ones off.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          "mail-srv, web-srv and files-srv each run one app on one OS. Each app keeps 1 to 2 of its server's 16 cores busy: 6 to 13 % use.",
          'The same three apps wait in powered-off VMs on {virt}, a server with a type-1 hypervisor. Start the VMs, then power off the three old servers, so that one server does the work of three.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        ...oneAppServer('mail-srv', 'rhel-9', 'postfix', 1),
        ...oneAppServer('web-srv', 'ubuntu-24.04', 'nginx', 2),
        ...oneAppServer('files-srv', 'windows-server-2022', 'file-shares', 1.5),
        server('{virt}', 'esxi', 16, 64),
        vm('{virt}', 'mail-vm', 'rhel-9', 'postfix', 2, 8),
        vm('{virt}', 'web-vm', 'ubuntu-24.04', 'nginx', 2, 8),
        vm('{virt}', 'files-vm', 'windows-server-2022', 'file-shares', 2, 8),
      ],
    },
    tools: { hidePanels: ['palette', 'compare', 'reachability', 'orchestrator', 'trace'] },
    goals: [
      { kind: 'check', id: 'vms-on', check: { is: 'vmCount', host: '{virt}', atLeast: 3 } },
      { kind: 'check', id: 'one-server', check: { is: 'hostsOnAtMost', count: 1 } },
      crashQuestion(
        'one-failure',
        'Once the three VMs run on {virt}, its hypervisor carries all three apps. If that hypervisor crashes, which VMs go down?',
        ['mail-vm', 'web-vm', 'files-vm'],
        'Crash the hypervisor of {virt}',
        { kind: 'hypervisor', hostId: '@{virt}' },
      ),
    ],
    hints: [
      'The apps are already in VMs on {virt}: the old servers are needed only until the VMs run.',
      'Select each VM on {virt} and press Power on in its inspector; then select each old server and press Power off in the Power section of its host inspector.',
      'Power on mail-vm, web-vm and files-vm; power off mail-srv, web-srv and files-srv; then press Play until the VMs have booted, and answer the question.',
    ],
    solution: [
      powerOn('mail-vm'),
      powerOn('web-vm'),
      powerOn('files-vm'),
      ...['mail-srv', 'web-srv', 'files-srv'].map((name): LessonStep => ({
        type: 'setHostPower',
        hostId: `@${name}`,
        power: 'off',
      })),
      BOOT,
    ],
    variation: { virt: ['virt-01', 'vhost-01', 'rack-01'] },
  },
  {
    id: 'layered-stack',
    title: 'The abstraction layer: a stack of layers on one server',
    sequence: 'basics',
    order: 3,
    domain: 'The virtualisation stack',
    intro: [
      {
        title: 'A layer between the OS and the hardware',
        text: [
          'Virtualisation puts an abstraction layer between the OS and the hardware, so that many OSes, of different kinds, share one server. The program that provides the layer is the hypervisor, also called the virtual machine monitor (VMM).',
          'The hypervisor, not the guest OS, controls the hardware, and it gives each VM its virtual hardware. So a VM is an object the hypervisor creates and manages, not part of one physical machine: that is why a VM can be moved.',
        ],
      },
      {
        title: 'The stack, bottom to top',
        text: [
          'Server hardware: CPU cores, memory, storage and physical network cards. On it, the hypervisor, with its virtual switches. Above it, the VMs: each a virtual computer (vCPUs, memory, a virtual disk, vNICs) in which a guest OS and its apps run.',
          'Each layer runs on the one below it. A crash takes down what sits above that layer, and nothing beside it: a guest OS crash stops only its own VM.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{host} runs VMware ESXi, a type-1 hypervisor. web-vm (Ubuntu) and db-vm (Red Hat Enterprise Linux) run on it; ad-vm (Windows Server 2022) is powered off.',
          'Power on ad-vm, so that OSes of two kinds share one server, and open the layer X-ray of {host} to see the stack. Then predict what a crash at each layer takes down. Each run restarts what crashed; let it boot again before the next question.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        server('{host}', 'esxi', 16, 64),
        vm('{host}', 'web-vm', 'ubuntu-24.04', 'nginx', 2, 4),
        vm('{host}', 'db-vm', 'rhel-9', 'postgres', 4, 16),
        vm('{host}', 'ad-vm', 'windows-server-2022', 'active-directory', 2, 8),
        powerOn('web-vm'),
        powerOn('db-vm'),
        BOOT,
      ],
    },
    tools: PLATFORM_TOOLS,
    goals: [
      { kind: 'check', id: 'three-oses', check: { is: 'vmCount', host: '{host}', atLeast: 3 } },
      crashQuestion(
        'guest-crash',
        'The guest OS of web-vm crashes. Which VMs go down?',
        ['web-vm', 'db-vm', 'ad-vm'],
        'Crash the guest OS of web-vm',
        { kind: 'guest-os', vmId: '@web-vm' },
      ),
      crashQuestion(
        'hypervisor-crash',
        'The hypervisor of {host} crashes. Which of the running VMs go down?',
        ['web-vm', 'db-vm', 'ad-vm'],
        'Crash the hypervisor of {host}',
        { kind: 'hypervisor', hostId: '@{host}' },
      ),
    ],
    hints: [
      'Every VM runs on the hypervisor, and each VM has a guest OS of its own.',
      'Select ad-vm and press Power on in its inspector; the host inspector of {host} has a button that opens its layer X-ray.',
      'Power on ad-vm and press Play until it has booted. Then, for each question in turn, choose the VMs you expect to go down, press its run button, and press Play until the VMs have booted again.',
    ],
    solution: [powerOn('ad-vm'), BOOT],
    variation: { host: ['srv-01', 'rack-07', 'node-3'] },
  },
  {
    id: 'type-1-and-type-2',
    title: 'Type 1 against type 2: what the host OS costs',
    sequence: 'basics',
    order: 4,
    domain: 'Hypervisors: type 1 and type 2',
    intro: [
      {
        title: 'Two ways to run a hypervisor',
        text: [
          'A type-1 (bare-metal) hypervisor runs directly on the hardware: it is a small OS built only to run VMs. VMware ESXi is one.',
          'A type-2 (hosted) hypervisor runs as an application inside a host OS, as Oracle VirtualBox does on Windows 11.',
        ],
      },
      {
        title: 'What the host OS costs',
        text: [
          "The host OS uses CPU and memory of its own, every VM's disk and network I/O passes through it, and a crash of the host OS takes every VM down with it.",
          'The sandbox puts figures on these costs, as assumptions (illustrative defaults, not measurements): a host OS keeps 1 core and 4 GB, on top of the 1 GB any hypervisor keeps, and guests on a type-2 hypervisor pay 15 % CPU overhead instead of 3 %, and 30 % slower I/O.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{pc} is a lab PC running VirtualBox on Windows 11, with two VMs. {srv}, a server with 8 cores and 16 GB, was set up the same way, with VirtualBox on Ubuntu. Its VM build-1 needs 8 vCPUs and 12 GB, but with the assumed figures the host OS leaves only 7 cores and 11 GB for VMs.',
          'Switch {srv} to VMware ESXi, a type-1 hypervisor, and start build-1 there. (On a real server, the disk and devices of build-1 would have to be converted for the new hypervisor; the sandbox keeps the VM as it is.) Then predict what a crash of the host OS of {pc} takes down.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        server('{pc}', 'virtualbox', 8, 32, 'windows-11'),
        vm('{pc}', 'lab-a', 'ubuntu-24.04', 'python', 2, 4),
        vm('{pc}', 'lab-b', 'debian-12', 'postgres', 2, 4),
        server('{srv}', 'virtualbox', 8, 16, 'ubuntu-24.04'),
        vm('{srv}', 'build-1', 'ubuntu-24.04', 'gcc', 8, 12),
        powerOn('lab-a'),
        powerOn('lab-b'),
        BOOT,
      ],
    },
    tools: PLATFORM_TOOLS,
    goals: [
      { kind: 'check', id: 'type-1', check: { is: 'platform', host: '{srv}', platform: 'esxi' } },
      { kind: 'check', id: 'build-runs', check: { is: 'vmOn', vm: 'build-1', host: '{srv}' } },
      crashQuestion(
        'host-os-crash',
        'The host OS (Windows 11) of {pc} crashes. Which VMs go down?',
        ['lab-a', 'lab-b', 'build-1'],
        'Crash the host OS of {pc}',
        { kind: 'host-os', hostId: '@{pc}' },
      ),
    ],
    hints: [
      'On {srv} the host OS takes a core and 4 GB (the assumed figures) before any VM starts; a type-1 hypervisor has no host OS under it.',
      'Select {srv}; in the Platform section of its host inspector, choose Type-1 hypervisor, pick VMware ESXi in the Type-1 hypervisor list and press "Switch to VMware ESXi (type 1)".',
      'Switch {srv} to VMware ESXi, then select build-1, press Power on in its inspector and press Play until it has booted.',
    ],
    solution: [toType1('{srv}', 'esxi'), powerOn('build-1'), BOOT],
    variation: { pc: ['pc-01', 'ws-07', 'desk-3'], srv: ['srv-01', 'build-srv', 'lab-srv'] },
  },
  {
    id: 'which-type-is-it',
    title: 'Which products are which type: KVM, Hyper-V and QEMU',
    sequence: 'basics',
    order: 5,
    domain: 'Hypervisors: type 1 and type 2',
    intro: [
      {
        title: 'KVM and QEMU',
        text: [
          'KVM is a module of the mainline Linux kernel that turns Linux itself into the hypervisor. Because the host is also a full Linux, some call it a hybrid; the sandbox shows it as type 1, because the kernel itself becomes the hypervisor.',
          'QEMU alone emulates hardware in software, with its Tiny Code Generator (TCG), and runs hosted, like a type 2. With KVM, QEMU is the user-space device model of a type-1 hypervisor.',
        ],
      },
      {
        title: 'Hyper-V',
        text: [
          'On a Hyper-V server Windows seems to run underneath the VMs. In fact the hypervisor boots first, and Windows then runs above it as its privileged root partition, which owns the device drivers and creates the child partitions that hold guests. That is a type-1 design, even on Windows 10 or 11.',
          'The course notes list KVM and Hyper-V as type 2. Hyper-V is type 1, and KVM is best shown as type 1. QEMU alone and VirtualBox are rightly type 2.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{lin} runs {vm} under QEMU alone, on Ubuntu. Switch {lin} to KVM, which the platform chooser lists with the type-1 hypervisors, and start {vm} again.',
          '{win} runs Windows Server 2022 alone, straight on the hardware, with nothing on it yet. Make it a Hyper-V server.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        server('{lin}', 'qemu', 16, 64, 'ubuntu-24.04'),
        vm('{lin}', '{vm}', 'ubuntu-24.04', 'jenkins', 4, 8),
        powerOn('{vm}'),
        ...oneOsServer('{win}', 'windows-server-2022'),
        BOOT,
      ],
    },
    tools: PLATFORM_TOOLS,
    goals: [
      { kind: 'check', id: 'kvm', check: { is: 'platform', host: '{lin}', platform: 'kvm' } },
      { kind: 'check', id: 'vm-back', check: { is: 'vmOn', vm: '{vm}', host: '{lin}' } },
      {
        kind: 'check',
        id: 'hyper-v',
        check: { is: 'platform', host: '{win}', platform: 'hyper-v' },
      },
    ],
    hints: [
      'The platform chooser lists ESXi, Hyper-V, Xen and KVM as type-1 hypervisors, and Workstation / Fusion, VirtualBox and QEMU alone as type 2.',
      'Select {lin}; in the Platform section of its host inspector choose Type-1 hypervisor, pick KVM in the Type-1 hypervisor list, press "Switch to KVM (type 1)" and confirm with "Switch platform". Then select {win} and do the same in its own inspector with Microsoft Hyper-V.',
      'Switch {lin} to KVM ({vm} is shut down and kept), select {vm}, press Power on in its inspector and press Play until it has booted; then switch {win} to Microsoft Hyper-V.',
    ],
    solution: [toType1('{lin}', 'kvm'), powerOn('{vm}'), toType1('{win}', 'hyper-v'), BOOT],
    variation: {
      lin: ['lin-01', 'lnx-02', 'tux-03'],
      win: ['win-01', 'win-02', 'win-03'],
      vm: ['ci-1', 'build-2', 'test-9'],
    },
  },
  {
    id: 'overcommit',
    title: 'Overcommit: more vCPUs than cores, but not more memory',
    sequence: 'basics',
    order: 6,
    domain: 'Virtual machines',
    intro: [
      {
        title: 'More vCPUs than cores',
        text: [
          'Giving the VMs more vCPUs than the host has physical cores is normal; a vCPU:pCPU ratio such as 4:1 is common. When the guests together demand more CPU than the cores provide, VMs wait for a core, which vSphere reports as CPU ready time and a Linux guest sees as steal time.',
          "One limit stays: a single VM cannot have more vCPUs than its host has logical processors (on real hosts these count hardware threads; the sandbox does not model threads, so there the limit is the host's cores).",
        ],
      },
      {
        title: 'Memory is another matter',
        text: [
          'Memory can be overcommitted too, by ballooning (a driver in the guest gives memory back) and by swapping, but both cost performance, so many operators reserve memory fully.',
          'In the sandbox each host has a vCPU:core ratio (4:1 for a new host) and a switch for memory overcommit (off for a new host). A VM that does not fit is refused power-on, and the refusal says why: too few vCPUs free at the ratio, or too little memory free.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{host} has 8 cores and 32 GB, and its ratio was set to 1:1, so its two running VMs, with 4 vCPUs each, take all 8 vCPUs it allows. Set it to the common 4:1 and start {vm}.',
          'Then start big-1, which needs 16 GB. {host} has too little memory free for it, so give it another host with room rather than overcommit the memory of {host}.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        server('{host}', 'kvm', 8, 32),
        { type: 'updateHost', hostId: '@{host}', patch: { cpuOvercommit: 1 } },
        vm('{host}', 'app-a', 'ubuntu-24.04', 'nginx', 4, 12),
        vm('{host}', 'app-b', 'rhel-9', 'postgres', 4, 12),
        vm('{host}', '{vm}', 'debian-12', 'redis', 4, 4),
        vm('{host}', 'big-1', 'ubuntu-24.04', 'spark', 2, 16),
        server('{spare}', 'kvm', 8, 32),
        powerOn('app-a'),
        powerOn('app-b'),
        BOOT,
      ],
    },
    tools: PLATFORM_TOOLS,
    goals: [
      { kind: 'check', id: 'vcpu-overcommit', check: { is: 'vmOn', vm: '{vm}', host: '{host}' } },
      {
        kind: 'check',
        id: 'memory-reserved',
        check: {
          is: 'all',
          of: [
            { is: 'vmPower', vm: 'big-1', power: 'running' },
            { is: 'memoryBelow', percent: 100, host: '{host}' },
          ],
        },
      },
    ],
    hints: [
      '{host} accepts vCPUs up to its cores times its vCPU-per-core ratio. Its memory overcommit is off, so the memory of its running VMs must fit in the memory it has for VMs.',
      'In the host inspector of {host}, set "vCPU per core" to 4, then power on {vm}. For big-1, look for a host with 16 GB free.',
      'Set vCPU per core on {host} to 4 and press Power on in the inspector of {vm}; drag the card of big-1 onto {spare}, press Power on in its inspector, then press Play until both have booted.',
    ],
    solution: [
      { type: 'updateHost', hostId: '@{host}', patch: { cpuOvercommit: 4 } },
      powerOn('{vm}'),
      { type: 'moveVm', vmId: '@big-1', toHostId: '@{spare}' },
      powerOn('big-1'),
      BOOT,
    ],
    variation: {
      host: ['node-1', 'kvm-a', 'kvm-07'],
      spare: ['node-2', 'kvm-b', 'kvm-08'],
      vm: ['cache-2', 'queue-1', 'redis-3'],
    },
  },
];
