import type { ChartConfiguration, ChartDataset, ChartOptions } from 'chart.js';
import type { MetricUnit } from '../core/kpi/metrics.js';
import { formatTick, formatValue, textLang, type ChartModel } from './chart-model.js';
import { lineDash, pointStyle } from './patterns.js';
import type { ChartTokens } from './theme-tokens.js';
import type {} from './plugins.js';

/**
 * The pure Chart.js configuration builder: model + tokens + options in, a configuration object out.
 * No canvas, no DOM, no chart.js runtime import, so it is tested as plain data; the element hands the
 * result to `new Chart()` / `chart.update('none')`.
 */

/** Chart kinds of `<hcc-kpi-chart chart="…">`. `hbar` is a horizontal bar chart (long unit names). */
export type ChartKind = 'line' | 'bar' | 'stacked' | 'doughnut' | 'hbar';

/** Every kind, for attribute validation. */
export const CHART_KINDS: readonly ChartKind[] = ['line', 'bar', 'stacked', 'doughnut', 'hbar'];

/** Settings of {@link buildChartConfig}. */
export interface ChartBuildOptions {
  kind: ChartKind;
  lang: string;
  /** Animate updates (off under `prefers-reduced-motion`, in tests and on walls). */
  animate: boolean;
  /**
   * Fill per series (per category for a doughnut), usually colour + pattern from `seriesFill()`;
   * default: the plain series colours.
   */
  fills?: readonly (string | CanvasPattern)[];
  /** Target in the metric's raw unit, drawn as a dashed line with its label. */
  target?: number;
  /** Label of the target line (e.g. `Mục tiêu 95 %`). */
  targetLabel?: string;
  /** Legend (default: when there is more than one series, or for a doughnut). */
  legend?: boolean;
  /** Fill the canvas with the surface colour (for exports; default true). */
  background?: boolean;
  /** Canvas resolution (default: the device's). Raised for print and PNG export. */
  devicePixelRatio?: number;
}

/** The configuration of one of our charts. */
export type HccChartConfig = ChartConfiguration<'line'> | ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;

/** The colour of series (or slice) `i`: the token palette, cycling. */
export const seriesColor = (tokens: ChartTokens, i: number): string => tokens.series[i % tokens.series.length] ?? tokens.text;

/**
 * Builds the configuration. Everything responsive is ours, not Chart.js's: `responsive: false` (the
 * element resizes the chart from a ResizeObserver on its host, which works inside shadow roots where
 * Chart.js's own attach/resize detection fails), `maintainAspectRatio: false` (the element's box sets
 * the size), numbers and dates in the element's language, animation only when asked for.
 */
