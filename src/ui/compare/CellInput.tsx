import { useState } from 'react';

/**
 * An input inside a table cell, named for screen readers by `label`, that commits on Enter or
 * blur; a refused value stays, marked invalid, until corrected or Escape restores it.
 */
export function CellInput({
  label,
  value,
  type = 'text',
  step,
  onCommit,
  className = '',
}: {
  label: string;
  value: string | number;
  type?: 'text' | 'number';
  step?: number;
  onCommit: (value: string) => string | null;
  className?: string;
}) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  const [invalid, setInvalid] = useState(false);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
    setInvalid(false);
  }
  const commit = () => {
    if (draft !== String(value)) setInvalid(onCommit(draft) !== null);
  };
  return (
    <input
      aria-label={label}
      type={type}
      step={step}
      value={draft}
      aria-invalid={invalid || undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          setDraft(String(value));
          setInvalid(false);
        }
      }}
      className={`w-full rounded border px-1.5 py-0.5 text-base text-slate-900 ${invalid ? 'border-red-700 bg-red-50' : 'border-slate-500 bg-white'} ${className}`}
    />
  );
}
