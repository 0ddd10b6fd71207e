import type { ReactNode } from 'react';

/** A titled part of an inspector or panel, always open (a Disclosure is one that closes). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-3">
      <h3 className="mb-1 text-sm font-bold uppercase tracking-wide text-slate-700">{title}</h3>
      {children}
    </section>
  );
}

/** What the selected thing is, in the words of docs/domain.md, on a light-blue card. */
export function Explain({ children }: { children: ReactNode }) {
  return (
    <p className="mb-3 rounded bg-sky-50 p-2 text-sm leading-snug text-slate-900">{children}</p>
  );
}
