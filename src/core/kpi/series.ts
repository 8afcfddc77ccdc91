import { formatNumber, formatPercent } from '../format/index.js';
import type { GroupDim, KpiGroup, KpiResult } from './engine.js';
import { METRICS, type MetricId, type MetricUnit } from './metrics.js';
import { isTimeUnit, type TimeUnit } from './periods.js';

/** One point of a series: the group key along the series dimension and the value (absent = no data). */
export interface SeriesPoint {
  key: string;
  value: number | undefined;
}

/**
 * The values of `metric` along dimension `dim` of a result (default: its time dimension, else its
 * first), for the groups whose other dimensions equal `where`. Points keep the result's order.
 */
export function seriesOf(result: KpiResult, metric: MetricId, options: { dim?: GroupDim; where?: Partial<Record<GroupDim, string>> } = {}): SeriesPoint[] {
  const dim = options.dim ?? result.groupBy.find(isTimeUnit) ?? result.groupBy[0];
  if (!dim) return [];
  const where = options.where ?? {};
  return result.groups
    .filter((g) => Object.entries(where).every(([d, v]) => g.key[d as GroupDim] === v))
    .map((g) => ({ key: g.key[dim] ?? '', value: g.values[metric] }));
}

/** Change between two values. */
export interface Trend {
  /** current − previous. */
  delta: number;
  /** delta ÷ |previous|; absent when previous is 0. */
  relative?: number;
  /** Direction of the change; `flat` when |delta| ≤ `epsilon`. */
  direction: 'up' | 'down' | 'flat';
  /** Whether the change is good for this metric (`better`), absent for neutral metrics or flat changes. */
  good?: boolean;
}

/**
 * The trend from `previous` to `current`; `undefined` when either is missing. `epsilon` (default 1e-9)
 * absorbs floating noise; pass e.g. 0.0005 for "no change below 0.05 points of a ratio".
 */
export function trend(current: number | undefined, previous: number | undefined, options: { metric?: MetricId; epsilon?: number } = {}): Trend | undefined {
  if (current === undefined || previous === undefined || !Number.isFinite(current) || !Number.isFinite(previous)) return undefined;
  const delta = current - previous;
  const eps = options.epsilon ?? 1e-9;
  const direction = Math.abs(delta) <= eps ? 'flat' : delta > 0 ? 'up' : 'down';
  const out: Trend = { delta, direction };
  if (previous !== 0) out.relative = delta / Math.abs(previous);
  const better = options.metric ? (METRICS[options.metric] as { better?: 'higher' | 'lower' }).better : undefined;
  if (better && direction !== 'flat') out.good = (direction === 'up') === (better === 'higher');
  return out;
}

/** A ranked group. */
export interface Ranked {
  group: KpiGroup;
  value: number;
  /** Competition rank (1, 2, 2, 4): equal values share a rank. */
  rank: number;
}

/**
 * Groups ranked by `metric`, best first (by the metric's `better` direction; `order` overrides).
 * Groups without a value are left out. Ties keep the result's order and share a rank.
 */
export function rankGroups(result: KpiResult, metric: MetricId, options: { order?: 'desc' | 'asc' } = {}): Ranked[] {
  const better = (METRICS[metric] as { better?: 'higher' | 'lower' }).better;
  const order = options.order ?? (better === 'lower' ? 'asc' : 'desc');
  const rows = result.groups
    .map((group, i) => ({ group, value: group.values[metric], i }))
    .filter((r): r is { group: KpiGroup; value: number; i: number } => r.value !== undefined);
  rows.sort((a, b) => (order === 'desc' ? b.value - a.value : a.value - b.value) || a.i - b.i);
  const out: Ranked[] = [];
  rows.forEach((r, k) => {
    const prev = out[k - 1];
    out.push({ group: r.group, value: r.value, rank: prev && prev.value === r.value ? prev.rank : k + 1 });
  });
  return out;
}

