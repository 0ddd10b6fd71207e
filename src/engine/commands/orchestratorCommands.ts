import type { FaultId, RuleId } from '../base/ids';
import { type EventDraft, event } from '../base/log';
import { listOf, plural, secs } from '../base/text';
import {
  ORCHESTRATOR_SETTING_INFO,
  type OrchestratorSettings,
  type PlacementRule,
} from '../model/orchestrator';
import type { World } from '../model/types';
import { findVm, getHost, withHost } from '../model/world';
import { balanceRecommendations } from '../orchestrator/balancing';
import { type CallDraft, callEvent, withCalls } from '../orchestrator/calls';
import { consolidationPlan } from '../orchestrator/consolidation';
import { planEvacuation } from '../orchestrator/maintenance';
import { beginMigration, startMigration } from '../orchestrator/migrate';
import { explainPlacement } from '../orchestrator/placement';
import { whereabouts } from '../orchestrator/rules';
import { type HandlerOf, changed, done, made, refuse } from './types';
import { LIMITS, checkName, checkNumber, checkWhole, firstProblem } from './validate';
import { createVm, setVmPower } from './vmCommands';

export const ORCHESTRATOR_OFF = 'The orchestrator is off: place the VM by hand.';

const POLICIES = ['first-fit', 'best-fit', 'spread', 'pack'] as const;
const BALANCING = ['off', 'manual', 'automatic'] as const;

const POLICY_TEXT: Readonly<Record<OrchestratorSettings['policy'], string>> = {
  'first-fit': 'first fit (the first host in name order with room)',
  'best-fit': 'best fit (the host left with the least free memory)',
  spread: 'spread (the least loaded host)',
  pack: 'pack (fill hosts that already run VMs, so empty ones can be powered off)',
};

function settingsProblem(s: OrchestratorSettings): string | null {
  return firstProblem(
    POLICIES.includes(s.policy) ? null : `There is no placement policy "${String(s.policy)}".`,
    BALANCING.includes(s.balancing) ? null : `There is no balancing mode "${String(s.balancing)}".`,
    ...(Object.keys(ORCHESTRATOR_SETTING_INFO) as (keyof typeof ORCHESTRATOR_SETTING_INFO)[]).map(
      (k) => {
        const info = ORCHESTRATOR_SETTING_INFO[k];
        return checkNumber(info.label, s[k], info.min, info.max);
      },
    ),
  );
}

/** One sentence per changed setting, saying what the change means. */
function describeChange(before: OrchestratorSettings, after: OrchestratorSettings): string[] {
  const out: string[] = [];
  if (after.enabled !== before.enabled) {
    out.push(
      after.enabled
        ? `The orchestrator is on: it places new VMs by ${POLICY_TEXT[after.policy]}${after.ha ? ', restarts the VMs of a failed host' : ''} and calls each hypervisor to act.`
        : 'The orchestrator is off: VMs are placed only by hand, as in a simple environment with one hypervisor; nothing restarts, balances or consolidates them.',
    );
  }
  if (after.policy !== before.policy) out.push(`Placement policy: ${POLICY_TEXT[after.policy]}.`);
  if (after.ha !== before.ha) {
    out.push(
      after.ha
        ? 'HA on: after a host misses heartbeats for the timeout, its VMs restart elsewhere (downtime: detection + boot).'
        : 'HA off: the VMs of a failed host stay down.',
    );
  }
  if (after.admissionControl !== before.admissionControl) {
    out.push(
      after.admissionControl
        ? 'Admission control on: placements that would leave no room to restart the VMs of one failed host are refused.'
        : 'Admission control off: the cluster may fill up, and after a failure some VMs may find no room.',
    );
  }
  if (after.balancing !== before.balancing) {
    out.push(
      after.balancing === 'off'
        ? 'Balancing off.'
        : after.balancing === 'manual'
          ? 'Balancing manual: the orchestrator recommends moves; you apply them.'
          : 'Balancing automatic: the orchestrator moves VMs itself when the load gap passes the threshold.',
    );
  }
  for (const k of Object.keys(
    ORCHESTRATOR_SETTING_INFO,
  ) as (keyof typeof ORCHESTRATOR_SETTING_INFO)[]) {
    if (after[k] !== before[k]) {
      const info = ORCHESTRATOR_SETTING_INFO[k];
      out.push(`${info.label} set to ${after[k]} ${info.unit}.`);
    }
  }
  return out;
}

