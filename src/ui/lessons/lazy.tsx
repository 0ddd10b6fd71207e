import { lazySection } from '../components/lazySection';

/**
 * The lessons column loads when the learner first opens it (or a #lesson= link does): the
 * lessons and the engine code they run stay out of the first paint's download.
 */
export const LessonColumn = lazySection(async () => ({
  default: (await import('./LessonColumn')).LessonColumn,
}));
