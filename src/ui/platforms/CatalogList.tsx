import { HYPERVISORS, RUNTIMES } from '../../engine/read';

/** The whole hypervisor and runtime catalog, one line each, for a learner comparing products. */
export function CatalogList() {
  return (
    <details className="mb-2 text-sm text-slate-900">
      <summary className="cursor-pointer font-semibold">The whole catalog</summary>
      <h4 className="mt-1 font-bold">Hypervisors</h4>
      <ul className="ml-4 list-disc">
        {HYPERVISORS.map((h) => (
          <li key={h.id}>
            <strong>{h.name}</strong> (type {h.type}): {h.note}
          </li>
        ))}
      </ul>
      <h4 className="mt-1 font-bold">Container runtimes</h4>
      <ul className="ml-4 list-disc">
        {RUNTIMES.map((r) => (
          <li key={r.id}>
            <strong>{r.name}</strong>
            {r.status === 'historical' ? ' (historical)' : ''}: {r.note}
          </li>
        ))}
      </ul>
    </details>
  );
}
