import type { State } from '../engine';
import type { Goal, Predicate } from './model';
import type { PreparedLesson } from './play';
import { predicateHolds, predicateText } from './predicates';

/** What a learner predicted for a question, and what the run then showed. */
export interface Prediction {
  readonly chosen: readonly string[];
  readonly actual: readonly string[];
}

export interface GoalStatus {
  readonly id: string;
  readonly kind: Goal['kind'];
  /** Exactly what is checked, in plain words. */
  readonly text: string;
  readonly met: boolean;
  /** For a question that was run: whether the prediction matched. */
  readonly right?: boolean;
}

/** A capital first letter, unless the text begins with a name, which is written as it is (shop-1). */
function sentence(text: string, check: Predicate): string {
  const names = Object.values(check)
    .flat()
    .filter((v): v is string => typeof v === 'string');
  if (names.some((name) => text.startsWith(name))) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Every goal item of a lesson, live: a check is met while its predicate holds; a question once
 * the learner predicted and ran it (right or wrong: seeing the answer is the point).
 */
export function goalStatuses(
  prepared: PreparedLesson,
  state: State,
  sinceSeq: number,
  predictions: Readonly<Record<string, Prediction>>,
): GoalStatus[] {
  const ctx = { state, start: prepared.start, sinceSeq };
  return prepared.lesson.goals.map((goal): GoalStatus => {
    if (goal.kind === 'check') {
      return {
        id: goal.id,
        kind: goal.kind,
        text: `${sentence(predicateText(goal.check), goal.check)}.`,
        met: predicateHolds(ctx, goal.check),
      };
    }
    const p = predictions[goal.id];
    return {
      id: goal.id,
      kind: goal.kind,
      text: `Predict, then run: ${goal.question}`,
      met: p !== undefined,
      ...(p ? { right: sameSet(p.chosen, p.actual) } : {}),
    };
  });
}

/** The share of goal items met, as a whole percentage. */
export function percentMet(statuses: readonly GoalStatus[]): number {
  if (statuses.length === 0) return 100;
  return Math.round((statuses.filter((s) => s.met).length / statuses.length) * 100);
}
