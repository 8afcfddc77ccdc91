import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from '../../internal/style-map.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { formatNumber, formatPercent } from '../../core/format/index.js';
import { BANDS_766, GROUPS_766, RULES_766, type Band766, type GroupScore766, type Score766, type SubScore766 } from '../../core/kpi/rules-766.js';
import type { KpiQuery, KpiResult } from '../../core/kpi/engine.js';
import { trend } from '../../core/kpi/series.js';
import { gaugePaths } from '../../charts/d3-paths.js';
import { textLang } from '../../charts/chart-model.js';
import type { KpiDataRequest } from '../../controllers/kpi-data.js';
import { asOfLabel, periodLabel } from '../../controllers/kpi-data-period.js';
import { rankedUnits, type KpiLabels } from '../../controllers/kpi-data-loader.js';
import { trendText } from '../kpi-common/format.js';
import { KpiElement, type KpiTexts } from '../kpi-common/kpi-element.js';
import shared from '../kpi-common/kpi.styles.js';
import { strings } from '../kpi-common/strings.js';
import type { KpiDrillDetail } from '../kpi-chart/kpi-chart.js';
import styles from './kpi-766.styles.js';

/** A unit's loss in one group, for the drill-down. */
interface UnitLoss {
  unitId: string;
  name: string;
  points: number;
  lost: number;
}

/**
 * @summary The Decision 766 scorecard: total gauge, the six groups with points and points lost, drill-down to sub-indicators and units.
 *
 * @description Answers "what is our 766 score and where do we lose points": the total out of 100
 * on a gauge with the indicative bands, the trend against the previous period, each group's points,
 * maximum and points lost (the group losing most is marked), and on demand each group's
 * sub-indicators (rate, numerator / denominator, points, points lost, how a missing figure was
 * treated) and the units losing most points in it. Choosing a unit shows that unit's scorecard
 * (cancel `hcc-kpi-drill` to handle it yourself). Sub-indicators our data cannot compute (publication
 * timeliness) are reported as unscored, never guessed. In kiosk mode nothing is interactive.
 *
 * @event hcc-kpi-drill - {CustomEvent<KpiDrillDetail>} A unit was chosen in a group's drill-down; cancelable.
 * @event hcc-data-error - {CustomEvent<KpiErrorDetail>} A load failed; the last figures stay.
 * @event hcc-kpi-load - {CustomEvent<{}>} Fresh figures arrived.
 * @event hcc-kpi-freshness - {CustomEvent<{ freshness: Freshness }>} The freshness state changed.
 * @csspart base - The tile.
 * @csspart gauge - The total gauge.
 * @csspart groups - The table of groups.
 * @cssproperty --hcc-kpi-766-gauge-size - Width of the gauge (default 14em).
 * @status experimental
 */
export class HccKpi766 extends KpiElement {
  static override styles = [tokenStyles, shared, styles];

  /** Title override. */
  @property() label = '';
  /** Group codes shown expanded (`MDSH,TTTT`), e.g. on a wall page about digitisation. */
  @property() expanded = '';
  /** Units listed in a group's drill-down (default 5). */
  @property({ type: Number, attribute: 'top-units' }) topUnits = 5;
  /** A ready scorecard (custom pages); turns off loading. */
  @property({ attribute: false }) score?: Score766;
  /** The previous period's total, with `score`. */
  @property({ attribute: false }) previousTotal?: number;
  /** Per-unit results for the drill-down, with `score` (a result grouped by unit). */
  @property({ attribute: false }) unitResult?: KpiResult;
  /** Names of the units in `unitResult`. */
  @property({ attribute: false }) labels?: KpiLabels;
  /** Bands of the gauge (default: the indicative 90 / 80 / 70 / 50 of BANDS_766). */
  @property({ attribute: false }) bands: readonly Band766[] = BANDS_766;

  @state() private open = new Set<string>();
  @state() private drillUnit = '';

  private get unit(): string {
    return this.drillUnit || this.effectiveUnitId;
  }

