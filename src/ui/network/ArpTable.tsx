import type { ArpRow } from '../../engine/read';
import { type Column, Table } from '../components/Table';
import { useSandbox } from '../storeContext';
import { AGE, WHOSE_MAC } from './addressColumns';

const COLUMNS: readonly Column<ArpRow>[] = [
  { key: 'ip', header: 'IP', cell: (r) => r.ip },
  WHOSE_MAC,
  AGE,
];

/** A VM's (or router's) ARP cache, live: the MAC each neighbour's address resolved to. */
export function ArpTable({ rows, name }: { rows: readonly ArpRow[]; name: string }) {
  const ageing = useSandbox((s) => s.session.state.world.assumptions.arpAgeingSeconds);
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-800">
        Empty. {name} fills it when an ARP request it sent is answered, or when a neighbour asks for
        its address; entries age out after {ageing} s.
      </p>
    );
  return (
    <Table
      caption={`ARP cache of ${name}`}
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => `${r.iface}-${r.ip}`}
    />
  );
}