export function buildChartConfig(model: ChartModel, tokens: ChartTokens, options: ChartBuildOptions): HccChartConfig {
  const { kind, lang } = options;
  const unit = model.unit;
  const fill = (i: number): string | CanvasPattern => options.fills?.[i] ?? seriesColor(tokens, i);
  const labels = model.categories.map((c) => c.label);
  const font = { family: tokens.fontFamily, size: Math.round(tokens.fontSize * 0.85) };
  const showLegend = options.legend ?? (kind === 'doughnut' || model.series.length > 1);
  const tooltipLabel = (item: { raw: unknown; label: string; dataset: { label?: string } }): string => {
    const v = typeof item.raw === 'number' ? item.raw : null;
    const name = kind === 'doughnut' ? item.label : (item.dataset.label ?? '');
    return `${name}: ${formatValue(v, unit, lang)}`;
  };
  const plugins = {
    legend: {
      display: showLegend,
      position: 'bottom' as const,
      labels: { color: tokens.text, font, usePointStyle: kind === 'line', boxWidth: Math.round(font.size * 1.6), boxHeight: Math.round(font.size * 1.1) },
    },
    tooltip: {
      enabled: true,
      titleFont: font,
      bodyFont: font,
      callbacks: { label: tooltipLabel },
    },
    hccTarget:
      options.target !== undefined && kind !== 'doughnut'
        ? { value: options.target, color: tokens.text, font: { family: tokens.fontFamily, size: font.size }, ...(options.targetLabel ? { label: options.targetLabel } : {}) }
        : {},
    hccBackground: options.background === false ? {} : { color: tokens.surface },
  };
  const base = {
    responsive: false,
    maintainAspectRatio: false,
    animation: options.animate ? { duration: 400 } : (false as const),
    locale: textLang(lang) === 'vi' ? 'vi-VN' : 'en-GB',
    color: tokens.text,
    font,
    ...(options.devicePixelRatio !== undefined ? { devicePixelRatio: options.devicePixelRatio } : {}),
  };

  if (kind === 'doughnut') {
    const s = model.series[0];
    // A doughnut cannot leave a gap: a slice without data is NaN (drawn as nothing), never 0.
    const data = s ? s.values.map((v) => v ?? Number.NaN) : [];
    const dataset: ChartDataset<'doughnut', number[]> = {
      label: s?.label ?? '',
      data,
      backgroundColor: model.categories.map((_, i) => fill(i)) as string[],
      borderColor: tokens.surface,
      borderWidth: 2,
      hoverOffset: 6,
    };
    const opts: ChartOptions<'doughnut'> = { ...base, cutout: '55%', plugins };
    return { type: 'doughnut', data: { labels, datasets: [dataset] }, options: opts };
  }

  const valueAxis = {
    beginAtZero: kind !== 'line',
    ...(unit === 'ratio' ? { max: 1, ...(kind === 'line' ? {} : { min: 0 }) } : {}),
    ...(unit === 'points' ? { min: 0 } : {}),
    stacked: kind === 'stacked',
    grid: { color: withAlpha(tokens.grid, 0.35) },
    border: { color: tokens.grid },
    ticks: { color: tokens.text, font, callback: (v: number | string) => formatTick(Number(v), unit, lang), ...(unit === 'count' ? { precision: 0 } : {}) },
  };
  const categoryAxis = {
    stacked: kind === 'stacked',
    grid: { display: false },
    border: { color: tokens.grid },
    ticks: { color: tokens.text, font, autoSkip: true, maxRotation: 0, ...(kind === 'hbar' ? {} : { autoSkipPadding: 8 }) },
  };

  if (kind === 'line') {
    const datasets: ChartDataset<'line', (number | null)[]>[] = model.series.map((s, i) => ({
      label: s.label,
      data: s.values,
      borderColor: seriesColor(tokens, i),
      backgroundColor: seriesColor(tokens, i),
      borderWidth: 3,
      borderDash: lineDash(i),
      pointStyle: pointStyle(i),
      pointRadius: model.categories.length > 60 ? 0 : 4,
      pointHoverRadius: 7,
      spanGaps: false,
      tension: 0.2,
    }));
    const opts: ChartOptions<'line'> = {
      ...base,
      interaction: { mode: 'index', intersect: false },
      scales: { x: categoryAxis, y: valueAxis },
      plugins,
    };
    return { type: 'line', data: { labels, datasets }, options: opts };
  }

  const datasets: ChartDataset<'bar', (number | null)[]>[] = model.series.map((s, i) => ({
    label: s.label,
    data: s.values,
    backgroundColor: fill(i) as string,
    borderColor: seriesColor(tokens, i),
    borderWidth: 1.5,
    maxBarThickness: 64,
  }));
  const horizontal = kind === 'hbar';
  const opts: ChartOptions<'bar'> = {
    ...base,
    indexAxis: horizontal ? 'y' : 'x',
    interaction: { mode: 'index', intersect: false },
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins,
  };
  return { type: 'bar', data: { labels, datasets }, options: opts };
}

/** A colour with an alpha, for grid lines (`#rrggbb` only; other forms are returned unchanged). */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return color;
  const h = m[1] as string;
  return `rgba(${parseInt(h.slice(0, 2), 16)}, ${parseInt(h.slice(2, 4), 16)}, ${parseInt(h.slice(4, 6), 16)}, ${alpha})`;
}

/** Formats the target for its line label, e.g. `Mục tiêu: 95 %` / `Target: 95%`. */
export function targetLabel(value: number, unit: MetricUnit, lang: string): string {
  return `${textLang(lang) === 'vi' ? 'Mục tiêu' : 'Target'}: ${formatValue(value, unit, lang)}`;
}
