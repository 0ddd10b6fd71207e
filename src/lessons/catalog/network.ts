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

/** A small Linux VM, powered on, with one vNIC in `portGroup` (null: unplugged) and `ip` (null: none) but no gateway. */
function runningVm(
  name: string,
  host: string,
  portGroup: string | null,
  ip: string | null,
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
    ...(ip
      ? [{ type: 'setVnicAddress', vmId: vm, vnicId: `${vm}:0`, ip, gateway: null } as const]
      : []),
    { type: 'setVmPower', vmId: vm, on: true },
  ];
}

/** Long enough for every guest OS to boot (the boot time assumption is 30 s). */
const BOOT: LessonStep = { type: 'wait', seconds: 35 };

const VM_NETWORK: PortGroups = [{ name: 'VM Network', vlan: 0 }];
const WEB_VLAN: PortGroups = [{ name: 'web', vlan: 10 }];

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
          'A port group gives a set of virtual switch ports a name and a VLAN setting. In the sandbox you plug a vNIC into a port group by its name.',
          'Two VMs on the same host and the same port group talk inside the virtual switch: the frames from one to the other never reach the wire. A broadcast, which the switch floods out of every other port in the VLAN, leaves through the uplink too.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{web} and db-1 run on esx-01. db-1 is plugged into the port group "VM Network"; the vNIC of {web} is plugged into nothing, so {web} reaches nobody.',
          'Plug the vNIC of {web} into "VM Network", then ping db-1 from {web} in the Trace panel and step through the frames with Next hop.',
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
  {
    id: 'learning-switch',
    title: 'The switch learns where each MAC is',
    sequence: 'network',
    order: 2,
    domain: 'Virtual switches and VLANs',
    intro: [
      {
        title: 'A learning switch',
        text: [
          'As the sandbox models it, a virtual switch does what a learning switch does. It learns the source MAC address of each frame on the port the frame came in by, and keeps it in its MAC table.',
          'A frame for a MAC in the table goes out of that one port. A broadcast, or a frame for a MAC the switch does not know, is flooded out of every other port in the VLAN.',
          'A MAC the switch has not seen again for the ageing time is forgotten. The Linux bridge ages entries out after 300 s by default, the value IEEE 802.1Q recommends; the sandbox assumes the same 300 s, a figure you can change in the Assumptions panel.',
          "vSphere's own virtual switch differs here: it knows its VMs' MAC addresses from their configuration instead of learning them. The sandbox follows the Linux kernel bridge.",
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{web}, db-1 and app-1 share the port group "VM Network" on esx-01, and nothing has been sent yet, so the MAC table of vSwitch0 is empty.',
          'Ping db-1 from {web} and step through: the first frame, an ARP broadcast, reaches app-1 too, and the answer comes back out of one port only. Then ping {web} from app-1, and watch the MAC table of vSwitch0 fill.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esxHost('esx-01', VM_NETWORK),
        ...runningVm('{web}', 'esx-01', 'VM Network', '10.0.0.11/24'),
        ...runningVm('db-1', 'esx-01', 'VM Network', '10.0.0.21/24'),
        ...runningVm('app-1', 'esx-01', 'VM Network', '10.0.0.31/24'),
        BOOT,
      ],
    },
    tools: { hidePanels: [...OFF_TOPIC, 'reachability'] },
    goals: [
      {
        kind: 'check',
        id: 'first-ping',
        check: { is: 'happened', event: 'network.ping', about: '{web}' },
      },
      {
        kind: 'check',
        id: 'app-ping',
        check: { is: 'happened', event: 'network.ping', about: 'app-1' },
      },
    ],
    hints: [
      'A switch learns only from the frames it receives: a VM that has sent nothing is not in its MAC table.',
      'Ping db-1 from {web} in the Trace panel and press Next hop until the flood; then select vSwitch0 on the canvas to see its MAC table.',
      'In the Trace panel pick From VM {web}, To db-1, press Ping; then pick From VM app-1, To {web}, press Ping, and compare the MAC table of vSwitch0 before and after.',
    ],
    solution: [pingFromWeb('db-1'), { type: 'ping', srcVmId: '@app-1', dst: { vmId: '@{web}' } }],
    variation: WEB,
  },
  {
    id: 'vlans',
    title: 'VLANs keep VMs apart',
    sequence: 'network',
    order: 3,
    domain: 'Virtual switches and VLANs',
    intro: [
      {
        title: 'A VLAN setting per port group',
        text: [
          'Each port group has a VLAN setting, with the values vSphere uses. 0 means untagged: the port group is in no VLAN. 1 to 4094 is a VLAN ID: frames are tagged with it on the uplink (IEEE 802.1Q). 4095 means trunk: the switch passes tags through, and the guest tags its own frames.',
          'The switch floods a broadcast only out of the ports in its VLAN, and VMs in different VLANs do not reach each other without a router, even on the same virtual switch.',
        ],
      },
      {
        title: 'Between hosts',
        text: [
          "A frame for another host leaves through an uplink, tagged with its VLAN, crosses the physical switch and enters the other host's virtual switch.",
          'In the sandbox the physical switch tor-1 carries every VLAN on every port; real switch ports must be configured to carry the VLANs.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{web} and db-1 on esx-01, and app-1 on esx-02, are all in the port group "web", VLAN 10, with addresses in 10.0.0.0/24. db-1 is to be kept apart from the other two.',
          'Add a port group "db" with VLAN 20 to vSwitch0 on esx-01 and plug db-1 into it. db-1 keeps its address: the VLAN alone keeps it apart.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esxHost('esx-01', WEB_VLAN),
        esxHost('esx-02', WEB_VLAN),
        ...runningVm('{web}', 'esx-01', 'web', '10.0.0.11/24'),
        ...runningVm('db-1', 'esx-01', 'web', '10.0.0.21/24'),
        ...runningVm('app-1', 'esx-02', 'web', '10.0.0.12/24'),
        BOOT,
      ],
    },
    tools: { hidePanels: OFF_TOPIC },
    goals: [
      { kind: 'check', id: 'plugged', check: { is: 'plugged', vm: 'db-1', portGroup: 'db' } },
      { kind: 'check', id: 'apart', check: { is: 'cannotReach', from: '{web}', to: 'db-1' } },
      { kind: 'check', id: 'across', check: { is: 'reaches', from: '{web}', to: 'app-1' } },
    ],
    hints: [
      'VMs in different VLANs do not reach each other without a router, even on one virtual switch.',
      'Select vSwitch0 of esx-01 and add a port group "db" with VLAN 20 under Port groups; then plug vNIC 1 of db-1 into it.',
      'In the inspector of esx-01/vSwitch0 type db under New port group and 20 under VLAN, press Add; select db-1 and choose "db" for vNIC 1; then ping db-1 and app-1 from {web} in the Trace panel.',
    ],
    solution: [
      {
        type: 'addPortGroup',
        hostId: '@esx-01',
        switchId: '@esx-01/vSwitch0',
        spec: { name: 'db', vlan: 20 },
      },
      { type: 'plugVnic', vmId: '@db-1', vnicId: '@db-1:0', portGroup: 'db' },
    ],
    variation: WEB,
  },
  {
    id: 'uplink-failover',
    title: 'A standby uplink takes over',
    sequence: 'network',
    order: 4,
    domain: 'Virtual switches and VLANs',
    intro: [
      {
        title: 'Uplinks',
        text: [
          'Physical NICs used as uplinks join a virtual switch to the physical network. One can be active and another on standby, taking over when the active one fails.',
          'A virtual switch with no working uplink left is cut off from the physical network: its VMs still reach each other, and nothing outside the host.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          'vmnic0 of esx-01 needs a new cable, so its link will go down. vSwitch0 on esx-01 has vmnic0 as its only uplink, so {web} would lose db-1, which runs on esx-02.',
          'Give vSwitch0 a standby uplink, then take the link of vmnic0 down: {web} must still reach db-1.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esxHost('esx-01', VM_NETWORK),
        esxHost('esx-02', VM_NETWORK),
        {
          type: 'updateSwitch',
          hostId: '@esx-01',
          switchId: '@esx-01/vSwitch0',
          spec: { name: 'vSwitch0', uplinks: ['@esx-01/vmnic0'] },
        },
        ...runningVm('{web}', 'esx-01', 'VM Network', '10.0.0.11/24'),
        ...runningVm('db-1', 'esx-02', 'VM Network', '10.0.0.21/24'),
        BOOT,
      ],
    },
    tools: { hidePanels: [...OFF_TOPIC, 'reachability'] },
    goals: [
      {
        kind: 'check',
        id: 'link-down',
        check: { is: 'nicLink', host: 'esx-01', nic: 'vmnic0', link: 'down' },
      },
      { kind: 'check', id: 'still-reaches', check: { is: 'reaches', from: '{web}', to: 'db-1' } },
    ],
    hints: [
      'With vmnic0 as its only uplink, vSwitch0 is cut off when that link fails; a standby uplink would take over.',
      'Select vSwitch0 of esx-01 and tick vmnic1 under Uplinks: it joins as standby. Then fail vmnic0 in the inspector of esx-01.',
      'In the inspector of esx-01/vSwitch0 tick vmnic1; select esx-01 and untick vmnic0 under "Link up (untick to fail it)"; then ping db-1 from {web} in the Trace panel.',
    ],
    solution: [
      {
        type: 'updateSwitch',
        hostId: '@esx-01',
        switchId: '@esx-01/vSwitch0',
        spec: { name: 'vSwitch0', uplinks: ['@esx-01/vmnic0', '@esx-01/vmnic1'] },
      },
      { type: 'setNicLink', hostId: '@esx-01', nicId: '@esx-01/vmnic0', up: false },
    ],
    variation: WEB,
  },
  {
    id: 'internal-switch',
    title: 'A switch with no uplink',
    sequence: 'network',
    order: 5,
    domain: 'Virtual switches and VLANs',
    intro: [
      {
        title: 'Internal-only',
        text: [
          'A virtual switch without an uplink is internal-only: the VMs plugged into it reach each other and nothing else.',
          'With no uplink, the switch has no way to the physical network: no frame leaves the host through it.',
        ],
      },
      {
        title: 'What you will do',
        text: [
          'esx-01 has a second virtual switch, vSwitch1, with no uplink and one port group, "internal". {web} and db-1 run on esx-01 in "VM Network" on vSwitch0, and reach app-1 on esx-02.',
          'Plug the vNICs of {web} and db-1 into "internal": they must still reach each other, and no longer reach app-1.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esxHost('esx-01', VM_NETWORK),
        esxHost('esx-02', VM_NETWORK),
        { type: 'addSwitch', hostId: '@esx-01', spec: { name: 'vSwitch1', uplinks: [] } },
        {
          type: 'addPortGroup',
          hostId: '@esx-01',
          switchId: '@esx-01/vSwitch1',
          spec: { name: 'internal', vlan: 0 },
        },
        ...runningVm('{web}', 'esx-01', 'VM Network', '10.0.0.11/24'),
        ...runningVm('db-1', 'esx-01', 'VM Network', '10.0.0.21/24'),
        ...runningVm('app-1', 'esx-02', 'VM Network', '10.0.0.12/24'),
        BOOT,
      ],
    },
    tools: { hidePanels: OFF_TOPIC },
    goals: [
      {
        kind: 'check',
        id: 'plugged',
        check: {
          is: 'all',
          of: [
            { is: 'plugged', vm: '{web}', portGroup: 'internal' },
            { is: 'plugged', vm: 'db-1', portGroup: 'internal' },
          ],
        },
      },
      { kind: 'check', id: 'together', check: { is: 'reaches', from: '{web}', to: 'db-1' } },
      {
        kind: 'check',
        id: 'cut-off',
        check: {
          is: 'all',
          of: [
            { is: 'cannotReach', from: '{web}', to: 'app-1' },
            { is: 'cannotReach', from: 'db-1', to: 'app-1' },
          ],
        },
      },
    ],
    hints: [
      'A port group on a switch without uplinks reaches only the VMs on that same switch.',
      'Plug vNIC 1 of {web} and of db-1 into "internal", in the inspector of each VM.',
      'Select {web} and choose "internal" for vNIC 1; do the same for db-1; then ping app-1 from {web} in the Trace panel and see where it stops.',
    ],
    solution: [
      { type: 'plugVnic', vmId: '@{web}', vnicId: '@{web}:0', portGroup: 'internal' },
      { type: 'plugVnic', vmId: '@db-1', vnicId: '@db-1:0', portGroup: 'internal' },
      pingFromWeb('app-1'),
    ],
    variation: WEB,
  },
  {
    id: 'routing-between-vlans',
    title: 'A router joins two VLANs',
    sequence: 'network',
    order: 6,
    domain: 'Virtual switches and VLANs',
    intro: [
      {
        title: 'Layer 3',
        text: [
          'Different VLANs or subnets do not reach each other without a router, which works at layer 3.',
          'The router here is a "router on a stick": one cable to the physical switch, and on it one sub-interface per VLAN, each the gateway of its subnet.',
        ],
      },
      {
        title: 'Addresses and a gateway',
        text: [
          "Before its first packet to a machine in its own subnet, a VM broadcasts an ARP request to learn that machine's MAC address, and keeps the answer in its ARP cache for a while. A packet for another subnet goes to the gateway instead: the VM sends it to the gateway's MAC address, which it learns by ARP in the same way.",
          "In the sandbox a VM's default route counts only when its gateway lies in the subnet of one of its vNICs, and VMs never route for others.",
        ],
      },
      {
        title: 'What you will do',
        text: [
          '{web} is in the port group "web" (VLAN 10) with the address 10.0.10.11/24 and no gateway. db-1 is in "db" (VLAN 20) and has no address. Router r1 has 10.0.10.1 in VLAN 10 and 10.0.20.1 in VLAN 20.',
          'Give db-1 the address 10.0.20.21/24, give each VM the router interface of its VLAN as gateway, and ping db-1 from {web}.',
        ],
      },
    ],
    start: {
      from: 'empty',
      setup: [
        esxHost('esx-01', [...WEB_VLAN, { name: 'db', vlan: 20 }]),
        {
          type: 'addRouter',
          spec: {
            name: 'r1',
            interfaces: [
              { vlan: 10, ip: '10.0.10.1/24' },
              { vlan: 20, ip: '10.0.20.1/24' },
            ],
          },
        },
        ...runningVm('{web}', 'esx-01', 'web', '10.0.10.11/24'),
        ...runningVm('db-1', 'esx-01', 'db', null),
        BOOT,
      ],
    },
    tools: { hidePanels: [...OFF_TOPIC, 'reachability'] },
    goals: [
      { kind: 'check', id: 'routed', check: { is: 'reaches', from: '{web}', to: 'db-1' } },
      {
        kind: 'check',
        id: 'pinged',
        check: { is: 'happened', event: 'network.ping', about: 'db-1' },
      },
    ],
    hints: [
      'A packet for another subnet goes to the gateway: each VM needs an address, and a gateway in its own subnet.',
      "In db-1's inspector, under Network, set vNIC 1 IP/prefix and gateway; then set the gateway of {web}.",
      'Give db-1 vNIC 1 IP/prefix 10.0.20.21/24 and gateway 10.0.20.1; give {web} the gateway 10.0.10.1; then ping db-1 from {web} in the Trace panel and step to where r1 routes the packet.',
    ],
    solution: [
      {
        type: 'setVnicAddress',
        vmId: '@db-1',
        vnicId: '@db-1:0',
        ip: '10.0.20.21/24',
        gateway: '10.0.20.1',
      },
      {
        type: 'setVnicAddress',
        vmId: '@{web}',
        vnicId: '@{web}:0',
        ip: '10.0.10.11/24',
        gateway: '10.0.10.1',
      },
      pingFromWeb('db-1'),
    ],
    variation: WEB,
  },
];
