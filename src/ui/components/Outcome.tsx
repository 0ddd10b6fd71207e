/** What an action returns to say: what happened, or why the engine refused it. */
export interface OutcomeText {
  readonly ok: boolean;
  readonly text: string;
}

/** The answer to the last action in a section, announced to screen readers. */
export function Outcome({ result }: { result: OutcomeText | null }) {
  return (
    <p role="status" className="mt-1 min-h-0 text-sm">
      {result && (
        <span className={result.ok ? 'text-emerald-900' : 'font-semibold text-red-800'}>
          {result.text}
        </span>
      )}
    </p>
  );
}
