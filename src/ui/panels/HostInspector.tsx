import { type Command, EXPLAIN, type Host, type HostPatch } from '../../engine/read';
import { CommandButton } from '../components/Button';
import { Check } from '../components/Check';
import { type FigureField, NumberFields, TextField } from '../components/Field';
import { Explain, Section } from '../components/Section';
import { useCommit } from '../components/useCommit';
import { NicLinks } from '../network/NicLinks';
import { HostPlatform } from '../platforms/lazy';
import { HostOrchestration } from '../orchestrator/lazy';

const SIZES: readonly FigureField<'cpuCores' | 'memoryGb' | 'storageGb' | 'cpuOvercommit'>[] = [
  { key: 'cpuCores', label: 'CPU cores' },
  { key: 'memoryGb', label: 'Memory (GB)' },
  { key: 'storageGb', label: 'Storage (GB)' },
  { key: 'cpuOvercommit', label: 'vCPU per core', step: 0.5, unit: ':1' },
];

const POWER = [
  { power: 'on', label: 'Power on', tone: 'plain' },
  { power: 'off', label: 'Power off', tone: 'plain' },
  { power: 'failed', label: 'Fail host', tone: 'danger' },
] as const;

export function HostInspector({ host }: { host: Host }) {
  const commit = useCommit();
  const hostId = host.id;
  const update = (patch: HostPatch): Command => ({ type: 'updateHost', hostId, patch });
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">Host {host.name}</h2>
      <Explain>{EXPLAIN.host}</Explain>
      <TextField label="Name" value={host.name} command={(name) => update({ name })} />
      <NumberFields fields={SIZES} values={host} command={(k, v) => update({ [k]: v })} />
      <Check
        label="Allow memory overcommit (ballooning, swapping)"
        checked={host.memoryOvercommit}
        onChange={(memoryOvercommit) => commit(update({ memoryOvercommit }))}
      />
      <HostPlatform host={host} />
      <HostOrchestration host={host} />
      <Section title="Power">
        <div className="flex flex-wrap gap-2">
          {POWER.map(({ power, label, tone }) => (
            <CommandButton
              key={power}
              tone={tone}
              disabled={host.power === power}
              command={{ type: 'setHostPower', hostId, power }}
            >
              {label}
            </CommandButton>
          ))}
        </div>
      </Section>
      <Section title="Physical NICs">
        <ul className="text-sm text-slate-900">
          {host.nics.map((n) => (
            <li key={n.id}>
              {n.name}: {n.link ? `cabled to port ${n.link.port}` : 'not cabled'}, link{' '}
              {n.up ? 'up' : 'down'}
            </li>
          ))}
        </ul>
        <NicLinks host={host} />
        <p className="text-sm text-slate-700">{EXPLAIN.pnic}</p>
      </Section>
      <CommandButton tone="danger" command={{ type: 'removeHost', hostId }}>
        Remove host
      </CommandButton>
    </div>
  );
}
