/**
 * Decimal rounding for published scores. Scores are compared with figures published by the national
 * portal and the Circular, which round half up on the decimal value; binary floating point would turn
 * 0.6425 × 6 = 3.855 into 3.8549999…, which plain `Math.round` sends down. The value is first snapped
 * to 12 significant digits (far below any meaningful precision of a ratio of counts), then rounded half
 * away from zero.
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** decimals;
  const snapped = Number((value * f).toPrecision(12));
  const r = Math.sign(snapped) * Math.round(Math.abs(snapped));
  // `-0` would print as "0" but fail deep equality with 0.
  return r === 0 ? 0 : r / f;
}

/** `numerator / denominator`, or `undefined` when the denominator is 0 (never NaN or Infinity). */
export function ratio(numerator: number, denominator: number): number | undefined {
  return denominator > 0 ? numerator / denominator : undefined;
}
