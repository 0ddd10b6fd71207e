import type { State } from '../model/types';
import { migrationProblems } from './migrations';
import type { Problem } from './problem';
import { referenceProblems } from './references';
import { resourceProblems } from './resources';

export { type Path, type PathPart, type Problem, pathText, problemText } from './problem';

/**
 * Every rule a state the engine reaches keeps, whatever the commands: references resolve, ids
 * and names are unique and below the counter, nothing runs on a host that is down, what runs
 * fits, and migrations are booked whole. The property tests assert it after every command, and
 * the loader refuses a file that breaks it, so no file opens a world the engine could not reach.
 */
export function invariantProblems(state: State): Problem[] {
  return [...referenceProblems(state), ...resourceProblems(state), ...migrationProblems(state)];
}
