interface MeterProps {
  label: string;
  /** Share allocated (0..1, may exceed 1 when overcommitted). */
  allocated: number;
  /** Share actually in use (0..1). */
  inUse: number;
  text: string;
}

/** A bar with two fills: allocated (light) and in use (dark), readable from the back of a room. */
export function Meter({ label, allocated, inUse, text }: MeterProps) {
  const pct = (v: number) => `${Math.min(100, Math.max(0, v * 100)).toFixed(1)}%`;
  const over = allocated > 1;
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="w-10 shrink-0 font-semibold text-slate-800">{label}</span>
      <div
        className="relative h-4 flex-1 overflow-hidden rounded bg-slate-200"
        role="meter"
        aria-label={`${label}: ${text}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(Math.min(1, allocated) * 100)}
      >
        <div
          className={`absolute inset-y-0 left-0 ${over ? 'bg-amber-300' : 'bg-sky-200'}`}
          style={{ width: pct(allocated) }}
        />
        <div className="absolute inset-y-0 left-0 bg-sky-700" style={{ width: pct(inUse) }} />
      </div>
      <span className="w-28 shrink-0 text-right text-sm tabular-nums text-slate-800">{text}</span>
    </div>
  );
}
