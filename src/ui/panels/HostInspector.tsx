import { EXPLAIN, type Host } from '../../engine/read';
import { Field } from '../components/Field';
import { Button, Explain, Section } from '../components/Section';
import { NicLinks } from '../network/NicLinks';
import { HostPlatform } from '../platforms/lazy';
import { HostOrchestration } from '../orchestrator/lazy';
import { num, useCommit } from './useCommit';

export function HostInspector({ host }: { host: Host }) {
  const commit = useCommit();
  const hostId = host.id;
  const patch = (p: Parameters<typeof commit>[0] & { type: 'updateHost' }) => commit(p);
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">Host {host.name}</h2>
      <Explain>{EXPLAIN.host}</Explain>
      <Field
        label="Name"
        value={host.name}
        onCommit={(v) => patch({ type: 'updateHost', hostId, patch: { name: v.trim() } })}
      />
      <div className="grid grid-cols-2 gap-x-2">
        <Field
          label="CPU cores"
          type="number"
          value={host.cpuCores}
          onCommit={(v) => patch({ type: 'updateHost', hostId, patch: { cpuCores: num(v) } })}
        />
        <Field
          label="Memory (GB)"
          type="number"
          value={host.memoryGb}
          onCommit={(v) => patch({ type: 'updateHost', hostId, patch: { memoryGb: num(v) } })}
        />
        <Field
          label="Storage (GB)"
          type="number"
          value={host.storageGb}
          onCommit={(v) => patch({ type: 'updateHost', hostId, patch: { storageGb: num(v) } })}
        />
        <Field
          label="vCPU per core"
          type="number"
          step={0.5}
          value={host.cpuOvercommit}
          suffix=":1"
          onCommit={(v) => patch({ type: 'updateHost', hostId, patch: { cpuOvercommit: num(v) } })}
        />
      </div>
      <label className="mb-2 flex items-center gap-2 text-sm text-slate-900">
        <input
          type="checkbox"
          checked={host.memoryOvercommit}
          onChange={(e) =>
            commit({ type: 'updateHost', hostId, patch: { memoryOvercommit: e.target.checked } })
          }
        />
        Allow memory overcommit (ballooning, swapping)
      </label>
      <HostPlatform host={host} />
      <HostOrchestration host={host} />
      <Section title="Power">
        <div className="flex flex-wrap gap-2">
          <Button
            disabled={host.power === 'on'}
            onClick={() => commit({ type: 'setHostPower', hostId, power: 'on' })}
          >
            Power on
          </Button>
          <Button
            disabled={host.power === 'off'}
            onClick={() => commit({ type: 'setHostPower', hostId, power: 'off' })}
          >
            Power off
          </Button>
          <Button
            tone="danger"
            disabled={host.power === 'failed'}
            onClick={() => commit({ type: 'setHostPower', hostId, power: 'failed' })}
          >
            Fail host
          </Button>
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
      <Button tone="danger" onClick={() => commit({ type: 'removeHost', hostId })}>
        Remove host
      </Button>
    </div>
  );
}
