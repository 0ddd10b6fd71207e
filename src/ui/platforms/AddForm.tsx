import { type FormEvent, useId, useState } from 'react';

export interface AddField {
  readonly key: string;
  readonly label: string;
  readonly initial: string;
  readonly type?: 'text' | 'number';
  readonly step?: number;
}

/**
 * A small form that adds one thing (an app, a container). A refused add keeps what was typed and
 * shows the engine's reason, so the learner can correct it.
 */
export function AddForm({
  title,
  fields,
  submitLabel,
  onAdd,
}: {
  title: string;
  fields: readonly AddField[];
  submitLabel: string;
  /** Returns the refusal reason, or null when added. */
  onAdd: (values: Readonly<Record<string, string>>) => string | null;
}) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.key, f.initial])),
  );
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = onAdd(values);
    setError(refused);
    // Added: the form starts afresh for the next one; refused: what was typed stays to correct.
    if (refused === null) setValues(Object.fromEntries(fields.map((f) => [f.key, f.initial])));
  };
  return (
    <form onSubmit={submit} aria-label={title} className="mt-2 rounded border border-slate-300 p-2">
      <p className="mb-1 text-sm font-bold text-slate-800">{title}</p>
      <div className="grid grid-cols-2 gap-x-2">
        {fields.map((f) => (
          <div key={f.key} className="mb-1">
            <label
              htmlFor={`${id}-${f.key}`}
              className="block text-sm font-semibold text-slate-800"
            >
              {f.label}
            </label>
            <input
              id={`${id}-${f.key}`}
              type={f.type ?? 'text'}
              step={f.step}
              value={values[f.key] ?? ''}
              onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
              className="w-full rounded border border-slate-500 bg-white px-2 py-1 text-base text-slate-900"
            />
          </div>
        ))}
      </div>
      {error && <p className="mb-1 text-sm text-red-800">{error}</p>}
      <button
        type="submit"
        className="rounded border border-blue-800 bg-blue-700 px-2 py-1 text-sm font-semibold text-white hover:bg-blue-800"
      >
        {submitLabel}
      </button>
    </form>
  );
}
