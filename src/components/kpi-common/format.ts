import { formatNumber, formatPercent } from '../../core/format/index.js';
import type { MetricUnit } from '../../core/kpi/metrics.js';
import type { Trend } from '../../core/kpi/series.js';
import { formatMetric } from '../../core/kpi/series.js';
import { textLang } from '../../charts/chart-model.js';

/** How a trend reads: the signed change in the metric's natural unit. */
export interface TrendText {
  /** `+0,4 điểm %`, `−12,5 %`, `+0,3 ngày`, `+1,25 điểm`. */
  change: string;
  direction: Trend['direction'];
  /** Good/bad for metrics with a better direction; neutral otherwise. */
  tone: 'good' | 'bad' | 'neutral';
}

const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±');

/**
 * The change of a trend for display: rates in percentage points, counts relative (percent of the
 * previous value, or the absolute change when it was 0), days/minutes/points absolute.
 */
export function trendText(t: Trend, unit: MetricUnit, lang: string, words: { percentPoints: string }): TrendText {
  const tl = textLang(lang);
  let change: string;
  const abs = Math.abs(t.delta);
  if (unit === 'ratio') change = `${sign(t.delta)}${formatNumber(abs * 100, lang, 1)} ${words.percentPoints}`;
  else if (unit === 'count') change = t.relative !== undefined ? `${sign(t.delta)}${formatPercent(Math.abs(t.relative), lang, 1)}` : `${sign(t.delta)}${formatNumber(abs, lang, 0)}`;
  else change = `${sign(t.delta)}${formatMetric(abs, unit, tl)}`;
  if (t.direction === 'flat') change = `±0`;
  return { change, direction: t.direction, tone: t.good === undefined ? 'neutral' : t.good ? 'good' : 'bad' };
}
