import type { CostAssumptionInfo, CostAssumptions as Costs, CostGroup } from '../../engine/read';
import { AssumptionFields } from '../components/AssumptionFields';

const GROUPS: readonly { id: CostGroup; label: string }[] = [
  { id: 'server', label: 'Server model' },
  { id: 'deployment', label: 'Deployment' },
  { id: 'purchase', label: 'Purchase' },
  { id: 'licences', label: 'Licences' },
  { id: 'power', label: 'Power and cooling' },
  { id: 'running', label: 'Running costs' },
];

/** Every cost figure, labelled, with its unit and why it matters; saved with the scenario. */
export function CostAssumptions({
  costs,
  infos,
}: {
  costs: Costs;
  infos: Readonly<Record<keyof Costs, CostAssumptionInfo>>;
}) {
  const keys = Object.keys(infos) as (keyof Costs)[];
  return (
    <div>
      {GROUPS.map((g) => (
        <fieldset key={g.id} className="mb-3 rounded border border-slate-300 p-2">
          <legend className="px-1 text-base font-bold text-slate-900">{g.label}</legend>
          <AssumptionFields
            keys={keys.filter((k) => infos[k].group === g.id)}
            infos={infos}
            values={costs}
            command={(key, value) => ({ type: 'setCostAssumption', key, value })}
          />
        </fieldset>
      ))}
    </div>
  );
}