  protected override dataRequest(): KpiDataRequest | undefined {
    if (this.score) return undefined;
    return {
      spec: this.periodSpec,
      unitId: this.unit,
      key: '766',
      needs: { history: false },
      queries: (p, scope) => {
        const base: Partial<KpiQuery> = { families: ['766'] };
        const now = p.current ? { now: p.asOf } : {};
        const own = scope.unitIds ? { unitIds: scope.unitIds } : {};
        const units = rankedUnits(scope.org, this.unit);
        const q: Record<string, KpiQuery> = {
          total: { ...base, ...own, from: p.from, to: p.to, ...now },
          previous: { ...base, ...own, from: p.previous.from, to: p.previous.to },
        };
        if (units.length > 1) q['units'] = { ...base, unitIds: units, groupBy: ['unit'], from: p.from, to: p.to, ...now };
        return q;
      },
    };
  }

  /** The scorecard shown. */
  get scorecard(): Score766 | undefined {
    return this.score ?? this.data.results?.['total']?.total.score766;
  }

  private get previous(): number | undefined {
    return this.score ? this.previousTotal : this.data.results?.['previous']?.total.score766?.total;
  }

  private unitLosses(code: string): UnitLoss[] {
    const r = this.score ? this.unitResult : this.data.results?.['units'];
    const labels = this.labels ?? this.data.dataset?.labels;
    if (!r) return [];
    const out: UnitLoss[] = [];
    for (const g of r.groups) {
      const gs = g.score766?.groups.find((x) => x.code === code);
      const id = g.key.unit;
      if (!gs || !id || gs.scoredMax === 0) continue;
      out.push({ unitId: id, name: labels?.unit[id] ?? id, points: gs.points, lost: gs.lost });
    }
    return out.sort((a, b) => b.lost - a.lost || a.name.localeCompare(b.name, 'vi')).slice(0, Math.max(1, this.topUnits));
  }

  private isOpen(code: string): boolean {
    return this.open.has(code) || this.expanded.split(/[\s,]+/).includes(code);
  }

  private toggle(code: string): void {
    const next = new Set(this.open);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    this.open = next;
  }

  private chooseUnit(u: UnitLoss, group: string): void {
    const detail: KpiDrillDetail = { metric: 'score766', dim: 'unit', key: u.unitId, label: u.name, value: u.points, group };
    if (this.emit('hcc-kpi-drill', detail, { cancelable: true })) this.drillUnit = u.unitId;
  }

  override render() {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const s = this.scorecard;
    const loading = this.data.status === 'loading' && !s;
    const p = this.data.period;
    const labels = this.labels ?? this.data.dataset?.labels;
    const unitName = this.unit ? (labels?.unit[this.unit] ?? this.unit) : '';
    const context = [p ? periodLabel(p, lang) : '', p?.current ? asOfLabel(p, lang) : '', unitName].filter(Boolean).join(' · ');
    return html`<section class=${this.onBoard ? 'tile board' : 'tile'} part="base" aria-labelledby="title" aria-busy=${loading ? 'true' : 'false'}>
      <header>
        <h2 class="title" id="title">${this.label || t.score766Title}</h2>
        ${context && !this.onBoard ? html`<p class="context">${context}</p>` : nothing}
        ${this.drillUnit && !this.isKiosk
          ? html`<button type="button" class="back" @click=${() => (this.drillUnit = '')}><span aria-hidden="true">←</span> ${this.effectiveUnitId ? (labels?.unit[this.effectiveUnitId] ?? this.effectiveUnitId) : t.allUnits}</button>`
          : nothing}
      </header>
      ${loading ? html`<p class="loading" role="status">${t.loading}</p>` : nothing}
      ${s ? this.renderScore(t, s) : !loading ? html`<p class="empty">${t.noData}</p>` : nothing}
      ${this.renderFreshness(t)} ${this.renderStatus(t)}
    </section>`;
  }

