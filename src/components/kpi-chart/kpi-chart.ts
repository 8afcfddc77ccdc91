import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Chart } from 'chart.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { formatDate, formatTime } from '../../core/format/index.js';
import { METRICS, type MetricId } from '../../core/kpi/metrics.js';
import { isTimeUnit } from '../../core/kpi/periods.js';
import type { GroupDim, KpiQuery, KpiResult } from '../../core/kpi/engine.js';
import { VN_TIME_ZONE } from '../../core/time/index.js';
import {
  chartModel, chartTable, formatValue, metricName, summarize, toCsv, type ChartModel, type ChartSeries,
} from '../../charts/chart-model.js';
import { buildChartConfig, CHART_KINDS, seriesColor, targetLabel, type ChartKind, type HccChartConfig } from '../../charts/chart-config.js';
import { loadChartJs } from '../../charts/load-chart.js';
import { yieldToMain } from '../../charts/yield.js';
import { seriesFill } from '../../charts/patterns.js';
import { ThemeTokensController, type ChartTokens } from '../../charts/theme-tokens.js';
import type { KpiDataRequest } from '../../controllers/kpi-data.js';
import { UNIT_ORDER, asOfLabel, historyStart, periodLabel, type ResolvedPeriod } from '../../controllers/kpi-data-period.js';
import { labelLookup, type KpiLabels } from '../../controllers/kpi-data-loader.js';
import { parseGroupBy, parseMetrics, parseTarget } from '../kpi-common/attrs.js';
import { KpiElement, type KpiTexts } from '../kpi-common/kpi-element.js';
import shared from '../kpi-common/kpi.styles.js';
import { strings } from '../kpi-common/strings.js';
import styles from './kpi-chart.styles.js';

/** Detail of `hcc-kpi-drill`: what was chosen (a bar, a point, a slice, a ranked unit, a 766 group). */
export interface KpiDrillDetail {
  metric: MetricId;
  /** The dimension of the chosen category (`metric` when categories are metrics). */
  dim: GroupDim | 'metric';
  key: string;
  label: string;
  /** The series of the chosen point, when the chart has several. */
  series?: string;
  value: number | null;
  /** The 766 group or sub-indicator chosen, from `<hcc-kpi-766>`. */
  group?: string;
  indicator?: string;
}

/** Detail of `hcc-kpi-export`. */
export interface KpiExportDetail {
  format: 'png' | 'csv';
  blob: Blob;
  filename: string;
}

/** The default time axis, replaced by the period's history unit when the query is built. */
const TIME = '__time__' as GroupDim;

const slug = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'kpi';

/**
 * @summary A KPI chart (line, bar, stacked bar, horizontal bar, doughnut) that is readable without seeing it.
 *
 * @description Chart.js draws the canvas; it is loaded on demand when the first chart renders, with
 * only the parts used registered. Numbers and dates follow the element's language (`1.234,5`,
 * `dd/MM/yyyy` in Vietnamese). Every chart has a text summary (its accessible description), a data
 * table for screen readers with a "show data" toggle, keyboard reading of each value (arrow keys),
 * the Okabe–Ito palette with a pattern per series, PNG and CSV export, and a print stylesheet that
 * renders it at page width. It resizes from a ResizeObserver on its own box, so it redraws correctly
 * inside any number of shadow roots.
 *
 * Data-bound by attributes (`metric`, `group-by`, `chart`, `period` …) or fed with `result` (a KPI
 * engine result) or `model` (any categories × series).
 *
 * @event hcc-kpi-drill - {CustomEvent<KpiDrillDetail>} A bar, point or slice was chosen (click, or Enter on the keyboard).
 * @event hcc-kpi-export - {CustomEvent<KpiExportDetail>} Before a download starts; cancelable (e.g. to upload the file instead).
 * @event hcc-data-error - {CustomEvent<KpiErrorDetail>} A load failed; the last figures stay.
 * @event hcc-kpi-load - {CustomEvent<{}>} Fresh figures arrived.
 * @event hcc-kpi-freshness - {CustomEvent<{ freshness: Freshness }>} The freshness state changed.
 * @csspart base - The tile.
 * @csspart chart - The chart's box (holds the canvas).
 * @csspart table - The data table.
 * @csspart toolbar - The show-data and export buttons.
 * @cssproperty --hcc-kpi-chart-height - Height of the chart box outside a wall (default 18em).
 * @status experimental
 */
