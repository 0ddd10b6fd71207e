import type { Host } from '../../engine/read';
import { Check } from '../components/Check';
import { useCommit } from '../components/useCommit';

/** A link up or down per physical NIC, so a learner can break an uplink and watch what fails. */
export function NicLinks({ host }: { host: Host }) {
  const commit = useCommit();
  return (
    <fieldset className="mb-1">
      <legend className="text-sm font-semibold text-slate-800">Link up (untick to fail it)</legend>
      <div className="flex flex-wrap gap-x-3">
        {host.nics.map((n) => (
          <Check
            key={n.id}
            label={n.name}
            checked={n.up}
            onChange={(up) => commit({ type: 'setNicLink', hostId: host.id, nicId: n.id, up })}
          />
        ))}
      </div>
    </fieldset>
  );
}
