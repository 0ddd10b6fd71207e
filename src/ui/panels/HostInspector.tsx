import {
  EXPLAIN,
  HYPERVISORS,
  type Host,
  type HostId,
  type HypervisorPlatform,
  OPERATING_SYSTEMS,
  hypervisorById,
} from '../../engine/read';
import { Field } from '../components/Field';
import { Button, Explain, Section } from '../components/Section';
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
      {host.platform.kind === 'hypervisor' && (
        <HypervisorChooser hostId={hostId} platform={host.platform} />
      )}
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
        <p className="text-sm text-slate-700">{EXPLAIN.pnic}</p>
      </Section>
      <Button tone="danger" onClick={() => commit({ type: 'removeHost', hostId })}>
        Remove host
      </Button>
    </div>
  );
}

function HypervisorChooser({ hostId, platform }: { hostId: HostId; platform: HypervisorPlatform }) {
  const commit = useCommit();
  const product = hypervisorById(platform.product);
  const setProduct = (id: string) => {
    const next = hypervisorById(id);
    const hostOs = next?.type === 2 ? (platform.hostOs ?? 'windows-11') : null;
    commit({ type: 'setHypervisor', hostId, product: id, hostOs });
  };
  return (
    <Section title="Platform">
      <label className="block text-sm font-semibold text-slate-800" htmlFor="hv-product">
        Hypervisor
      </label>
      <select
        id="hv-product"
        value={platform.product}
        onChange={(e) => setProduct(e.target.value)}
        className="mb-1 w-full rounded border border-slate-500 bg-white px-2 py-1 text-base text-slate-900"
      >
        {[1, 2].map((type) => (
          <optgroup key={type} label={`Type ${type}${type === 1 ? ' (bare metal)' : ' (hosted)'}`}>
            {HYPERVISORS.filter((h) => h.type === type).map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {product && (
        <Explain>
          {product.type === 1 ? EXPLAIN.hypervisor1 : EXPLAIN.hypervisor2} {product.note}
          {product.correction ? ` Note: ${product.correction}` : ''}
        </Explain>
      )}
      {product?.type === 2 && (
        <>
          <label className="block text-sm font-semibold text-slate-800" htmlFor="host-os">
            Host OS
          </label>
          <select
            id="host-os"
            value={platform.hostOs ?? ''}
            onChange={(e) =>
              commit({
                type: 'setHypervisor',
                hostId,
                product: platform.product,
                hostOs: e.target.value,
              })
            }
            className="mb-2 w-full rounded border border-slate-500 bg-white px-2 py-1 text-base text-slate-900"
          >
            {OPERATING_SYSTEMS.filter((o) => o.canHost).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </>
      )}
    </Section>
  );
}
