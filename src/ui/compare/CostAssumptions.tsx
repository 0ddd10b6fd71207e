import type { CostAssumptionInfo, CostAssumptions as Costs, CostGroup } from '../../engine/read';
import { AssumptionField } from '../components/AssumptionField';

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
          {keys
            .filter((k) => infos[k].group === g.id)
            .map((key) => {
              const info = infos[key];
              return (
                <AssumptionField
                  key={key}
                  info={info}
                  value={costs[key]}
                  command={(value) => ({ type: 'setCostAssumption', key, value })}
                />
              );
            })}
        </fieldset>
      ))}
    </div>
  );
}
