import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from '../../internal/style-map.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { formatNumber } from '../../core/format/index.js';
import { METRICS, isMetricId, type MetricId } from '../../core/kpi/metrics.js';
import { formatMetric, rankGroups, type Ranked } from '../../core/kpi/series.js';
import type { KpiQuery, KpiResult } from '../../core/kpi/engine.js';
import { metricName, textLang } from '../../charts/chart-model.js';
import type { KpiDataRequest } from '../../controllers/kpi-data.js';
import { asOfLabel, periodLabel } from '../../controllers/kpi-data-period.js';
import { rankedUnits, type KpiLabels } from '../../controllers/kpi-data-loader.js';
import { parseTarget } from '../kpi-common/attrs.js';
import { KpiElement, type KpiTexts } from '../kpi-common/kpi-element.js';
import shared from '../kpi-common/kpi.styles.js';
import { strings } from '../kpi-common/strings.js';
import type { KpiDrillDetail } from '../kpi-chart/kpi-chart.js';
import styles from './kpi-ranking.styles.js';

/** One row of a ranking. */
export interface RankingRow {
  unitId: string;
  name: string;
  rank: number;
  value: number;
  /** Rank in the previous period (absent: not ranked then). */
  previousRank?: number;
}

/**
 * The ranking of units by a metric, best first by the metric's direction (or `order`), with
 * competition ranks (1, 2, 2, 4) and each unit's rank in the previous period. Units without a value
 * are left out and counted.
 */
export function rankingRows(current: KpiResult, previous: KpiResult | undefined, metric: MetricId, names: Record<string, string>, order?: 'asc' | 'desc'): RankingRow[] {
  const opts = order ? { order } : {};
  const before = new Map<string, number>();
  if (previous) for (const r of rankGroups(previous, metric, opts)) if (r.group.key.unit) before.set(r.group.key.unit, r.rank);
  const rows = rankGroups(current, metric, opts).map((r: Ranked) => {
    const id = r.group.key.unit ?? '';
    const row: RankingRow = { unitId: id, name: names[id] ?? id, rank: r.rank, value: r.value };
    const p = before.get(id);
    if (p !== undefined) row.previousRank = p;
    return row;
  });
  // Units sharing a rank in Vietnamese alphabetical order.
  const collator = new Intl.Collator('vi');
  return rows.sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name));
}

/**
 * @summary Units ranked by a KPI (the 33 wards and communes of Hạ Long in the demo), with rank changes and drill-down.
 *
 * @description Answers "how do units compare": every unit below `unit-id` that has no sub-units
 * (the leaves of the organisation tree), ranked best first by the metric's direction, with a bar on
 * the metric's full scale (0–100 % for rates), its value, and the change of rank since the previous
 * period. `limit` keeps the top (or, with `from-end`, the bottom) rows. Long rankings flow into two
 * columns on a wall. Choosing a unit emits `hcc-kpi-drill`. A real table: rank, unit, value and change
 * are read as cells.
 *
 * @event hcc-kpi-drill - {CustomEvent<KpiDrillDetail>} A unit was chosen.
 * @event hcc-data-error - {CustomEvent<KpiErrorDetail>} A load failed; the last figures stay.
 * @event hcc-kpi-load - {CustomEvent<{}>} Fresh figures arrived.
 * @event hcc-kpi-freshness - {CustomEvent<{ freshness: Freshness }>} The freshness state changed.
 * @csspart base - The tile.
 * @csspart table - Each table of rows.
 * @cssproperty --hcc-kpi-ranking-bar-color - Colour of the bars (default the first chart colour).
 * @status experimental
 */
export class HccKpiRanking extends KpiElement {
  static override styles = [tokenStyles, shared, styles];

  /** Metric id, e.g. `onTimeRate`, `lateRate`, `satisfactionRate`, `score766`, `received`. */
  @property() metric = 'onTimeRate';
  /** Title override. */
  @property() label = '';
  /** Keep this many rows (0: all). */
  @property({ type: Number }) limit = 0;
  /** With `limit`, keep the last rows (the units needing attention), listed from the last one up. */
  @property({ type: Boolean, attribute: 'from-end' }) fromEnd = false;
  /** `desc` or `asc`; default: best first by the metric's direction. */
  @property() order: 'asc' | 'desc' | '' = '';
  /** Target: units on the wrong side of it are marked. */
  @property() target = '';
  /** Columns of rows (default: 2 on a wall when there are more than 12 rows, else 1). */
  @property({ type: Number }) columns = 0;
  /** Property-fed rows (custom pages); turns off loading. */
  @property({ attribute: false }) rows?: RankingRow[];
  /** Property-fed result grouped by unit, with `previousResult` for rank changes. */
  @property({ attribute: false }) result?: KpiResult;
  @property({ attribute: false }) previousResult?: KpiResult;
  @property({ attribute: false }) labels?: KpiLabels;

