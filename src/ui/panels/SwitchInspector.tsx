import { useState } from 'react';
import { EXPLAIN, type Host, type NicId, type VSwitch } from '../../engine/read';
import { Field } from '../components/Field';
import { Button, Explain, Section } from '../components/Section';
import { SwitchNetworkSection } from '../network/lazy';
import { num, useCommit } from './useCommit';

export function SwitchInspector({ vswitch, host }: { vswitch: VSwitch; host: Host }) {
  const commit = useCommit();
  const hostId = host.id;
  const switchId = vswitch.id;
  const [pgName, setPgName] = useState('');
  const [pgVlan, setPgVlan] = useState('0');
  const uplinkIds = vswitch.uplinks.map((u) => u.nic);
  const toggleUplink = (nic: NicId, checked: boolean) =>
    commit({
      type: 'updateSwitch',
      hostId,
      switchId,
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
      <Field
        label="Name"
        value={vswitch.name}
        onCommit={(v) =>
          commit({
            type: 'updateSwitch',
            hostId,
            switchId,
            spec: { name: v.trim(), uplinks: uplinkIds },
          })
        }
      />
      <Section title="Uplinks (first active, others standby)">
        {host.nics.map((n) => {
          const role = vswitch.uplinks.find((u) => u.nic === n.id)?.role;
          return (
            <label key={n.id} className="flex items-center gap-2 text-sm text-slate-900">
              <input
                type="checkbox"
                checked={role !== undefined}
                onChange={(e) => toggleUplink(n.id, e.target.checked)}
              />
              {n.name}
              {role ? ` (${role})` : ''}
            </label>
          );
        })}
      </Section>
      <Section title="Port groups">
        <p className="mb-1 text-sm text-slate-700">{EXPLAIN.portGroup}</p>
        {vswitch.portGroups.map((pg) => (
          <div key={pg.id} className="grid grid-cols-[1fr_5rem_auto] items-end gap-2">
            <Field
              label="Port group"
              value={pg.name}
              onCommit={(v) =>
                commit({
                  type: 'updatePortGroup',
                  hostId,
                  switchId,
                  portGroupId: pg.id,
                  spec: { name: v.trim(), vlan: pg.vlan },
                })
              }
            />
            <Field
              label="VLAN"
              type="number"
              value={pg.vlan}
              onCommit={(v) =>
                commit({
                  type: 'updatePortGroup',
                  hostId,
                  switchId,
                  portGroupId: pg.id,
                  spec: { name: pg.name, vlan: num(v) },
                })
              }
            />
            <div className="mb-2">
              <Button
                tone="danger"
                onClick={() =>
                  commit({
                    type: 'removePortGroup',
                    hostId,
                    switchId,
                    portGroupId: pg.id,
                  })
                }
              >
                Remove
              </Button>
            </div>
          </div>
        ))}
        <form
          className="mt-1 grid grid-cols-[1fr_5rem_auto] items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (
              !commit({
                type: 'addPortGroup',
                hostId,
                switchId,
                spec: { name: pgName.trim(), vlan: num(pgVlan) },
              })
            )
              setPgName('');
          }}
        >
          <label className="text-sm font-semibold text-slate-800">
            New port group
            <input
              value={pgName}
              onChange={(e) => setPgName(e.target.value)}
              className="w-full rounded border border-slate-500 px-2 py-1 text-base font-normal"
            />
          </label>
          <label className="text-sm font-semibold text-slate-800">
            VLAN
            <input
              type="number"
              value={pgVlan}
              onChange={(e) => setPgVlan(e.target.value)}
              className="w-full rounded border border-slate-500 px-2 py-1 text-base font-normal"
            />
          </label>
          <button
            type="submit"
            className="rounded border border-blue-800 bg-blue-700 px-2 py-1 text-sm font-semibold text-white"
          >
            Add
          </button>
        </form>
      </Section>
      <SwitchNetworkSection vswitch={vswitch} />
      <Button tone="danger" onClick={() => commit({ type: 'removeSwitch', hostId, switchId })}>
        Remove switch
      </Button>
    </div>
  );
}
