import { HYPERVISORS, RUNTIMES } from '../../engine/read';
import { Disclosure } from '../components/Disclosure';

/** The whole hypervisor and runtime catalog, one line each, for a learner comparing products. */
export function CatalogList() {
  return (
    <Disclosure title="The whole catalog" look="inline">
      <div className="text-sm text-slate-900">
        <h4 className="font-bold">Hypervisors</h4>
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
      </div>
    </Disclosure>
  );
}
