import { useId } from 'react';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Parts of the bar, left to right, for a stacked chart; their values add up to `value`. */
  readonly parts?: readonly { readonly key: string; readonly value: number }[];
}

const ROW = 40;
const LABEL_W = 190;
const VALUE_W = 130;
const WIDTH = 640;
const BAR_COLOUR = '#1d4ed8';
const BEST_COLOUR = '#047857';

/**
 * A horizontal bar chart drawn in SVG, sized for a projector: one row per way, its name on the
 * left and its value on the right. The figure's text alternative lists every value.
 */
export function BarChart({
  title,
  bars,
  format,
  better,
  partColours,
  legend,
  note,
}: {
  title: string;
  bars: readonly Bar[];
  format: (n: number) => string;
  /** Which end is better: its bar is drawn in green. */
  better: 'lower' | 'higher';
  /** Colours of stacked parts by key; without it each bar is one colour. */
  partColours?: Readonly<Record<string, string>>;
  /** Names of the stacked parts, by key, shown under the chart with their colours. */
  legend?: Readonly<Record<string, string>>;
  note?: string;
}) {
  const id = useId();
  const max = Math.max(0, ...bars.map((b) => b.value));
  const best =
    bars.length === 0 ? 0 : (better === 'lower' ? Math.min : Math.max)(...bars.map((b) => b.value));
  const span = WIDTH - LABEL_W - VALUE_W;
  const scale = (v: number) => (max > 0 ? (v / max) * span : 0);
  const height = bars.length * ROW + 8;
  const alt = `${title}: ${bars.map((b) => `${b.label} ${format(b.value)}`).join('; ')}. ${better === 'lower' ? 'Lower' : 'Higher'} is better.`;
  return (
    <figure className="rounded border border-slate-300 bg-white p-2">
      <figcaption id={`${id}-t`} className="text-lg font-bold text-slate-900">
        {title}
        <span className="ml-2 text-sm font-normal text-slate-700">
          ({better} is better{note ? `; ${note}` : ''})
        </span>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
      >
        {bars.map((b, i) => {
          const y = 4 + i * ROW;
          let x = LABEL_W;
          return (
            <g key={b.label}>
              <text
                x={LABEL_W - 8}
                y={y + ROW / 2 + 6}
                textAnchor="end"
                fontSize="17"
                fill="#0f172a"
              >
                {b.label}
              </text>
              {b.parts && partColours ? (
                b.parts.map((p) => {
                  const w = scale(p.value);
                  const rect = (
                    <rect
                      key={p.key}
                      x={x}
                      y={y + 6}
                      width={w}
                      height={ROW - 12}
                      fill={partColours[p.key] ?? BAR_COLOUR}
                    />
                  );
                  x += w;
                  return rect;
                })
              ) : (
                <rect
                  x={LABEL_W}
                  y={y + 6}
                  width={scale(b.value)}
                  height={ROW - 12}
                  fill={b.value === best ? BEST_COLOUR : BAR_COLOUR}
                />
              )}
              <text
                x={LABEL_W + scale(b.value) + 8}
                y={y + ROW / 2 + 6}
                fontSize="17"
                fontWeight="bold"
                fill="#0f172a"
              >
                {format(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
      {legend && partColours && (
        <ul className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-900" aria-hidden="true">
          {Object.entries(legend).map(([key, label]) => (
            <li key={key}>
              <span
                className="mr-1 inline-block h-3 w-3 align-middle"
                style={{ background: partColours[key] }}
              />
              {label}
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-d`} className="sr-only">
        {alt}
      </p>
    </figure>
  );
}
