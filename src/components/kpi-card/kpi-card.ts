import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { METRICS, isMetricId, type MetricId } from '../../core/kpi/metrics.js';
import { describeSeries, formatMetric, trend, type SeriesPoint } from '../../core/kpi/series.js';
import type { TimeUnit } from '../../core/kpi/periods.js';
import type { KpiQuery } from '../../core/kpi/engine.js';
import { sparklinePaths } from '../../charts/d3-paths.js';
import { keyLabel, metricName, textLang } from '../../charts/chart-model.js';
import type { KpiDataRequest } from '../../controllers/kpi-data.js';
import { asOfLabel, periodLabel } from '../../controllers/kpi-data-period.js';
import { parseTarget } from '../kpi-common/attrs.js';
import { trendText } from '../kpi-common/format.js';
import { KpiElement, type KpiTexts } from '../kpi-common/kpi-element.js';
import shared from '../kpi-common/kpi.styles.js';
import { strings } from '../kpi-common/strings.js';
import styles from './kpi-card.styles.js';

const SPARK_W = 240;
const SPARK_H = 48;

/**
 * @summary One KPI: its value, label and unit, trend against the previous period, target, sparkline and freshness.
 *
 * @description Data-bound by attributes (`metric`, `period`, `unit-id` …): the card loads the period,
 * the previous period (for the trend; a period in progress is compared with the same elapsed part of
 * the previous one) and the history of the last 12 months (or 30 days, 12 weeks, 8 quarters) for the
 * sparkline, and refreshes itself. Custom pages set `value`, `previous`, `series` and `updatedAt`
 * instead. The freshness line reads "cập nhật hh:mm", turns amber when the figures are older than
 * twice the refresh interval and red ("mất kết nối") when the last refresh failed; the last values
 * stay on screen.
 *
 * @event hcc-data-error - {CustomEvent<KpiErrorDetail>} A load failed; the last figures stay.
 * @event hcc-kpi-load - {CustomEvent<{}>} Fresh figures arrived.
 * @event hcc-kpi-freshness - {CustomEvent<{ freshness: Freshness }>} The freshness state changed.
 * @csspart base - The tile.
 * @csspart value - The number.
 * @csspart sparkline - The sparkline SVG.
 * @csspart freshness - The "cập nhật hh:mm" line.
 * @cssproperty --hcc-kpi-card-value-size - Size of the number (default 2.6em; 3em on a wall).
 * @cssproperty --hcc-kpi-tile-padding - Inner spacing of the tile.
 * @status experimental
 */
export class HccKpiCard extends KpiElement {
  static override styles = [tokenStyles, shared, styles];

  /** Metric id (see `METRICS`), e.g. `onTimeRate`, `satisfactionRate`, `onlineShare`, `score766`. */
  @property() metric = '';
  /** Label override (default: the metric's name in the element's language). */
  @property() label = '';
  /** Target: `95%` or `0.95` for rates, a number for other units. */
  @property() target = '';
  /** Hide the sparkline. */
  @property({ type: Boolean, attribute: 'no-sparkline' }) noSparkline = false;
  /** Link of the label (drill-down to a detail page). */
  @property() href = '';
  /** Property-fed value (custom pages). Setting it turns off loading. */
  @property({ attribute: false }) value?: number;
  /** Property-fed value of the previous period. */
  @property({ attribute: false }) previous?: number;
  /** Property-fed history, oldest first, the last point being the current period. */
  @property({ attribute: false }) series?: SeriesPoint[];
  /** Time unit of a property-fed `series` (for its description). */
  @property({ attribute: false }) seriesUnit?: TimeUnit;

  private get metricId(): MetricId | undefined {
    return isMetricId(this.metric) ? this.metric : undefined;
  }

  protected override dataRequest(): KpiDataRequest | undefined {
    const metric = this.metricId;
    if (!metric || this.value !== undefined) return undefined;
    const families = [METRICS[metric].family];
    return {
      spec: this.periodSpec,
      unitId: this.effectiveUnitId,
      key: JSON.stringify([metric, this.noSparkline]),
      needs: { history: !this.noSparkline },
      queries: (p, scope) => {
        const base: Partial<KpiQuery> = { families, ...(scope.unitIds ? { unitIds: scope.unitIds } : {}) };
        const now = p.current ? { now: p.asOf } : {};
        const q: Record<string, KpiQuery> = {
          current: { ...base, from: p.from, to: p.to, ...now },
          previous: { ...base, from: p.previous.from, to: p.previous.to },
        };
        if (!this.noSparkline) q['history'] = { ...base, from: p.history.from, to: p.to, groupBy: [p.history.unit], ...now };
        return q;
      },
    };
  }

