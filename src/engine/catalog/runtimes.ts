import type { OperatingSystem } from './operatingSystems';

/**
 * The container runtime catalog, as data. Facts follow docs/domain.md, "Containers".
 *
 * 'native': the containers share that OS's own kernel. 'linux-vm': there is no suitable kernel
 * to share, so the runtime starts a hidden Linux VM and the containers share its kernel.
 */
export type RuntimeSupport = 'native' | 'linux-vm';

export interface ContainerRuntimeProduct {
  readonly id: string;
  readonly name: string;
  readonly project: string;
  /** The programs a container start passes through, from the command a learner types down. */
  readonly chain: readonly string[];
  /** Whether a long-running daemon owns the containers (Podman and LXC run without one). */
  readonly daemon: boolean;
  /** The OS families it runs on, and how; a family not listed is not supported. */
  readonly runsOn: Readonly<Partial<Record<OperatingSystem['family'], RuntimeSupport>>>;
  /** 'historical' for a project that has ended: shown for the record, not installable. */
  readonly status: 'current' | 'historical';
  /** For a historical project, the years it was archived and ended. */
  readonly history?: { readonly archived: number; readonly ended: number };
  /** A few facts for the catalog card. */
  readonly facts: readonly string[];
  /** A one-line teaching note shown where a learner chooses a runtime. */
  readonly note: string;
  /** Where the seed notes are wrong about this runtime, what is true instead. */
  readonly correction?: string;
}

export const RUNTIMES: readonly ContainerRuntimeProduct[] = [
  {
    id: 'docker',
    name: 'Docker Engine',
    project: 'Docker (Moby)',
    chain: ['docker CLI', 'dockerd', 'containerd', 'runc'],
    daemon: true,
    runsOn: { linux: 'native', windows: 'native' },
    status: 'current',
    facts: [
      'dockerd hands each container to containerd, which starts it with runc.',
      'Images follow the OCI format, so other runtimes can run them too.',
      'On Windows Server it runs Windows containers, which share the Windows kernel.',
    ],
    note: 'The engine most people meet first: dockerd → containerd → runc, all on the host kernel.',
  },
  {
    id: 'docker-desktop',
    name: 'Docker Desktop',
    project: 'Docker',
    chain: ['docker CLI', 'hidden Linux VM', 'dockerd', 'containerd', 'runc'],
    daemon: true,
    runsOn: { macos: 'linux-vm', windows: 'linux-vm', linux: 'linux-vm' },
    status: 'current',
    facts: [
      'On macOS and Windows there is no Linux kernel to share, so Linux containers run in a hidden Linux VM.',
      'On Windows that VM runs under WSL 2 or Hyper-V; on macOS under the Apple virtualisation framework.',
      'Docker Desktop for Linux runs its containers in a VM too.',
    ],
    note: 'Your containers share a kernel, but not your laptop’s: they run in a hidden Linux VM.',
  },
  {
    id: 'containerd',
    name: 'containerd',
    project: 'CNCF',
    chain: ['containerd', 'containerd-shim', 'runc'],
    daemon: true,
    runsOn: { linux: 'native', windows: 'native' },
    status: 'current',
    facts: [
      'The runtime inside Docker Engine, also used on its own.',
      'Kubernetes nodes talk to it through the Container Runtime Interface (CRI).',
    ],
    note: 'The daemon under Docker, and the runtime most Kubernetes nodes use directly.',
  },
  {
    id: 'cri-o',
    name: 'CRI-O',
    project: 'CNCF',
    chain: ['kubelet (CRI)', 'CRI-O', 'conmon', 'runc or crun'],
    daemon: true,
    runsOn: { linux: 'native' },
    status: 'current',
    facts: [
      'Implements the Kubernetes Container Runtime Interface and little else.',
      'Used by OpenShift.',
    ],
    note: 'Made for Kubernetes only: the kubelet asks, CRI-O starts the container.',
  },
  {
    id: 'podman',
    name: 'Podman',
    project: 'Containers project (Red Hat)',
    chain: ['podman', 'conmon', 'crun or runc'],
    daemon: false,
    runsOn: { linux: 'native', macos: 'linux-vm', windows: 'linux-vm' },
    status: 'current',
    facts: [
      'No daemon: each container is a child process of a small monitor (conmon).',
      'Can run rootless; its command line mirrors Docker’s.',
      'On macOS and Windows, “podman machine” runs a Linux VM for the containers.',
    ],
    note: 'Docker-compatible, without a daemon, and able to run containers as an ordinary user.',
  },
  {
    id: 'lxc',
    name: 'LXC',
    project: 'Linux Containers',
    chain: ['lxc tools (or LXD / Incus)', 'liblxc', 'namespaces and cgroups'],
    daemon: false,
    runsOn: { linux: 'native' },
    status: 'current',
    facts: [
      'System containers: a whole Linux distribution with its own init, on the host’s kernel.',
      'Proxmox VE runs its containers with LXC and restarts them on the new node to move them.',
    ],
    note: 'A container that looks like a whole Linux machine, yet shares the host’s kernel.',
  },
  {
    id: 'rkt',
    name: 'CoreOS rkt (“Rocket”)',
    project: 'CoreOS',
    chain: ['rkt'],
    daemon: false,
    runsOn: { linux: 'native' },
    status: 'historical',
    history: { archived: 2019, ended: 2020 },
    facts: ['A daemonless runtime from CoreOS.', 'Archived in 2019; the project ended in 2020.'],
    note: 'Historical: named in the notes, archived in 2019 and ended in 2020.',
    correction:
      'The notes list CoreOS Rocket among common container systems; rkt was archived in 2019 and ended in 2020, so it is shown for the record only.',
  },
];

export function runtimeById(id: string): ContainerRuntimeProduct | undefined {
  return RUNTIMES.find((r) => r.id === id);
}

export function runtimeName(id: string): string {
  return runtimeById(id)?.name ?? id;
}
