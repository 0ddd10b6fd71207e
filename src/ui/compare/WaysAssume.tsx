import { ASSUMPTION_INFO, type Assumptions } from '../../engine/read';
import { Button } from '../components/Button';
import { Disclosure } from '../components/Disclosure';
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
    <Disclosure title="What these figures assume">
      <p className="text-sm text-slate-900">
        The server model, the packing target and the spares are in the Total cost tab; these come
        from the simulation&apos;s own assumptions:
      </p>
      <ul className="mb-1 ml-5 list-disc text-sm text-slate-900">
        {USED.map((key) => (
          <li key={key}>
            {ASSUMPTION_INFO[key].label}: {assumptions[key]} {ASSUMPTION_INFO[key].unit}
          </li>
        ))}
      </ul>
      <Button tone="link" onClick={() => show({ sidePanel: 'assumptions' })}>
        Edit them in the Assumptions panel
      </Button>
    </Disclosure>
  );
}