export const setOrchestrator: HandlerOf<'setOrchestrator'> = ({ world }, { patch }) => {
  const before = world.orchestrator.settings;
  const after: OrchestratorSettings = { ...before, ...patch };
  const problem = settingsProblem(after);
  if (problem) return refuse(problem);
  const changes = describeChange(before, after);
  if (changes.length === 0) return refuse('The orchestrator already has these settings.');
  return done(
    { ...world, orchestrator: { ...world.orchestrator, settings: after } },
    event('orchestrator.settings', changes.join(' ')),
  );
};

export const deployVm: HandlerOf<'deployVm'> = (ctx, { spec }) => {
  const { world } = ctx;
  if (!world.orchestrator.settings.enabled) return refuse(ORCHESTRATOR_OFF);
  const sizes = firstProblem(
    checkWhole('vCPUs', spec.vcpus, ...LIMITS.vcpus),
    checkNumber('Memory (GB)', spec.memoryGb, ...LIMITS.vmMemoryGb),
  );
  if (sizes) return refuse(sizes);
  const ruleIds = spec.ruleIds ?? [];
  const unknown = ruleIds.find((id) => !world.orchestrator.rules.some((r) => r.id === id));
  if (unknown) return refuse(`There is no rule ${unknown}.`);
  const name = spec.name ?? 'the new VM';
  const plan = explainPlacement(world, {
    name,
    vcpus: spec.vcpus,
    memoryGb: spec.memoryGb,
    networks: spec.networks ?? [],
    ruleIds,
  });
  if (!plan.chosen) return refuse(plan.summary);
  const hostId = plan.chosen;
  const created = createVm(ctx, hostId, spec);
  if (!created.ok) return created;
  const { vm } = created;
  let next: World = {
    ...created.world,
    orchestrator: {
      ...created.world.orchestrator,
      rules: created.world.orchestrator.rules.map((r) =>
        ruleIds.includes(r.id) ? { ...r, vmIds: [...r.vmIds, vm.id] } : r,
      ),
    },
  };
  const filtered = plan.rows.filter((r) => !r.passed).length;
  const lower = plan.rows.filter((r) => r.passed).length - 1;
  const events: EventDraft[] = [
    event(
      'orchestrator.placed',
      `Orchestrator: ${plan.summary} ${plural(filtered, 'host')} filtered out, ${plural(lower, 'host')} ranked lower.`,
      vm.id,
      hostId,
    ),
  ];
  const calls: CallDraft[] = [{ to: hostId, call: 'create VM', vmId: vm.id }];
  events.push(callEvent(next, calls[0]!, vm.name), ...created.events);
  if (spec.powerOn !== false) {
    const on = setVmPower({ ...ctx, world: next }, { type: 'setVmPower', vmId: vm.id, on: true });
    if (on.ok) {
      const call: CallDraft = { to: hostId, call: 'power on', vmId: vm.id };
      calls.push(call);
      next = on.world;
      events.push(callEvent(next, call, vm.name), ...on.events);
    }
  }
  return made(vm.id, withCalls(next, ctx.ids, ctx.sim.time, calls), ...events);
};

