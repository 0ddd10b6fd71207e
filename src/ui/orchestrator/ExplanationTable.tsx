import type { PlacementExplanation } from '../../engine/read';

/**
 * Every host with why it lost or won: the filter it failed and the reason, or its score and
 * rank under the policy, the winner marked in words as well as colour.
 */
export function ExplanationTable({ plan }: { plan: PlacementExplanation }) {
  return (
    <table className="w-full border-collapse text-left text-sm" aria-label="Placement explanation">
      <caption className="mb-1 text-left text-base font-semibold text-slate-900">
        {plan.summary}
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-500 text-slate-900">
          <th scope="col" className="py-1 pr-2">
            Host
          </th>
          <th scope="col" className="py-1 pr-2">
            Result
          </th>
          <th scope="col" className="py-1 text-right">
            Score
          </th>
        </tr>
      </thead>
      <tbody>
        {plan.rows.map((row) => {
          const winner = row.rank === 1;
          return (
            <tr
              key={row.hostId}
              className={`border-b border-slate-300 align-top ${winner ? 'bg-emerald-50' : row.passed ? '' : 'bg-slate-50'}`}
            >
              <th
                scope="row"
                className="py-1 pr-2 text-base font-bold whitespace-nowrap text-slate-950"
              >
                {row.hostName}
              </th>
              <td className="py-1 pr-2 text-slate-900">
                <span
                  className={`font-bold ${winner ? 'text-emerald-900' : row.passed ? 'text-slate-900' : 'text-red-800'}`}
                >
                  {winner
                    ? '★ Winner'
                    : row.passed
                      ? `Rank ${row.rank}`
                      : `✕ Failed: ${row.failedFilter}`}
                </span>
                <span className="block">{row.reason}</span>
              </td>
              <td className="py-1 text-right font-semibold tabular-nums text-slate-900">
                {row.score ?? (row.passed ? '–' : '')}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3} className="pt-1 text-sm text-slate-800">
            Score: {plan.scoreLabel}.
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