  private renderScore(t: KpiTexts, s: Score766): TemplateResult {
    const lang = this.localize.lang;
    const fmt = (v: number) => formatNumber(v, lang, 2);
    const worst = [...s.groups].filter((g) => g.scoredMax > 0).sort((a, b) => b.lost - a.lost)[0];
    return html`<div class="body"><div class="overview">
        ${this.renderGauge(t, s)}
        <dl class="facts">
          <div class="visually-hidden"><dt>${t.score766Total}</dt><dd class="total"><strong>${fmt(s.total)}</strong> <span>${t.outOf(formatNumber(s.max, lang, 0))}</span></dd></div>
          ${this.renderTrend(t, s)}
          <div><dt>${t.pointsLost}</dt><dd>${fmt(s.lost)}</dd></div>
          ${s.band ? html`<div><dt>${t.band}</dt><dd>${this.bandName(s.band)}</dd></div>` : nothing}
          ${s.unscoredMax > 0 ? html`<div class="note"><dd>${t.unscored(fmt(s.unscoredMax))}</dd></div>` : nothing}
        </dl>
      </div>
      <div class="groups-wrap"><table class="groups" part="groups">
        <caption class="visually-hidden">${t.group}</caption>
        <thead>
          <tr>
            <th scope="col">${t.group}</th>
            <th scope="col" class="num">${t.points}</th>
            <th scope="col" class="num">${t.pointsLost}</th>
            <th scope="col" class="bar-col"><span class="visually-hidden">${t.points} / ${t.maxPoints}</span></th>
          </tr>
        </thead>
        ${s.groups.map((g) => this.renderGroup(t, g, g === worst && g.lost > 0))}
      </table></div></div>
      ${s.band ? html`<p class="band-note">${t.bandNote}</p>` : nothing}`;
  }

  private bandName(id: string): string {
    const b = this.bands.find((x) => x.id === id);
    return b ? (textLang(this.localize.lang) === 'vi' ? b.nameVi : b.nameEn) : id;
  }

  private renderTrend(t: KpiTexts, s: Score766): TemplateResult | typeof nothing {
    const tr = trend(s.total, this.previous, { metric: 'score766', epsilon: 0.005 });
    if (!tr) return nothing;
    const tt = trendText(tr, 'points', this.localize.lang, t);
    const vs = this.vsText(t);
    return html`<div><dt>${vs}</dt><dd class=${tt.tone}><span aria-hidden="true">${tr.direction === 'up' ? '▲' : tr.direction === 'down' ? '▼' : '▶'}</span> ${tt.change}</dd></div>`;
  }

  private renderGauge(t: KpiTexts, s: Score766): TemplateResult {
    const lang = this.localize.lang;
    // Bands are read from the scaled score (total ÷ scored maximum) by default: draw their thresholds in
    // raw points on this gauge so the needle and the band named beside it agree.
    const scale = s.scaled !== undefined && s.scoredMax > 0 ? s.scoredMax / (s.max || 100) : 1;
    const ticks = this.bands.map((b) => b.min).filter((m) => Number.isFinite(m) && m > 0 && m < 100).map((m) => (m / 100) * scale);
    const g = gaugePaths(s.total / (s.max || 100), { outerRadius: 100, innerRadius: 72, ticks });
    const label = `${t.score766Total} ${formatNumber(s.total, lang, 2)} ${t.outOf(formatNumber(s.max, lang, 0))}`;
    return html`<svg class="gauge" part="gauge" viewBox="-110 -110 220 122" role="img" aria-label=${label}>
      ${svg`<path class="track" d=${g.track}></path>
      <path class="value" d=${g.value}></path>
      ${g.ticks.map((d) => svg`<path class="tick" d=${d}></path>`)}
      <text class="big" x="0" y="-14" text-anchor="middle">${formatNumber(s.total, lang, 2)}</text>
      <text class="small" x="0" y="8" text-anchor="middle">/ ${formatNumber(s.max, lang, 0)}</text>`}
    </svg>`;
  }

