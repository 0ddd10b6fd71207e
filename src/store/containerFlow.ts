import type { Node } from '@xyflow/react';
import type { Container, Host, Vm } from '../engine/read';
import { GEOMETRY, type HostBox, vmContainerOffset, vmOffset } from './layout';

/** A container drawn on the kernel it shares: a container host's own, or a VM's guest kernel. */
export type ContainerNodeData = {
  container: Container;
  /** The host or VM whose kernel it shares, by name, for its accessible name. */
  ownerName: string;
  /** Inside a VM card the box is one line; on a container host it shows image and limits too. */
  compact: boolean;
};
export type ContainerNode = Node<ContainerNodeData, 'container'>;

const containersOf = (c: Readonly<Record<string, Container>>) => Object.values(c);

/** Containers on a container host, in the host's grid above its runtime band. */
export function hostContainerNodes(host: Host, box: HostBox): ContainerNode[] {
  const p = host.platform;
  if (p.kind !== 'container-host') return [];
  return containersOf(p.runtime.containers).map((container, i) => ({
    id: container.id,
    type: 'container',
    parentId: host.id,
    position: vmOffset(i, box.columns, box.rowHeight),
    width: GEOMETRY.vmWidth,
    height: GEOMETRY.containerHeight,
    data: { container, ownerName: host.name, compact: false },
    draggable: false,
    ariaLabel: `Container ${container.name}`,
    zIndex: 10,
  }));
}

/** Containers on a VM's guest kernel, stacked inside the VM's card (after the VM node). */
export function vmContainerNodes(vm: Vm): ContainerNode[] {
  if (!vm.runtime) return [];
  return containersOf(vm.runtime.containers).map((container, i) => ({
    id: container.id,
    type: 'container',
    parentId: vm.id,
    position: vmContainerOffset(i),
    width: GEOMETRY.vmWidth - 16,
    height: GEOMETRY.vmContainerRow - 4,
    data: { container, ownerName: vm.name, compact: true },
    draggable: false,
    ariaLabel: `Container ${container.name}`,
    zIndex: 20,
  }));
}