  /** The value shown. */
  get currentValue(): number | undefined {
    if (this.value !== undefined) return this.value;
    const m = this.metricId;
    return m ? this.data.results?.['current']?.total.values[m] : undefined;
  }

  private get previousValue(): number | undefined {
    if (this.value !== undefined) return this.previous;
    const m = this.metricId;
    return m ? this.data.results?.['previous']?.total.values[m] : undefined;
  }

  private get history(): { points: SeriesPoint[]; unit?: TimeUnit } {
    if (this.series) return { points: this.series, ...(this.seriesUnit ? { unit: this.seriesUnit } : {}) };
    const m = this.metricId;
    const r = this.data.results?.['history'];
    if (!m || !r) return { points: [] };
    const unit = this.data.period?.history.unit;
    return { points: r.groups.map((g) => ({ key: unit ? (g.key[unit] ?? '') : '', value: g.values[m] })), ...(unit ? { unit } : {}) };
  }

  override render() {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const metric = this.metricId;
    if (!metric) {
      return html`<div class="tile" part="base"><p class="status error" role="status">${t.unknownMetric(this.metric || '—')}</p></div>`;
    }
    const info = METRICS[metric];
    const name = this.label || metricName(metric, lang);
    const value = this.currentValue;
    const loading = this.data.status === 'loading' && value === undefined;
    const target = parseTarget(this.target, info.unit);
    const period = this.data.period;
    const unitName = this.effectiveUnitId ? (this.data.dataset?.labels.unit[this.effectiveUnitId] ?? this.effectiveUnitId) : '';
    const context = period ? [periodLabel(period, lang), period.current ? asOfLabel(period, lang) : '', unitName].filter(Boolean).join(' · ') : unitName;
    return html`<section class=${this.onBoard ? 'tile board' : 'tile'} part="base" aria-labelledby="label" aria-busy=${loading ? 'true' : 'false'}>
      <h2 class="title" id="label">${this.href && !this.isKiosk ? html`<a href=${this.href}>${name}</a>` : name}</h2>
      ${context && !this.onBoard ? html`<p class="context">${context}</p>` : nothing}
      ${loading
        ? html`<p class="loading" role="status">${t.loading}</p>`
        : value === undefined
          ? html`<p class="empty">${t.noData}</p>`
          : html`<div class="figure">
              <p class="value" part="value">${formatMetric(value, info.unit, textLang(lang))}</p>
              ${this.renderTrend(t, metric, value)}
            </div>`}
      ${target !== undefined ? this.renderTarget(t, metric, value, target) : nothing}
      ${this.noSparkline ? nothing : this.renderSparkline(t, metric, target)}
      ${this.renderFreshness(t)} ${this.renderStatus(t)}
      <p class="visually-hidden" aria-live="polite">${this.breach}</p>
    </section>`;
  }