export class HccKpiChart extends KpiElement {
  static override styles = [tokenStyles, shared, styles];

  /** Metric id(s), comma-separated: `onTimeRate`, or `early,onTime,late` for a stacked chart. */
  @property() metric = '';
  /** Up to two dimensions: `month`, `unit`, `unit,month`, `channel`, `field` … (default: the period's months, days or weeks for line charts). */
  @property({ attribute: 'group-by' }) groupBy = '';
  /** `line` (default), `bar`, `stacked`, `hbar` or `doughnut`. */
  @property() chart: ChartKind | '' = '';
  /** Title (default: the metrics' names). */
  @property() label = '';
  /** Target line: `95%` / `0.95` for rates, a number otherwise. */
  @property() target = '';
  /** Sort categories by the first series: `desc` or `asc` (default: as grouped). */
  @property() sort: 'asc' | 'desc' | '' = '';
  /** Most series drawn (default 8, the palette size). */
  @property({ type: Number, attribute: 'max-series' }) maxSeries = 8;
  /** Show the data table (the "show data" toggle). */
  @property({ type: Boolean, reflect: true, attribute: 'show-data' }) showData = false;
  /** A KPI engine result to draw (custom pages); turns off loading. */
  @property({ attribute: false }) result?: KpiResult;
  /** Names of the ids in `result`. */
  @property({ attribute: false }) labels?: KpiLabels;
  /** A ready chart model (any data); turns off loading. */
  @property({ attribute: false }) model?: ChartModel;

  @state() private active?: { series: number; index: number };
  @query('canvas') private canvas?: HTMLCanvasElement;
  @query('.canvas-box') private box?: HTMLElement;

  private chartJs?: Chart;
  private chartType?: string;
  private resizeObserver?: ResizeObserver;
  private fitFrame = 0;
  private drawing?: Promise<void>;
  private redraw = false;
  private printMedia?: MediaQueryList;
  private readonly onPrint = (e: MediaQueryListEvent | Event) => this.printing('matches' in e ? e.matches : e.type === 'beforeprint');
  private readonly onBeforePrint = () => this.printing(true);
  private readonly onAfterPrint = () => this.printing(false);
  private dpr?: number;
  private readonly themeTokens = new ThemeTokensController(this, () => this.scheduleDraw());

  /** The chart kind drawn. */
  get kind(): ChartKind {
    return (CHART_KINDS as readonly string[]).includes(this.chart) ? (this.chart as ChartKind) : 'line';
  }

  private get metrics(): MetricId[] {
    return parseMetrics(this.metric).metrics;
  }

  private get dims(): GroupDim[] {
    const given = parseGroupBy(this.groupBy);
    if (this.groupBy.trim() || this.kind === 'doughnut') return given;
    // A line or bar chart of one metric over time by default; several metrics side by side as bars.
    if (this.kind === 'line' || this.metrics.length === 1) return [TIME];
    return [];
  }

  /**
   * The range a chart covers: the period, except that grouping by a calendar unit as large as the
   * period (or the default time axis) shows the history of that unit ending with the period (one
   * bucket is no chart): `group-by="month"` on `this-month` draws the last 12 months.
   */
  private chartRange(p: ResolvedPeriod): { from: number } {
    const dims = this.dims.map((d) => (d === TIME ? p.history.unit : d));
    const t = dims.find(isTimeUnit);
    if (t && p.unit && UNIT_ORDER[t] >= UNIT_ORDER[p.unit]) return { from: historyStart(p.from, t, 420) };
    return { from: p.from };
  }

  protected override dataRequest(): KpiDataRequest | undefined {
    const metrics = this.metrics;
    if (metrics.length === 0 || this.result || this.model) return undefined;
    const families = [...new Set(metrics.map((m) => METRICS[m].family))];
    const dims = this.dims;
    return {
      spec: this.periodSpec,
      unitId: this.effectiveUnitId,
      key: JSON.stringify([metrics, dims]),
      queries: (p, scope) => {
        const range = this.chartRange(p);
        const q: KpiQuery = {
          from: range.from,
          to: p.to,
          groupBy: dims.map((d) => (d === TIME ? p.history.unit : d)),
          families,
          ...(p.current ? { now: p.asOf } : {}),
          ...(scope.unitIds ? { unitIds: scope.unitIds } : {}),
        };
        return { chart: q };
      },
      loadFrom: (p) => this.chartRange(p).from,
      needs: { previous: false },
    };
  }

