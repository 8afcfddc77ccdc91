import { formatNumber, formatPercent } from '../core/format/index.js';
import { isTimeUnit, type TimeUnit } from '../core/kpi/periods.js';
import { METRICS, type MetricId, type MetricUnit } from '../core/kpi/metrics.js';
import { describeSeries, formatMetric, timeKeyLabel } from '../core/kpi/series.js';
import { displayRound, type GroupDim, type KpiResult } from '../core/kpi/engine.js';

/**
 * The chart model: what a KPI chart shows, as plain data, derived once from a {@link KpiResult}. The
 * Chart.js configuration, the screen-reader data table, the text summary and the CSV export are all
 * built from the same model, so they cannot disagree.
 */

/** One category (x value of a line or bar chart, one slice of a doughnut). */
export interface ChartCategory {
  key: string;
  label: string;
}

/** One series (a line, a set of bars, the doughnut's ring). `null` = no data for that category. */
export interface ChartSeries {
  key: string;
  label: string;
  metric: MetricId;
  values: (number | null)[];
}

/** What a chart shows. Every series shares one {@link MetricUnit}, so one axis and one formatter serve them all. */
export interface ChartModel {
  unit: MetricUnit;
  /** What the categories are: a dimension of the query, or `metric` when each category is a metric. */
  categoryDim: GroupDim | 'metric';
  /** The calendar unit of the categories when they are periods. */
  timeUnit?: TimeUnit;
  categories: ChartCategory[];
  series: ChartSeries[];
  /** Series left out to keep the chart readable (beyond the palette's 8 colours), by label. */
  omitted: string[];
}

/** Names of dimension values (unit, field, procedure, officer, counter, service ids) in one language. */
export type KeyLabeller = (dim: GroupDim, key: string) => string | undefined;

/** Settings of {@link chartModel}. */
export interface ChartModelOptions {
  /** Metrics to show. With two grouping dimensions only the first is used. */
  metrics: readonly MetricId[];
  lang: string;
  /** Names of ids; ids without a name are shown as they are. */
  labelOf?: KeyLabeller;
  /** Most series kept (default 8, the palette size); the rest are listed in {@link ChartModel.omitted}. */
  maxSeries?: number;
}

const CHANNELS: Record<string, { vi: string; en: string }> = {
  '1': { vi: 'Trực tiếp', en: 'In person' },
  '2': { vi: 'Trực tuyến', en: 'Online' },
  '3': { vi: 'Bưu chính công ích', en: 'Post' },
};

/** Language of the shipped texts for a resolved UI language (`vi` for anything but English). */
export const textLang = (lang: string): 'vi' | 'en' => (lang === 'en' ? 'en' : 'vi');

/** Label of a group key along `dim`: time keys as dates (`03/2026`), channels by name, ids through `labelOf`. */
export function keyLabel(dim: GroupDim, key: string, lang: string, labelOf?: KeyLabeller): string {
  if (isTimeUnit(dim)) return timeKeyLabel(key, textLang(lang));
  if (dim === 'channel') return CHANNELS[key]?.[textLang(lang)] ?? key;
  if (key === '') return textLang(lang) === 'vi' ? 'Không xác định' : 'Unknown';
  return labelOf?.(dim, key) ?? key;
}

/** Name of a metric in a language. */
export function metricName(metric: MetricId, lang: string): string {
  const m = METRICS[metric];
  return textLang(lang) === 'vi' ? m.nameVi : m.nameEn;
}

const finite = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);

/**
 * The chart model of a result:
 * - no grouping: one category per metric, one series (the period's totals), e.g. a doughnut of
 *   `direct,online,postal`;
 * - one dimension: its values are the categories, one series per metric;
 * - two dimensions: the time dimension (else the first) gives the categories, each value of the other
 *   gives a series of the first metric, largest total first.
 * Metrics of another unit than the first metric's are dropped (one axis per chart).
 */
