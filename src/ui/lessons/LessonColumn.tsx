import { type FitViewOptions, useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { lessonProgressOf, openLesson } from '../../store/lessonPlay';
import { useSandbox, useStoreApi } from '../storeContext';
import { LessonMenu } from './LessonMenu';
import { LessonPlayer } from './LessonPlayer';

/** As the canvas fits its world when the page opens. */
const FIT: FitViewOptions = { padding: 0.03 };
/** Long enough for the canvas to draw the new world (and take its new width) first. */
const FIT_DELAY_MS = 50;

/** A slim column left of the canvas: the lessons menu, or the lesson open now. */
export function LessonColumn() {
  const store = useStoreApi();
  const open = useSandbox((s) => s.lesson !== null);
  const prepared = useSandbox((s) => s.lesson?.prepared ?? null);
  const asked = useSandbox((s) => s.lessonAsked);
  const { fitView } = useReactFlow();
  useEffect(() => void lessonProgressOf(store), [store]);
  useEffect(() => {
    if (asked === null) return;
    store.setState({ lessonAsked: null });
    openLesson(store, asked);
  }, [store, asked]);
  // Each new world on the canvas (a lesson's start, or the sandbox back) is shown whole.
  useEffect(() => {
    const timer = setTimeout(() => void fitView(FIT), FIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [prepared, fitView]);
  useEffect(() => () => void setTimeout(() => void fitView(FIT), FIT_DELAY_MS), [fitView]);
  return (
    <aside
      aria-label="Lessons"
      className="flex min-h-0 w-[21rem] shrink-0 flex-col border-r border-slate-300 bg-white"
    >
      {open ? <LessonPlayer /> : <LessonMenu />}
    </aside>
  );
}
