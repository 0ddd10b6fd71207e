import { useState } from 'react';
import {
  EXPLAIN,
  type Host,
  type HostId,
  OPERATING_SYSTEMS,
  type Vm,
  portGroupNames,
} from '../../engine/read';
import { Field } from '../components/Field';
import { Button, Explain, Section } from '../components/Section';
import { VmNetworkSection } from '../network/lazy';
import { VmPlatform } from '../platforms/lazy';
import { MovePlan, VmOrchestration } from '../orchestrator/lazy';
import { useSandbox } from '../storeContext';
import { num, useCommit } from './useCommit';

const selectClass =
  'w-full rounded border border-slate-500 bg-white px-2 py-1 text-base text-slate-900';

export function VmInspector({ vm, host }: { vm: Vm; host: Host }) {
  const commit = useCommit();
  const vmId = vm.id;
  const hosts = useSandbox((s) => s.session.state.world.hosts);
  const others = Object.values(hosts).filter((h) => h.id !== host.id);
  const [target, setTarget] = useState('');
  const networks = [...portGroupNames(host)];
  const on = vm.power !== 'off' && vm.power !== 'crashed';
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">VM {vm.name}</h2>
      <p className="mb-1 text-sm text-slate-800">
        on {host.name} · {vm.power}
      </p>
      <Explain>{EXPLAIN.vm}</Explain>
      <Field
        label="Name"
        value={vm.name}
        onCommit={(v) => commit({ type: 'updateVm', vmId, patch: { name: v.trim() } })}
      />
      <label htmlFor="vm-os" className="block text-sm font-semibold text-slate-800">
        Guest OS
      </label>
      <select
        id="vm-os"
        className={`${selectClass} mb-2`}
        value={vm.os}
        onChange={(e) => commit({ type: 'updateVm', vmId, patch: { os: e.target.value } })}
      >
        {OPERATING_SYSTEMS.filter((o) => o.canBeGuest).map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <Field
        label="Apps (comma-separated)"
        value={vm.apps.join(', ')}
        onCommit={(v) =>
          commit({
            type: 'updateVm',
            vmId,
            patch: {
              apps: v
                .split(',')
                .map((a) => a.trim())
                .filter(Boolean),
            },
          })
        }
      />
      <div className="grid grid-cols-3 gap-x-2">
        <Field
          label="vCPUs"
          type="number"
          value={vm.vcpus}
          onCommit={(v) => commit({ type: 'updateVm', vmId, patch: { vcpus: num(v) } })}
        />
        <Field
          label="Memory GB"
          type="number"
          value={vm.memoryGb}
          onCommit={(v) => commit({ type: 'updateVm', vmId, patch: { memoryGb: num(v) } })}
        />
        <Field
          label="Disk GB"
          type="number"
          value={vm.diskGb}
          onCommit={(v) => commit({ type: 'updateVm', vmId, patch: { diskGb: num(v) } })}
        />
      </div>
      <Section title="Power">
        <div className="flex gap-2">
          <Button
            tone="primary"
            disabled={on}
            onClick={() => commit({ type: 'setVmPower', vmId, on: true })}
          >
            Power on
          </Button>
          <Button
            disabled={vm.power === 'off'}
            onClick={() => commit({ type: 'setVmPower', vmId, on: false })}
          >
            Power off
          </Button>
        </div>
      </Section>
      <VmPlatform vm={vm} />
      <VmOrchestration vm={vm} />
      <Section title="Move to another host">
        <div className="flex gap-2">
          <label htmlFor="vm-move" className="sr-only">
            Target host
          </label>
          <select
            id="vm-move"
            className={selectClass}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">Choose a host…</option>
            {others.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
          <Button
            disabled={!target}
            onClick={() => commit({ type: 'moveVm', vmId, toHostId: target as HostId })}
          >
            Move
          </Button>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {on
            ? 'Running: it will be live-migrated and keep running.'
            : 'Powered off: it moves cold.'}
        </p>
        <MovePlan vm={vm} target={target} />
      </Section>
      <Section title="vNICs">
        <p className="mb-1 text-sm text-slate-700">{EXPLAIN.vnic}</p>
        {vm.nics.length === 0 && <p className="text-sm text-slate-800">No vNICs.</p>}
        {vm.nics.map((nic, i) => (
          <div key={nic.id} className="mb-1">
            <label htmlFor={`nic-${nic.id}`} className="block text-sm font-semibold text-slate-800">
              vNIC {i + 1} · {nic.mac}
            </label>
            <select
              id={`nic-${nic.id}`}
              className={selectClass}
              value={nic.portGroup ?? ''}
              onChange={(e) =>
                commit({
                  type: 'plugVnic',
                  vmId,
                  vnicId: nic.id,
                  portGroup: e.target.value || null,
                })
              }
            >
              <option value="">unplugged</option>
              {networks.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        ))}
      </Section>
      <VmNetworkSection vm={vm} />
      <Button tone="danger" onClick={() => commit({ type: 'removeVm', vmId })}>
        Delete VM
      </Button>
    </div>
  );
}
