import type { ReactNode } from 'react';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-3">
      <h3 className="mb-1 text-sm font-bold uppercase tracking-wide text-slate-700">{title}</h3>
      {children}
    </section>
  );
}

export function Explain({ children }: { children: ReactNode }) {
  return (
    <p className="mb-3 rounded bg-sky-50 p-2 text-sm leading-snug text-slate-900">{children}</p>
  );
}

export function Button({
  children,
  onClick,
  tone = 'plain',
  disabled,
}: {
  children: ReactNode;
  onClick: () => void;
  tone?: 'plain' | 'danger' | 'primary';
  disabled?: boolean;
}) {
  const colours = {
    plain: 'border-slate-500 bg-white text-slate-900 hover:bg-slate-100',
    primary: 'border-blue-800 bg-blue-700 text-white hover:bg-blue-800',
    danger: 'border-red-800 bg-white text-red-800 hover:bg-red-50',
  }[tone];
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className={`rounded border px-2 py-1 text-sm font-semibold disabled:opacity-50 ${colours}`}
    >
      {children}
    </button>
  );
}