export const addRule: HandlerOf<'addRule'> = (ctx, { spec }) => {
  const { world } = ctx;
  const ids = [...new Set(spec.vmIds)];
  const rules = world.orchestrator.rules;
  const missing = ids.find((id) => !findVm(world, id));
  const problem = firstProblem(
    spec.kind === 'affinity' || spec.kind === 'anti-affinity'
      ? null
      : `There is no rule kind "${String(spec.kind)}".`,
    checkName('A rule name', spec.name),
    rules.some((r) => r.name === spec.name) ? `There is already a rule named ${spec.name}.` : null,
    ids.length < 2 ? 'A rule needs at least two VMs.' : null,
    missing ? `There is no VM ${missing}.` : null,
  );
  if (problem) return refuse(problem);
  const rule: PlacementRule = {
    id: ctx.ids.take<RuleId>('rule'),
    kind: spec.kind,
    name: spec.name,
    vmIds: ids,
  };
  const names = ids.map((id) => findVm(world, id)!.vm.name);
  const where = whereabouts(world);
  const hosts = ids.flatMap((id) => where.get(id)?.host ?? []);
  const broken =
    spec.kind === 'affinity' ? new Set(hosts).size > 1 : new Set(hosts).size < hosts.length;
  const text =
    spec.kind === 'affinity'
      ? `Affinity rule ${spec.name}: ${listOf(names, 8)} run on one host.`
      : `Anti-affinity rule ${spec.name}: no two of ${listOf(names, 8)} share a host.`;
  return made(
    rule.id,
    { ...world, orchestrator: { ...world.orchestrator, rules: [...rules, rule] } },
    event(
      'orchestrator.rule',
      `${text}${broken ? ' Where they run now breaks it: the orchestrator obeys it from its next decision; move them to fix it now.' : ''}`,
      rule.id,
      ...ids,
    ),
  );
};

export const removeRule: HandlerOf<'removeRule'> = ({ world }, { ruleId }) => {
  const rule = world.orchestrator.rules.find((r) => r.id === ruleId);
  if (!rule) return refuse(`There is no rule ${ruleId}.`);
  return done(
    {
      ...world,
      orchestrator: {
        ...world.orchestrator,
        rules: world.orchestrator.rules.filter((r) => r !== rule),
      },
    },
    event('orchestrator.rule', `Rule ${rule.name} removed.`, ruleId),
  );
};

export const scheduleFault: HandlerOf<'scheduleFault'> = (ctx, { hostId, at }) => {
  const { world } = ctx;
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const now = ctx.sim.time;
  if (!Number.isFinite(at) || at <= now) {
    return refuse(`A fault must be scheduled after now (${secs(now)}).`);
  }
  const fault = { id: ctx.ids.take<FaultId>('fault'), kind: 'host-failure' as const, hostId, at };
  return made(
    fault.id,
    {
      ...world,
      orchestrator: { ...world.orchestrator, faults: [...world.orchestrator.faults, fault] },
    },
    event(
      'fault.scheduled',
      `Fault scheduled: ${found.host.name} fails at ${secs(at)}.`,
      fault.id,
      hostId,
    ),
  );
};

export const cancelFault: HandlerOf<'cancelFault'> = ({ world }, { faultId }) => {
  const fault = world.orchestrator.faults.find((f) => f.id === faultId);
  if (!fault) return refuse(`There is no scheduled fault ${faultId}.`);
  const host = world.hosts[fault.hostId]?.name ?? fault.hostId;
  return done(
    {
      ...world,
      orchestrator: {
        ...world.orchestrator,
        faults: world.orchestrator.faults.filter((f) => f !== fault),
      },
    },
    event(
      'fault.scheduled',
      `Scheduled failure of ${host} at ${secs(fault.at)} cancelled.`,
      faultId,
    ),
  );
};

