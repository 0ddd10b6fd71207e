import { useState } from 'react';
import { useSandbox } from '../storeContext';

const TONE = {
  error: 'border-red-800 bg-red-50 text-red-950',
  info: 'border-slate-600 bg-white text-slate-950',
  success: 'border-emerald-800 bg-emerald-50 text-emerald-950',
} as const;

/** The latest message (a refused move, an import error), announced to screen readers. */
export function Notice() {
  const notice = useSandbox((s) => s.notice);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const visible = notice && dismissed !== notice.id;
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none absolute inset-x-0 top-12 z-20 flex justify-center"
    >
      {visible && (
        <div
          data-testid="notice"
          data-tone={notice.tone}
          className={`pointer-events-auto flex max-w-2xl items-start gap-3 rounded-lg border-2 px-4 py-2 text-base shadow ${TONE[notice.tone]}`}
        >
          <span className="whitespace-pre-line">{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                notice.action?.run();
                setDismissed(notice.id);
              }}
              className="shrink-0 rounded border border-slate-700 bg-white px-2 font-semibold text-slate-900"
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            onClick={() => setDismissed(notice.id)}
            className="font-bold"
            aria-label="Dismiss message"
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
