/**
 * The whole engine, loaded lazily by the store right after the first paint (see engine/read.ts
 * for why the first paint imports less), for the commands, the clock and undo it runs.
 */
export * from './index';
