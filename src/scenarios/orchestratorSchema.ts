import { z } from './zod';
import {
  EMPTY_ORCHESTRATOR,
  ORCHESTRATOR_SETTING_INFO,
  type CallId,
  type FaultId,
  type HostId,
  type RuleId,
  type VmId,
  type World,
} from '../engine';
import { decimal, figureShape, idOf, label, wholeNumber } from './fields';

/**
 * The orchestrator part of a scenario: settings, rules and scheduled faults a teacher sets up,
 * and the processes in flight (migrations, HA incidents) saved so a reload resumes them.
 */

type Orchestrator = World['orchestrator'];

export const RESTART_PRIORITIES = [
  'high',
  'medium',
  'low',
  'disabled',
] as const satisfies readonly Orchestrator['incidents'][number]['waiting'][number]['priority'][];

const MOVE_PURPOSES = [
  'manual',
  'maintenance',
  'balancing',
  'consolidation',
] as const satisfies readonly Orchestrator['migrations'][number]['purpose'][];

const HYPERVISOR_CALLS = [
  'create VM',
  'register VM',
  'power on',
  'send VM',
  'receive VM',
  'power off host',
] as const satisfies readonly Orchestrator['calls'][number]['call'][];

const hostId = () => idOf<HostId>('host');
const vmId = () => idOf<VmId>('vm');
const seconds = () => decimal(0);

const { enabled, ha, admissionControl, policy, balancing, ...numericDefaults } =
  EMPTY_ORCHESTRATOR.settings;

const settingsSchema = z
  .strictObject({
    enabled: z.boolean().default(enabled).describe('Off: VMs are placed by hand only.'),
    policy: z
      .enum(['first-fit', 'best-fit', 'spread', 'pack'])
      .default(policy)
      .describe('How the orchestrator scores the hosts that passed every filter.'),
    ha: z
      .boolean()
      .default(ha)
      .describe("High availability: restart a failed host's VMs elsewhere."),
    admissionControl: z
      .boolean()
      .default(admissionControl)
      .describe('Refuse placements that leave too little room to restart one failed host.'),
    balancing: z.enum(['off', 'manual', 'automatic']).default(balancing),
    // The numeric settings, ranged from ORCHESTRATOR_SETTING_INFO.
    ...figureShape(ORCHESTRATOR_SETTING_INFO, numericDefaults),
  })
  .prefault({});

const ruleSchema = z.strictObject({
  id: idOf<RuleId>('rule'),
  kind: z.enum(['affinity', 'anti-affinity']),
  name: label(),
  vmIds: z.array(vmId()),
});

const faultSchema = z.strictObject({
  id: idOf<FaultId>('fault'),
  kind: z.literal('host-failure'),
  hostId: hostId(),
  at: seconds().describe('Simulated second at which the host fails.'),
});

const roundSchema = z.strictObject({
  round: wholeNumber(1),
  copiedMb: decimal(0),
  seconds: seconds(),
  dirtiedMb: decimal(0),
});

const planSchema = z.strictObject({
  memoryMb: decimal(0),
  bandwidthMbS: decimal(0),
  dirtyRateMbS: decimal(0),
  rounds: z.array(roundSchema),
  remainderMb: decimal(0),
  downtimeMs: decimal(0),
  totalSeconds: seconds(),
  converged: z.boolean(),
});

const migrationSchema = z.strictObject({
  vmId: vmId(),
  from: hostId(),
  to: hostId(),
  startedAt: seconds(),
  plan: planSchema,
  purpose: z.enum(MOVE_PURPOSES),
  reason: z.string(),
});

const recentMoveSchema = z.strictObject({
  vmId: vmId(),
  from: hostId(),
  to: hostId(),
  at: seconds(),
});

const incidentSchema = z.strictObject({
  hostId: hostId(),
  failedAt: seconds(),
  detectAt: seconds(),
  declared: z.boolean(),
  restarted: z.array(
    z.strictObject({
      vmId: vmId(),
      vmName: z.string(),
      priority: z.enum(RESTART_PRIORITIES),
      to: hostId(),
      at: seconds(),
      downtimeS: seconds(),
    }),
  ),
  waiting: z.array(
    z.strictObject({
      vmId: vmId(),
      vmName: z.string(),
      priority: z.enum(RESTART_PRIORITIES),
      reason: z.string(),
    }),
  ),
  ended: z.boolean(),
});

/** Room a target host holds for a VM being live-migrated to it. */
export const incomingVmSchema = z.strictObject({
  vmId: vmId(),
  name: z.string(),
  vcpus: wholeNumber(1),
  memoryGb: decimal(0),
  from: hostId(),
});

const callSchema = z.strictObject({
  id: idOf<CallId>('call'),
  from: z.enum(['orchestrator', 'learner']),
  to: hostId(),
  call: z.enum(HYPERVISOR_CALLS),
  vmId: vmId().nullable(),
  at: seconds(),
});

export const orchestratorSchema = z
  .strictObject({
    settings: settingsSchema,
    rules: z.array(ruleSchema).default([]).describe('Affinity and anti-affinity rules.'),
    faults: z.array(faultSchema).default([]).describe('Host failures scheduled at set times.'),
    migrations: z.array(migrationSchema).default([]).describe('Live migrations in flight.'),
    powerOffWhenEmpty: z.array(hostId()).default([]),
    incidents: z.array(incidentSchema).default([]).describe('Recent HA incidents, newest last.'),
    recentMoves: z.array(recentMoveSchema).default([]),
    lastBalanceAt: seconds().default(0),
    calls: z.array(callSchema).default([]).describe('Recent hypervisor calls, for the canvas.'),
  })
  .prefault({})
  .describe(
    "The infrastructure orchestrator's settings, rules, scheduled faults and work in flight.",
  );
