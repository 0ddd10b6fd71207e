export type * from './model';
export { LESSONS, SEQUENCES, lessonById, type Sequence } from './catalog';
export { goalStatuses, percentMet, type GoalStatus, type Prediction } from './goals';
export {
  commandOf,
  isCommand,
  lockedReason,
  predictAnswer,
  prepareLesson,
  runStep,
  runSteps,
  type PreparedLesson,
} from './play';
export { PREDICATES, predicateHolds, predicateText, type CheckContext } from './predicates';
