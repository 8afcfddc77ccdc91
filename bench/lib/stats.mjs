// Summaries and unit formatting for benchmark samples.

/** Median, min and max of a non-empty sample; `undefined` fields for an empty one. */
export function summarise(samples) {
  const s = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, median: undefined, min: undefined, max: undefined };
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { n: s.length, median, min: s[0], max: s[s.length - 1] };
}

const FACTORS = { ms: 1, s: 1000, B: 1, KiB: 1024, MiB: 1024 * 1024 };

/** Converts a base-unit value (ms for times, bytes for sizes) to the display unit. */
export function toUnit(value, unit) {
  if (value === undefined) return undefined;
  const f = FACTORS[unit];
  return f ? value / f : value;
}

/** A number with precision suited to its size. */
export function fmt(value) {
  if (value === undefined || Number.isNaN(value)) return '–';
  const a = Math.abs(value);
  if (a >= 1000) return Math.round(value).toLocaleString('en-US');
  if (a >= 100) return value.toFixed(0);
  if (a >= 10) return value.toFixed(1);
  if (a >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

/** `median (min–max)` in the display unit, or just the value when all samples agree. */
export function fmtSummary(summary, unit) {
  if (!summary || summary.n === 0) return '–';
  const m = fmt(toUnit(summary.median, unit));
  if (summary.min === summary.max) return m;
  return `${m} (${fmt(toUnit(summary.min, unit))}–${fmt(toUnit(summary.max, unit))})`;
}
