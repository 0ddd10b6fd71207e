import { useSandbox } from '../storeContext';

/**
 * How the attempt ended, in a live region present from the start so screen readers announce
 * the lesson's completion when it comes.
 */
export function Outcome() {
  const completed = useSandbox((s) => s.lesson?.completed ?? false);
  const solutionShown = useSandbox((s) => s.lesson?.solutionShown ?? false);
  const steps = useSandbox((s) => s.lesson?.steps ?? 0);
  return (
    <div role="status" aria-live="polite" data-testid="lesson-outcome">
      {completed ? (
        <p className="rounded border-2 border-emerald-800 bg-emerald-50 p-2 text-base font-semibold text-emerald-950">
          Lesson complete: every goal is met, in {steps} step{steps === 1 ? '' : 's'}.
        </p>
      ) : solutionShown ? (
        <p className="rounded border-2 border-amber-800 bg-amber-50 p-2 text-base text-amber-950">
          You watched the solution, so this lesson is marked “solution shown”. Reset it to try on
          your own.
        </p>
      ) : null}
    </div>
  );
}
