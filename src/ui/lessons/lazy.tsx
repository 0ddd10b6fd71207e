import { Loading } from '../components/Loading';
import { lazySection } from '../components/lazySection';

/** The column's box, the same while its code loads, so the canvas beside it is resized once. */
export const COLUMN_CLASS =
  'flex min-h-0 w-[21rem] shrink-0 flex-col border-r border-slate-300 bg-white';

/**
 * The lessons column loads when the learner first opens it (or a #lesson= link does): the
 * lessons and the engine code they run stay out of the first paint's download.
 */
export const LessonColumn = lazySection(
  async () => ({ default: (await import('./LessonColumn')).LessonColumn }),
  <aside aria-label="Lessons" className={COLUMN_CLASS}>
    <Loading />
  </aside>,
);