export function chartModel(result: KpiResult, options: ChartModelOptions): ChartModel {
  const { lang, labelOf } = options;
  const maxSeries = Math.max(1, options.maxSeries ?? 8);
  const first = options.metrics[0];
  if (!first) return { unit: 'count', categoryDim: 'metric', categories: [], series: [], omitted: [] };
  const unit = METRICS[first].unit;
  const metrics = options.metrics.filter((m) => METRICS[m].unit === unit);
  const dims = result.groupBy;

  if (dims.length === 0) {
    return {
      unit,
      categoryDim: 'metric',
      categories: metrics.map((m) => ({ key: m, label: metricName(m, lang) })),
      series: [{ key: 'total', label: textLang(lang) === 'vi' ? 'Tổng' : 'Total', metric: first, values: metrics.map((m) => finite(result.total.values[m])) }],
      omitted: [],
    };
  }

  if (dims.length === 1) {
    const dim = dims[0] as GroupDim;
    const groups = result.groups;
    const series = metrics.map((m) => ({ key: m, label: metricName(m, lang), metric: m, values: groups.map((g) => finite(g.values[m])) }));
    const model: ChartModel = {
      unit,
      categoryDim: dim,
      categories: groups.map((g) => ({ key: g.key[dim] ?? '', label: keyLabel(dim, g.key[dim] ?? '', lang, labelOf) })),
      series: series.slice(0, maxSeries),
      omitted: series.slice(maxSeries).map((s) => s.label),
    };
    if (isTimeUnit(dim)) model.timeUnit = dim;
    return model;
  }

  const catDim = (dims.find(isTimeUnit) ?? dims[0]) as GroupDim;
  const serDim = dims.find((d) => d !== catDim) as GroupDim;
  const catKeys: string[] = [];
  const serKeys: string[] = [];
  const seenCat = new Set<string>();
  const seenSer = new Set<string>();
  const cell = new Map<string, number | null>();
  const totals = new Map<string, number>();
  for (const g of result.groups) {
    const c = g.key[catDim] ?? '';
    const s = g.key[serDim] ?? '';
    if (!seenCat.has(c)) {
      seenCat.add(c);
      catKeys.push(c);
    }
    if (!seenSer.has(s)) {
      seenSer.add(s);
      serKeys.push(s);
    }
    const v = finite(g.values[first]);
    cell.set(`${s}\u0000${c}`, v);
    if (v !== null) totals.set(s, (totals.get(s) ?? 0) + v);
  }
  // Largest first for volumes; for rates and points too (the best are usually what a leader compares).
  const ordered = [...serKeys].sort((a, b) => (totals.get(b) ?? -Infinity) - (totals.get(a) ?? -Infinity));
  const series = ordered.map((s) => ({
    key: s,
    label: keyLabel(serDim, s, lang, labelOf),
    metric: first,
    values: catKeys.map((c) => cell.get(`${s}\u0000${c}`) ?? null),
  }));
  const model: ChartModel = {
    unit,
    categoryDim: catDim,
    categories: catKeys.map((c) => ({ key: c, label: keyLabel(catDim, c, lang, labelOf) })),
    series: series.slice(0, maxSeries),
    omitted: series.slice(maxSeries).map((s) => s.label),
  };
  if (isTimeUnit(catDim)) model.timeUnit = catDim;
  return model;
}

/** Formats a value of a model for text (summary, table, tooltip): `91,2 %`, `3,8 ngày`, `1.234`. */
export function formatValue(value: number | null | undefined, unit: MetricUnit, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return textLang(lang) === 'vi' ? 'không có dữ liệu' : 'no data';
  return formatMetric(value, unit, textLang(lang));
}

/** Formats an axis tick: percentages without decimals, other values compact. */
export function formatTick(value: number, unit: MetricUnit, lang: string): string {
  if (unit === 'ratio') return formatPercent(value, lang, Math.abs(value * 100 - Math.round(value * 100)) > 1e-9 ? 1 : 0);
  if (unit === 'count') return formatNumber(value, lang, 0);
  return formatNumber(value, lang, 1);
}

/**
 * A one-paragraph text alternative of the chart: one sentence per series (its trend over time, or its
 * highest and lowest categories), then the series left out.
 */
export function summarize(model: ChartModel, lang: string): string {
  const tl = textLang(lang);
  if (model.series.length === 0 || model.categories.length === 0) return tl === 'vi' ? 'Chưa có dữ liệu.' : 'No data yet.';
  const sentences: string[] = [];
  if (model.categoryDim === 'metric') {
    const s = model.series[0] as ChartSeries;
    const known = s.values.filter((v): v is number => v !== null);
    const sum = known.reduce((a, b) => a + b, 0);
    const parts = model.categories.map((c, i) => {
      const v = s.values[i] ?? null;
      const share = model.unit === 'count' && v !== null && sum > 0 ? ` (${formatPercent(v / sum, lang, 1)})` : '';
      return `${c.label}: ${formatValue(v, model.unit, lang)}${share}`;
    });
    sentences.push(`${parts.join('; ')}.`);
  } else {
    const labels = new Map(model.categories.map((c) => [c.key, c.label]));
    for (const s of model.series) {
      const points = model.categories.map((c, i) => ({ key: c.key, value: s.values[i] ?? undefined }));
      const opts = { metric: s.metric, lang: tl, name: s.label, label: (k: string) => labels.get(k) ?? k } as const;
      sentences.push(describeSeries(points, model.timeUnit ? { ...opts, timeUnit: model.timeUnit } : opts));
    }
  }
  if (model.omitted.length > 0) {
    sentences.push(tl === 'vi' ? `Không vẽ ${model.omitted.length} nhóm khác: ${model.omitted.join(', ')}.` : `${model.omitted.length} more not drawn: ${model.omitted.join(', ')}.`);
  }
  return sentences.join(' ');
}