export const enterMaintenance: HandlerOf<'enterMaintenance'> = (ctx, { hostId }) => {
  const { world } = ctx;
  if (!world.orchestrator.settings.enabled) {
    return refuse(
      'Maintenance mode is the orchestrator’s: it evacuates the host by live migration. Switch the orchestrator on, or move the VMs off by hand and power the host off.',
    );
  }
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  if (host.platform.kind !== 'hypervisor')
    return refuse(`${host.name} runs no hypervisor, so it holds no VMs to evacuate.`);
  if (host.maintenance) return refuse(`${host.name} is already in maintenance mode.`);
  if (host.power !== 'on')
    return refuse(`${host.name} is ${host.power === 'failed' ? 'failed' : 'powered off'}.`);
  const plan = planEvacuation(world, hostId);
  if (!plan.ok) return plan;
  let next = withHost(world, { ...host, maintenance: true });
  const events: EventDraft[] = [];
  for (const { vm, to } of plan.moves) {
    const out = beginMigration(next, ctx.ids, ctx.sim.time, {
      vmId: vm.id,
      from: hostId,
      to: to.id,
      purpose: 'maintenance',
      reason: `Maintenance of ${host.name}:`,
    });
    next = out.world;
    events.push(...out.events);
  }
  const text =
    plan.moves.length === 0
      ? `${host.name} enters maintenance mode: no VM runs there, so it can be powered off now.`
      : `${host.name} enters maintenance mode: the orchestrator places nothing there and live-migrates its ${plural(plan.moves.length, 'running VM')} away (${listOf(plan.moves.map((m) => `${m.vm.name} → ${m.to.name}`))}). Power it off once they have left.`;
  return done(next, event('orchestrator.maintenance', text, hostId), ...events);
};

export const exitMaintenance: HandlerOf<'exitMaintenance'> = ({ world }, { hostId }) => {
  const found = getHost(world, hostId);
  if (!found.ok) return found;
  const { host } = found;
  if (!host.maintenance) return refuse(`${host.name} is not in maintenance mode.`);
  return done(
    withHost(world, { ...host, maintenance: false }),
    event(
      'orchestrator.maintenance',
      `${host.name} leaves maintenance mode: the orchestrator may place VMs there again.`,
      hostId,
    ),
  );
};

export const startMigrationCommand: HandlerOf<'startMigration'> = (
  { world, ids, sim },
  { vmId, toHostId },
) => {
  return changed(startMigration(world, ids, sim.time, { vmId, to: toHostId }));
};

export const applyRecommendation: HandlerOf<'applyRecommendation'> = (ctx, { vmId, toHostId }) => {
  if (!ctx.world.orchestrator.settings.enabled)
    return refuse(ORCHESTRATOR_OFF.replace('place the VM', 'move VMs'));
  const rec = balanceRecommendations(ctx.world, ctx.sim.time).recommendations.find(
    (r) => r.vmId === vmId && r.to === toHostId,
  );
  if (!rec) {
    return refuse(
      'That recommendation is no longer current: the loads have changed. Look at the new recommendations.',
    );
  }
  return changed(
    startMigration(ctx.world, ctx.ids, ctx.sim.time, {
      vmId,
      to: toHostId,
      purpose: 'balancing',
      reason: rec.reason,
    }),
  );
};

export const consolidate: HandlerOf<'consolidate'> = (ctx) => {
  const { world } = ctx;
  if (!world.orchestrator.settings.enabled)
    return refuse(ORCHESTRATOR_OFF.replace('place the VM', 'move VMs'));
  const plan = consolidationPlan(world);
  if (plan.powerOff.length === 0) return refuse(plan.summary);
  let next = world;
  const events: EventDraft[] = [
    event('orchestrator.consolidation', `Consolidation: ${plan.summary}`, ...plan.powerOff),
  ];
  for (const m of plan.moves) {
    const from = world.hosts[m.from]!.name;
    const out = beginMigration(next, ctx.ids, ctx.sim.time, {
      vmId: m.vmId,
      from: m.from,
      to: m.to,
      purpose: 'consolidation',
      reason: `Consolidation, emptying ${from}:`,
    });
    next = out.world;
    events.push(...out.events);
  }
  const powerOffWhenEmpty = [
    ...new Set([...next.orchestrator.powerOffWhenEmpty, ...plan.powerOff]),
  ];
  return done({ ...next, orchestrator: { ...next.orchestrator, powerOffWhenEmpty } }, ...events);
};
