import type { Mark } from '../../store/lessonProgress';

/** A mark's words and colours in the menu: a word, never a colour alone. */
export const MARK_STYLE: Record<Mark, { text: string; className: string }> = {
  done: { text: 'Done', className: 'border-emerald-800 bg-emerald-50 text-emerald-950' },
  shown: { text: 'Solution shown', className: 'border-amber-800 bg-amber-50 text-amber-950' },
  'not started': { text: 'Not started', className: 'border-slate-500 bg-white text-slate-800' },
};
