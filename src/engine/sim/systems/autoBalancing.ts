import { IdAllocator } from '../../base/ids';
import type { EventDraft } from '../../base/log';
import { balanceRecommendations } from '../../orchestrator/balancing';
import { startMigration } from '../../orchestrator/migrate';
import type { TickSystem } from './types';

/**
 * Automatic balancing: every balancing interval, the orchestrator applies its own
 * recommendations as live migrations, each with its reason in the log.
 */
export const autoBalancing: TickSystem = (state) => {
  const now = state.sim.time;
  const o = state.world.orchestrator;
  const s = o.settings;
  if (!s.enabled || s.balancing !== 'automatic' || now - o.lastBalanceAt < s.balanceIntervalS) {
    return { state, events: [] };
  }
  let world = { ...state.world, orchestrator: { ...o, lastBalanceAt: now } };
  const ids = new IdAllocator(state.sim.nextId);
  const events: EventDraft[] = [];
  for (const rec of balanceRecommendations(world, now).recommendations) {
    const out = startMigration(world, ids, now, {
      vmId: rec.vmId,
      to: rec.to,
      purpose: 'balancing',
      reason: rec.reason,
    });
    if (!out.ok) continue;
    world = out.world;
    events.push(...out.events);
  }
  return { state: { world, sim: { ...state.sim, nextId: ids.counter } }, events };
};
