/** Shown where a part of the page is still on its way (a lazily loaded section or view). */
export function Loading() {
  return (
    <p className="p-3 text-sm text-slate-800" role="status">
      Loading…
    </p>
  );
}
