import { useState } from 'react';
import {
  type Command,
  EXPLAIN,
  type Host,
  type HostId,
  OPERATING_SYSTEMS,
  type Vm,
  type VmPatch,
  portGroupNames,
} from '../../engine/read';
import { Button, CommandButton } from '../components/Button';
import { type FigureField, NumberFields, TextField } from '../components/Field';
import { PowerSection } from '../components/PowerSection';
import { Explain, Section } from '../components/Section';
import { Select } from '../components/Select';
import { useCommit } from '../components/useCommit';
import { VmNetworkSection } from '../network/lazy';
import { VmPlatform } from '../platforms/lazy';
import { MovePlan, VmOrchestration } from '../orchestrator/lazy';
import { useShallow } from 'zustand/react/shallow';
import { selectHostIds, selectHostNames } from '../../store/selectors';
import { useSandbox } from '../storeContext';

const GUEST_OS = OPERATING_SYSTEMS.filter((o) => o.canBeGuest).map((o) => ({
  value: o.id,
  label: o.name,
}));

const SIZES: readonly FigureField<'vcpus' | 'memoryGb' | 'diskGb'>[] = [
  { key: 'vcpus', label: 'vCPUs' },
  { key: 'memoryGb', label: 'Memory GB' },
  { key: 'diskGb', label: 'Disk GB' },
];

const VM_POWER = ['Power on', 'Power off'] as const;

const NO_TARGET = { value: '', label: 'Choose a host…' } as const;

/** "nginx, redis" → ["nginx", "redis"]: the apps field's text as a list. */
const appList = (text: string) =>
  text
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

export function VmInspector({ vm, host }: { vm: Vm; host: Host }) {
  const commit = useCommit();
  const vmId = vm.id;
  const update = (patch: VmPatch): Command => ({ type: 'updateVm', vmId, patch });
  const power = (on: boolean): Command => ({ type: 'setVmPower', vmId, on });
  const hostIds = useSandbox(useShallow(selectHostIds));
  const names = useSandbox(useShallow(selectHostNames));
  const others = hostIds
    .filter((id) => id !== host.id)
    .map((id) => ({ id, name: names[id] ?? id }));
  const [target, setTarget] = useState<HostId | ''>('');
  const networks = [...portGroupNames(host)].map((n) => ({ value: n, label: n }));
  const on = vm.power !== 'off' && vm.power !== 'crashed';
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">VM {vm.name}</h2>
      <p className="mb-1 text-sm text-slate-800">
        on {host.name} · {vm.power}
      </p>
      <Explain>{EXPLAIN.vm}</Explain>
      <TextField label="Name" value={vm.name} command={(name) => update({ name })} />
      <Select
        label="Guest OS"
        value={vm.os}
        options={GUEST_OS}
        onChange={(os) => commit(update({ os }))}
      />
      <TextField
        label="Apps (comma-separated)"
        value={vm.apps.join(', ')}
        command={(text) => update({ apps: appList(text) })}
      />
      <NumberFields fields={SIZES} values={vm} command={(k, v) => update({ [k]: v })} />
      <PowerSection words={VM_POWER} running={on} off={vm.power === 'off'} command={power} />
      <VmPlatform vm={vm} />
      <VmOrchestration vm={vm} />
      <Section title="Move to another host">
        <div className="flex items-center gap-2">
          <div className="min-w-0 flex-1">
            <Select
              label="Target host"
              hideLabel
              value={target}
              options={[NO_TARGET, ...others.map((h) => ({ value: h.id, label: h.name }))]}
              onChange={setTarget}
            />
          </div>
          <Button
            disabled={!target}
            onClick={() => target && commit({ type: 'moveVm', vmId, toHostId: target })}
          >
            Move
          </Button>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          {on
            ? 'Running: it will be live-migrated and keep running.'
            : 'Powered off: it moves cold.'}
        </p>
        <MovePlan vm={vm} target={target || undefined} />
      </Section>
      <Section title="vNICs">
        <p className="mb-1 text-sm text-slate-700">{EXPLAIN.vnic}</p>
        {vm.nics.length === 0 && <p className="text-sm text-slate-800">No vNICs.</p>}
        {vm.nics.map((nic, i) => (
          <Select
            key={nic.id}
            label={`vNIC ${i + 1} · ${nic.mac}`}
            value={nic.portGroup ?? ''}
            options={[{ value: '', label: 'unplugged' }, ...networks]}
            onChange={(pg) =>
              commit({ type: 'plugVnic', vmId, vnicId: nic.id, portGroup: pg || null })
            }
          />
        ))}
      </Section>
      <VmNetworkSection vm={vm} />
      <CommandButton tone="danger" command={{ type: 'removeVm', vmId }}>
        Delete VM
      </CommandButton>
    </div>
  );
}
