import { ASSUMPTION_INFO, type Assumptions } from '../../engine/read';
import { AssumptionFields } from '../components/AssumptionFields';
import { useSandbox } from '../storeContext';

/** Every figure the simulation assumes, labelled and editable; saved with the scenario. */
export default function AssumptionsPanel() {
  const assumptions = useSandbox((s) => s.session.state.world.assumptions);
  const keys = Object.keys(ASSUMPTION_INFO) as (keyof Assumptions)[];
  return (
    <section aria-labelledby="assumptions-title" className="p-3">
      <h2 id="assumptions-title" className="text-xl font-bold text-slate-900">
        Assumptions
      </h2>
      <p className="mb-2 text-sm text-slate-800">
        The figures the simulation assumes. Change any of them; they are saved with the scenario.
      </p>
      <AssumptionFields
        keys={keys}
        infos={ASSUMPTION_INFO}
        values={assumptions}
        command={(key, value) => ({ type: 'setAssumption', key, value })}
      />
    </section>
  );
}
