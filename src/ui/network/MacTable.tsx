import type { MacTableRow } from '../../engine/read';
import { type Column, Table } from '../components/Table';
import { useSandbox } from '../storeContext';
import { AGE, WHOSE_MAC } from './addressColumns';

const COLUMNS: readonly Column<MacTableRow>[] = [
  { key: 'vlan', header: 'VLAN', cell: (r) => r.vlan },
  WHOSE_MAC,
  { key: 'port', header: 'Port', cell: (r) => r.port.name },
  AGE,
];

/** A switch's learned MAC addresses, live: which port leads to each, and how old the entry is. */
export function MacTable({ rows, name }: { rows: readonly MacTableRow[]; name: string }) {
  const ageing = useSandbox((s) => s.session.state.world.assumptions.macAgeingSeconds);
  if (rows.length === 0)
    return (
      <p className="text-sm text-slate-800">
        Empty. A switch learns a MAC address when a frame from it arrives on a port, so the table
        fills as frames flow: ping from the Trace panel. Entries age out after {ageing} s without a
        frame.
      </p>
    );
  return (
    <Table
      caption={`MAC table of ${name}`}
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => `${r.vlan}-${r.mac}`}
    />
  );
}