  /** Whether the value met the target at the last render, to announce a new breach once. */
  private wasMet?: boolean;
  /** The announcement of a target newly missed (polite live region). */
  @state() private breach = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = this.metricId;
    const value = this.currentValue;
    const target = m ? parseTarget(this.target, METRICS[m].unit) : undefined;
    if (!m || value === undefined || target === undefined) {
      this.wasMet = undefined;
      return;
    }
    const lower = (METRICS[m] as { better?: string }).better === 'lower';
    const met = lower ? value <= target : value >= target;
    // A refresh that moves the value to the wrong side of the target is said once, politely.
    if (this.wasMet === true && !met) {
      const t = this.localize.t(strings);
      this.breach = `${this.label || metricName(m, this.localize.lang)}: ${formatMetric(value, METRICS[m].unit, textLang(this.localize.lang))}, ${t.targetMissed} (${t.target} ${formatMetric(target, METRICS[m].unit, textLang(this.localize.lang))}).`;
    } else if (met) this.breach = '';
    this.wasMet = met;
  }

  private renderTrend(t: KpiTexts, metric: MetricId, value: number): TemplateResult | typeof nothing {
    const prev = this.previousValue;
    const tr = trend(value, prev, { metric, epsilon: METRICS[metric].unit === 'ratio' ? 0.0005 : 1e-9 });
    if (!tr) return nothing;
    const lang = this.localize.lang;
    const tt = trendText(tr, METRICS[metric].unit, lang, t);
    const arrow = tr.direction === 'up' ? '▲' : tr.direction === 'down' ? '▼' : '▶';
    const vs = this.vsText(t);
    const word = tr.direction === 'up' ? t.trendUp : tr.direction === 'down' ? t.trendDown : t.trendFlat;
    const verdict = tt.tone === 'good' ? `, ${t.trendGood}` : tt.tone === 'bad' ? `, ${t.trendBad}` : '';
    return html`<p class="trend ${tt.tone}" part="trend">
      <span aria-hidden="true"><span class="arrow">${arrow}</span> ${tt.change}</span>
      <span class="visually-hidden">${word} ${tt.change}${verdict}, ${this.vsText(t, false)}</span>
      <span class="vs" aria-hidden="true">${vs}</span>
    </p>`;
  }

  private renderTarget(t: KpiTexts, metric: MetricId, value: number | undefined, target: number): TemplateResult {
    const lang = this.localize.lang;
    const info = METRICS[metric];
    const lower = (info as { better?: string }).better === 'lower';
    const met = value === undefined ? undefined : lower ? value <= target : value >= target;
    return html`<p class="target ${met === undefined ? 'neutral' : met ? 'good' : 'bad'}">
      <span>${t.target}: ${formatMetric(target, info.unit, textLang(lang))}</span>
      ${met === undefined ? nothing : html`<span class="verdict"><span aria-hidden="true">${met ? '✓' : '✗'}</span> ${met ? t.targetMet : t.targetMissed}</span>`}
    </p>`;
  }

  private renderSparkline(t: KpiTexts, metric: MetricId, target: number | undefined): TemplateResult | typeof nothing {
    const { points, unit } = this.history;
    if (points.filter((p) => p.value !== undefined).length < 2) return nothing;
    const lang = this.localize.lang;
    const info = METRICS[metric];
    const values = points.map((p) => p.value);
    const opts = { width: SPARK_W, height: SPARK_H, padding: 4, ...(target !== undefined ? { include: target } : {}) };
    const paths = sparklinePaths(values, opts);
    // A period still running is drawn dashed from the last complete one: its figures are not final.
    const partial = this.series === undefined && this.data.period?.current === true && values.length > 1;
    const domain = paths.domain ? { domain: paths.domain } : {};
    const solid = partial ? sparklinePaths(values.map((v, i) => (i === values.length - 1 ? undefined : v)), { ...opts, ...domain }) : paths;
    const dashed = partial ? sparklinePaths(values.map((v, i) => (i >= values.length - 2 ? v : undefined)), { ...opts, ...domain }) : undefined;
    const desc = describeSeries(points, {
      metric,
      lang: textLang(lang),
      name: this.label || metricName(metric, lang),
      ...(unit ? { timeUnit: unit, label: (k: string) => keyLabel(unit, k, lang) } : {}),
    });
    const unitWord = unit ? { day: t.unitDay, week: t.unitWeek, month: t.unitMonth, quarter: t.unitQuarter, year: t.unitYear }[unit] : '';
    const [lo, hi] = paths.domain ?? [0, 1];
    const ty = target !== undefined && hi > lo ? 4 + ((hi - target) / (hi - lo)) * (SPARK_H - 8) : undefined;
    return html`<figure class="spark">
      <svg part="sparkline" viewBox="0 0 ${SPARK_W} ${SPARK_H}" preserveAspectRatio="none" role="img" aria-label=${desc}>
        ${svg`<path class="area" d=${paths.area}></path>
        <path class="line" d=${solid.line}></path>
        ${dashed ? svg`<path class="line partial" d=${dashed.line}></path>` : nothing}
        ${ty !== undefined ? svg`<path class="target-line" d="M0 ${ty}H${SPARK_W}"></path>` : nothing}
        ${paths.last ? svg`<path class="last" d="M${paths.last.x} ${paths.last.y}h0"></path>` : nothing}`}
      </svg>
      ${unit
        ? html`<figcaption class=${this.onBoard ? 'visually-hidden' : ''}>
            ${t.sparkline(points.length, unitWord)} · ${formatMetric(lo, info.unit, textLang(lang))} – ${formatMetric(hi, info.unit, textLang(lang))}${partial ? html` · <span class="partial-key">${t.partialLast}</span>` : nothing}
          </figcaption>`
        : nothing}
    </figure>`;
  }
}

define('hcc-kpi-card', HccKpiCard);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-kpi-card': HccKpiCard;
  }
}
