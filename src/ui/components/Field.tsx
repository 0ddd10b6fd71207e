import { type ReactNode, useId, useState } from 'react';

interface FieldProps {
  label: string;
  value: string | number;
  type?: 'text' | 'number';
  step?: number;
  min?: number;
  max?: number;
  suffix?: ReactNode;
  /** Commits the edit; returns a reason when the engine refused it. */
  onCommit: (value: string) => string | null;
}

/**
 * A labelled input that commits on Enter or when it loses focus. A refused value stays in the
 * box with the reason beside it, so the learner can correct it rather than retype it.
 */
export function Field({
  label,
  value,
  type = 'text',
  step,
  min,
  max,
  suffix,
  onCommit,
}: FieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // When the engine's value changes (undo, another edit), the box follows it.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
    setError(null);
  }
  const commit = () => {
    if (draft === String(value)) return;
    setError(onCommit(draft));
  };
  return (
    <div className="mb-2">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <div className="flex items-center gap-1">
        <input
          id={id}
          type={type}
          step={step}
          min={min}
          max={max}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(String(value));
          }}
          className={`w-full rounded border px-2 py-1 text-base text-slate-900 ${error ? 'border-red-700 bg-red-50' : 'border-slate-500 bg-white'}`}
        />
        {suffix && <span className="text-sm text-slate-700">{suffix}</span>}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-0.5 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
