import { z } from './zod';
import {
  ASSUMPTION_INFO,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_DATASTORE,
  EVENT_KINDS,
  LIMITS,
  LOG_LIMIT,
  type AppId,
  type ContainerId,
  type HostId,
  type NicId,
  type PhysicalSwitchId,
  type PortGroupId,
  type State,
  type SwitchId,
  type VmId,
  type VnicId,
  invariantProblems,
} from '../engine';

import { countProblems } from './limits';
import { decimal, figures, idOf, label, nameText, wholeNumber } from './fields';
import { SCENARIO_FORMAT } from './format';
import { CURRENT_VERSION } from './migrate';
import { downPortsSchema, netSchema, routersSchema, vnicNetworkFields } from './networkSchema';
import { RESTART_PRIORITIES, incomingVmSchema, orchestratorSchema } from './orchestratorSchema';
import { studySchema } from './studySchema';

/**
 * The scenario file, format version CURRENT_VERSION: a whole engine State plus a name and the
 * canvas layout. The shapes mirror src/engine/model field for field (the type check at the end
 * fails when they drift apart); the cross-field rules live in checks.ts.
 *
 * Fields a later engine may add get `.default(...)`, so that files saved before still load.
 */

/** Port group names are network labels such as "VM Network": the name rule, spaces allowed. */
const PORT_GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._ -]{0,31}$/;

/** Most ports a physical switch may have (a large modular chassis). */
const SWITCH_PORTS = [1, 1024] as const;

const physicalNicSchema = z
  .strictObject({
    id: idOf<NicId>('nic'),
    name: z.string().min(1).max(32),
    link: z
      .strictObject({
        switchId: idOf<PhysicalSwitchId>('physicalSwitch'),
        port: wholeNumber(SWITCH_PORTS[0], SWITCH_PORTS[1]),
      })
      .nullable()
      .default(null)
      .describe('The physical switch port this NIC is cabled to; null when unplugged.'),
    up: z.boolean().default(true).describe('Link state: false when the NIC or its cable failed.'),
  })
  .describe('A physical network card of the server.');

const portGroupSchema = z
  .strictObject({
    id: idOf<PortGroupId>('portGroup'),
    name: z.string().regex(PORT_GROUP_NAME, {
      error:
        'must be 1 to 32 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit',
    }),
    vlan: wholeNumber(...LIMITS.vlan).describe(
      '0 = untagged, 1-4094 = tagged with this id on the uplink, 4095 = trunk (the guest tags).',
    ),
  })
  .describe('A named set of virtual switch ports sharing one VLAN; vNICs refer to it by name.');

const vswitchSchema = z
  .strictObject({
    id: idOf<SwitchId>('vswitch'),
    name: nameText(),
    portGroups: z.array(portGroupSchema).default([]),
    uplinks: z
      .array(
        z.strictObject({
          nic: idOf<NicId>('nic'),
          role: z.enum(['active', 'standby']),
        }),
      )
      .default([])
      .describe(
        "This host's physical NICs joining the switch to the network; none = internal-only.",
      ),
  })
  .describe('A layer-2 switch in software inside the hypervisor.');

const vnicSchema = z
  .strictObject({
    id: idOf<VnicId>('vnic'),
    mac: z.string().regex(/^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/, {
      error: 'must be a MAC address like 02:00:00:00:00:2a',
    }),
    portGroup: z
      .string()
      .nullable()
      .default(null)
      .describe('Name of the port group it plugs into on its host; null when unplugged.'),
    ...vnicNetworkFields,
  })
  .describe('A virtual Ethernet port of a VM.');

const containerSchema = z
  .strictObject({
    id: idOf<ContainerId>('container'),
    name: label(),
    image: label().describe('The image it runs: the app and its libraries, e.g. "nginx:1.27".'),
    cpu: decimal(0).describe('CPU limit in cores (a cgroup quota): 0.5 is half a core.'),
    memoryGb: decimal(0).describe('Memory limit in GB (a cgroup limit).'),
    state: z.enum(['off', 'starting', 'running', 'crashed']).default('off'),
    startRemainingS: decimal(0).default(0).describe('Seconds of start left while starting.'),
  })
  .describe('An application and its libraries, isolated on a kernel it shares.');

const runtimeSchema = z
  .strictObject({
    product: z.string().min(1).describe('Container runtime id from the catalog, e.g. docker.'),
    containers: z.record(idOf<ContainerId>('container'), containerSchema).default({}),
  })
  .describe('A container runtime on one OS kernel, with the containers sharing that kernel.');

