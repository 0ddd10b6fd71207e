import { type Migration, type State, type World, migrationProgress } from '../../engine';
import { selectState } from '../../store/selectors';
import { useDerived, useSandbox } from '../storeContext';
import { REDUCED_MOTION, useNodeBox } from './nodeBox';

/**
 * Each live migration in flight, as a moving dashed arc from the VM to its target host, with
 * one label per pair of hosts: the VM and how far its copy has come, or how many VMs go there.
 */
export default function MigrationArrows() {
  const migrations = useSandbox((s) => s.session.state.world.orchestrator.migrations);
  const labels = useDerived(selectState, migrationLabels);
  return migrations.map((m) => (
    <MigrationArrow key={m.vmId} migration={m} label={labels[m.vmId] ?? null} />
  ));
}

/** The label of each pair of hosts, keyed by the VM whose arc carries it. */
function migrationLabels(state: State): Readonly<Record<string, string>> {
  const { world } = state;
  const { migrations } = world.orchestrator;
  const count = new Map<string, number>();
  const pairOf = (m: Migration) => `${m.from}>${m.to}`;
  for (const m of migrations) count.set(pairOf(m), (count.get(pairOf(m)) ?? 0) + 1);
  const labelled = new Set<string>();
  const labels: Record<string, string> = {};
  for (const m of migrations) {
    const pair = pairOf(m);
    if (labelled.has(pair)) continue;
    labelled.add(pair);
    const n = count.get(pair)!;
    const progress = n === 1 ? migrationProgress(m, state.sim.time) : null;
    labels[m.vmId] =
      `${n > 1 ? `${n} VMs` : vmName(world, m)} → ${world.hosts[m.to]?.name ?? m.to}${progress ? ` · ${Math.round(progress.fraction * 100)} %` : ''}`;
  }
  return labels;
}

function vmName(world: World, m: Migration): string {
  const p = world.hosts[m.from]?.platform;
  return (p?.kind === 'hypervisor' ? p.vms[m.vmId]?.name : undefined) ?? 'VM';
}

/** How far above the higher end the arc rises: clear of the host headers, below the brain. */
const LIFT = 55;

function MigrationArrow({ migration, label }: { migration: Migration; label: string | null }) {
  const vm = useNodeBox(migration.vmId);
  const to = useNodeBox(migration.to);
  if (!vm || !to) return null;
  const from = { x: vm.x + vm.width / 2, y: vm.y };
  const end = { x: to.x + to.width / 2, y: to.y };
  const control = { x: (from.x + end.x) / 2, y: Math.min(from.y, end.y) - 2 * LIFT };
  const path = `M ${from.x} ${from.y} Q ${control.x} ${control.y} ${end.x} ${end.y}`;
  // The curve's midpoint, where the label sits.
  const mid = { x: (from.x + end.x) / 4 + control.x / 2, y: (from.y + end.y) / 4 + control.y / 2 };
  return (
    <>
      <svg className="absolute top-0 left-0 overflow-visible" width={1} height={1} aria-hidden>
        <defs>
          <marker
            id={`arrow-${migration.vmId}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="4"
            markerHeight="4"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#6d28d9" />
          </marker>
        </defs>
        <path
          d={path}
          fill="none"
          stroke="#6d28d9"
          strokeWidth={7}
          strokeDasharray="22 12"
          markerEnd={`url(#arrow-${migration.vmId})`}
        >
          {!REDUCED_MOTION && (
            <animate
              attributeName="stroke-dashoffset"
              from="68"
              to="0"
              dur="1s"
              repeatCount="indefinite"
            />
          )}
        </path>
      </svg>
      {label && (
        <div
          className="absolute top-0 left-0 rounded-lg border-4 border-violet-800 bg-white px-3 text-3xl leading-10 font-bold whitespace-nowrap text-violet-950"
          style={{ transform: `translate(${mid.x}px, ${mid.y}px) translate(-50%, -50%)` }}
        >
          Live migration: {label}
        </div>
      )}
    </>
  );
}
