import type { Goal, Lesson, LessonStep, LessonTools } from '../model';

/**
 * The infrastructure orchestrator sequence: when none is needed, brain and muscles, placement,
 * HA, live migration, maintenance, balancing, consolidation.
 */

/** The port groups the palette's new host carries, so the Deploy form's defaults find them. */
const PORT_GROUPS = [
  { name: 'VM Network', vlan: 0 },
  { name: 'web', vlan: 10 },
  { name: 'db', vlan: 20 },
];

/** An ESXi host that mounts the shared datastore, so its VMs can move live and restart elsewhere. */
function esx(name: string, memoryGb = 64, portGroups = PORT_GROUPS): LessonStep {
  return {
    type: 'addHost',
    spec: {
      name,
      cpuCores: 16,
      memoryGb,
      storageGb: 2000,
      nicCount: 2,
      product: 'esxi',
      portGroups,
      sharedDatastore: 'san-1',
    },
  };
}

interface VmSize {
  readonly vcpus?: number;
  readonly memoryGb?: number;
  readonly network?: string;
}

/** A VM added by hand on a host, and powered on unless `on` is false. */
function vm(host: string, name: string, size: VmSize = {}, on = true): LessonStep[] {
  const added: LessonStep = {
    type: 'addVm',
    hostId: `@${host}`,
    spec: {
      name,
      os: 'ubuntu-24.04',
      vcpus: size.vcpus ?? 2,
      memoryGb: size.memoryGb ?? 4,
      diskGb: 40,
      networks: [size.network ?? 'web'],
    },
  };
  return on ? [added, { type: 'setVmPower', vmId: `@${name}`, on: true }] : [added];
}

const ORCHESTRATOR_ON: LessonStep = { type: 'setOrchestrator', patch: { enabled: true } };

/** Long enough for every VM powered on in a setup to finish booting (30 s by default). */
const BOOTED: LessonStep = { type: 'wait', seconds: 30 };

/** A host's hardware fails, then the clock runs on, so HA (if on) can notice and restart. */
const failThenWait = (host: string, seconds: number): LessonStep[] => [
  { type: 'setHostPower', hostId: `@${host}`, power: 'failed' },
  { type: 'wait', seconds },
];

/** {app} deployed with the Deploy form's own sizes (2 vCPUs, 8 GB, 40 GB, web), then booted. */
const DEPLOY_APP: LessonStep[] = [
  {
    type: 'deployVm',
    spec: {
      name: '{app}',
      os: 'ubuntu-24.04',
      vcpus: 2,
      memoryGb: 8,
      diskGb: 40,
      networks: ['web'],
    },
  },
  BOOTED,
];

/** Placed by the orchestrator, not dragged by hand: its placement is in the log. */
const DEPLOYED_BY_ORCHESTRATOR: Goal = {
  kind: 'check',
  id: 'deployed',
  check: { is: 'happened', event: 'orchestrator.placed', about: '{app}' },
};

/** The orchestrator panel and the canvas, without the views of other sequences. */
const ORCHESTRATOR_TOOLS: LessonTools = { hidePanels: ['compare', 'reachability', 'xray'] };

