import { useEffect } from 'react';
import { lessonProgressOf, openLesson } from '../../store/lessonPlay';
import { useSandbox, useStoreApi } from '../storeContext';
import { LessonMenu } from './LessonMenu';
import { LessonPlayer } from './LessonPlayer';
import { COLUMN_CLASS } from './lazy';

/** A slim column left of the canvas: the lessons menu, or the lesson open now. */
export function LessonColumn() {
  const store = useStoreApi();
  const open = useSandbox((s) => s.lesson !== null);
  const asked = useSandbox((s) => s.lessonAsked);
  useEffect(() => void lessonProgressOf(store), [store]);
  useEffect(() => {
    if (asked === null) return;
    store.setState({ lessonAsked: null });
    openLesson(store, asked);
  }, [store, asked]);
  return (
    <aside aria-label="Lessons" className={COLUMN_CLASS}>
      {open ? <LessonPlayer /> : <LessonMenu />}
    </aside>
  );
}
