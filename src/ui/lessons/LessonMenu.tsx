import { LESSONS, SEQUENCES } from '../../lessons';
import { markOf } from '../../store/lessonProgress';
import { openLesson, showLessons } from '../../store/lessonPlay';
import { Button } from '../components/Button';
import { FOCUS_RING } from '../components/styles';
import { useSandbox, useStoreApi } from '../storeContext';
import { MARK_STYLE } from './marks';
import { ProgressFiles } from './ProgressFiles';

/** Every lesson by sequence, each with what the learner has done in it. */
export function LessonMenu() {
  const store = useStoreApi();
  const progress = useSandbox((s) => s.lessonProgress);
  return (
    <div className="min-h-0 flex-1 overflow-y-auto p-3">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-xl font-bold">Lessons</h2>
        <Button onClick={() => showLessons(store, false)} title="Close the lessons menu">
          Close
        </Button>
      </div>
      <p className="mb-3 text-base text-slate-800">
        Each lesson opens its own datacenter; your sandbox work waits, unchanged, until you come
        back.
      </p>
      {SEQUENCES.map((sequence) => {
        const lessons = LESSONS.filter((l) => l.sequence === sequence.id);
        return (
          <section key={sequence.id} className="mb-3" aria-labelledby={`sequence-${sequence.id}`}>
            <h3 id={`sequence-${sequence.id}`} className="mb-1 text-base font-bold text-slate-900">
              {sequence.title}
            </h3>
            {lessons.length === 0 ? (
              <p className="text-sm text-slate-700">No lessons here yet.</p>
            ) : (
              <ol className="space-y-1">
                {lessons.map((lesson) => {
                  const mark = MARK_STYLE[markOf(progress?.[lesson.id])];
                  return (
                    <li key={lesson.id}>
                      <button
                        type="button"
                        data-testid={`lesson-${lesson.id}`}
                        onClick={() => openLesson(store, lesson.id)}
                        className={`flex w-full items-start justify-between gap-2 rounded border border-slate-400 px-2 py-1.5 text-left text-base hover:bg-slate-100 ${FOCUS_RING}`}
                      >
                        <span>
                          {lesson.order}. {lesson.title}
                        </span>
                        <span
                          className={`shrink-0 rounded border px-1.5 text-sm font-semibold ${mark.className}`}
                        >
                          {mark.text}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
      <ProgressFiles />
    </div>
  );
}
