import type {
  BareMetalPlatform,
  Container,
  ContainerHostPlatform,
  ContainerRuntime,
  Host,
  HypervisorPlatform,
  Vm,
} from '../model/types';
import { hypervisorById } from '../catalog/hypervisors';
import { osName } from '../catalog/operatingSystems';
import { runtimeById, runtimeName } from '../catalog/runtimes';
import { containerHolds, containersOf, runsInHiddenVm } from '../capacity/runtime';

/** What a layer is, from the hardware up. */
export type LayerRole =
  | 'hardware'
  | 'hypervisor'
  | 'host-os'
  | 'os'
  | 'vm'
  | 'guest-os'
  | 'hidden-vm'
  | 'runtime'
  | 'container'
  | 'app';

export type LayerStatus = 'up' | 'down' | 'off';

/** How the layers standing on one layer are kept apart from each other. */
export interface Isolation {
  /** 'hypervisor': separate kernels on virtual hardware; 'kernel': namespaces and cgroups on one shared kernel; 'process': ordinary processes of one OS. */
  readonly kind: 'hypervisor' | 'kernel' | 'process';
  readonly text: string;
}

export interface XrayLayer {
  /** Unique within the X-ray, stable across renders. */
  readonly key: string;
  readonly role: LayerRole;
  readonly label: string;
  /** Host, VM or container id to highlight on the canvas; null for a layer that is no entity. */
  readonly subject: string | null;
  /** Whether this layer is a kernel: it runs in the CPU's privileged mode and schedules what stands on it. */
  readonly ownsKernel: boolean;
  /** Key of the kernel this layer runs on (its own key if it is one); null for the hardware. */
  readonly kernel: string | null;
  readonly status: LayerStatus;
  /** Where the isolation boundary lies among the layers directly above; null when there is none to draw. */
  readonly isolates: Isolation | null;
  /** Layers standing on this one. */
  readonly above: readonly XrayLayer[];
}

/** One kernel on the host and the layers that run on it: a shared kernel shows many. */
export interface XrayKernel {
  readonly key: string;
  readonly label: string;
  /** Keys of the layers that run on this kernel, itself excluded. */
  readonly usedBy: readonly string[];
}

export interface Xray {
  readonly root: XrayLayer;
  readonly kernels: readonly XrayKernel[];
  /** Two or three sentences: who owns which kernel, where the boundary is. */
  readonly summary: string;
}

const BOUNDARY = {
  hypervisor: {
    kind: 'hypervisor',
    text: 'Hardware virtualisation: each VM runs its own kernel on virtual hardware; a guest OS crash stays inside its VM.',
  },
  kernel: {
    kind: 'kernel',
    text: 'Namespaces and cgroups on one shared kernel: a kernel crash or a kernel exploit reaches every container.',
  },
  process: {
    kind: 'process',
    text: 'Ordinary processes of one OS: nothing but users and permissions keeps them apart, and an OS crash stops them all.',
  },
} as const satisfies Record<string, Isolation>;

const vmStatus = (vm: Vm): LayerStatus =>
  vm.power === 'off' ? 'off' : vm.power === 'crashed' ? 'down' : 'up';

const containerStatus = (c: Container): LayerStatus =>
  containerHolds(c) ? 'up' : c.state === 'crashed' ? 'down' : 'off';

/** Down or off below means down or off here too: the lowest failure wins. */
const under = (below: LayerStatus, own: LayerStatus): LayerStatus => (below === 'up' ? own : below);

type LayerFields = Omit<XrayLayer, 'ownsKernel' | 'above' | 'isolates'> & {
  readonly ownsKernel?: boolean;
  readonly above?: readonly XrayLayer[];
  readonly isolates?: Isolation;
};

/** A boundary is drawn only where two or more layers stand side by side. */
function layer(f: LayerFields): XrayLayer {
  const above = f.above ?? [];
  return {
    ...f,
    ownsKernel: f.ownsKernel ?? false,
    above,
    isolates: above.length > 1 ? (f.isolates ?? null) : null,
  };
}

