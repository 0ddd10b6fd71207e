import type { Recording } from './frames';

/** A frame longer than this missed its 60 Hz slot (16.7 ms, with a millisecond of slack). */
export const LONG_FRAME_MS = 17.7;

export interface DragFigures {
  readonly frames: number;
  readonly longFrames: number;
  readonly frameP95: number;
  readonly inputToFrameP95: number;
  readonly longAnimationFrames: number;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function figuresOf(recording: Recording): DragFigures {
  const intervals = recording.frames.slice(1).map((t, i) => t - recording.frames[i]!);
  return {
    frames: intervals.length,
    longFrames: intervals.filter((d) => d > LONG_FRAME_MS).length,
    frameP95: percentile(intervals, 95),
    inputToFrameP95: percentile(recording.inputToFrame, 95),
    longAnimationFrames: recording.longAnimationFrames,
  };
}
