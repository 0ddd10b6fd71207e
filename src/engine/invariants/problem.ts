import { excerpt } from '../base/text';

/** One broken rule, placed where a file holds the value that breaks it. */

export type PathPart = string | number;
export type Path = readonly PathPart[];

/** A problem at a path inside the state; the message reads after the path. */
export interface Problem {
  readonly path: Path;
  readonly message: string;
}

/**
 * A path as a learner reads it: `state.world.hosts.host-3.cpuCores`, each field name cut to a
 * short excerpt so that a long key from a file is not repeated whole.
 */
export const pathText = (path: Path): string =>
  path.map((part) => (typeof part === 'string' ? excerpt(part) : part)).join('.');

/** Remembers where each value was first seen, to name the earlier place in a duplicate. */
export class FirstSeen {
  private readonly at = new Map<string, Path>();
  /** The path where `value` was seen before (as text), or undefined; records this one. */
  claim(value: string, path: Path): string | undefined {
    const before = this.at.get(value);
    if (before) return pathText(['state', ...before]);
    this.at.set(value, path);
    return undefined;
  }
}

/** A problem as one line, for a test's failure or a log: "state.sim.nextId must be …". */
export const problemText = (problem: Problem): string =>
  `${pathText(['state', ...problem.path])} ${problem.message}`;