/** A runtime on a kernel, with its containers sharing that kernel. */
function runtimeLayer(
  runtime: ContainerRuntime,
  kernel: string,
  at: string,
  status: LayerStatus,
): XrayLayer {
  const product = runtimeById(runtime.product);
  return layer({
    key: `${at}/runtime`,
    role: 'runtime',
    label: product ? `${product.name} (${product.chain.join(' → ')})` : runtime.product,
    subject: null,
    kernel,
    status,
    isolates: BOUNDARY.kernel,
    above: containersOf(runtime).map((c) =>
      layer({
        key: c.id,
        role: 'container',
        label: `${c.name} (${c.image})`,
        subject: c.id,
        kernel,
        status: under(status, containerStatus(c)),
      }),
    ),
  });
}

/** A VM's virtual hardware, its guest kernel, and the apps or the runtime on that kernel. */
function vmLayer(vm: Vm, below: LayerStatus, hypervisorKernel: string): XrayLayer {
  const status = under(below, vmStatus(vm));
  const guest = `${vm.id}/os`;
  const above = vm.runtime
    ? [runtimeLayer(vm.runtime, guest, vm.id, status)]
    : vm.apps.map((app, i) =>
        layer({
          key: `${vm.id}/app-${i}`,
          role: 'app',
          label: app,
          subject: vm.id,
          kernel: guest,
          status,
        }),
      );
  return layer({
    key: vm.id,
    role: 'vm',
    label: `VM ${vm.name} (virtual hardware)`,
    subject: vm.id,
    kernel: hypervisorKernel,
    status,
    above: [
      layer({
        key: guest,
        role: 'guest-os',
        label: `${osName(vm.os)} kernel (guest)`,
        subject: vm.id,
        ownsKernel: true,
        kernel: guest,
        status,
        isolates: BOUNDARY.process,
        above,
      }),
    ],
  });
}

/** Every kernel in the tree, with the layers that run on it. */
function kernelsOf(root: XrayLayer): XrayKernel[] {
  const all: XrayLayer[] = [];
  const walk = (l: XrayLayer) => {
    all.push(l);
    l.above.forEach(walk);
  };
  walk(root);
  return all
    .filter((l) => l.ownsKernel)
    .map((k) => ({
      key: k.key,
      label: k.label,
      usedBy: all.filter((l) => l.kernel === k.key && l.key !== k.key).map((l) => l.key),
    }));
}

/** A bare-metal host: one kernel, its apps as plain processes. */
function bareMetal(host: Host, p: BareMetalPlatform, hw: LayerStatus): [XrayLayer, string] {
  const key = `${host.id}/os`;
  const status = under(hw, p.crashed ? 'down' : 'up');
  const os = layer({
    key,
    role: 'os',
    label: `${osName(p.os)} kernel`,
    subject: host.id,
    ownsKernel: true,
    kernel: key,
    status,
    isolates: BOUNDARY.process,
    above: p.apps.map((a) =>
      layer({ key: a.id, role: 'app', label: a.name, subject: host.id, kernel: key, status }),
    ),
  });
  return [
    os,
    `One OS owns the only kernel and its apps run on it directly. No hypervisor, no VMs: an OS crash stops every app on ${host.name}.`,
  ];
}