const vmSchema = z
  .strictObject({
    id: idOf<VmId>('vm'),
    name: nameText(),
    os: z.string().min(1).describe('Guest OS id from the catalog, e.g. ubuntu-24.04.'),
    apps: z.array(label()).default([]),
    vcpus: wholeNumber(...LIMITS.vcpus),
    memoryGb: decimal(...LIMITS.vmMemoryGb),
    diskGb: decimal(...LIMITS.vmDiskGb),
    nics: z.array(vnicSchema).max(LIMITS.vnics[1]).default([]),
    power: z
      .enum(['off', 'booting', 'running', 'paused', 'crashed', 'migrating'])
      .default('off')
      .describe("'migrating': running while a live migration copies its memory to another host."),
    bootRemainingS: decimal(0)
      .default(0)
      .describe('Seconds of boot left while booting; 0 otherwise.'),
    cpuDemand: decimal(0, 1)
      .default(0)
      .describe('Share of its vCPUs the guest demands right now, 0 to 1.'),
    runtime: runtimeSchema
      .nullable()
      .default(null)
      .describe('A container runtime in the guest OS, making this VM a container host.'),
    restartPriority: z
      .enum(RESTART_PRIORITIES)
      .default('medium')
      .describe("Who HA restarts first when its host fails; 'disabled' is never restarted."),
  })
  .describe('A virtual machine: a guest OS and its applications.');

const hypervisorPlatformSchema = z.strictObject({
  kind: z.literal('hypervisor'),
  product: z.string().min(1).describe('Hypervisor id from the catalog, e.g. esxi or virtualbox.'),
  hostOs: z
    .string()
    .nullable()
    .default(null)
    .describe('The host OS id under a type-2 hypervisor; null for type 1.'),
  vswitches: z.array(vswitchSchema).default([]),
  vms: z.record(idOf<VmId>('vm'), vmSchema).default({}).describe('VMs on this host, by id.'),
  crashed: z
    .enum(['os', 'hypervisor'])
    .nullable()
    .default(null)
    .describe(
      "'hypervisor' after it crashed, 'os' after a type-2 host OS crashed; null while it runs.",
    ),
  incoming: z
    .array(incomingVmSchema)
    .default([])
    .describe('Room held for VMs being live-migrated here.'),
});

const osCrash = () =>
  z
    .literal('os')
    .nullable()
    .default(null)
    .describe("'os' after its kernel crashed; null while it runs.");

const bareMetalPlatformSchema = z.strictObject({
  kind: z.literal('bare-metal'),
  os: z.string().min(1).describe('OS id from the catalog.'),
  apps: z
    .array(
      z.strictObject({
        id: idOf<AppId>('app'),
        name: label(),
        cpu: decimal(0).describe('Cores it keeps busy on average.'),
        memoryGb: decimal(0),
      }),
    )
    .default([]),
  crashed: osCrash(),
});

const containerHostPlatformSchema = z.strictObject({
  kind: z.literal('container-host'),
  os: z
    .string()
    .min(1)
    .describe('OS id from the catalog; its kernel is shared by every container.'),
  runtime: runtimeSchema,
  crashed: osCrash(),
});

/** What runs on a host: a hypervisor with VMs, one OS with its apps, or an OS with containers. */
const platformSchema = z.discriminatedUnion('kind', [
  hypervisorPlatformSchema,
  bareMetalPlatformSchema,
  containerHostPlatformSchema,
]);

const hostSchema = z
  .strictObject({
    id: idOf<HostId>('host'),
    name: nameText(),
    cpuCores: wholeNumber(...LIMITS.hostCores),
    memoryGb: decimal(...LIMITS.hostMemoryGb),
    storageGb: decimal(...LIMITS.hostStorageGb),
    nics: z.array(physicalNicSchema).max(LIMITS.hostNics[1]).default([]),
    power: z.enum(['on', 'off', 'failed']).default('on'),
    cpuOvercommit: decimal(...LIMITS.overcommit)
      .default(4)
      .describe('Most vCPUs per physical core across powered-on VMs (4 means 4:1).'),
    memoryOvercommit: z
      .boolean()
      .default(false)
      .describe('Whether powered-on VMs may be given more memory than the host has.'),
    maintenance: z
      .boolean()
      .default(false)
      .describe('In maintenance mode the orchestrator places nothing here and evacuates it.'),
    sharedDatastore: nameText()
      .nullable()
      .default(DEFAULT_DATASTORE)
      .describe('The shared datastore (SAN or NAS) it mounts, by name; null for local disks only.'),
    platform: platformSchema,
  })
  .describe('A physical server.');

