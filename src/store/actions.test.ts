// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type Action, ACTIONS, actionForKey, ariaShortcut } from './actions';

/** The key press a shortcut as shown to the learner ("Ctrl+Shift+Z") stands for. */
function pressOf(shortcut: string): KeyboardEvent {
  const parts = shortcut.split('+');
  const key = parts.at(-1)!.toLowerCase();
  return new KeyboardEvent('keydown', {
    key,
    ctrlKey: parts.includes('Ctrl'),
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
  });
}

const all: readonly Action[] = Object.values(ACTIONS);

describe('the action registry', () => {
  it('runs, for each shortcut it shows, the action that shows it', () => {
    const shown = all.filter((a) => a.shortcut);
    expect(shown.length).toBeGreaterThan(0);
    for (const action of shown) expect(actionForKey(pressOf(action.shortcut!))).toBe(action);
  });

  it('leaves plain typing and unknown chords alone', () => {
    for (const key of ['z', 'p', 's', 'Enter'])
      expect(actionForKey(new KeyboardEvent('keydown', { key }))).toBeUndefined();
    expect(actionForKey(pressOf('Ctrl+Alt+Q'))).toBeUndefined();
  });

  it('names every action once, and gives each a shortcut only with a matcher', () => {
    expect(new Set(all.map((a) => a.name)).size).toBe(all.length);
    for (const a of all) expect(a.shortcut === undefined).toBe(a.matches === undefined);
  });

  it('says its shortcuts in the words of aria-keyshortcuts', () => {
    expect(ariaShortcut(ACTIONS.redo)).toBe('Control+Shift+Z');
    expect(ariaShortcut(ACTIONS.step)).toBe('Alt+S');
    expect(ariaShortcut(ACTIONS.exportFile)).toBeUndefined();
  });
});
