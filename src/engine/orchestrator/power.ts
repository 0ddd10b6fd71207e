import type { CostAssumptions } from '../model/study';

/**
 * Server power at CPU use u (0..1): P = P_idle + (P_max − P_idle) · u, the linear model CloudSim
 * uses (docs/domain.md, "Consolidation, power and cost"). The figures are the TCO panel's
 * server assumptions, not a second
 * copy of them.
 */
export function hostWatts(c: CostAssumptions, cpuShare: number): number {
  const u = Math.min(1, Math.max(0, cpuShare));
  return c.serverIdleWatts + (c.serverMaxWatts - c.serverIdleWatts) * u;
}

export const HOURS_PER_YEAR = 8760;

/** What `watts` drawn all year cost, the building's cooling overhead (PUE) included. */
export function yearlyEnergyCost(c: CostAssumptions, watts: number): number {
  return (watts / 1000) * HOURS_PER_YEAR * c.electricityPerKwh * c.pue;
}
