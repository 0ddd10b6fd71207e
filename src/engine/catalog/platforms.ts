import type { PlatformSpec } from '../model/types';

/**
 * The five ways to run a workload, as the platform chooser and the compare view name them.
 * Facts follow docs/domain.md: "The virtualisation stack", "Hypervisors: type 1 and type 2"
 * and "Containers".
 */
export type WayId = 'bare-metal' | 'type-1' | 'type-2' | 'containers' | 'containers-in-vms';

export interface PlatformChoice {
  readonly id: WayId;
  readonly name: string;
  /** A one-line teaching note shown in the chooser and the compare view. */
  readonly note: string;
  /** Where the isolation boundary lies between two apps. */
  readonly isolation: string;
  /** Whether apps on one server share one OS kernel. */
  readonly sharedKernel: boolean;
  /** What the chooser installs when this way is picked, before the learner picks products. */
  readonly defaultSpec: PlatformSpec;
}

/** The five ways in the order the chooser and the compare view list them. */
export const WAY_ORDER: readonly WayId[] = [
  'bare-metal',
  'type-1',
  'type-2',
  'containers',
  'containers-in-vms',
];

export const PLATFORM_CHOICE: Readonly<Record<WayId, PlatformChoice>> = {
  'bare-metal': {
    id: 'bare-metal',
    name: 'One OS per server',
    note: 'The traditional way: one OS and its apps straight on the hardware, which sits mostly idle (5–15 % use is typical).',
    isolation: 'Separate servers: apps share nothing but the network.',
    sharedKernel: false,
    defaultSpec: { kind: 'bare-metal', os: 'ubuntu-24.04' },
  },
  'type-1': {
    id: 'type-1',
    name: 'Type-1 hypervisor',
    note: 'A small OS built only to run VMs, straight on the hardware; each VM has its own guest OS.',
    isolation:
      'Hardware virtualisation: each VM runs its own kernel; the hypervisor is the boundary.',
    sharedKernel: false,
    defaultSpec: { kind: 'hypervisor', product: 'esxi' },
  },
  'type-2': {
    id: 'type-2',
    name: 'Type-2 hypervisor',
    note: 'An application on a host OS: the host OS takes CPU and memory, every I/O passes through it, and its crash takes every VM down.',
    isolation: 'Hardware virtualisation on top of a host OS, which sits under every VM.',
    sharedKernel: false,
    defaultSpec: { kind: 'hypervisor', product: 'virtualbox', hostOs: 'ubuntu-24.04' },
  },
  containers: {
    id: 'containers',
    name: 'Containers',
    note: 'One OS with a container runtime: containers share its kernel, start in well under a second and carry no guest OS.',
    isolation:
      'Namespaces and cgroups on one shared kernel: a kernel crash or exploit reaches every container.',
    sharedKernel: true,
    defaultSpec: { kind: 'container-host', os: 'ubuntu-24.04', runtime: 'containerd' },
  },
  'containers-in-vms': {
    id: 'containers-in-vms',
    name: 'Containers in VMs',
    note: 'Container hosts that are themselves VMs: containers start fast, and a VM boundary keeps groups of them apart.',
    isolation: 'Both: containers share their VM’s kernel; VMs have kernels of their own.',
    sharedKernel: true,
    defaultSpec: { kind: 'hypervisor', product: 'kvm' },
  },
};

export const PLATFORM_CHOICES: readonly PlatformChoice[] = WAY_ORDER.map(
  (id) => PLATFORM_CHOICE[id],
);
