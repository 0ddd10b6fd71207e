import type { ArpRow, Assumptions, MacTableRow } from '../../engine/read';
import { type Column, Table } from '../components/Table';
import { useSandbox } from '../storeContext';

/** The columns both tables have: whose MAC an entry is, and how old it is. */
const WHOSE_MAC: Column<{ readonly mac: string; readonly owner: string | null }> = {
  key: 'mac',
  header: 'MAC (whose)',
  cell: (r) => (
    <>
      <span className="font-mono">{r.mac}</span>
      {r.owner && <span className="block text-slate-700">{r.owner}</span>}
    </>
  ),
};

const AGE: Column<{ readonly ageS: number }> = {
  key: 'age',
  header: 'Age',
  align: 'right',
  cell: (r) => `${Math.floor(r.ageS)} s`,
};

/** What a device learns as frames flow, and how a table of it reads. */
interface Learned<R> {
  readonly title: string;
  readonly columns: readonly Column<R>[];
  readonly rowKey: (row: R) => string;
  readonly ageing: keyof Assumptions;
  /** What fills the table, said while it is empty (entries age out after `ageing` seconds). */
  readonly empty: (name: string, ageing: number) => string;
}

/** A switch's learned MAC addresses: which port leads to each, and how old the entry is. */
export const MAC_TABLE: Learned<MacTableRow> = {
  title: 'MAC table',
  columns: [
    { key: 'vlan', header: 'VLAN', cell: (r) => r.vlan },
    WHOSE_MAC,
    { key: 'port', header: 'Port', cell: (r) => r.port.name },
    AGE,
  ],
  rowKey: (r) => `${r.vlan}-${r.mac}`,
  ageing: 'macAgeingSeconds',
  empty: (_name, s) =>
    'Empty. A switch learns a MAC address when a frame from it arrives on a port, so the table ' +
    `fills as frames flow: ping from the Trace panel. Entries age out after ${s} s without a frame.`,
};

/** A VM's (or router's) ARP cache: the MAC each neighbour's address resolved to. */
export const ARP_CACHE: Learned<ArpRow> = {
  title: 'ARP cache',
  columns: [{ key: 'ip', header: 'IP', cell: (r) => r.ip }, WHOSE_MAC, AGE],
  rowKey: (r) => `${r.iface}-${r.ip}`,
  ageing: 'arpAgeingSeconds',
  empty: (name, s) =>
    `Empty. ${name} fills it when an ARP request it sent is answered, or when a neighbour asks ` +
    `for its address; entries age out after ${s} s.`,
};

/** A live table of what a device has learned, or what will fill it while it is empty. */
export function LearnedTable<R>({
  learned,
  rows,
  name,
}: {
  learned: Learned<R>;
  rows: readonly R[];
  name: string;
}) {
  const ageing = useSandbox((s) => s.session.state.world.assumptions[learned.ageing]);
  if (rows.length === 0)
    return <p className="text-sm text-slate-800">{learned.empty(name, ageing)}</p>;
  return (
    <Table
      caption={`${learned.title} of ${name}`}
      columns={learned.columns}
      rows={rows}
      rowKey={learned.rowKey}
    />
  );
}
