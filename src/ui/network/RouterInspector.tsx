import { EXPLAIN, type RouterId, type RouterInterface, arpCache } from '../../engine';
import { selectState } from '../../store/selectors';
import { Explain, Section } from '../components/Section';
import { type Column, Table } from '../components/Table';
import { useDerived, useSandbox } from '../storeContext';
import { ARP_CACHE, LearnedTable } from './LearnedTable';

const INTERFACE_COLUMNS: readonly Column<RouterInterface>[] = [
  { key: 'vlan', header: 'VLAN', cell: (i) => i.vlan },
  { key: 'ip', header: 'Address', cell: (i) => i.ip },
  { key: 'mac', header: 'MAC', cell: (i) => <span className="font-mono">{i.mac}</span> },
];

/** A router: where its cable goes, its interfaces (one gateway per VLAN) and its ARP cache. */
export default function RouterInspector({ id }: { id: RouterId }) {
  const router = useSandbox((s) => s.session.state.world.routers[id]);
  const switches = useSandbox((s) => s.session.state.world.physicalSwitches);
  const arp = useDerived(selectState, arpCache, id);
  if (!router) return null;
  const sw = router.link ? switches[router.link.switchId] : undefined;
  return (
    <div>
      <h2 className="text-xl font-bold text-slate-900">Router {router.name}</h2>
      <p className="mb-1 text-sm text-slate-800">
        {sw && router.link
          ? `cabled to ${sw.name} port ${router.link.port}`
          : 'not cabled to a switch'}
      </p>
      <Explain>{EXPLAIN.router}</Explain>
      <Section title="Interfaces">
        <Table
          caption={`Interfaces of router ${router.name}`}
          columns={INTERFACE_COLUMNS}
          rows={router.interfaces}
          rowKey={(i) => i.id}
        />
      </Section>
      <Section title="ARP cache">
        <LearnedTable learned={ARP_CACHE} rows={arp} name={router.name} />
      </Section>
    </div>
  );
}