const physicalSwitchSchema = z
  .strictObject({
    id: idOf<PhysicalSwitchId>('physicalSwitch'),
    name: nameText(),
    portCount: wholeNumber(...SWITCH_PORTS),
    downPorts: downPortsSchema,
  })
  .describe("A physical Ethernet switch joining the hosts' physical NICs.");

const assumptionsSchema = figures(ASSUMPTION_INFO, DEFAULT_ASSUMPTIONS).describe(
  'Figures the simulation assumes; each is editable in the Assumptions panel.',
);

/** Fields in the order the engine's log builds them, so a loaded file saves back alike. */
const logEventSchema = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  text: z.string(),
  subjects: z.array(z.string()).default([]),
  seq: wholeNumber(0),
  time: decimal(0).describe('Simulated seconds.'),
});

const simSchema = z
  .strictObject({
    time: decimal(0).default(0).describe('Simulated seconds since the scenario began.'),
    rng: wholeNumber(-2147483648, 2147483647)
      .default(1)
      .describe('State of the seeded random number generator, so a replay draws the same numbers.'),
    nextId: wholeNumber(1).describe(
      'Next number for a new id; greater than the number in every id of the file.',
    ),
    log: z
      .array(logEventSchema)
      .max(LOG_LIMIT)
      .default([])
      .describe('Most recent events, oldest first.'),
    seq: wholeNumber(0).default(0).describe('Sequence number of the next event.'),
    net: netSchema,
  })
  .describe("The simulation's clock, random state, id counter and event log.");

const worldSchema = z.strictObject({
  hosts: z.record(idOf<HostId>('host'), hostSchema).describe('Servers, by id.'),
  physicalSwitches: z
    .record(idOf<PhysicalSwitchId>('physicalSwitch'), physicalSwitchSchema)
    .default({})
    .describe('Physical switches, by id.'),
  routers: routersSchema,
  assumptions: assumptionsSchema,
  study: studySchema,
  orchestrator: orchestratorSchema,
});

const stateShape = z
  .strictObject({ world: worldSchema, sim: simSchema })
  .superRefine((state, ctx) => {
    // A world over the counts is refused on them alone; checking it whole would take long.
    const tooLarge = countProblems(state.world);
    for (const problem of tooLarge.length > 0 ? tooLarge : invariantProblems(state)) {
      ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
    }
  });

/** The engine state as a file holds it. */
export const stateSchema: z.ZodType<State, z.input<typeof stateShape>> = stateShape;

export interface HostPosition {
  readonly x: number;
  readonly y: number;
}

export interface ScenarioLayout {
  /** Canvas positions of host nodes; hosts without one are placed automatically. */
  readonly hostPositions?: Readonly<Record<HostId, HostPosition>>;
}

const layoutSchema = z
  .strictObject({
    hostPositions: z
      .record(idOf<HostId>('host'), z.strictObject({ x: z.number(), y: z.number() }))
      .optional()
      .describe(
        'Canvas positions of host nodes, by host id; positions of unknown hosts are ignored.',
      ),
  })
  .describe('Where things sit on the canvas; not part of the simulation.');

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Optional: a JSON Schema for editors.'),
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(CURRENT_VERSION).describe('The file format version.'),
    name: z.string().min(1).max(100),
    description: z.string().max(2000).optional(),
    state: stateSchema,
    layout: layoutSchema.optional(),
  })
  .meta({
    title: 'VirtLab scenario',
    description:
      'A whole VirtLab datacenter: hosts, VMs, networks, assumptions and the simulation state.',
  });

export interface Scenario {
  readonly $schema?: string;
  readonly format: typeof SCENARIO_FORMAT;
  readonly version: number;
  readonly name: string;
  readonly description?: string;
  readonly state: State;
  readonly layout?: ScenarioLayout;
}

/*
 * Compile-time guard: the schema and the engine model must describe the same data. When the
 * engine's State changes, typecheck fails here until the schema follows.
 */
type DeepReadonly<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : { readonly [K in keyof T]: DeepReadonly<T[K]> };
type Same<A, B> =
  (<X>() => X extends DeepReadonly<A> ? 1 : 2) extends <X>() => X extends DeepReadonly<B> ? 1 : 2
    ? true
    : false;
type Assert<T extends true> = T;
export type StateSchemaMatchesEngine = Assert<Same<z.output<typeof stateShape>, State>>;
export type ScenarioSchemaMatchesType = Assert<Same<z.output<typeof scenarioSchema>, Scenario>>;