  /** The model drawn (from `model`, `result` or the loaded data). */
  get chartData(): ChartModel | undefined {
    if (this.model) return this.model;
    const result = this.result ?? this.data.results?.['chart'];
    if (!result) return undefined;
    const labels = this.labels ?? this.data.dataset?.labels;
    const m = chartModel(result, { metrics: this.metrics, lang: this.localize.lang, labelOf: labelLookup(labels, this.kind === 'bar' || this.kind === 'stacked'), maxSeries: this.maxSeries });
    return this.sort ? sortModel(m, this.sort) : m;
  }

  private get heading(): string {
    if (this.label) return this.label;
    const lang = this.localize.lang;
    return this.metrics.map((m) => metricName(m, lang)).join(' · ');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.observe();
      this.scheduleDraw();
    }
    if (typeof matchMedia === 'function') {
      this.printMedia = matchMedia('print');
      this.printMedia.addEventListener('change', this.onPrint);
    }
    globalThis.addEventListener?.('beforeprint', this.onBeforePrint);
    globalThis.addEventListener?.('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    if (this.fitFrame) cancelAnimationFrame(this.fitFrame);
    this.fitFrame = 0;
    this.chartJs?.destroy();
    this.chartJs = undefined;
    this.chartType = undefined;
    this.printMedia?.removeEventListener('change', this.onPrint);
    globalThis.removeEventListener?.('beforeprint', this.onBeforePrint);
    globalThis.removeEventListener?.('afterprint', this.onAfterPrint);
  }

  protected override firstUpdated(): void {
    this.observe();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleDraw();
  }

  private observe(): void {
    if (!this.box || typeof ResizeObserver !== 'function') return;
    this.resizeObserver?.disconnect();
    // Resize in the next frame, not inside the observer's callback (no "ResizeObserver loop" errors).
    this.resizeObserver = new ResizeObserver(() => {
      if (this.fitFrame) return;
      this.fitFrame = requestAnimationFrame(() => {
        this.fitFrame = 0;
        this.fitToBox();
      });
    });
    this.resizeObserver.observe(this.box);
  }

  /** Sizes the chart to its box (our ResizeObserver, not Chart.js's, drives this). */
  private fitToBox(): void {
    const box = this.box;
    const chart = this.chartJs;
    // In print the stylesheet scales the bitmap to the page; the box then follows the canvas, not the reverse.
    if (!box || !chart || this.printMedia?.matches) return;
    const w = Math.floor(box.clientWidth);
    const h = Math.floor(box.clientHeight);
    if (w <= 0 || h <= 0) return;
    if (chart.width !== w || chart.height !== h) chart.resize(w, h);
  }

  private printing(on: boolean): void {
    const chart = this.chartJs;
    if (!chart) return;
    // Print at twice the resolution: the print stylesheet scales the bitmap to the page width.
    this.dpr = on ? Math.max(2, globalThis.devicePixelRatio || 1) : undefined;
    chart.options.devicePixelRatio = this.dpr ?? (globalThis.devicePixelRatio || 1);
    // Same CSS size, finer bitmap.
    chart.resize(chart.width, chart.height);
    if (!on) this.fitToBox();
  }

  private get animated(): boolean {
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    return !reduced && !this.onBoard && !this.isKiosk && !(globalThis.navigator as { webdriver?: boolean } | undefined)?.webdriver;
  }

  /** Builds the configuration of the current model (pure; exposed for tests and custom renderers). */
  chartConfig(tokens: ChartTokens = this.themeTokens.tokens): HccChartConfig | undefined {
    const model = this.chartData;
    if (!model) return undefined;
    const dpr = this.dpr ?? (globalThis.devicePixelRatio || 1);
    const n = this.kind === 'doughnut' ? model.categories.length : model.series.length;
    const fills = Array.from({ length: n }, (_, i) => seriesFill(i, seriesColor(tokens, i), dpr));
    const target = parseTarget(this.target, model.unit);
    return buildChartConfig(model, tokens, {
      kind: this.kind,
      lang: this.localize.lang,
      animate: this.animated,
      fills,
      ...(target !== undefined ? { target, targetLabel: targetLabel(target, model.unit, this.localize.lang) } : {}),
      ...(this.dpr ? { devicePixelRatio: this.dpr } : {}),
    });
  }

