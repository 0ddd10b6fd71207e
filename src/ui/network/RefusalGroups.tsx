import type { ReachabilityMatrix } from '../../engine/read';

/** Refused pairs that share a reason, listed once, so a teacher sees the causes at a glance. */
function groups(m: ReachabilityMatrix): { reason: string; pairs: string[] }[] {
  const byReason = new Map<string, string[]>();
  m.cells.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (!cell || cell.ok) return;
      const pair = `${m.vms[i]?.name ?? ''} → ${m.vms[j]?.name ?? ''}`;
      const list = byReason.get(cell.reason);
      if (list) list.push(pair);
      else byReason.set(cell.reason, [pair]);
    }),
  );
  return [...byReason].map(([reason, pairs]) => ({ reason, pairs }));
}

export function RefusalGroups({ matrix }: { matrix: ReachabilityMatrix }) {
  const list = groups(matrix);
  return (
    <section aria-labelledby="refusals-title" className="mt-3">
      <h3 id="refusals-title" className="text-base font-bold text-slate-900">
        Why pairs are refused
      </h3>
      {list.length === 0 && (
        <p className="text-base text-slate-800">Every VM can ping every other VM.</p>
      )}
      <ul className="text-sm text-slate-900">
        {list.map(({ reason, pairs }) => (
          <li key={reason} className="border-b border-slate-200 py-1">
            <span className="font-semibold">{reason}</span>{' '}
            <span className="text-slate-700">
              ({pairs.length} {pairs.length === 1 ? 'pair' : 'pairs'}:{' '}
              {pairs.slice(0, 6).join(', ')}
              {pairs.length > 6 ? ', …' : ''})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
