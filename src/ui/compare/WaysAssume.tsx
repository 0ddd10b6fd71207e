import { ASSUMPTION_INFO, type Assumptions } from '../../engine/read';
import { useSandbox } from '../storeContext';

/** The simulation's figures the five-way comparison uses, beside the cost study's own. */
const USED: readonly (keyof Assumptions)[] = [
  'vmBootSeconds',
  'containerStartSeconds',
  'osMemoryGb',
  'runtimeMemoryGb',
  'hypervisorMemoryGb',
  'hostOsCores',
  'hostOsMemoryGb',
  'type1CpuOverheadPct',
  'type2CpuOverheadPct',
  'type2IoOverheadPct',
];

/** What the comparison assumes, with the way to change it. */
export function WaysAssume() {
  const assumptions = useSandbox((s) => s.session.state.world.assumptions);
  const show = useSandbox((s) => s.show);
  return (
    <details className="mb-3 rounded border border-slate-300 bg-white p-2 text-base text-slate-900">
      <summary className="cursor-pointer font-semibold">What these figures assume</summary>
      <p className="mt-1 text-sm">
        The server model, the packing target and the spares are in the Total cost tab; these come
        from the simulation&apos;s own assumptions:
      </p>
      <ul className="ml-5 list-disc text-sm">
        {USED.map((key) => (
          <li key={key}>
            {ASSUMPTION_INFO[key].label}: {assumptions[key]} {ASSUMPTION_INFO[key].unit}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => show({ sidePanel: 'assumptions' })}
        className="mt-1 text-sm font-semibold text-blue-900 underline"
      >
        Edit them in the Assumptions panel
      </button>
    </details>
  );
}