  private scheduleDraw(): void {
    if (this.drawing) {
      this.redraw = true;
      return;
    }
    this.drawing = this.draw().finally(() => {
      this.drawing = undefined;
      if (this.redraw) {
        this.redraw = false;
        this.scheduleDraw();
      }
    });
  }

  private async draw(): Promise<void> {
    if (!this.isConnected || !this.chartData) return;
    const ChartJs = await loadChartJs();
    await this.updateComplete;
    // One chart per task: a dashboard of charts inserted at once never becomes one long task.
    await yieldToMain();
    const canvas = this.canvas;
    const config = this.chartConfig();
    if (!this.isConnected || !canvas || !config) return;
    config.options = { ...config.options, onClick: (_e: unknown, els: { datasetIndex: number; index: number }[]) => this.pick(els[0]) } as typeof config.options;
    if (this.chartJs && this.chartType === config.type && this.chartJs.canvas === canvas) {
      this.chartJs.data = config.data as Chart['data'];
      this.chartJs.options = config.options as Chart['options'];
      this.chartJs.update('none');
    } else {
      this.chartJs?.destroy();
      this.chartJs = new ChartJs(canvas, config as never);
      this.chartType = config.type;
    }
    this.fitToBox();
    this.emit('hcc-kpi-render', {});
  }

  /** The Chart.js instance (after the first draw). @internal */
  get chartInstance(): Chart | undefined {
    return this.chartJs;
  }

  private pick(el: { datasetIndex: number; index: number } | undefined): void {
    if (!el || this.isKiosk) return;
    const model = this.chartData;
    if (!model) return;
    const doughnut = this.kind === 'doughnut';
    const series = model.series[doughnut ? 0 : el.datasetIndex];
    const cat = model.categories[el.index];
    if (!series || !cat) return;
    const detail: KpiDrillDetail = { metric: model.categoryDim === 'metric' ? (cat.key as MetricId) : series.metric, dim: model.categoryDim, key: cat.key, label: cat.label, value: series.values[el.index] ?? null };
    if (model.series.length > 1) detail.series = series.key;
    this.emit('hcc-kpi-drill', detail);
  }

  private onKey(e: KeyboardEvent): void {
    const model = this.chartData;
    if (!model || model.categories.length === 0) return;
    const doughnut = this.kind === 'doughnut';
    const nSeries = doughnut ? 1 : model.series.length;
    const cur = this.active ?? { series: 0, index: -1 };
    let next: { series: number; index: number } | undefined;
    const last = model.categories.length - 1;
    switch (e.key) {
      case 'ArrowRight': next = { series: cur.series, index: Math.min(last, cur.index + 1) }; break;
      case 'ArrowLeft': next = { series: cur.series, index: cur.index < 0 ? last : Math.max(0, cur.index - 1) }; break;
      case 'ArrowDown': next = { series: (cur.series + 1) % nSeries, index: Math.max(0, cur.index) }; break;
      case 'ArrowUp': next = { series: (cur.series - 1 + nSeries) % nSeries, index: Math.max(0, cur.index) }; break;
      case 'Home': next = { series: cur.series, index: 0 }; break;
      case 'End': next = { series: cur.series, index: last }; break;
      case 'Escape': next = undefined; break;
      case 'Enter':
        if (this.active) this.pick({ datasetIndex: this.active.series, index: this.active.index });
        return;
      default: return;
    }
    e.preventDefault();
    this.active = next;
    const chart = this.chartJs;
    if (!chart) return;
    const els = next ? [{ datasetIndex: doughnut ? 0 : next.series, index: next.index }] : [];
    chart.setActiveElements(els);
    chart.tooltip?.setActiveElements(els, { x: 0, y: 0 });
    chart.update('none');
  }

