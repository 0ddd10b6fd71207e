import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from '../components/Button';

/**
 * An in-page modal confirmation (the native <dialog> element): focus moves into it on open, the
 * rest of the page is inert, Escape cancels, and focus returns to where it was on close.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[32rem] max-w-[90vw] rounded-lg border-2 border-slate-700 bg-white p-4 text-slate-900 backdrop:bg-slate-900/50"
    >
      <h2 id={`${id}-title`} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <div id={`${id}-body`} className="mb-4 space-y-2 text-base">
        {children}
      </div>
      <div className="flex justify-end gap-2">
        {/* The safe choice takes the focus first. */}
        <Button size="base" autoFocus onClick={onCancel}>
          Cancel
        </Button>
        <Button size="base" tone="confirmDanger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
