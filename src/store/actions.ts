import type { SandboxStore, SandboxStoreApi } from './sandboxStore';
import { copyShareLink, exportScenario, importScenario, resetToDefault } from './scenarioFiles';

/**
 * One registry of user actions: the toolbar's buttons and the keyboard (and later lessons and
 * menus) look them up here, so a shortcut and a button can never do different things.
 */
export interface Action {
  readonly name: string;
  /** What the action does, as a tooltip or a menu says it. */
  readonly label: string;
  /** The button's own words, when shorter than the label or when they follow the state. */
  readonly text?: string | ((s: SandboxStore) => string);
  /** Shortcut as shown to the learner ("Ctrl+Shift+Z"); matched by `matches`. */
  readonly shortcut?: string;
  readonly matches?: (e: KeyboardEvent) => boolean;
  /** Whether its button can be pressed now (a shortcut still runs it, and hears why not). */
  readonly enabled?: (s: SandboxStore) => boolean;
  /** For an on/off action, whether it is on. */
  readonly pressed?: (s: SandboxStore) => boolean;
  /** For an action on a file the learner picks: the types offered and the picker's name. */
  readonly file?: { readonly accept: string; readonly label: string };
  readonly perform: (store: SandboxStoreApi, file?: File) => void | Promise<void>;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;

export const ACTIONS = {
  undo: {
    name: 'undo',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    matches: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    enabled: (s) => s.session.past.length > 0,
    perform: (s) => s.getState().undo(),
  },
  redo: {
    name: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z',
    matches: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
    enabled: (s) => s.session.future.length > 0,
    perform: (s) => s.getState().redo(),
  },
  playPause: {
    name: 'playPause',
    label: 'Play or pause the clock',
    text: (s) => (s.playing ? 'Pause' : 'Play'),
    shortcut: 'Alt+P',
    matches: (e) => e.altKey && key(e, 'p'),
    pressed: (s) => s.playing,
    perform: (s) => s.getState().setPlaying(!s.getState().playing),
  },
  step: {
    name: 'step',
    label: 'Step the clock by one second',
    text: 'Step',
    shortcut: 'Alt+S',
    matches: (e) => e.altKey && key(e, 's'),
    perform: (s) => s.getState().advanceClock(1),
  },
  shareLink: {
    name: 'shareLink',
    label: 'Copy a link that carries this datacenter',
    text: 'Share link',
    perform: copyShareLink,
  },
  exportFile: {
    name: 'export',
    label: 'Save this datacenter as a scenario file',
    text: 'Export',
    perform: exportScenario,
  },
  importFile: {
    name: 'import',
    label: 'Open a scenario file in place of this datacenter',
    text: 'Import',
    file: { accept: '.json,application/json', label: 'Import scenario file' },
    perform: (s, file) => (file ? importScenario(s, file) : undefined),
  },
  lessons: {
    name: 'lessons',
    label: 'Open the lessons, or leave a lesson for the free sandbox',
    text: (s) => (s.lesson ? 'Free sandbox' : 'Lessons'),
    pressed: (s) => s.lessonsShown && !s.lesson,
    perform: (s) => {
      const { lesson, lessonsShown } = s.getState();
      if (lesson) lesson.leave();
      else s.setState({ lessonsShown: !lessonsShown });
    },
  },
  reset: {
    name: 'reset',
    label: 'Replace this datacenter with the default scenario',
    text: 'Reset',
    perform: resetToDefault,
  },
} satisfies Record<string, Action>;

export function actionForKey(e: KeyboardEvent): Action | undefined {
  return Object.values(ACTIONS).find((a: Action) => a.matches?.(e));
}

/** The shortcut in the words of `aria-keyshortcuts` ("Control+Shift+Z"). */
export function ariaShortcut(action: Action): string | undefined {
  return action.shortcut?.replace(/\bCtrl\b/g, 'Control');
}