  private renderGroup(t: KpiTexts, g: GroupScore766, worst: boolean): TemplateResult {
    const lang = this.localize.lang;
    const info = GROUPS_766.find((x) => x.code === g.code);
    const name = info ? (textLang(lang) === 'vi' ? info.nameVi : info.nameEn) : g.code;
    const open = this.isOpen(g.code);
    const fmt = (v: number) => formatNumber(v, lang, 2);
    const pct = g.max > 0 ? (g.points / g.max) * 100 : 0;
    const lostPct = g.max > 0 ? (g.lost / g.max) * 100 : 0;
    const interactive = !this.isKiosk;
    return html`<tbody class=${open ? 'open' : ''}>
      <tr class=${worst ? 'worst' : ''}>
        <th scope="row">
          ${interactive
            ? html`<button type="button" class="disclose" aria-expanded=${open ? 'true' : 'false'} aria-controls="ind-${g.code}" @click=${() => this.toggle(g.code)}>
                <span class="chev" aria-hidden="true">${open ? '▾' : '▸'}</span> ${name}
              </button>`
            : name}
          ${worst ? html`<span class="tag">${t.mostLost}</span>` : nothing}
        </th>
        <td class="num"><strong>${fmt(g.points)}</strong>/${fmt(g.max)}</td>
        <td class="num ${g.lost > 0 ? 'bad' : ''}">${g.lost > 0 ? `−${fmt(g.lost)}` : '0'}</td>
        <td class="bar-col" aria-hidden="true">
          <span class="bar"><span class="fill" style=${styleMap({ inlineSize: `${pct}%` })}></span><span class="lost" style=${styleMap({ inlineSize: `${lostPct}%` })}></span></span>
        </td>
      </tr>
      ${open
        ? html`<tr class="detail" id="ind-${g.code}">
            <td colspan="4">${this.renderIndicators(t, g)} ${this.renderUnits(t, g.code, name)}</td>
          </tr>`
        : nothing}
    </tbody>`;
  }

  private renderIndicators(t: KpiTexts, g: GroupScore766): TemplateResult {
    const lang = this.localize.lang;
    const fmt = (v: number) => formatNumber(v, lang, 2);
    const status = (i: SubScore766) =>
      i.status === 'informational' ? t.statusInformational : i.status === 'input' ? t.statusInput : i.status === 'no_data' ? (i.noData === 'full' ? t.statusFull : t.statusNoData) : '';
    return html`<table class="indicators">
      <caption class="visually-hidden">${t.indicator}</caption>
      <thead>
        <tr>
          <th scope="col">${t.indicator}</th>
          <th scope="col" class="num">${t.ratio}</th>
          <th scope="col" class="num">${t.points}</th>
          <th scope="col" class="num">${t.pointsLost}</th>
        </tr>
      </thead>
      <tbody>
        ${g.indicators.map((i) => {
          const rule = RULES_766.find((r) => r.code === i.code);
          const name = rule ? (textLang(lang) === 'vi' ? rule.nameVi : rule.nameEn) : i.code;
          const frac = i.numerator !== undefined && i.denominator !== undefined ? ` (${formatNumber(i.numerator, lang, 0)}/${formatNumber(i.denominator, lang, 0)})` : '';
          const ratio = i.ratio !== undefined ? `${formatPercent(i.ratio, lang, 2)}${frac}` : i.value !== undefined ? formatNumber(i.value, lang, 1) : '–';
          const st = status(i);
          return html`<tr>
            <th scope="row">${name}${st ? html` <span class="status-tag">${st}</span>` : nothing}</th>
            <td class="num">${ratio}</td>
            <td class="num">${i.points !== undefined ? `${fmt(i.points)}/${fmt(i.max)}` : i.max > 0 ? `–/${fmt(i.max)}` : '–'}</td>
            <td class="num ${i.lost ? 'bad' : ''}">${i.lost ? `−${fmt(i.lost)}` : i.lost === 0 ? '0' : '–'}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderUnits(t: KpiTexts, code: string, groupName: string): TemplateResult | typeof nothing {
    const units = this.unitLosses(code).filter((u) => u.lost > 0);
    if (units.length === 0) return nothing;
    const lang = this.localize.lang;
    return html`<div class="units">
      <h3>${t.unitsLosing(groupName)}</h3>
      <ol>
        ${units.map(
          (u) => html`<li>
            ${this.isKiosk ? html`<span class="unit-name">${u.name}</span>` : html`<button type="button" class="link" @click=${() => this.chooseUnit(u, code)}>${u.name}</button>`}
            <span class="num bad">−${formatNumber(u.lost, lang, 2)}</span>
          </li>`,
        )}
      </ol>
    </div>`;
  }
}

define('hcc-kpi-766', HccKpi766);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-kpi-766': HccKpi766;
  }
}
