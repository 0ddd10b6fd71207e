import {
  type PortGroupView,
  type State,
  type VSwitch,
  macTable,
  portGroupView,
} from '../../engine';
import { selectState } from '../../store/selectors';
import { Section } from '../components/Section';
import { useDerived } from '../storeContext';
import { LearnedTable, MAC_TABLE } from './LearnedTable';
import { VlanTag } from './VlanTag';

const MODE = {
  untagged: 'untagged on the uplink',
  tagged: 'tagged on the uplink',
  trunk: 'trunk: the guests tag their own frames',
} as const;

function PortGroupMembers({ view }: { view: PortGroupView }) {
  return (
    <li className="mb-1">
      <VlanTag vlan={view.vlan}>{view.name}</VlanTag>{' '}
      <span className="text-sm text-slate-900">
        VLAN {view.vlan}, {MODE[view.mode]}
      </span>
      {view.members.length === 0 ? (
        <p className="text-sm text-slate-700">No vNIC is plugged in.</p>
      ) : (
        <ul className="ml-4 list-disc text-sm text-slate-900">
          {view.members.map((m) => (
            <li key={m.vnicId}>
              {m.vm} · {m.ip ?? 'no address'}
              {m.running ? '' : ' · not running'}
              {m.vlan < 0
                ? ' · dropped: its guest tags frames on a port group that is not a trunk'
                : ''}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Who sits in each of the switch's port groups, in the switch's order. */
const portGroupViews = (state: State, vswitch: VSwitch) =>
  vswitch.portGroups.map((pg) => portGroupView(state, vswitch.id, pg.name));

/** A virtual switch's live MAC table and who sits in each of its port groups. */
export default function SwitchNetwork({ vswitch }: { vswitch: VSwitch }) {
  const macs = useDerived(selectState, macTable, vswitch.id);
  const views = useDerived(selectState, portGroupViews, vswitch);
  return (
    <>
      <Section title="MAC table (live)">
        <LearnedTable learned={MAC_TABLE} rows={macs} name={vswitch.name} />
      </Section>
      <Section title="Port group members">
        <ul>
          {vswitch.portGroups.map((pg, i) => {
            const view = views[i];
            return view && <PortGroupMembers key={pg.id} view={view} />;
          })}
        </ul>
      </Section>
    </>
  );
}
