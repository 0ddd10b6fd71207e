import { useMemo } from 'react';
import type { EngineRuntime } from '../../store/sessionSlice';
import { useSandbox } from '../storeContext';

/**
 * The workload deployed five ways, priced over N years, and the chart rows: recomputed only
 * when the study or the simulation's assumptions change, never on a tick of the clock.
 */
export function useComparison(rt: EngineRuntime) {
  const study = useSandbox((s) => s.session.state.world.study);
  const assumptions = useSandbox((s) => s.session.state.world.assumptions);
  return useMemo(() => {
    const comparison = rt.compareDeployments(study.workload, assumptions, study.assumptions);
    const cost = rt.tco(comparison, study.assumptions);
    return { comparison, cost, metrics: rt.compareMetrics(comparison, cost), study };
  }, [rt, study, assumptions]);
}
