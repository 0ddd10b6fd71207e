import { showHint } from '../../store/lessonPlay';
import { Button } from '../components/Button';
import { useSandbox, useStoreApi } from '../storeContext';

/** The hints, one at a time from a nudge to the exact step: the latest one shown is current. */
export function Hints() {
  const store = useStoreApi();
  const hints = useSandbox((s) => s.lesson?.prepared.lesson.hints ?? []);
  const shown = useSandbox((s) => s.lesson?.hintsShown ?? 0);
  if (hints.length === 0) return null;
  const current = hints[shown - 1];
  return (
    <section aria-labelledby="hints-title">
      <h3 id="hints-title" className="sr-only">
        Hints
      </h3>
      {current && (
        <p
          className="mb-2 rounded border-l-4 border-amber-600 bg-amber-50 p-2 text-base leading-snug text-slate-950"
          data-testid="hint"
        >
          <strong>
            Hint {shown} of {hints.length}:
          </strong>{' '}
          {current}
        </p>
      )}
      <Button onClick={() => showHint(store)} disabled={shown >= hints.length}>
        {shown >= hints.length
          ? 'No more hints'
          : shown === 0
            ? 'Show a hint'
            : 'Show the next hint'}
      </Button>
    </section>
  );
}