  /** The text read for the value under the keyboard cursor. */
  private activeText(model: ChartModel): string {
    const a = this.active;
    if (!a || a.index < 0) return '';
    const s = model.series[this.kind === 'doughnut' ? 0 : a.series] as ChartSeries | undefined;
    const c = model.categories[a.index];
    if (!s || !c) return '';
    const lang = this.localize.lang;
    const name = model.series.length > 1 ? `${s.label}, ` : '';
    return `${name}${c.label}: ${formatValue(s.values[a.index] ?? null, model.unit, lang)} (${a.index + 1}/${model.categories.length})`;
  }

  /** The CSV of the data table (UTF-8 with BOM; `;` and decimal comma in Vietnamese, as Excel expects there). */
  toCsv(): string {
    const model = this.chartData;
    return model ? toCsv(model, this.localize.lang) : '';
  }

  /** A PNG of the chart with its title, period and source line, at twice the screen resolution. */
  async toPng(): Promise<Blob> {
    if (this.drawing) await this.drawing;
    const chart = this.chartJs;
    if (!chart) throw new Error('The chart has not been drawn yet');
    const scale = 2;
    const before = chart.options.devicePixelRatio;
    chart.options.devicePixelRatio = scale;
    chart.resize(chart.width, chart.height);
    try {
      const tokens = this.themeTokens.tokens;
      const src = chart.canvas;
      const pad = 16 * scale;
      const titleSize = Math.round(tokens.fontSize * 1.1 * scale);
      const smallSize = Math.round(tokens.fontSize * 0.8 * scale);
      const out = document.createElement('canvas');
      out.width = src.width + pad * 2;
      out.height = src.height + pad * 3 + titleSize * 1.4 + smallSize * 2.8;
      const ctx = out.getContext('2d');
      if (!ctx) throw new Error('No 2D canvas');
      ctx.fillStyle = tokens.surface;
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.fillStyle = tokens.text;
      ctx.textBaseline = 'top';
      ctx.font = `650 ${titleSize}px ${tokens.fontFamily}`;
      ctx.fillText(this.heading, pad, pad, out.width - pad * 2);
      ctx.font = `400 ${smallSize}px ${tokens.fontFamily}`;
      ctx.fillStyle = tokens.muted;
      ctx.fillText(this.contextLine(), pad, pad + titleSize * 1.4, out.width - pad * 2);
      const top = pad * 2 + titleSize * 1.4 + smallSize * 1.4;
      ctx.drawImage(src, pad, top);
      ctx.fillText(this.sourceLine(), pad, top + src.height + pad / 2, out.width - pad * 2);
      return await new Promise<Blob>((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
    } finally {
      // The element may have been removed (and its chart destroyed) while the PNG was encoded.
      if (this.chartJs === chart) {
        chart.options.devicePixelRatio = before;
        chart.resize(chart.width, chart.height);
      }
    }
  }

  /** Exports and downloads the chart as `png` or the table as `csv`. */
  async download(format: 'png' | 'csv'): Promise<void> {
    const blob = format === 'png' ? await this.toPng() : new Blob([this.toCsv()], { type: 'text/csv;charset=utf-8' });
    const period = this.data.period ? slug(periodLabel(this.data.period, 'en')) : '';
    const filename = `${slug(this.heading)}${period ? `-${period}` : ''}.${format}`;
    if (!this.emit<KpiExportDetail>('hcc-kpi-export', { format, blob, filename }, { cancelable: true })) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    a.style.display = 'none';
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private contextLine(): string {
    const p: ResolvedPeriod | undefined = this.data.period;
    const lang = this.localize.lang;
    const unit = this.effectiveUnitId ? (this.data.dataset?.labels.unit[this.effectiveUnitId] ?? this.effectiveUnitId) : '';
    return [p ? periodLabel(p, lang) : '', p?.current ? asOfLabel(p, lang) : '', unit].filter(Boolean).join(' · ');
  }

  private sourceLine(): string {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const at = this.fetchedAt;
    const name = this.data.dataset?.labels.unit[this.data.dataset.org.units.find((u) => u.parentId == null)?.id ?? ''] ?? 'hcc-widgets';
    return t.source(name, at !== undefined ? `${formatTime(at, lang, VN_TIME_ZONE)} ${formatDate(at, lang, VN_TIME_ZONE)}` : '–');
  }

  override render() {
    const t = this.localize.t(strings);
    const model = this.chartData;
    const unknown = parseMetrics(this.metric).unknown;
    const loading = this.data.status === 'loading' && !model;
    const summary = model ? summarize(model, this.localize.lang) : '';
    const context = this.contextLine();
    return html`<section class=${this.onBoard ? 'tile board' : 'tile'} part="base" aria-labelledby="title" aria-busy=${loading ? 'true' : 'false'}>
      <header>
        <h2 class="title" id="title">${this.heading}</h2>
        ${context && !this.onBoard ? html`<p class="context">${context}</p>` : nothing}
      </header>
      ${unknown.length ? html`<p class="status error" role="status">${t.unknownMetric(unknown.join(', '))}</p>` : nothing}
      ${loading ? html`<p class="loading" role="status">${t.loading}</p>` : nothing}
      <div
        class=${classMap({ 'canvas-box': true, empty: !model })}
        part="chart"
        role="img"
        aria-label=${this.heading}
        aria-describedby="summary"
        tabindex=${this.isKiosk || !model ? '-1' : '0'}
        @keydown=${this.onKey}
        @blur=${() => (this.active = undefined)}
      >
        <canvas></canvas>
      </div>
      <p class=${classMap({ summary: true, 'visually-hidden': this.isKiosk || this.onBoard })} id="summary">${summary}${model && !this.isKiosk ? html` <span class="visually-hidden">${t.chartKeys}</span>` : nothing}</p>
      <p class="visually-hidden" aria-live="polite">${model ? this.activeText(model) : ''}</p>
      ${model && !this.isKiosk ? this.renderToolbar(t) : nothing}
      ${model ? this.renderTable(t, model) : nothing}
      ${this.renderFreshness(t)} ${this.renderStatus(t)}
    </section>`;
  }

  private renderToolbar(t: KpiTexts): TemplateResult {
    return html`<div class="toolbar" part="toolbar">
      <button type="button" aria-expanded=${this.showData ? 'true' : 'false'} aria-controls="data" @click=${() => (this.showData = !this.showData)}>
        ${this.showData ? t.hideData : t.showData}
      </button>
      <button type="button" @click=${() => void this.download('png')}>${t.exportPng}</button>
      <button type="button" @click=${() => void this.download('csv')}>${t.exportCsv}</button>
    </div>`;
  }

  private renderTable(t: KpiTexts, model: ChartModel): TemplateResult {
    const table = chartTable(model, this.localize.lang);
    // Shown, the table may scroll: it is then a focusable, named region (keyboard users can scroll it).
    return html`<div
      id="data"
      class=${classMap({ 'table-wrap': true, 'visually-hidden': !this.showData })}
      part="table"
      role=${this.showData ? 'region' : nothing}
      aria-label=${this.showData ? t.dataTable(this.heading) : nothing}
      tabindex=${this.showData ? '0' : nothing}
    >
      <table>
        <caption>${t.dataTable(this.heading)}</caption>
        <thead>
          <tr>
            <th scope="col">${table.corner}</th>
            ${table.columns.map((c) => html`<th scope="col" class="num">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map((r) => html`<tr><th scope="row">${r.label}</th>${r.cells.map((c) => html`<td class="num">${c}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }
}

/** Categories ordered by the first series (missing values last). */
export function sortModel(m: ChartModel, order: 'asc' | 'desc'): ChartModel {
  const first = m.series[0];
  if (!first) return m;
  const idx = m.categories.map((_, i) => i);
  idx.sort((a, b) => {
    const x = first.values[a] ?? null;
    const y = first.values[b] ?? null;
    if (x === null || y === null) return x === null ? (y === null ? a - b : 1) : -1;
    return (order === 'desc' ? y - x : x - y) || a - b;
  });
  return { ...m, categories: idx.map((i) => m.categories[i]!), series: m.series.map((s) => ({ ...s, values: idx.map((i) => s.values[i] ?? null) })) };
}

define('hcc-kpi-chart', HccKpiChart);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-kpi-chart': HccKpiChart;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-kpi-drill': CustomEvent<KpiDrillDetail>;
    'hcc-kpi-export': CustomEvent<KpiExportDetail>;
  }
}
