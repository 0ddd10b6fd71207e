import { type ReactNode, useState } from 'react';
import { FOCUS_RING } from './styles';

const LOOK = {
  /** A boxed section with a title bar (the orchestrator's sections). */
  panel: {
    box: 'mb-2 rounded border border-slate-300',
    summary: 'bg-slate-100 px-2 py-1.5 font-bold',
    body: 'p-2',
  },
  /** A line of text that opens onto more (how a figure was computed). */
  inline: { box: 'my-2', summary: 'font-semibold', body: 'mt-1' },
} as const;

/**
 * A part of a view the learner opens and closes (a native disclosure). Its body is drawn only
 * while open, so a closed one computes nothing as the clock runs. `open` opens it whenever it
 * turns true (HA's section, when a host fails).
 */
export function Disclosure({
  title,
  open = false,
  look = 'panel',
  children,
}: {
  title: string;
  open?: boolean;
  look?: keyof typeof LOOK;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(open);
  const [asked, setAsked] = useState(open);
  if (asked !== open) {
    setAsked(open);
    if (open) setShown(true);
  }
  const { box, summary, body } = LOOK[look];
  return (
    <details open={shown} onToggle={(e) => setShown(e.currentTarget.open)} className={box}>
      <summary className={`cursor-pointer text-base text-slate-900 ${summary} ${FOCUS_RING}`}>
        {title}
      </summary>
      {shown && <div className={body}>{children}</div>}
    </details>
  );
}
