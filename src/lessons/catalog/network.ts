import type { Lesson, LessonStep, PanelId } from '../model';

/**
 * The virtual networking sequence: virtual NICs, port groups, the learning switch, VLANs,
 * uplinks, internal switches, routing. Each lesson starts from an empty datacenter with only
 * the hosts and VMs its idea needs (docs/domain.md, "Virtual switches and VLANs").
 */

type PortGroups = readonly { readonly name: string; readonly vlan: number }[];

/** An ESXi host with two physical NICs (cabled to tor-1) and these port groups on vSwitch0. */
const esxHost = (name: string, portGroups: PortGroups): LessonStep => ({
  type: 'addHost',
  spec: {
    name,
    product: 'esxi',
    cpuCores: 16,
    memoryGb: 64,
    storageGb: 1000,
    nicCount: 2,
    portGroups,
  },
});

/** A small Linux VM with one vNIC in `portGroup` (null: unplugged), its address (null: none), powered on. */
function runningVm(
  name: string,
  host: string,
  portGroup: string | null,
  ip: string | null,
  gateway: string | null = null,
): LessonStep[] {
  const vm = `@${name}`;
  const spec = {
    name,
    os: 'ubuntu-24.04',
    vcpus: 1,
    memoryGb: 2,
    diskGb: 20,
    networks: [portGroup],
  };
  return [
    { type: 'addVm', hostId: `@${host}`, spec },
    ...(ip ? [{ type: 'setVnicAddress', vmId: vm, vnicId: `${vm}:0`, ip, gateway } as const] : []),
    { type: 'setVmPower', vmId: vm, on: true },
  ];
}

/** Long enough for every guest OS to boot (the boot time assumption is 30 s). */
const BOOT: LessonStep = { type: 'wait', seconds: 35 };

const VM_NETWORK: PortGroups = [{ name: 'VM Network', vlan: 0 }];

/** Panels that lead away from the network: adding things, cost, the orchestrator, the X-ray. */
const OFF_TOPIC: readonly PanelId[] = ['palette', 'compare', 'orchestrator', 'xray'];

const WEB = { web: ['shop-1', 'blog-1', 'news-1'] };

const pingFromWeb = (to: string): LessonStep => ({
  type: 'ping',
  srcVmId: '@{web}',
  dst: { vmId: `@${to}` },
});

export const NETWORK: readonly Lesson[] = [
  {
    id: 'vnic-port-group',
    title: 'A vNIC plugs into a port group',
    sequence: 'network',
    order: 1,
    domain: 'Virtual switches and VLANs',
    intro: [
      {
        title: 'A network card made of software',
        text: [
          "A VM's network card is a vNIC, a virtual Ethernet port. Each vNIC has its own MAC address, as a physical network card does.",
          'The vNIC plugs into a port of a virtual switch: a layer-2 switch in software, inside the hypervisor. The physical NICs of the server, used as uplinks, join that switch to the physical network.',
        ],
      },
      {
        title: 'Port groups',
        text: [
          'A port group gives a set of virtual switch ports a name and a VLAN setting. A vNIC is plugged into a port group, not into a numbered port.',
          'Two VMs on the same host and the same port group talk inside the virtual switch: the frames from one to the other never reach the wire. Only a broadcast, which the switch sends out of every other port, also leaves through the uplink.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{web} and db-1 run on esx-01. db-1 is plugged into the port group "VM Network"; the vNIC of {web} is plugged into nothing, so {web} reaches nobody.',
          'Plug the vNIC of {web} into "VM Network", then ping db-1 from {web} in the Trace panel and step through the frames.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esxHost('esx-01', VM_NETWORK),
        ...runningVm('{web}', 'esx-01', null, '10.0.0.11/24'),
        ...runningVm('db-1', 'esx-01', 'VM Network', '10.0.0.21/24'),
        BOOT,
      ],
    },
    tools: { hidePanels: [...OFF_TOPIC, 'reachability'] },
    goals: [
      {
        kind: 'check',
        id: 'plugged',
        check: { is: 'plugged', vm: '{web}', portGroup: 'VM Network' },
      },
      { kind: 'check', id: 'reaches', check: { is: 'reaches', from: '{web}', to: 'db-1' } },
      {
        kind: 'check',
        id: 'pinged',
        check: { is: 'happened', event: 'network.ping', about: '{web}' },
      },
    ],
    hints: [
      'A vNIC in no port group is on no virtual switch, so none of its frames go anywhere.',
      'Select {web} on the canvas; in its inspector, under vNICs, choose a port group for vNIC 1.',
      'Choose "VM Network" for vNIC 1 of {web}; then in the Trace panel pick {web} as From VM and db-1 as To, and press Ping.',
    ],
    solution: [
      { type: 'plugVnic', vmId: '@{web}', vnicId: '@{web}:0', portGroup: 'VM Network' },
      pingFromWeb('db-1'),
    ],
    variation: WEB,
  },
];
