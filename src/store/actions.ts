import type { SandboxStoreApi } from './sandboxStore';

/**
 * One registry of user actions: the toolbar, the keyboard and (later) lessons call these, so
 * a shortcut and a button can never do different things.
 */
export interface Action {
  readonly name: string;
  readonly label: string;
  /** Shortcut as shown to the learner; matched by `matches`. */
  readonly shortcut?: string;
  readonly matches?: (e: KeyboardEvent) => boolean;
  readonly perform: (store: SandboxStoreApi) => void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

export const ACTIONS = {
  undo: {
    name: 'undo',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    perform: (s) => s.getState().undo(),
  },
  redo: {
    name: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z',
    matches: (e) =>
      mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    perform: (s) => s.getState().redo(),
  },
  playPause: {
    name: 'playPause',
    label: 'Play or pause the clock',
    shortcut: 'Alt+P',
    matches: (e) => e.altKey && e.key.toLowerCase() === 'p',
    perform: (s) => s.getState().setPlaying(!s.getState().playing),
  },
  step: {
    name: 'step',
    label: 'Step the clock by one second',
    shortcut: 'Alt+S',
    matches: (e) => e.altKey && e.key.toLowerCase() === 's',
    perform: (s) => s.getState().advanceClock(1),
  },
} satisfies Record<string, Action>;

export function actionForKey(e: KeyboardEvent): Action | undefined {
  return Object.values(ACTIONS).find((a: Action) => a.matches?.(e));
}
