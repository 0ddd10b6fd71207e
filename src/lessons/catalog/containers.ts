import type { Lesson, LessonStep } from '../model';

/** A server of the lessons' round size, added as ESXi and switched to what the lesson needs. */
const server = (name: string): LessonStep => ({
  type: 'addHost',
  spec: { name, cpuCores: 16, memoryGb: 64, storageGb: 2000, nicCount: 2, product: 'esxi' },
});

/** A container host: Ubuntu with a container runtime on the bare metal. */
const containerHost = (host: string, runtime: string): LessonStep => ({
  type: 'setPlatform',
  hostId: `@${host}`,
  spec: { kind: 'container-host', os: 'ubuntu-24.04', runtime },
});

/** A stopped container of half a core and half a GB on a host's or a VM's kernel. */
const container = (on: string, name: string, image: string): LessonStep => ({
  type: 'addContainer',
  on: `@${on}`,
  spec: { name, image, cpu: 0.5, memoryGb: 0.5 },
});

const start = (name: string): LessonStep => ({
  type: 'setContainerPower',
  containerId: `@${name}`,
  on: true,
});

/** An Ubuntu VM of 2 vCPUs and 4 GB, powered on (it boots in the wait that follows). */
const ubuntuVm = (host: string, name: string): LessonStep[] => [
  {
    type: 'addVm',
    hostId: `@${host}`,
    spec: { name, os: 'ubuntu-24.04', vcpus: 2, memoryGb: 4, diskGb: 20 },
  },
  { type: 'setVmPower', vmId: `@${name}`, on: true },
];

/** A container starts in well under a second; one second of the clock lets it run. */
const settle: LessonStep = { type: 'wait', seconds: 1 };

