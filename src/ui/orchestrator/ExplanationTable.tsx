import type { PlacementExplanation, PlacementRow } from '../../engine/read';
import { type Column, Table } from '../components/Table';

const verdict = (row: PlacementRow) =>
  row.rank === 1 ? '★ Winner' : row.passed ? `Rank ${row.rank}` : `✕ Failed: ${row.failedFilter}`;

const verdictColour = (row: PlacementRow) =>
  row.rank === 1 ? 'text-emerald-900' : row.passed ? 'text-slate-900' : 'text-red-800';

const COLUMNS: readonly Column<PlacementRow>[] = [
  {
    key: 'host',
    header: 'Host',
    rowHeader: true,
    className: 'text-base font-bold whitespace-nowrap text-slate-950',
    cell: (row) => row.hostName,
  },
  {
    key: 'result',
    header: 'Result',
    cell: (row) => (
      <>
        <span className={`font-bold ${verdictColour(row)}`}>{verdict(row)}</span>
        <span className="block">{row.reason}</span>
      </>
    ),
  },
  {
    key: 'score',
    header: 'Score',
    align: 'right',
    className: 'font-semibold',
    cell: (row) => row.score ?? (row.passed ? '–' : ''),
  },
];

/**
 * Every host with why it lost or won: the filter it failed and the reason, or its score and
 * rank under the policy, the winner marked in words as well as colour.
 */
export function ExplanationTable({ plan }: { plan: PlacementExplanation }) {
  return (
    <Table
      label="Placement explanation"
      caption={plan.summary}
      showCaption
      columns={COLUMNS}
      rows={plan.rows}
      rowKey={(row) => row.hostId}
      rowClass={(row) => (row.rank === 1 ? 'bg-emerald-50' : row.passed ? '' : 'bg-slate-50')}
      footer={`Score: ${plan.scoreLabel}.`}
    />
  );
}