const WORDS = {
  vi: {
    up: 'tăng', down: 'giảm', flat: 'giữ nguyên ở',
    from: 'từ', toUp: 'lên', toDown: 'xuống', over: 'trong',
    lowest: 'thấp nhất', highest: 'cao nhất', noData: 'chưa có dữ liệu', only: 'chỉ có một kỳ',
    units: { day: 'ngày', week: 'tuần', month: 'tháng', quarter: 'quý', year: 'năm' } as Record<TimeUnit, string>,
    days: 'ngày', minutes: 'phút', points: 'điểm', missing: (n: number) => `${n} kỳ không có dữ liệu`,
    of: (n: number) => `${n} giá trị`,
  },
  en: {
    up: 'rose', down: 'fell', flat: 'stayed at',
    from: 'from', toUp: 'to', toDown: 'to', over: 'over',
    lowest: 'lowest', highest: 'highest', noData: 'no data yet', only: 'one period only',
    units: { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' } as Record<TimeUnit, string>,
    days: 'days', minutes: 'min', points: 'points', missing: (n: number) => `${n} period${n === 1 ? '' : 's'} without data`,
    of: (n: number) => `${n} values`,
  },
};

/** Formats a metric value for text, e.g. `91,2%`, `3,8 ngày`, `17,72 điểm` (vi) / `91.2%`, `3.8 days` (en). */
export function formatMetric(value: number, unit: MetricUnit, lang: 'vi' | 'en'): string {
  const w = WORDS[lang];
  switch (unit) {
    case 'ratio': return formatPercent(value, lang, 1);
    case 'days': return `${formatNumber(value, lang, 1)} ${w.days}`;
    case 'minutes': return `${formatNumber(value, lang, 1)} ${w.minutes}`;
    case 'points': return `${formatNumber(value, lang, 2)} ${w.points}`;
    default: return formatNumber(value, lang, 0);
  }
}

/** Label of a time key: `03/2026`, `Quý 1/2026` / `Q1 2026`, `tuần 10/2026` / `week 10 2026`, `04/03/2026`. */
export function timeKeyLabel(key: string, lang: 'vi' | 'en'): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${m[2]}/${m[1]}`;
  m = /^(\d{4})-Q(\d)$/.exec(key);
  if (m) return lang === 'vi' ? `Quý ${m[2]}/${m[1]}` : `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) return lang === 'vi' ? `tuần ${Number(m[2])}/${m[1]}` : `week ${Number(m[2])} ${m[1]}`;
  return key;
}

/** Settings of {@link describeSeries}. */
export interface DescribeOptions {
  metric: MetricId;
  lang: 'vi' | 'en';
  /** The unit of the series' keys when they are periods (enables "trong 12 tháng"). */
  timeUnit?: TimeUnit;
  /** Label of a key (a unit's name for a series by unit); default: time keys as dates, others verbatim. */
  label?: (key: string) => string;
  /** Name of the metric (default: the catalogue's). */
  name?: string;
}

/**
 * A one-sentence text summary of a series for screen readers and the chart's text alternative, e.g.
 * "Tỷ lệ trước hạn, đúng hạn tăng từ 91,2% lên 95,4% trong 12 tháng; thấp nhất 89,0% (03/2026), cao
 * nhất 96,1% (11/2026)." / "Early or on-time rate rose from 91.2% to 95.4% over 12 months; …". For a
 * series that is not over time it names the highest and lowest keys. Points without data are skipped
 * and counted.
 */
export function describeSeries(points: readonly SeriesPoint[], options: DescribeOptions): string {
  const { lang, metric } = options;
  const w = WORDS[lang];
  const info = METRICS[metric];
  const name = options.name ?? (lang === 'vi' ? info.nameVi : info.nameEn);
  const label = options.label ?? ((k: string) => timeKeyLabel(k, lang));
  const fmt = (v: number) => formatMetric(v, info.unit, lang);
  const known = points.filter((p): p is { key: string; value: number } => p.value !== undefined && Number.isFinite(p.value));
  const missing = points.length - known.length;
  const tail = missing > 0 ? `; ${w.missing(missing)}` : '';
  if (known.length === 0) return `${name}: ${w.noData}.`;
  let lo = known[0] as { key: string; value: number };
  let hi = lo;
  for (const p of known) {
    if (p.value < lo.value) lo = p;
    if (p.value > hi.value) hi = p;
  }
  const extremes = `${w.lowest} ${fmt(lo.value)} (${label(lo.key)}), ${w.highest} ${fmt(hi.value)} (${label(hi.key)})`;
  if (!options.timeUnit) {
    return `${name}: ${extremes}; ${w.of(known.length)}${tail}.`;
  }
  const first = known[0] as { key: string; value: number };
  const last = known[known.length - 1] as { key: string; value: number };
  if (known.length === 1) return `${name} ${fmt(last.value)} (${label(last.key)}), ${w.only}${tail}.`;
  const span = `${w.over} ${points.length} ${w.units[options.timeUnit]}`;
  const t = trend(last.value, first.value);
  const move =
    !t || fmt(last.value) === fmt(first.value)
      ? `${w.flat} ${fmt(last.value)}`
      : `${t.direction === 'up' ? w.up : w.down} ${w.from} ${fmt(first.value)} ${t.direction === 'up' ? w.toUp : w.toDown} ${fmt(last.value)}`;
  return `${name} ${move} ${span}; ${extremes}${tail}.`;
}
