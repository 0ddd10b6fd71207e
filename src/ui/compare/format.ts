/** Numbers for people: thousands grouped, a few significant decimals at most. */
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const precise = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export const fmt = (n: number) => grouped.format(n);
export const fmtPrecise = (n: number) => precise.format(n);

/** Money in the currency the cost assumptions are labelled in ("€"), rounded to whole units. */
export const moneyIn = (currency: string) => (n: number) =>
  `${grouped.format(Math.round(n))} ${currency}`;

/** A value with its unit, as a chart label or a table cell shows it. */
export function withUnit(value: number, unit: string): string {
  if (unit === '€' || unit === '$' || unit === '£') return moneyIn(unit)(value);
  if (unit === '%') return `${fmt(value)} %`;
  if (unit === 'W') return `${fmt(Math.round(value))} W`;
  return `${fmtPrecise(value)} ${unit}`;
}
