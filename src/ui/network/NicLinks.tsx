import type { Host } from '../../engine/read';
import { useCommit } from '../panels/useCommit';

/** A link up or down per physical NIC, so a learner can break an uplink and watch what fails. */
export function NicLinks({ host }: { host: Host }) {
  const commit = useCommit();
  return (
    <fieldset className="mb-1">
      <legend className="text-sm font-semibold text-slate-800">Link up (untick to fail it)</legend>
      <div className="flex flex-wrap gap-x-3">
        {host.nics.map((n) => (
          <label key={n.id} className="flex items-center gap-1 text-sm text-slate-900">
            <input
              type="checkbox"
              checked={n.up}
              onChange={(e) =>
                commit({ type: 'setNicLink', hostId: host.id, nicId: n.id, up: e.target.checked })
              }
            />
            {n.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
