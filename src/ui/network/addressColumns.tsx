import type { Column } from '../components/Table';

/** The columns a MAC table and an ARP cache share: whose MAC it is, and how old the entry is. */
export const WHOSE_MAC: Column<{ readonly mac: string; readonly owner: string | null }> = {
  key: 'mac',
  header: 'MAC (whose)',
  cell: (r) => (
    <>
      <span className="font-mono">{r.mac}</span>
      {r.owner && <span className="block text-slate-700">{r.owner}</span>}
    </>
  ),
};

export const AGE: Column<{ readonly ageS: number }> = {
  key: 'age',
  header: 'Age',
  align: 'right',
  cell: (r) => `${Math.floor(r.ageS)} s`,
};