  private get metricId(): MetricId | undefined {
    return isMetricId(this.metric) ? this.metric : undefined;
  }

  protected override dataRequest(): KpiDataRequest | undefined {
    const metric = this.metricId;
    if (!metric || this.rows || this.result) return undefined;
    return {
      spec: this.periodSpec,
      unitId: this.effectiveUnitId,
      key: metric,
      needs: { history: false },
      queries: (p, scope) => {
        const units = rankedUnits(scope.org, this.effectiveUnitId);
        const base: Partial<KpiQuery> = { families: [METRICS[metric].family], unitIds: units, groupBy: ['unit'] };
        return {
          current: { ...base, from: p.from, to: p.to, ...(p.current ? { now: p.asOf } : {}) },
          previous: { ...base, from: p.previous.from, to: p.previous.to },
        };
      },
    };
  }

  /** The rows shown (after `limit`). */
  get ranking(): RankingRow[] {
    const all = this.allRows();
    if (!(this.limit > 0) || all.length <= this.limit) return all;
    return this.fromEnd ? all.slice(-this.limit).reverse() : all.slice(0, this.limit);
  }

  private allRows(): RankingRow[] {
    if (this.rows) return this.rows;
    const metric = this.metricId;
    const cur = this.result ?? this.data.results?.['current'];
    if (!metric || !cur) return [];
    const prev = this.result ? this.previousResult : this.data.results?.['previous'];
    const labels = this.labels ?? this.data.dataset?.labels;
    // A wall uses the short names (Bãi Cháy, not Phường Bãi Cháy): 33 rows must fit one screen.
    const names = this.onBoard ? { ...labels?.unit, ...labels?.unitShort } : (labels?.unit ?? {});
    return rankingRows(cur, prev, metric, names, this.order || undefined);
  }

  private get unranked(): number {
    const cur = this.result ?? this.data.results?.['current'];
    const m = this.metricId;
    if (!cur || !m || this.rows) return 0;
    return cur.groups.filter((g) => g.values[m] === undefined).length;
  }

  private pick(row: RankingRow): void {
    const metric = this.metricId;
    if (!metric || this.isKiosk) return;
    this.emit<KpiDrillDetail>('hcc-kpi-drill', { metric, dim: 'unit', key: row.unitId, label: row.name, value: row.value });
  }

  override render() {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const metric = this.metricId;
    if (!metric) return html`<div class="tile" part="base"><p class="status error" role="status">${t.unknownMetric(this.metric || '—')}</p></div>`;
    const rows = this.ranking;
    const total = this.allRows().length;
    const loading = this.data.status === 'loading' && rows.length === 0;
    const p = this.data.period;
    const limited = rows.length < total;
    const name = this.label || (limited ? (this.fromEnd ? t.rankingBottom(rows.length, metricName(metric, lang)) : t.rankingTop(rows.length, metricName(metric, lang))) : t.rankingTitle(metricName(metric, lang)));
    const context = [p ? periodLabel(p, lang) : '', p?.current ? asOfLabel(p, lang) : '', rows.length < total ? t.rankedOf(rows.length, total) : ''].filter(Boolean).join(' · ');
    const cols = this.columns > 0 ? this.columns : this.onBoard ? (rows.length > 24 ? 3 : rows.length > 12 ? 2 : 1) : 1;
    const per = Math.ceil(rows.length / cols);
    const chunks = Array.from({ length: cols }, (_, i) => rows.slice(i * per, (i + 1) * per)).filter((c) => c.length > 0);
    return html`<section class=${this.onBoard ? `tile board cols-${chunks.length}` : 'tile'} part="base" aria-labelledby="title" aria-busy=${loading ? 'true' : 'false'}>
      <header>
        <h2 class="title" id="title">${name}</h2>
        ${context && !this.onBoard ? html`<p class="context">${context}</p>` : nothing}
      </header>
      ${loading ? html`<p class="loading" role="status">${t.loading}</p>` : nothing}
      ${!loading && rows.length === 0 ? html`<p class="empty">${t.noData}</p>` : nothing}
      <div class="columns" style=${styleMap({ '--_cols': String(chunks.length || 1) })}>
        ${chunks.map((c, i) => html`<div class="col">${this.renderTable(t, metric, c, name, i)}</div>`)}
      </div>
      ${this.unranked > 0 ? html`<p class="context">${t.unitsWithoutData(this.unranked)}</p>` : nothing}
      ${this.renderFreshness(t)} ${this.renderStatus(t)}
    </section>`;
  }