/** A container host: the OS kernel shared by every container, or a hidden VM's kernel. */
function containerHost(host: Host, p: ContainerHostPlatform, hw: LayerStatus): [XrayLayer, string] {
  const key = `${host.id}/os`;
  const status = under(hw, p.crashed ? 'down' : 'up');
  const os = (above: XrayLayer) =>
    layer({
      key,
      role: 'os',
      label: `${osName(p.os)} kernel`,
      subject: host.id,
      ownsKernel: true,
      kernel: key,
      status,
      above: [above],
    });
  if (!runsInHiddenVm(p.runtime.product, p.os)) {
    return [
      os(runtimeLayer(p.runtime, key, host.id, status)),
      `One ${osName(p.os)} kernel, shared by every container: namespaces and cgroups separate them. A kernel crash or exploit reaches them all.`,
    ];
  }
  const vmKey = `${host.id}/hidden-vm`;
  const linux = `${vmKey}/os`;
  const hidden = layer({
    key: vmKey,
    role: 'hidden-vm',
    label: `Hidden Linux VM started by ${runtimeName(p.runtime.product)}`,
    subject: null,
    kernel: key,
    status,
    above: [
      layer({
        key: linux,
        role: 'guest-os',
        label: 'Linux kernel (in the hidden VM)',
        subject: null,
        ownsKernel: true,
        kernel: linux,
        status,
        above: [runtimeLayer(p.runtime, linux, host.id, status)],
      }),
    ],
  });
  return [
    os(hidden),
    `${osName(p.os)} has no Linux kernel to share, so the containers share the kernel of a hidden Linux VM. That one kernel is their isolation boundary.`,
  ];
}

/** A hypervisor host: type 1 on the hardware, or type 2 on a host OS kernel. */
function hypervisorHost(host: Host, p: HypervisorPlatform, hw: LayerStatus): [XrayLayer, string] {
  const product = hypervisorById(p.product);
  const name = product?.name ?? p.product;
  const type2 = product?.type === 2;
  const hvKey = `${host.id}/hypervisor`;
  const osKey = `${host.id}/os`;
  const osStatus = under(hw, p.crashed === 'os' ? 'down' : 'up');
  const hvStatus = under(osStatus, p.crashed === 'hypervisor' ? 'down' : 'up');
  const vmKernel = type2 ? osKey : hvKey;
  const hv = layer({
    key: hvKey,
    role: 'hypervisor',
    label: type2 ? `${name} (an application)` : `${name}: ${product?.kernel ?? 'hypervisor'}`,
    subject: host.id,
    ownsKernel: !type2,
    kernel: vmKernel,
    status: hvStatus,
    isolates: BOUNDARY.hypervisor,
    above: Object.values(p.vms).map((vm) => vmLayer(vm, hvStatus, vmKernel)),
  });
  if (!type2) {
    return [
      hv,
      `${name} is the layer on the hardware (${product?.kernel ?? 'its own kernel'}); each VM runs a kernel of its own. The hypervisor is the isolation boundary between VMs.`,
    ];
  }
  const hostOs = layer({
    key: osKey,
    role: 'host-os',
    label: `${osName(p.hostOs ?? '')} kernel (host OS)`,
    subject: host.id,
    ownsKernel: true,
    kernel: osKey,
    status: osStatus,
    above: [hv],
  });
  return [
    hostOs,
    `The host OS owns the host's kernel; ${name} runs on it as an application, and each VM runs a kernel of its own. The hypervisor separates the VMs, but the host OS sits under all of them.`,
  ];
}

/**
 * The host's layers from the hardware up: which layer owns which kernel, what runs on each
 * kernel, and where the isolation boundary lies. Data only; the UI draws it.
 */
export function layerXray(host: Host): Xray {
  const hw: LayerStatus = host.power === 'on' ? 'up' : host.power === 'off' ? 'off' : 'down';
  const p = host.platform;
  const [platform, summary] =
    p.kind === 'bare-metal'
      ? bareMetal(host, p, hw)
      : p.kind === 'container-host'
        ? containerHost(host, p, hw)
        : hypervisorHost(host, p, hw);
  const root = layer({
    key: host.id,
    role: 'hardware',
    label: `${host.name}: ${host.cpuCores} cores, ${host.memoryGb} GB`,
    subject: host.id,
    kernel: null,
    status: hw,
    above: [platform],
  });
  return { root, kernels: kernelsOf(root), summary };
}
