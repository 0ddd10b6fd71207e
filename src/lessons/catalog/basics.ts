import type { Lesson } from '../model';

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
          'A virtual machine is a whole computer made of software: a guest OS with its applications, given vCPUs, memory, a virtual disk and virtual network cards (vNICs) by the hypervisor below it.',
          'To the hypervisor, a VM is an object it holds, much like a set of files and a process. Because of that, it can be stopped, copied, or moved to another server without reinstalling anything.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{web} and db-1 both run on esx-01. If esx-01 fails, both go down at once.',
          'Move {web} to another ESXi host while it keeps running. Each goal item below turns green while it holds.',
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
];
