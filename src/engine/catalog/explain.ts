/** Two or three sentences per kind of thing, shown in the inspector; facts from docs/domain.md. */
export const EXPLAIN = {
  host: 'A physical server: CPU cores, memory, storage and physical NICs. Without virtualisation it would carry one OS and sit mostly idle (5–15 % use is typical); a hypervisor lets many OSes of different kinds share it.',
  hypervisor1:
    'A type-1 (bare-metal) hypervisor runs directly on the hardware: a small OS built only to run VMs. It creates and manages the VMs, and is also called the VMM.',
  hypervisor2:
    'A type-2 (hosted) hypervisor runs as an application inside a host OS. The host OS uses CPU and memory of its own, every I/O passes through it, and a host OS crash takes every VM down with it.',
  vm: 'A virtual machine: an object holding a guest OS and its applications, created and managed by the hypervisor. It gets vCPUs, memory, a virtual disk and vNICs. A guest OS crash stops only this VM.',
  vswitch:
    'A layer-2 learning switch in software, inside the hypervisor. It learns which MAC sits behind which port, forwards known frames to one port and floods the rest within the VLAN. Its uplinks are physical NICs; a switch with none is internal-only.',
  portGroup:
    'A port group gives virtual switch ports a name and a VLAN: 0 is untagged, 1–4094 tags frames with that id on the uplink, 4095 is a trunk where the guest tags its own frames.',
  vnic: "A virtual Ethernet port: the VM's network card, with its own MAC address, plugged into a port group of a virtual switch. Two VMs on the same host and port group talk without their frames ever reaching the wire.",
  pnic: 'A physical NIC of the server. Used as an uplink, it joins a virtual switch to the physical network; a standby uplink takes over when the active one fails.',
  physicalSwitch:
    "A physical Ethernet switch joining the servers. Frames between VMs on different hosts leave through an uplink, tagged with their VLAN, cross this switch and enter the other host's virtual switch.",
  router:
    'A router joins subnets and VLANs at layer 3: without one, different VLANs or subnets do not reach each other. This one is a router on a stick: one cable to a trunk port of the physical switch, one interface per VLAN, each the gateway of its subnet, so traffic between VLANs goes up to it and back down.',
  arp: 'Before the first IP packet to a neighbour, a host broadcasts an ARP request ("who has 10.0.10.12?") and keeps the answer in its ARP cache for a while. A packet for another subnet goes to the MAC of the gateway instead.',
  overcommit:
    'More vCPUs than physical cores is normal (a ratio such as 4:1); when demand exceeds the cores, VMs wait for CPU. Memory overcommit is possible (ballooning, swapping) but costs performance, so many operators reserve memory fully.',
  bareMetal:
    'One OS straight on the hardware, with its apps and no hypervisor: the traditional server. Nothing but the OS separates its apps, an OS crash stops them all, and the server sits mostly idle (5–15 % use is typical).',
  containerHost:
    'An OS with a container runtime. Its containers share this one kernel, separated by namespaces and limited by cgroups: no guest OS, so they start in well under a second and use far less memory than VMs. A kernel crash or exploit reaches every container.',
  container:
    'An application and its libraries, run as isolated processes on a kernel it shares with the other containers there. Common tools do not live-migrate it: to move it, it is stopped and started elsewhere.',
  containersInVm:
    'A VM with a container runtime in its guest OS: its containers share the guest kernel, and the VM boundary keeps them apart from other VMs. Containers often run inside VMs to combine both.',
  orchestrator:
    'The infrastructure orchestrator is the brain, the hypervisors are the muscles: it decides, then asks a hypervisor through its management API to create, start, stop or move a VM; it never runs a VM itself. Real pairs: vCenter and the ESXi host agent, OpenStack Nova and libvirt/KVM. A simple environment with one hypervisor needs none.',
  placement:
    'Placement filters the hosts that can take the VM (capacity, power, maintenance, affinity and anti-affinity rules), then scores the rest by a policy: first fit, best fit, spread or pack. Every host that lost can say why.',
  ha: 'High availability: when a host fails, its VMs crash with it; after a heartbeat timeout the orchestrator restarts them on other hosts, highest priority first. That is a restart, with downtime (detection + boot), not a live move. Admission control keeps room for it.',
  liveMigration:
    'Live migration copies memory in rounds while the VM runs; pages dirtied meanwhile are copied again, then the VM pauses for a short stop-and-copy: downtime is milliseconds. It needs compatible CPUs, the same network on both sides, and the disks reachable from both (shared storage, which this sandbox models, or a storage copy alongside); otherwise power the VM off and move it cold.',
  balancing:
    'Balancing (DRS-like) moves running VMs to even out the load, with a threshold and a cooldown so that VMs do not bounce back and forth.',
  maintenance:
    'Maintenance mode evacuates a host by live migration before work on it; once it runs nothing, it can be powered off.',
  consolidation:
    'Consolidation packs the VMs onto the fewest hosts and powers the idle ones off: servers sit mostly idle without it, and each one that is on draws power even when idle.',
} as const;
