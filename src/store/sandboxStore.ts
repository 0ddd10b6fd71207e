import { createStore } from 'zustand/vanilla';
import type { State } from '../engine/read';
import { type SessionSlice, createSessionSlice } from './sessionSlice';
import { type UiSlice, createUiSlice } from './uiSlice';

/** One store built from slices: the engine session, and what only the UI needs. */
export type SandboxStore = SessionSlice & UiSlice;

export function createSandboxStore(initial: State, name: string) {
  return createStore<SandboxStore>()((...a) => ({
    ...createSessionSlice(initial, name)(...a),
    ...createUiSlice(...a),
  }));
}

export type SandboxStoreApi = ReturnType<typeof createSandboxStore>;
