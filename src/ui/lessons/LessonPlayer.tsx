import { useEffect, useRef } from 'react';
import { SEQUENCES, isCommand } from '../../lessons';
import {
  leaveLesson,
  nextLessonId,
  openLesson,
  resetLesson,
  showIntroPage,
  showSolution,
} from '../../store/lessonPlay';
import { Button } from '../components/Button';
import { useSandbox, useStoreApi } from '../storeContext';
import { GoalList } from './GoalList';
import { Hints } from './Hints';
import { LessonIntro } from './LessonIntro';
import { Outcome } from './Outcome';

/** The open lesson: its intro, then its goals, hints, steps and controls. */
export function LessonPlayer() {
  const store = useStoreApi();
  const lesson = useSandbox((s) => s.lesson);
  const prepared = lesson?.prepared;
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that opened the lesson is gone: the focus moves to the lesson it opened.
  useEffect(() => heading.current?.focus(), [prepared?.lesson.id]);
  if (!lesson || !prepared) return null;
  const { introPage, playingSolution, steps } = lesson;
  const { id, title, sequence, order, solution } = prepared.lesson;
  const next = nextLessonId(id);
  const sequenceTitle = SEQUENCES.find((q) => q.id === sequence)?.title ?? sequence;
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 p-3">
      <div className="shrink-0">
        <div className="flex items-start justify-between gap-2">
          <p className="text-sm text-slate-800">
            {sequenceTitle} · lesson {order}
          </p>
          <div className="shrink-0">
            <Button onClick={() => leaveLesson(store, true)} title="Leave this lesson for the menu">
              All lessons
            </Button>
          </div>
        </div>
        <h2
          ref={heading}
          tabIndex={-1}
          className="text-xl leading-tight font-bold focus:outline-none"
        >
          {title}
        </h2>
      </div>
      {introPage !== null ? (
        <div className="min-h-0 flex-1 overflow-y-auto">
          <LessonIntro pages={prepared.lesson.intro} page={introPage} />
        </div>
      ) : (
        <>
          <GoalList />
          <div className="flex shrink-0 flex-col gap-3">
            <Outcome />
            <Hints />
            <p className="text-base text-slate-900" data-testid="lesson-steps">
              Your steps: <strong>{steps}</strong> · the solution takes{' '}
              <strong>{solution.filter(isCommand).length}</strong>
            </p>
            <div className="flex flex-wrap gap-2">
              <Button
                onClick={() => resetLesson(store)}
                disabled={playingSolution}
                title="Start this lesson again, with new names"
              >
                Reset lesson
              </Button>
              <Button
                onClick={() => void showSolution(store)}
                disabled={playingSolution}
                title="Start over and watch the reference solution, step by step; the lesson then counts as shown, not done"
              >
                {playingSolution ? 'Playing the solution…' : 'Show solution'}
              </Button>
              <Button onClick={() => showIntroPage(store, 0)} disabled={playingSolution}>
                Read the intro again
              </Button>
              {next && (
                <Button tone="primary" onClick={() => openLesson(store, next)}>
                  Next lesson
                </Button>
              )}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
