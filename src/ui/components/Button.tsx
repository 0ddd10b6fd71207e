import type { ReactNode } from 'react';
import type { Command } from '../../engine/read';
import { FOCUS_RING, FOCUS_RING_DARK } from './styles';
import { useCommit } from './useCommit';

const TONES = {
  plain: `border border-slate-500 bg-white text-slate-900 hover:bg-slate-100 ${FOCUS_RING}`,
  primary: `border border-blue-800 bg-blue-700 text-white hover:bg-blue-800 ${FOCUS_RING}`,
  danger: `border border-red-800 bg-white text-red-800 hover:bg-red-50 ${FOCUS_RING}`,
  /** The one button that destroys something after a question (a dialog's confirm). */
  confirmDanger: `border border-red-800 bg-red-700 text-white hover:bg-red-800 ${FOCUS_RING}`,
  /** A button that reads as a link: it takes the learner somewhere in the page. */
  link: `text-left text-blue-900 underline ${FOCUS_RING}`,
  /** On the dark toolbar. */
  toolbar: `border border-slate-400 bg-slate-700 text-white hover:bg-slate-600 ${FOCUS_RING_DARK}`,
} as const;

const SIZES = { sm: 'text-sm', base: 'text-base' } as const;

export interface ButtonProps {
  children: ReactNode;
  /** Left out on a form's submit button: the form's onSubmit runs. */
  onClick?: () => void;
  tone?: keyof typeof TONES;
  size?: keyof typeof SIZES;
  type?: 'button' | 'submit';
  disabled?: boolean;
  /** Tooltip; for a button with words of its own, screen readers read it as the description. */
  title?: string;
  /** For an on/off button. */
  pressed?: boolean;
  /** `aria-keyshortcuts`: the keys that do the same. */
  keyShortcuts?: string;
  /** Takes the focus when drawn: the safe choice of a dialog. */
  autoFocus?: boolean;
}

/** A button with the kit's tones, sized for a projector, with a visible focus outline. */
export function Button({
  children,
  onClick,
  tone = 'plain',
  size = 'sm',
  type = 'button',
  disabled,
  title,
  pressed,
  keyShortcuts,
  autoFocus,
}: ButtonProps) {
  const box = tone === 'link' ? '' : size === 'sm' ? 'rounded px-2 py-1' : 'rounded px-3 py-1';
  return (
    <button
      type={type}
      disabled={disabled}
      onClick={onClick}
      title={title}
      aria-pressed={pressed}
      aria-keyshortcuts={keyShortcuts}
      autoFocus={autoFocus}
      className={`${box} ${SIZES[size]} font-semibold disabled:opacity-50 ${TONES[tone]}`}
    >
      {children}
    </button>
  );
}

/** A button that sends one command to the engine; a refusal is shown as the store's notice. */
export function CommandButton({
  command,
  ...button
}: Omit<ButtonProps, 'onClick' | 'type'> & { command: Command }) {
  const commit = useCommit();
  return <Button {...button} onClick={() => commit(command)} />;
}
