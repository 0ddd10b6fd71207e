/**
 * Classes the kit's controls share, so every control looks alike and shows where the focus is
 * (a thick outline, visible from the back of a room).
 */
export const FOCUS_RING =
  'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700';

/** On the dark toolbar the outline is light. */
export const FOCUS_RING_DARK =
  'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-300';

export type Tone = 'light' | 'dark';

/** A text box or drop-down list: base-size text, a red box while its value is refused. */
export function controlClass(tone: Tone, invalid: boolean, wide: boolean): string {
  const colours =
    tone === 'dark'
      ? `border-slate-400 bg-slate-700 text-white ${FOCUS_RING_DARK}`
      : `${invalid ? 'border-red-700 bg-red-50' : 'border-slate-500 bg-white'} text-slate-900 ${FOCUS_RING}`;
  return `${wide ? 'w-full' : ''} rounded border px-2 py-1 text-base ${colours}`;
}
