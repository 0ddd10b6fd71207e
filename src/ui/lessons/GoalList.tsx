import { useEffect, useRef } from 'react';
import type { GoalStatus } from '../../lessons';
import { FOCUS_RING } from '../components/styles';
import { useSandbox } from '../storeContext';
import { PredictGoal } from './PredictGoal';

/** Every goal item, live, with the share met. */
export function GoalList() {
  const goals = useSandbox((s) => s.lesson?.goals ?? []);
  const heading = useRef<HTMLHeadingElement>(null);
  // Drawn when the intro closes, whose button is then gone: the focus moves to the goals.
  useEffect(() => heading.current?.focus(), []);
  const met = goals.filter((g) => g.met).length;
  const percent = goals.length === 0 ? 100 : Math.round((met / goals.length) * 100);
  return (
    <section aria-labelledby="goals-title" className="flex min-h-0 flex-col">
      <div className="mb-1 flex items-baseline justify-between">
        <h3
          id="goals-title"
          ref={heading}
          tabIndex={-1}
          className="text-lg font-bold focus:outline-none"
        >
          Goals
        </h3>
        <span className="text-base font-semibold text-slate-900" data-testid="goals-percent">
          {percent} % met
        </span>
      </div>
      <div
        className="mb-2 h-3 overflow-hidden rounded bg-slate-200"
        role="meter"
        aria-label={`Goals met: ${met} of ${goals.length}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="h-full bg-emerald-700" style={{ width: `${percent}%` }} />
      </div>
      {/* A long list scrolls on its own, so the hint and the controls below stay in view. */}
      <ul
        aria-labelledby="goals-title"
        tabIndex={0}
        className={`min-h-0 space-y-1 overflow-y-auto ${FOCUS_RING}`}
      >
        {goals.map((goal) => (
          <GoalItem key={goal.id} goal={goal} />
        ))}
      </ul>
    </section>
  );
}

function GoalItem({ goal }: { goal: GoalStatus }) {
  return (
    <li
      data-testid="goal"
      data-met={goal.met}
      className={`rounded border-2 p-2 text-base leading-snug ${goal.met ? 'border-emerald-800 bg-emerald-50' : 'border-slate-400 bg-white'}`}
    >
      <span
        className={`mr-2 inline-block rounded px-1.5 text-sm font-bold ${goal.met ? 'bg-emerald-800 text-white' : 'bg-slate-200 text-slate-900'}`}
      >
        {goal.met ? '✓ Met' : 'Not yet'}
      </span>
      {goal.kind === 'predict' ? <PredictGoal goal={goal} /> : goal.text}
    </li>
  );
}