  private renderTable(t: KpiTexts, metric: MetricId, rows: RankingRow[], name: string, i: number): TemplateResult {
    const lang = this.localize.lang;
    const info = METRICS[metric];
    const max = info.unit === 'ratio' ? 1 : info.unit === 'points' && 'max' in info ? (info as { max: number }).max : Math.max(...this.allRows().map((r) => r.value), 0);
    const target = parseTarget(this.target, info.unit);
    const lower = (info as { better?: string }).better === 'lower';
    const unitWord = info.unit === 'points' ? t.points.toLowerCase() : info.unit === 'days' ? t.oneDay : info.unit === 'minutes' ? t.minutes : '';
    return html`<table part="table">
      <caption class="visually-hidden">${name}${i > 0 ? ` (${i + 1})` : ''}</caption>
      <thead>
        <tr>
          <th scope="col" class="num">${t.rank}</th>
          <th scope="col">${t.unit}</th>
          <th scope="col" class="bar-col"><span class="visually-hidden">${t.value}</span></th>
          <th scope="col" class="num">${t.value}${unitWord ? html` <span class="unit">(${unitWord})</span>` : nothing}</th>
          <th scope="col" class="num">${t.change}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const miss = target !== undefined && (lower ? r.value > target : r.value < target);
          return html`<tr class=${miss ? 'miss' : ''}>
            <td class="num rank">${formatNumber(r.rank, lang, 0)}</td>
            <th scope="row">${this.isKiosk ? r.name : html`<button type="button" class="link" title=${t.drill(r.name)} @click=${() => this.pick(r)}>${r.name}</button>`}</th>
            <td class="bar-col" aria-hidden="true"><span class="bar"><span class="fill" style=${styleMap({ inlineSize: `${max > 0 ? Math.max(0, Math.min(100, (r.value / max) * 100)) : 0}%` })}></span></span></td>
            <td class="num value">${info.unit === 'ratio' || info.unit === 'count' ? formatMetric(r.value, info.unit, textLang(lang)) : formatNumber(r.value, lang, info.unit === 'points' ? 2 : 1)}${miss ? html` <span class="miss-mark" title=${t.targetMissed}>✗<span class="visually-hidden">${t.targetMissed}</span></span>` : nothing}</td>
            <td class="num">${this.renderChange(t, r, metric)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderChange(t: KpiTexts, r: RankingRow, metric: MetricId): TemplateResult {
    if (r.previousRank === undefined) return html`<span class="neutral">${t.rankNew}</span>`;
    const d = r.previousRank - r.rank;
    if (d === 0) return html`<span class="neutral" title=${t.rankSame}><span aria-hidden="true">=</span><span class="visually-hidden">${t.rankSame}</span></span>`;
    const label = d > 0 ? t.rankUp(d) : t.rankDown(-d);
    // Moving up is good when the list is best first (the metric's own direction), bad when it is reversed.
    const better = (METRICS[metric] as { better?: 'higher' | 'lower' }).better;
    const bestFirst = better ? (this.order || (better === 'lower' ? 'asc' : 'desc')) === (better === 'lower' ? 'asc' : 'desc') : undefined;
    const tone = bestFirst === undefined ? 'neutral' : (d > 0) === bestFirst ? 'good' : 'bad';
    return html`<span class=${tone} title=${label}><span aria-hidden="true">${d > 0 ? '▲' : '▼'}${Math.abs(d)}</span><span class="visually-hidden">${label}</span></span>`;
  }
}

define('hcc-kpi-ranking', HccKpiRanking);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-kpi-ranking': HccKpiRanking;
  }
}
