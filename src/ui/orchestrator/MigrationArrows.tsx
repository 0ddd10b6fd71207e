import type { Migration } from '../../engine/read';
import { useSandbox } from '../storeContext';
import { REDUCED_MOTION, useNodeBox } from './nodeBox';

/** Each live migration in flight, as a moving dashed arrow from the VM to its target host. */
export function MigrationArrows() {
  const migrations = useSandbox((s) => s.session.state.world.orchestrator.migrations);
  const hosts = useSandbox((s) => s.session.state.world.hosts);
  // One label per pair of hosts: an evacuation sends several VMs along the same arc.
  const count = new Map<string, number>();
  for (const m of migrations)
    count.set(`${m.from}>${m.to}`, (count.get(`${m.from}>${m.to}`) ?? 0) + 1);
  const labelled = new Set<string>();
  return migrations.map((m) => {
    const pair = `${m.from}>${m.to}`;
    const n = count.get(pair)!;
    const label = labelled.has(pair)
      ? null
      : `Live migration → ${hosts[m.to]?.name ?? m.to}${n > 1 ? ` (${n} VMs)` : ''}`;
    labelled.add(pair);
    return <MigrationArrow key={m.vmId} migration={m} label={label} />;
  });
}

function MigrationArrow({ migration, label }: { migration: Migration; label: string | null }) {
  const vm = useNodeBox(migration.vmId);
  const to = useNodeBox(migration.to);
  if (!vm || !to) return null;
  const from = { x: vm.x + vm.width / 2, y: vm.y };
  const end = { x: to.x + to.width / 2, y: to.y };
  // Arcs over the top of both hosts, where nothing else is drawn.
  const lift = Math.min(from.y, end.y) - 140;
  const mid = { x: (from.x + end.x) / 2, y: lift };
  const path = `M ${from.x} ${from.y} Q ${mid.x} ${mid.y} ${end.x} ${end.y}`;
  const labelY = (from.y + end.y) / 4 + lift / 2;
  return (
    <>
      <svg className="absolute top-0 left-0 overflow-visible" width={1} height={1} aria-hidden>
        <defs>
          <marker
            id={`arrow-${migration.vmId}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#6d28d9" />
          </marker>
        </defs>
        <path
          d={path}
          fill="none"
          stroke="#6d28d9"
          strokeWidth={8}
          strokeDasharray="24 14"
          markerEnd={`url(#arrow-${migration.vmId})`}
        >
          {!REDUCED_MOTION && (
            <animate
              attributeName="stroke-dashoffset"
              from="76"
              to="0"
              dur="1s"
              repeatCount="indefinite"
            />
          )}
        </path>
      </svg>
      {label && (
        <div
          className="absolute top-0 left-0 rounded-lg border-4 border-violet-800 bg-white px-3 py-1 text-2xl font-bold whitespace-nowrap text-violet-950"
          style={{ transform: `translate(${mid.x}px, ${labelY}px) translate(-50%, -50%)` }}
        >
          {label}
        </div>
      )}
    </>
  );
}
