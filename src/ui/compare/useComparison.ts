import { useMemo } from 'react';
import { compareDeployments, compareMetrics, tco } from '../../engine';
import { useSandbox } from '../storeContext';

/**
 * The workload deployed five ways, priced over N years, and the chart rows: recomputed only
 * when the study or the simulation's assumptions change, never on a tick of the clock.
 */
export function useComparison() {
  const study = useSandbox((s) => s.session.state.world.study);
  const assumptions = useSandbox((s) => s.session.state.world.assumptions);
  return useMemo(() => {
    const comparison = compareDeployments(study.workload, assumptions, study.assumptions);
    const cost = tco(comparison, study.assumptions);
    return { comparison, cost, metrics: compareMetrics(comparison, cost), study };
  }, [study, assumptions]);
}
