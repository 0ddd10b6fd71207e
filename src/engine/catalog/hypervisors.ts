/** The hypervisor catalog, as data. Facts from docs/domain.md, "Hypervisors: type 1 and type 2". */
export interface HypervisorProduct {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  /** 1 = bare metal, 2 = hosted on a host OS. */
  readonly type: 1 | 2;
  /** What runs in the CPU's privileged mode under the VMs, for the layer X-ray. */
  readonly kernel: string;
  /** A one-line teaching note shown where a learner chooses a platform. */
  readonly note: string;
  /** Where the seed notes are wrong about this product, what is true instead. */
  readonly correction?: string;
}

export const HYPERVISORS: readonly HypervisorProduct[] = [
  {
    id: 'esxi',
    name: 'VMware ESXi',
    vendor: 'VMware (Broadcom)',
    type: 1,
    kernel: 'VMkernel, its own small kernel',
    note: 'Bare metal: a small OS built only to run VMs, managed at scale by vCenter.',
  },
  {
    id: 'hyper-v',
    name: 'Microsoft Hyper-V',
    vendor: 'Microsoft',
    type: 1,
    kernel: 'the Hyper-V hypervisor; Windows runs above it in the root partition',
    note: 'Even on Windows 10/11 the hypervisor boots first; Windows runs as its privileged root partition.',
    correction: 'The notes list Hyper-V under type 2; it is type 1.',
  },
  {
    id: 'xen',
    name: 'Xen (XenServer, XCP-ng)',
    vendor: 'Xen Project',
    type: 1,
    kernel: 'the Xen hypervisor; dom0, a Linux VM, drives the devices',
    note: 'Device I/O goes through dom0, a privileged management VM.',
  },
  {
    id: 'kvm',
    name: 'KVM',
    vendor: 'Linux kernel',
    type: 1,
    kernel: 'the Linux kernel itself, with the kvm module loaded',
    note: 'A Linux kernel module that turns Linux itself into the hypervisor; some call it a hybrid.',
    correction:
      'The notes list KVM under type 2. It is shown as type 1 because the kernel itself becomes the hypervisor, though the host is also a full Linux, hence the debate.',
  },
  {
    id: 'vmware-workstation',
    name: 'VMware Workstation / Fusion',
    vendor: 'VMware (Broadcom)',
    type: 2,
    kernel: 'none of its own: it runs on the host OS kernel, helped by a driver',
    note: 'An application on Windows, Linux or macOS; every VM I/O passes through the host OS.',
  },
  {
    id: 'virtualbox',
    name: 'Oracle VirtualBox',
    vendor: 'Oracle',
    type: 2,
    kernel: 'none of its own: it runs on the host OS kernel, helped by a driver',
    note: 'An application on a host OS; a host OS crash takes every VM down with it.',
  },
  {
    id: 'qemu',
    name: 'QEMU (alone, TCG)',
    vendor: 'QEMU project',
    type: 2,
    kernel: 'none: a user-space program on the host OS kernel',
    note: 'Alone it emulates hardware in software (TCG), hosted like a type 2; with KVM it is the device model of a type-1 hypervisor.',
  },
];

export function hypervisorById(id: string): HypervisorProduct | undefined {
  return HYPERVISORS.find((h) => h.id === id);
}
