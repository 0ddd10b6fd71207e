import { useState } from 'react';
import type { GoalStatus } from '../../lessons';
import { runPrediction } from '../../store/lessonPlay';
import { Button } from '../components/Button';
import { Check } from '../components/Check';
import { useSandbox, useStoreApi } from '../storeContext';

const list = (names: readonly string[]) => (names.length === 0 ? 'nothing' : names.join(', '));

/**
 * Predict, then run: the learner ticks what they expect, presses the run button, and sees what
 * the engine did beside what they chose.
 */
export function PredictGoal({ goal }: { goal: GoalStatus }) {
  const store = useStoreApi();
  const spec = useSandbox((s) => s.lesson?.prepared.lesson.goals.find((g) => g.id === goal.id));
  const prediction = useSandbox((s) => s.lesson?.predictions[goal.id]);
  const playing = useSandbox((s) => s.lesson?.playingSolution ?? false);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  if (spec?.kind !== 'predict') return null;
  return (
    <fieldset className="mt-1">
      <legend className="mb-1">{goal.text}</legend>
      {spec.choices.map((name) =>
        prediction ? null : (
          <Check
            key={name}
            label={name}
            checked={chosen.includes(name)}
            onChange={(on) => setChosen(on ? [...chosen, name] : chosen.filter((n) => n !== name))}
          />
        ),
      )}
      {prediction ? (
        <p className="mt-1" data-testid="prediction">
          You predicted: <strong>{list(prediction.chosen)}</strong>. What happened:{' '}
          <strong>{list(prediction.actual)}</strong>. {goal.right ? 'Right!' : 'Not quite.'}
        </p>
      ) : (
        <Button
          tone="primary"
          disabled={playing}
          onClick={() => runPrediction(store, goal.id, chosen)}
        >
          {spec.runLabel}
        </Button>
      )}
    </fieldset>
  );
}