/** A data table of a chart: header labels, then one row per category with a formatted and a raw value per series. */
export interface ChartTable {
  /** Header of the first column (what the categories are). */
  corner: string;
  columns: string[];
  rows: { label: string; cells: string[]; values: (number | null)[] }[];
  unit: MetricUnit;
}

const DIM_NAMES: Record<string, { vi: string; en: string }> = {
  metric: { vi: 'Chỉ tiêu', en: 'Indicator' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  officer: { vi: 'Cán bộ', en: 'Officer' },
  channel: { vi: 'Kênh nộp', en: 'Channel' },
  counter: { vi: 'Quầy', en: 'Counter' },
  service: { vi: 'Dịch vụ', en: 'Service' },
  day: { vi: 'Ngày', en: 'Day' },
  week: { vi: 'Tuần', en: 'Week' },
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  year: { vi: 'Năm', en: 'Year' },
};

/** The table of a model (rows = categories, columns = series), values formatted for `lang`. */
export function chartTable(model: ChartModel, lang: string): ChartTable {
  const tl = textLang(lang);
  return {
    corner: DIM_NAMES[model.categoryDim]?.[tl] ?? model.categoryDim,
    columns: model.series.map((s) => s.label),
    rows: model.categories.map((c, i) => {
      const values = model.series.map((s) => s.values[i] ?? null);
      return { label: c.label, values, cells: values.map((v) => (v === null ? '–' : formatMetric(v, model.unit, tl))) };
    }),
    unit: model.unit,
  };
}

/** Settings of {@link toCsv}. */
export interface CsvOptions {
  /**
   * Field separator. Default: `;` for Vietnamese (what Excel expects under vi-VN regional settings,
   * whose decimal mark is the comma), `,` otherwise.
   */
  delimiter?: string;
  /** Decimal mark. Default: `,` for Vietnamese, `.` otherwise. */
  decimal?: string;
  /** Prefix a UTF-8 byte order mark so Excel reads Vietnamese letters correctly (default true). */
  bom?: boolean;
}

const CSV_UNIT: Record<MetricUnit, { vi: string; en: string }> = {
  ratio: { vi: '%', en: '%' },
  days: { vi: 'ngày', en: 'days' },
  minutes: { vi: 'phút', en: 'min' },
  points: { vi: 'điểm', en: 'points' },
  count: { vi: '', en: '' },
};

/** The value written to CSV for a raw model value: percentages for ratios (2 decimals), rounded like the portal. */
export function csvNumber(value: number, unit: MetricUnit): number {
  return displayRound(value, unit);
}

/**
 * The table as CSV (RFC 4180 quoting, CRLF line ends): a header row, then one row per category. Numbers
 * are plain (no grouping), ratios as percentages with two decimals; the unit is in the header. A text
 * cell that starts like a spreadsheet formula gets a leading apostrophe.
 */
export function toCsv(model: ChartModel, lang: string, options: CsvOptions = {}): string {
  const tl = textLang(lang);
  const delimiter = options.delimiter ?? (tl === 'vi' ? ';' : ',');
  const decimal = options.decimal ?? (tl === 'vi' ? ',' : '.');
  const quote = (text: string) => {
    // Labels are data (unit, officer, procedure names): one that starts like a formula (=, +, -, @, tab,
    // CR) would be evaluated by a spreadsheet, so it is neutralised as the server's exports do.
    const s = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const unitWord = CSV_UNIT[model.unit][tl];
  const table = chartTable(model, lang);
  const header = [table.corner, ...table.columns.map((c) => (unitWord ? `${c} (${unitWord})` : c))];
  const num = (v: number | null) => (v === null ? '' : String(csvNumber(v, model.unit)).replace('.', decimal));
  const lines = [header.map(quote).join(delimiter), ...table.rows.map((r) => [quote(r.label), ...r.values.map(num)].join(delimiter))];
  return `${options.bom === false ? '' : '\ufeff'}${lines.join('\r\n')}\r\n`;
}

/** Parses a number written by {@link toCsv} back (for tests and round trips). */
export function parseCsvNumber(s: string, decimal: string): number | null {
  if (s.trim() === '') return null;
  return Number(decimal === '.' ? s : s.replace(decimal, '.'));
}
