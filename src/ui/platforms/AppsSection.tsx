import type { BareMetalPlatform, HostId } from '../../engine/read';
import { Button, Section } from '../components/Section';
import { num, useCommit } from '../panels/useCommit';
import { coresText } from '../canvas/PlatformLayers';
import { AddForm } from './AddForm';

/** Apps installed straight on a bare-metal OS: the traditional one-OS-per-server way. */
export function AppsSection({ hostId, platform }: { hostId: HostId; platform: BareMetalPlatform }) {
  const commit = useCommit();
  return (
    <Section title="Apps on this OS">
      {platform.apps.length === 0 && <p className="text-sm text-slate-800">No apps yet.</p>}
      <ul className="space-y-1">
        {platform.apps.map((app) => (
          <li key={app.id} className="flex items-center justify-between gap-2 text-sm">
            <span>
              <strong>{app.name}</strong> · {coresText(app.cpu)} · {app.memoryGb} GB
            </span>
            <Button onClick={() => commit({ type: 'removeApp', hostId, appId: app.id })}>
              Remove {app.name}
            </Button>
          </li>
        ))}
      </ul>
      <AddForm
        title="Add an app"
        submitLabel="Add app"
        fields={[
          { key: 'name', label: 'Name', initial: '' },
          { key: 'cpu', label: 'CPU (cores)', initial: '1', type: 'number', step: 0.25 },
          { key: 'memoryGb', label: 'Memory (GB)', initial: '2', type: 'number', step: 0.5 },
        ]}
        onAdd={(v) =>
          commit({
            type: 'addApp',
            hostId,
            spec: {
              ...(v.name?.trim() ? { name: v.name.trim() } : {}),
              cpu: num(v.cpu ?? ''),
              memoryGb: num(v.memoryGb ?? ''),
            },
          })
        }
      />
    </Section>
  );
}
