import type { BareMetalPlatform, Command, HostId } from '../../engine/read';
import { AddForm, type AddValues, nameIfGiven } from '../components/AddForm';
import { CommandButton } from '../components/Button';
import { Section } from '../components/Section';
import { num } from '../components/useCommit';
import { coresText } from '../canvas/PlatformLayers';

/** A new app's name (blank: the engine picks one) and what it needs. */
const APP_FIELDS = [
  { key: 'name', label: 'Name', initial: '' },
  { key: 'cpu', label: 'CPU (cores)', initial: '1', type: 'number', step: 0.25 },
  { key: 'memoryGb', label: 'Memory (GB)', initial: '2', type: 'number', step: 0.5 },
] as const;

const addApp =
  (hostId: HostId) =>
  (v: AddValues<typeof APP_FIELDS>): Command => ({
    type: 'addApp',
    hostId,
    spec: { ...nameIfGiven(v.name), cpu: num(v.cpu), memoryGb: num(v.memoryGb) },
  });

/** Apps installed straight on a bare-metal OS: the traditional one-OS-per-server way. */
export function AppsSection({ hostId, platform }: { hostId: HostId; platform: BareMetalPlatform }) {
  return (
    <Section title="Apps on this OS">
      {platform.apps.length === 0 && <p className="text-sm text-slate-800">No apps yet.</p>}
      <ul className="space-y-1">
        {platform.apps.map((app) => (
          <li key={app.id} className="flex items-center justify-between gap-2 text-sm">
            <span>
              <strong>{app.name}</strong> · {coresText(app.cpu)} · {app.memoryGb} GB
            </span>
            <CommandButton command={{ type: 'removeApp', hostId, appId: app.id }}>
              Remove {app.name}
            </CommandButton>
          </li>
        ))}
      </ul>
      <AddForm
        title="Add an app"
        submitLabel="Add app"
        fields={APP_FIELDS}
        command={addApp(hostId)}
      />
    </Section>
  );
}
