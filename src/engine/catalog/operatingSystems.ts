/** Operating systems a VM can run as its guest, or a type-2 hypervisor can sit on as its host OS. */
export interface OperatingSystem {
  readonly id: string;
  readonly name: string;
  readonly family: 'linux' | 'windows' | 'bsd' | 'macos';
  /** Whether it can be the host OS under a type-2 hypervisor. */
  readonly canHost: boolean;
  /** Whether it can run as a guest in a VM (macOS only on Apple hardware, so not here). */
  readonly canBeGuest: boolean;
}

export const OPERATING_SYSTEMS: readonly OperatingSystem[] = [
  {
    id: 'ubuntu-24.04',
    name: 'Ubuntu 24.04 LTS',
    family: 'linux',
    canHost: true,
    canBeGuest: true,
  },
  { id: 'debian-12', name: 'Debian 12', family: 'linux', canHost: true, canBeGuest: true },
  {
    id: 'rhel-9',
    name: 'Red Hat Enterprise Linux 9',
    family: 'linux',
    canHost: true,
    canBeGuest: true,
  },
  { id: 'alpine-3', name: 'Alpine Linux 3', family: 'linux', canHost: false, canBeGuest: true },
  {
    id: 'windows-server-2022',
    name: 'Windows Server 2022',
    family: 'windows',
    canHost: true,
    canBeGuest: true,
  },
  { id: 'windows-11', name: 'Windows 11', family: 'windows', canHost: true, canBeGuest: true },
  { id: 'freebsd-14', name: 'FreeBSD 14', family: 'bsd', canHost: false, canBeGuest: true },
  { id: 'macos-15', name: 'macOS 15', family: 'macos', canHost: true, canBeGuest: false },
];

export function osById(id: string): OperatingSystem | undefined {
  return OPERATING_SYSTEMS.find((o) => o.id === id);
}

export function osName(id: string): string {
  return osById(id)?.name ?? id;
}
