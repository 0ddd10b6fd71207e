import { type ReactNode, useId, useState } from 'react';

/**
 * A section of the orchestrator panel the learner opens and closes (a native disclosure). Its
 * body is drawn only while open, so a closed section computes nothing as the clock runs.
 * `open` opens it when it turns true (HA's section, when a host fails).
 */
export function Disclosure({
  title,
  open = false,
  children,
}: {
  title: string;
  open?: boolean;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(open);
  const [asked, setAsked] = useState(open);
  if (asked !== open) {
    setAsked(open);
    if (open) setShown(true);
  }
  return (
    <details
      open={shown}
      onToggle={(e) => setShown(e.currentTarget.open)}
      className="mb-2 rounded border border-slate-300"
    >
      <summary className="cursor-pointer bg-slate-100 px-2 py-1.5 text-base font-bold text-slate-900">
        {title}
      </summary>
      {shown && <div className="p-2">{children}</div>}
    </details>
  );
}

/**
 * A labelled input whose every keystroke counts at once (the deploy form's explanation table
 * follows it live); Field commits on Enter or blur instead.
 */
export function LiveInput({
  label,
  value,
  onChange,
  type = 'text',
  suffix,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'number';
  suffix?: string;
}) {
  const id = useId();
  return (
    <div className="mb-2">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <div className="flex items-center gap-1">
        <input
          id={id}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="w-full rounded border border-slate-500 bg-white px-2 py-1 text-base text-slate-900"
        />
        {suffix && <span className="text-sm text-slate-700">{suffix}</span>}
      </div>
    </div>
  );
}

/** A checkbox with its label beside it. */
export function Check({
  label,
  checked,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="mb-1 flex items-center gap-2 text-base text-slate-900">
      <input
        type="checkbox"
        className="h-5 w-5"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

/** The answer to the last action in a section: what happened, or why it was refused. */
export function Outcome({ result }: { result: { ok: boolean; text: string } | null }) {
  return (
    <p role="status" className="mt-1 min-h-0 text-sm">
      {result && (
        <span className={result.ok ? 'text-emerald-900' : 'font-semibold text-red-800'}>
          {result.text}
        </span>
      )}
    </p>
  );
}
