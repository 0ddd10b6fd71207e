import { describe, expect, it } from 'vitest';
import {
  type State,
  WAY_ORDER,
  compareDeployments,
  emptyState,
  execute,
  startSession,
  tco,
} from '../../engine';
import { predicateHolds, predicateText } from '../predicates';

/** The cheapestWay predicate, which the TCO lesson of the containers sequence checks. */

const holdsFor = (state: State) =>
  WAY_ORDER.filter((way) =>
    predicateHolds({ state, start: state, sinceSeq: 0 }, { is: 'cheapestWay', way }),
  );

const totals = (state: State) => {
  const { study, assumptions } = state.world;
  return tco(compareDeployments(study.workload, assumptions, study.assumptions), study.assumptions)
    .ways;
};

function withLicence(perSocketYear: number): State {
  const done = execute(startSession(emptyState(1)), {
    type: 'setCostAssumption',
    key: 'hypervisorLicencePerSocketYear',
    value: perSocketYear,
  });
  if (!done.ok) throw new Error(done.reason);
  return done.session.state;
}

describe('the cheapestWay predicate', () => {
  it('holds for exactly one way, the one with the lowest total cost', () => {
    for (const state of [emptyState(1), withLicence(0), withLicence(5000)]) {
      const held = holdsFor(state);
      expect(held).toHaveLength(1);
      const lowest = Math.min(...totals(state).map((w) => w.total));
      expect(totals(state).find((w) => w.way === held[0])?.total).toBe(lowest);
    }
  });

  it('follows the cost figures: a free type-1 hypervisor makes containers in VMs the cheapest with the default study', () => {
    expect(holdsFor(emptyState(1))).toEqual(['containers']);
    expect(holdsFor(withLicence(0))).toEqual(['containers-in-vms']);
  });

  it('names the way as the compare view does', () => {
    expect(predicateText({ is: 'cheapestWay', way: 'containers-in-vms' })).toBe(
      'the Total cost tab marks Containers in VMs as the cheapest way',
    );
  });
});