export const ORCHESTRATION: readonly Lesson[] = [
  {
    id: 'no-orchestrator-needed',
    title: 'When no orchestrator is needed',
    sequence: 'orchestration',
    order: 1,
    domain: 'The infrastructure orchestrator',
    intro: [
      {
        title: 'Managed by hand',
        text: [
          'A simple environment needs no orchestrator: one hypervisor, managed by hand. You choose where each VM goes, you start it, and you move it yourself.',
          'That is how a fresh VirtLab sandbox starts: the orchestrator is off. Nothing restarts, balances or consolidates VMs for you, and a deploy through the orchestrator is refused.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          'Two ESXi hosts, esx-01 and esx-02, are run by hand. web-1 runs on esx-01; {app} is powered off on esx-01.',
          'Put {app} on esx-02 and start it yourself, with the orchestrator left off. Then predict what happens when esx-01 fails and no one is watching.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esx('esx-01'),
        esx('esx-02'),
        ...vm('esx-01', 'web-1'),
        ...vm('esx-01', '{app}', {}, false),
        BOOTED,
      ],
    },
    tools: { hidePanels: ['compare', 'orchestrator'] },
    goals: [
      { kind: 'check', id: 'placed-by-hand', check: { is: 'vmOn', vm: '{app}', host: 'esx-02' } },
      { kind: 'check', id: 'still-off', check: { is: 'setting', key: 'enabled', value: false } },
      {
        kind: 'predict',
        id: 'nobody-restarts',
        question:
          'With the orchestrator off, esx-01 fails and two minutes pass. Which VMs are down at the end?',
        choices: ['web-1', '{app}'],
        runLabel: 'Fail esx-01, then let two minutes pass',
        run: failThenWait('esx-01', 120),
        answer: 'down',
      },
    ],
    hints: [
      'By hand means you do each step yourself: choose the host, then start the VM.',
      '{app} is powered off, so it moves at once: drag its card from esx-01 onto esx-02.',
      'Drag {app} onto esx-02, select it, press Power on in its inspector, then press Play until it has booted (30 s, the assumed boot time).',
    ],
    solution: [
      { type: 'moveVm', vmId: '@{app}', toHostId: '@esx-02' },
      { type: 'setVmPower', vmId: '@{app}', on: true },
      { type: 'wait', seconds: 30 },
    ],
    variation: { app: ['wiki-1', 'mail-1', 'shop-1'] },
  },
  {
    id: 'brain-and-muscles',
    title: 'Brain and muscles',
    sequence: 'orchestration',
    order: 2,
    domain: 'The infrastructure orchestrator',
    intro: [
      {
        title: 'The orchestrator decides, the hypervisor acts',
        text: [
          "The infrastructure orchestrator is the brain and the hypervisors are the muscles. It decides, then asks a hypervisor, through that hypervisor's management API, to create, start, stop or move a VM. It never runs a VM itself.",
          'Real pairs: VMware vCenter asks the ESXi host agent on each host; OpenStack Nova asks nova-compute, which drives libvirt and KVM; Proxmox VE’s cluster manager asks each node’s local management daemon.',
        ],
      },
      {
        title: 'Watch the calls',
        text: [
          'When the orchestrator is on, the canvas draws each call it makes to a hypervisor: create VM, register VM, power on, send VM, receive VM, power off host. The event log writes each one down.',
          'Switch the orchestrator on and deploy {app} through it. Watch which host it calls, and which calls it makes.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [esx('esx-01'), esx('esx-02'), ...vm('esx-01', 'web-1'), BOOTED],
    },
    tools: ORCHESTRATOR_TOOLS,
    goals: [
      { kind: 'check', id: 'brain-on', check: { is: 'setting', key: 'enabled', value: true } },
      DEPLOYED_BY_ORCHESTRATOR,
      { kind: 'check', id: 'running', check: { is: 'vmPower', vm: '{app}', power: 'running' } },
    ],
    hints: [
      'A VM deployed through the orchestrator is placed by it, not by you: the orchestrator must be on first.',
      'In the Orchestrator panel, tick "Orchestrator on", then open "Deploy a VM".',
      'Tick "Orchestrator on", type {app} as the name in "Deploy a VM", press "Deploy through the orchestrator", then press Play until {app} has booted (30 s, the assumed boot time).',
    ],
    solution: [{ type: 'setOrchestrator', patch: { enabled: true } }, ...DEPLOY_APP],
    variation: { app: ['crm-1', 'erp-1', 'git-1'] },
  },
  {
    id: 'placement-explained',
    title: 'Placement, and why a host lost',
    sequence: 'orchestration',
    order: 3,
    domain: 'The infrastructure orchestrator',
    intro: [
      {
        title: 'Filters, then scores',
        text: [
          'To place a VM, the orchestrator first filters the hosts that can take it, then scores the ones left by a policy, and it can say why each host lost. OpenStack Nova’s filter scheduler works this way: filters, then weighers.',
          'In VirtLab the filters check, among others, that the host is on and not in maintenance, that it has every port group the VM’s vNICs name, that it has room, and that the affinity and anti-affinity rules hold.',
        ],
      },
      {
        title: 'Four policies',
        text: [
          'First fit takes the first host by name; best fit the host left with the least free memory; spread the host with the lowest memory use after placing (the default); pack a host that already runs VMs, the fullest first, so empty hosts stay empty.',
          'Deploy {app} (8 GB, on the web network) so that it lands on esx-01, next to db-1. The Deploy form shows, for each host, the filter it failed or its score and rank.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esx('esx-01'),
        esx('esx-02'),
        esx('esx-03', 64, [{ name: 'db', vlan: 20 }]),
        ...vm('esx-01', 'db-1', { vcpus: 8, memoryGb: 32, network: 'db' }),
        ...vm('esx-02', 'web-1'),
        BOOTED,
        ORCHESTRATOR_ON,
      ],
    },
    tools: ORCHESTRATOR_TOOLS,
    goals: [
      DEPLOYED_BY_ORCHESTRATOR,
      { kind: 'check', id: 'next-to-db', check: { is: 'vmOn', vm: '{app}', host: 'esx-01' } },
    ],
    hints: [
      'Before you deploy, read the explanation table under the Deploy form: why did esx-03 fail a filter, and why does spread rank esx-02 first?',
      'Spread prefers the host with the lowest memory use. Choose a policy that fills busy hosts first, in the "Placement policy" list.',
      'Set "Placement policy" to Pack, type {app} as the name and 8 as Memory GB with the web network ticked in "Deploy a VM", press "Deploy through the orchestrator", then press Play until it has booted.',
    ],
    solution: [{ type: 'setOrchestrator', patch: { policy: 'pack' } }, ...DEPLOY_APP],
    variation: { app: ['api-1', 'report-1', 'queue-1'] },
  },
  {
    id: 'ha-admission-control',
    title: 'HA, and the room it needs',
    sequence: 'orchestration',
    order: 4,
    domain: 'High availability',
    intro: [
      {
        title: 'A restart, with downtime',
        text: [
          "High availability (HA) restarts a failed host's VMs on other hosts. It is a restart, with downtime, not a live move: the VMs crash with their host, and boot again elsewhere.",
          'HA first has to notice. In vSphere HA the hosts exchange heartbeats every second; a host that sends none for 15 s and does not answer a ping is declared failed. Waiting that long means a short network blip does not restart every VM. VirtLab waits for its heartbeat timeout, an assumed figure whose default is vSphere’s 15 s.',
        ],
      },
      {
        title: 'Admission control keeps room',
        text: [
          'A restart needs room on the hosts left. Admission control keeps it by refusing placements that would leave too little. VirtLab uses a slot policy like vSphere’s, but counts every VM as fully reserved: a slot is the largest powered-on VM’s vCPUs and memory, and the slots of the largest host are kept free, so one host failure is tolerated.',
          'Here seven 16 GB VMs run on three 64 GB hosts. Each host keeps 1 GB for its hypervisor (an assumed figure), so it holds three 16 GB slots; with one host’s three slots kept free, six VMs fit, not seven. Switch admission control on, bring the cluster back within its slots, then predict what HA does when esx-01 fails.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esx('esx-01'),
        esx('esx-02'),
        esx('esx-03'),
        ...vm('esx-01', '{web}', { memoryGb: 16 }),
        ...vm('esx-01', 'db-1', { memoryGb: 16, network: 'db' }),
        ...vm('esx-01', 'test-1', { memoryGb: 16 }),
        ...vm('esx-02', 'app-1', { memoryGb: 16 }),
        ...vm('esx-02', 'batch-1', { memoryGb: 16, network: 'db' }),
        ...vm('esx-02', 'cache-1', { memoryGb: 16, network: 'db' }),
        ...vm('esx-03', 'mon-1', { memoryGb: 16, network: 'VM Network' }),
        BOOTED,
        ORCHESTRATOR_ON,
      ],
    },
    tools: ORCHESTRATOR_TOOLS,
    goals: [
      {
        kind: 'check',
        id: 'admission-on',
        check: { is: 'setting', key: 'admissionControl', value: true },
      },
      { kind: 'check', id: 'room-kept', check: { is: 'admissionRoom' } },
      {
        kind: 'predict',
        id: 'who-restarts',
        question: 'esx-01 fails. Which VMs does HA restart on another host once it has noticed?',
        choices: ['{web}', 'db-1', 'test-1', 'app-1', 'batch-1', 'cache-1', 'mon-1'],
        runLabel: 'Fail esx-01, then let a minute pass',
        run: failThenWait('esx-01', 60),
        answer: 'moved',
      },
    ],
    hints: [
      'Seven VMs of 16 GB are more than the slots left once the largest host’s slots are kept free. One fewer powered-on VM, or one more host, would fit.',
      'In the Orchestrator panel, open "High availability", tick "Admission control" and read its sentence about slots; test-1 is only a test VM.',
      'Tick "Admission control: keep room for one host to fail", then select test-1 and press Power off in its inspector.',
    ],
    solution: [
      { type: 'setOrchestrator', patch: { admissionControl: true } },
      { type: 'setVmPower', vmId: '@test-1', on: false },
    ],
    variation: { web: ['shop-1', 'blog-1', 'news-1'] },
  },
  {
    id: 'live-migration-rounds',
    title: 'Live migration, round by round',
    sequence: 'orchestration',
    order: 5,
    domain: 'Live migration',
    intro: [
      {
        title: 'Pre-copy',
        text: [
          'Live migration moves a running VM to another host with only a short pause. The common method is pre-copy: memory is copied to the target in rounds while the VM keeps running, and the pages the guest dirties during a round are copied again in the next.',
          'When what is left is small enough, the VM is paused, the rest is copied (stop-and-copy), and the VM resumes on the target. The pause is typically milliseconds.',
        ],
      },
      {
        title: 'What it needs',
        text: [
          "The VM's disk must be reachable from both hosts (shared storage, or a copy of the disk as part of the move), the CPUs compatible and the networks the same on both sides. Here esx-01 and esx-02 both run ESXi (the sandbox's test for compatible CPUs), mount the shared datastore san-1 and carry the same port groups.",
          'Move {db}, a 32 GB database, to esx-02 while it runs, and watch the rounds on its card: the first copies all 32 GB, the next ones only what was dirtied meanwhile.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esx('esx-01'),
        esx('esx-02'),
        ...vm('esx-01', '{db}', { vcpus: 8, memoryGb: 32, network: 'db' }),
        ...vm('esx-01', 'web-1'),
        BOOTED,
      ],
    },
    tools: { hidePanels: ['compare', 'reachability', 'xray', 'orchestrator'] },
    goals: [
      { kind: 'check', id: 'arrived', check: { is: 'vmOn', vm: '{db}', host: 'esx-02' } },
      {
        kind: 'check',
        id: 'migrated',
        check: { is: 'happened', event: 'vm.migrated', about: '{db}' },
      },
      { kind: 'check', id: 'kept-running', check: { is: 'noVmDown' } },
      {
        kind: 'predict',
        id: 'source-fails',
        question:
          '{db} is moved back to esx-01, and 10 s into the copy esx-02 fails. Which VMs are down?',
        choices: ['{db}', 'web-1'],
        runLabel: 'Move {db} to esx-01, wait 10 s, then fail esx-02',
        run: [
          { type: 'moveVm', vmId: '@{db}', toHostId: '@esx-01' },
          { type: 'wait', seconds: 10 },
          { type: 'setHostPower', hostId: '@esx-02', power: 'failed' },
        ],
        answer: 'down',
      },
    ],
    hints: [
      'A running VM dragged to another host of the same hypervisor, on the same shared datastore, moves live.',
      'Drag the card of {db} from esx-01 onto esx-02, then let the clock run.',
      'Drag {db} onto esx-02 and press Play. With the assumed 10 Gbit/s link and 100 MB/s dirty rate, round 1 copies all 32 GB in about 26 s, round 2 the pages dirtied meanwhile in about 2 s, then {db} pauses for under 200 ms while the rest is copied.',
    ],
    solution: [
      { type: 'moveVm', vmId: '@{db}', toHostId: '@esx-02' },
      { type: 'wait', seconds: 40 },
    ],
    variation: { db: ['orders-db', 'stock-db', 'users-db'] },
  },
  {
    id: 'maintenance-mode',
    title: 'Maintenance without downtime',
    sequence: 'orchestration',
    order: 6,
    domain: 'The infrastructure orchestrator',
    intro: [
      {
        title: 'Empty the host first',
        text: [
          'A host needs work: new memory, firmware, a fan. Powering it off with VMs running would stop them, and VirtLab refuses to power off a host that still runs VMs.',
          'Maintenance mode evacuates a host by live migration before work on it: the orchestrator places each running VM on another host by its policy, with every filter a live migration needs, and moves it while it runs.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{app} and db-1 run on esx-02. Put esx-02 in maintenance mode, wait for it to empty, then power it off, with no VM ever down.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esx('esx-01'),
        esx('esx-02'),
        esx('esx-03'),
        ...vm('esx-01', 'web-1'),
        ...vm('esx-02', '{app}'),
        ...vm('esx-02', 'db-1', { memoryGb: 8, network: 'db' }),
        ...vm('esx-03', 'cache-1', { network: 'db' }),
        ...vm('esx-03', 'old-1', {}, false),
        BOOTED,
        ORCHESTRATOR_ON,
      ],
    },
    tools: ORCHESTRATOR_TOOLS,
    goals: [
      {
        kind: 'check',
        id: 'maintenance',
        check: { is: 'happened', event: 'orchestrator.maintenance', about: 'esx-02' },
      },
      {
        kind: 'check',
        id: 'powered-off',
        check: { is: 'hostPower', host: 'esx-02', power: 'off' },
      },
      { kind: 'check', id: 'no-downtime', check: { is: 'noVmDown' } },
      {
        kind: 'predict',
        id: 'who-leaves',
        question: 'esx-03 enters maintenance mode too. Which VMs move away from it?',
        choices: ['web-1', '{app}', 'db-1', 'cache-1', 'old-1'],
        runLabel: 'Put esx-03 in maintenance, then let a minute pass',
        run: [
          { type: 'enterMaintenance', hostId: '@esx-03' },
          { type: 'wait', seconds: 60 },
        ],
        answer: 'moved',
      },
    ],
    hints: [
      'A host can be powered off only once no VM runs on it; the orchestrator can empty it for you.',
      'Select esx-02: its inspector has an Orchestrator section with "Enter maintenance", and a Power section.',
      'Select esx-02, press "Enter maintenance", press Play until its VMs have moved (a few seconds), then press "Power off".',
    ],
    solution: [
      { type: 'enterMaintenance', hostId: '@esx-02' },
      { type: 'wait', seconds: 30 },
      { type: 'setHostPower', hostId: '@esx-02', power: 'off' },
    ],
    variation: { app: ['shop-1', 'blog-1', 'news-1'] },
  },
  {
    id: 'balancing-moves',
    title: 'Balancing an uneven cluster',
    sequence: 'orchestration',
    order: 7,
    domain: 'The infrastructure orchestrator',
    intro: [
      {
        title: 'Even out the load',
        text: [
          'Balancing, as in VMware DRS, moves running VMs by live migration to even out the load, with a threshold so that VMs do not bounce back and forth.',
          'In VirtLab it balances on CPU demand only: when the busiest and the idlest host differ by more than the threshold (an assumed 20 percentage points of CPU use by default), it moves a VM from the busiest host, and only if the target does not end up busier than the source. A VM that moved stays put for the cooldown.',
        ],
      },
      {
        title: 'Manual or automatic',
        text: [
          'In manual mode the orchestrator recommends moves, each with its reason, and you apply them. In automatic mode it makes them itself, every balancing interval, at most four moves a pass.',
          'All four VMs run on esx-01 and esx-02 is idle. Let balancing bring some of the load to esx-02, with no VM ever down.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esx('esx-01'),
        esx('esx-02'),
        ...vm('esx-01', 'web-1', { vcpus: 4 }),
        ...vm('esx-01', 'web-2', { vcpus: 4 }),
        ...vm('esx-01', 'app-1', { vcpus: 4 }),
        ...vm('esx-01', 'batch-1', { vcpus: 4, network: 'db' }),
        BOOTED,
        ORCHESTRATOR_ON,
      ],
    },
    tools: ORCHESTRATOR_TOOLS,
    goals: [
      { kind: 'check', id: 'moved', check: { is: 'happened', event: 'vm.migrated' } },
      { kind: 'check', id: 'shared', check: { is: 'vmCount', host: 'esx-02', atLeast: 1 } },
      { kind: 'check', id: 'no-downtime', check: { is: 'noVmDown' } },
    ],
    hints: [
      'Balancing is off at the start. Turn it on in the Orchestrator panel and look at the CPU load per host.',
      'Open "Balancing" and choose Manual to read its recommended moves, or Automatic to let it move VMs itself.',
      'Set "Balancing" to Manual and press the "Apply: move …" button of a recommended move (or set it to Automatic), then press Play until the move has finished.',
    ],
    solution: [
      { type: 'setOrchestrator', patch: { balancing: 'automatic' } },
      { type: 'wait', seconds: 120 },
    ],
  },
  {
    id: 'consolidation-watts',
    title: 'Consolidation: fewer hosts, fewer watts',
    sequence: 'orchestration',
    order: 8,
    domain: 'Consolidation, power and cost',
    intro: [
      {
        title: 'Idle servers still draw power',
        text: [
          'Consolidation packs the VMs onto the fewest hosts and powers the idle ones off. It pays because a server that is on draws a large share of its peak power even when idle.',
          'VirtLab uses a linear power model: P = P_idle + (P_max − P_idle) · u, with u the CPU utilisation. With the assumed defaults (150 W idle, 400 W at full load: illustrative figures, editable in the Compare & cost view) a server at 10 % draws 175 W.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          'Three hosts each run two small VMs. Plan a consolidation, read how many hosts stay on and how many watts it saves, then apply it.',
          'The plan only ever empties whole hosts, by live migration, and powers them off once empty. With admission control on, it keeps hosts on until the slot check passes, so HA still has room.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esx('esx-01'),
        esx('esx-02'),
        esx('esx-03'),
        ...vm('esx-01', 'web-1'),
        ...vm('esx-01', 'db-1', { network: 'db' }),
        ...vm('esx-02', 'app-1'),
        ...vm('esx-02', 'cache-1', { network: 'db' }),
        ...vm('esx-03', 'mon-1', { network: 'VM Network' }),
        ...vm('esx-03', 'wiki-1'),
        BOOTED,
        ORCHESTRATOR_ON,
      ],
    },
    tools: { hidePanels: ['reachability', 'xray'] },
    goals: [
      {
        kind: 'check',
        id: 'consolidated',
        check: { is: 'happened', event: 'orchestrator.consolidation' },
      },
      { kind: 'check', id: 'fewer-hosts', check: { is: 'hostsOnAtMost', count: 2 } },
      { kind: 'check', id: 'no-downtime', check: { is: 'noVmDown' } },
    ],
    hints: [
      'Six small VMs fit on fewer hosts than three. The orchestrator can plan the moves for you.',
      'In the Orchestrator panel, open "Consolidation" and press "Plan consolidation".',
      'Press "Plan consolidation", then "Apply: move and power off", then press Play until the emptied hosts are powered off.',
    ],
    solution: [{ type: 'consolidate' }, { type: 'wait', seconds: 60 }],
  },
];
