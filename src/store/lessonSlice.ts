import type { StateCreator } from 'zustand';
import type { Command, Session } from '../engine/read';
import type { GoalStatus, Lesson, PreparedLesson, Prediction } from '../lessons';
import type { Point } from './layout';
import type { Progress } from './lessonProgress';
import type { SandboxStore } from './sandboxStore';

/** The free sandbox's work, set aside while a lesson is open and given back when it closes. */
export interface SandboxWork {
  readonly session: Session;
  readonly positions: Readonly<Record<string, Point>>;
  readonly scenarioName: string;
}

/** One attempt at a lesson: its world is the store's session while it is open. */
export interface LessonRun {
  /** The lesson as written, and as drawn for this attempt (its variables filled in). */
  readonly source: Lesson;
  readonly prepared: PreparedLesson;
  readonly sandbox: SandboxWork;
  /** Events from this seq on happened during the attempt. */
  readonly sinceSeq: number;
  /** Every goal item, live: worked out again whenever the session changes. */
  readonly goals: readonly GoalStatus[];
  readonly predictions: Readonly<Record<string, Prediction>>;
  /** Commands the learner dispatched during the attempt. */
  readonly steps: number;
  readonly hintsShown: number;
  /** The intro page shown, or null once the learner has started. */
  readonly introPage: number | null;
  /** Set when the reference solution was played: the attempt then counts as shown, not done. */
  readonly solutionShown: boolean;
  /** Set while an intro's demonstration has changed the world; closing the intro starts afresh. */
  readonly demoShown: boolean;
  /** Whether the solution or a demonstration is being played now (the controls wait). */
  readonly playingSolution: boolean;
  /** Set when every goal item was met without the solution. */
  readonly completed: boolean;
  /** Side panels and views the lesson hides. */
  readonly hidden: readonly string[];
  /** The sentence a command the lesson keeps locked is refused with, or null. */
  readonly refuse: (command: Command) => string | null;
  /** Closes the lesson and gives the sandbox its work back (the toolbar's "Free sandbox"). */
  readonly leave: () => void;
}

/**
 * The lesson player's state. Only this much joins the first paint: what the player does lives
 * in lessonPlay.ts and lessonProgress.ts, loaded with the player.
 */
export interface LessonSlice {
  /** Whether the lessons column (the menu, or the open lesson) is shown. */
  lessonsShown: boolean;
  /** The lesson open now; null in the free sandbox. */
  lesson: LessonRun | null;
  /** What the learner has done in each lesson; null until the player has read it. */
  lessonProgress: Progress | null;
  /** A lesson a #lesson= link asked for, opened once the player has loaded. */
  lessonAsked: string | null;
}

export const createLessonSlice: StateCreator<SandboxStore, [], [], LessonSlice> = () => ({
  lessonsShown: false,
  lesson: null,
  lessonProgress: null,
  lessonAsked: null,
});
