import { useState } from 'react';
import {
  type Command,
  EXPLAIN,
  type Host,
  type NicId,
  type PortGroupId,
  type PortGroupSpec,
  type VSwitch,
} from '../../engine/read';
import { Button, CommandButton } from '../components/Button';
import { Check } from '../components/Check';
import { Input, NumberField, TextField } from '../components/Field';
import { Explain, Section } from '../components/Section';
import { num, useCommit } from '../components/useCommit';
import { SwitchNetworkSection } from '../network/lazy';

/** A port group's name, its VLAN and its button, in one row. */
const PORT_GROUP_ROW = 'grid grid-cols-[1fr_5rem_auto] items-end gap-2';

export function SwitchInspector({ vswitch, host }: { vswitch: VSwitch; host: Host }) {
  const commit = useCommit();
  const hostId = host.id;
  const switchId = vswitch.id;
  const [pgName, setPgName] = useState('');
  const [pgVlan, setPgVlan] = useState('0');
  const uplinkIds = vswitch.uplinks.map((u) => u.nic);
  const update = { type: 'updateSwitch', hostId, switchId } as const;
  const group = (portGroupId: PortGroupId) => ({ hostId, switchId, portGroupId });
  const setGroup = (id: PortGroupId, spec: PortGroupSpec): Command => ({
    type: 'updatePortGroup',
    ...group(id),
    spec,
  });
  const toggleUplink = (nic: NicId, checked: boolean) =>
    commit({
      ...update,
      spec: {
        name: vswitch.name,
        uplinks: checked ? [...uplinkIds, nic] : uplinkIds.filter((n) => n !== nic),
      },
    });
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">Virtual switch {vswitch.name}</h2>
      <p className="mb-1 text-sm text-slate-800">in the hypervisor of {host.name}</p>
      <Explain>{EXPLAIN.vswitch}</Explain>
      <TextField
        label="Name"
        value={vswitch.name}
        command={(name) => ({ ...update, spec: { name, uplinks: uplinkIds } })}
      />
      <Section title="Uplinks (first active, others standby)">
        {host.nics.map((n) => {
          const role = vswitch.uplinks.find((u) => u.nic === n.id)?.role;
          return (
            <Check
              key={n.id}
              label={`${n.name}${role ? ` (${role})` : ''}`}
              checked={role !== undefined}
              onChange={(checked) => toggleUplink(n.id, checked)}
            />
          );
        })}
      </Section>
      <Section title="Port groups">
        <p className="mb-1 text-sm text-slate-700">{EXPLAIN.portGroup}</p>
        {vswitch.portGroups.map((pg) => (
          <div key={pg.id} className={PORT_GROUP_ROW}>
            <TextField
              label="Port group"
              value={pg.name}
              command={(name) => setGroup(pg.id, { name, vlan: pg.vlan })}
            />
            <NumberField
              label="VLAN"
              value={pg.vlan}
              command={(vlan) => setGroup(pg.id, { name: pg.name, vlan })}
            />
            <div className="mb-2">
              <CommandButton tone="danger" command={{ type: 'removePortGroup', ...group(pg.id) }}>
                Remove
              </CommandButton>
            </div>
          </div>
        ))}
        <form
          className={`mt-1 ${PORT_GROUP_ROW}`}
          onSubmit={(e) => {
            e.preventDefault();
            const spec = { name: pgName.trim(), vlan: num(pgVlan) };
            if (!commit({ type: 'addPortGroup', hostId, switchId, spec })) setPgName('');
          }}
        >
          <Input label="New port group" value={pgName} onChange={setPgName} />
          <Input label="VLAN" type="number" value={pgVlan} onChange={setPgVlan} />
          <div className="mb-2">
            <Button tone="primary" type="submit">
              Add
            </Button>
          </div>
        </form>
      </Section>
      <SwitchNetworkSection vswitch={vswitch} />
      <CommandButton tone="danger" command={{ type: 'removeSwitch', hostId, switchId }}>
        Remove switch
      </CommandButton>
    </div>
  );
}