/** The containers and cost sequence: one shared kernel and its blast radius, containers in VMs, the runtimes, TCO. */
export const CONTAINERS: readonly Lesson[] = [
  {
    id: 'one-kernel-blast-radius',
    title: 'Containers share one kernel',
    sequence: 'containers',
    order: 1,
    domain: 'Containers',
    intro: [
      {
        title: 'One kernel, many containers',
        text: [
          'Containers are OS-level virtualisation. A container holds an application and its libraries; all containers on a host share that host’s one OS kernel, separated by namespaces (what a process can see) and limited by cgroups (what it can use).',
          'There is no guest kernel to boot, so a container starts in well under a second and uses far less memory than a VM.',
        ],
      },
      {
        title: 'The blast radius',
        text: [
          'The isolation boundary is the shared kernel: a kernel crash, or a kernel exploit, reaches every container on the host. A container that crashes stops only itself; the others keep running on the kernel.',
          'The course notes say that all containers share a single OS. More exactly they share a single kernel: each container image brings its own user-space libraries, which may even come from another Linux distribution than the host’s.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          'node-1 and node-2 are container hosts: Ubuntu with containerd, straight on the hardware. {web}, api and cache wait, stopped, on node-1’s kernel; db already runs on node-2.',
          'Start the three containers on node-1, crash one of them and watch the others, then predict what a crash of node-1’s kernel takes down.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        server('node-1'),
        server('node-2'),
        containerHost('node-1', 'containerd'),
        containerHost('node-2', 'containerd'),
        container('node-1', '{web}', 'nginx:1.27'),
        container('node-1', 'api', 'python:3.12'),
        container('node-1', 'cache', 'redis:7'),
        container('node-2', 'db', 'postgres:16'),
        start('db'),
        settle,
      ],
    },
    tools: { hidePanels: ['palette', 'compare', 'orchestrator', 'reachability', 'trace'] },
    goals: [
      {
        kind: 'check',
        id: 'started',
        check: {
          is: 'all',
          of: [
            { is: 'containerRunning', container: '{web}' },
            { is: 'containerRunning', container: 'api' },
            { is: 'containerRunning', container: 'cache' },
          ],
        },
      },
      { kind: 'check', id: 'one-crashed', check: { is: 'happened', event: 'container.crashed' } },
      {
        kind: 'predict',
        id: 'kernel-crash',
        question: 'The shared kernel of node-1 crashes. Which containers go down?',
        choices: ['{web}', 'api', 'cache', 'db'],
        runLabel: 'Crash the shared kernel of node-1',
        run: [{ type: 'crash', target: { kind: 'kernel', owner: '@node-1' } }],
        answer: 'down',
      },
    ],
    hints: [
      'A container is a process on its host’s kernel: it starts on its own, and it can crash on its own.',
      'Select node-1 on the canvas: its inspector lists the containers on node-1’s kernel, each with a Start and a Crash button.',
      'In node-1’s inspector press Start {web}, Start api and Start cache, then Step once; press Crash api, see {web} and cache keep running, and press Start api again. After you run the question, press Restart the shared kernel so the containers run again.',
    ],
    solution: [
      start('{web}'),
      start('api'),
      start('cache'),
      settle,
      { type: 'crash', target: { kind: 'container', containerId: '@api' } },
      start('api'),
      settle,
    ],
    variation: { web: ['shop', 'blog', 'wiki'] },
  },
  {
    id: 'containers-in-vms',
    title: 'Containers inside VMs',
    sequence: 'containers',
    order: 2,
    domain: 'Containers',
    intro: [
      {
        title: 'Why containers run inside VMs',
        text: [
          'Containers on one host share its kernel, so their isolation boundary is that kernel: a kernel crash, or a kernel exploit, reaches every container on it. Containers therefore often run inside VMs, to combine both.',
          'A VM becomes a container host when its guest OS gains a container runtime. Its containers share the guest kernel, and the VM boundary keeps them apart from the other VMs, which have kernels of their own.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          'esx-01 runs ESXi with two VMs, apps-1 and apps-2. apps-1 already runs containerd in its Ubuntu guest, with {web} and api on the guest kernel.',
          'Install a container runtime in apps-2’s guest and start a container named db there; then predict what a crash of apps-1’s guest kernel takes down.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        server('esx-01'),
        ...ubuntuVm('esx-01', 'apps-1'),
        ...ubuntuVm('esx-01', 'apps-2'),
        { type: 'wait', seconds: 30 },
        { type: 'setVmRuntime', vmId: '@apps-1', runtime: 'containerd' },
        container('apps-1', '{web}', 'nginx:1.27'),
        container('apps-1', 'api', 'python:3.12'),
        start('{web}'),
        start('api'),
        settle,
      ],
    },
    tools: { hidePanels: ['palette', 'compare', 'orchestrator', 'reachability', 'trace'] },
    goals: [
      { kind: 'check', id: 'db-running', check: { is: 'containerRunning', container: 'db' } },
      {
        kind: 'predict',
        id: 'guest-crash',
        question: 'The guest kernel of apps-1 crashes. Which VMs and containers go down?',
        choices: ['apps-1', 'apps-2', '{web}', 'api', 'db'],
        runLabel: 'Crash the guest kernel of apps-1',
        run: [{ type: 'crash', target: { kind: 'kernel', owner: '@apps-1' } }],
        answer: 'down',
      },
    ],
    hints: [
      'A VM is a container host too, once its guest OS has a container runtime.',
      'Select apps-2 on the canvas: its inspector has a section “Containers in this VM”, where you pick a runtime for the guest and install it.',
      'In apps-2’s inspector press Install containerd; in “Add a container” type db as the name and press Add container; then press Start db and Step once.',
    ],
    solution: [
      { type: 'setVmRuntime', vmId: '@apps-2', runtime: 'containerd' },
      container('apps-2', 'db', 'postgres:16'),
      start('db'),
      settle,
    ],
    variation: { web: ['shop', 'blog', 'wiki'] },
  },
  {
    id: 'container-runtimes',
    title: 'The container runtimes, and rkt',
    sequence: 'containers',
    order: 3,
    domain: 'Containers',
    intro: [
      {
        title: 'Docker, containerd, CRI-O',
        text: [
          'A container runtime starts containers on the kernel they share; a container start passes through a chain of programs. With Docker Engine the docker CLI asks dockerd, which hands the container to containerd, which starts it with runc.',
          'containerd is the runtime inside Docker, also used on its own: most Kubernetes nodes talk to it through the Container Runtime Interface (CRI). CRI-O is made for Kubernetes only; OpenShift uses it.',
          'Images follow the OCI format, so other runtimes can run them too.',
        ],
      },
      {
        title: 'Podman, LXC, and rkt for the record',
        text: [
          'Podman has no daemon: each container is a child of a small monitor, conmon, and it can run rootless. LXC runs system containers: a whole Linux distribution with its own init, on the host’s kernel.',
          'The course notes list CoreOS Rocket (rkt) among the common container systems. rkt was archived by the CNCF in August 2019, because its use had declined, and its maintainers ended the project and archived its repository in February 2020. The sandbox shows it for the record only: it cannot be installed.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          'node-1 runs Docker Engine on Ubuntu, with {web} running on its kernel.',
          'Look through the runtimes node-1 could run, each with its chain, then switch node-1 to another current runtime (Podman, say) and start {web} again on it.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        server('node-1'),
        containerHost('node-1', 'docker'),
        container('node-1', '{web}', 'nginx:1.27'),
        start('{web}'),
        settle,
      ],
    },
    tools: { hidePanels: ['palette', 'compare', 'orchestrator', 'reachability', 'trace'] },
    goals: [
      {
        kind: 'check',
        id: 'new-runtime',
        check: {
          is: 'all',
          of: [
            { is: 'happened', event: 'platform.changed', about: 'node-1' },
            { is: 'platform', host: 'node-1', platform: 'container-host' },
            { is: 'containerRunning', container: '{web}' },
          ],
        },
      },
    ],
    hints: [
      'Every runtime here starts containers on the same shared kernel; what changes is the chain of programs in between.',
      'Select node-1 on the canvas: in its inspector’s Platform section keep “Containers” and open the Container runtime list (rkt is there, greyed out as historical).',
      'Pick Podman in the Container runtime list, press Switch to Podman on Ubuntu 24.04 LTS and confirm; then press Start {web} and Step once.',
    ],
    solution: [containerHost('node-1', 'podman'), start('{web}'), settle],
    variation: { web: ['shop', 'blog', 'wiki'] },
  },
  {
    id: 'tco-five-ways',
    title: 'One workload, five ways, priced',
    sequence: 'containers',
    order: 4,
    domain: 'Consolidation, power and cost',
    intro: [
      {
        title: 'One workload, five ways',
        text: [
          'The compare view deploys one workload five ways on one server model: one OS per server, a type-1 hypervisor, a type-2 hypervisor, containers, and containers in VMs. It packs each way to a target CPU use and adds N+1 spare servers to the consolidated ways.',
          'For each way it shows per server its apps, load and watts, and how many app instances one failure takes down.',
        ],
      },
      {
        title: 'Watts and euros',
        text: [
          'A server that is on draws a large share of its peak power even when idle. The sandbox uses P = P_idle + (P_max − P_idle) · u: with the defaults (150 W idle, 400 W at full load) a server at 10 % draws 175 W.',
          'Energy cost = kWh × price × PUE, where PUE carries the cooling and losses. The total cost of ownership over N years adds the purchase (servers, network) to the running costs: licences, energy, rack space and administration.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          'The course notes say flatly that TCO is reduced. Usually it is, but hypervisor licences and the spare (N+1) servers raise it back a little. Every figure here is an assumption: shown, labelled and editable.',
          'Open Compare & cost, and in its Total cost tab see which way is marked cheapest with the default prices. The type-1 hypervisor licence, 1,500 € per socket per year by default, is one of those figures, and KVM or Xen cost nothing to license: set it to 0 and see which way becomes the cheapest.',
        ],
      },
    ],
    start: { from: 'empty', setup: [] },
    tools: { hidePanels: ['palette', 'xray', 'orchestrator', 'reachability', 'trace'] },
    goals: [
      {
        kind: 'check',
        id: 'free-hypervisor',
        check: { is: 'cheapestWay', way: 'containers-in-vms' },
      },
    ],
    hints: [
      'A type-1 licence is paid every year for each socket of each server running the hypervisor, the spares included.',
      'Open the Compare & cost view and its Total cost tab: the cost assumptions are listed by group, and the type-1 hypervisor licence is under Licences.',
      'In the Total cost tab set Type-1 hypervisor licence (under Licences) to 0 and press Enter; the table then marks Containers in VMs as the cheapest.',
    ],
    solution: [{ type: 'setCostAssumption', key: 'hypervisorLicencePerSocketYear', value: 0 }],
  },
];
