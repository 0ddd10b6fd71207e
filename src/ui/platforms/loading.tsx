/** Shown for the moment before the simulation half of the engine has loaded. */
export const LOADING = <p className="p-3 text-sm text-slate-800">Loading…</p>;
