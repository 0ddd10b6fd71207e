/**
 * The whole engine, loaded lazily by the app right after the first paint (see engine/read.ts
 * for why the first paint imports less). The store keeps it as `runtime`.
 */
export * from './index';
