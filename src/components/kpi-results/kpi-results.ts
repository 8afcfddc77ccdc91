import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { formatDate, formatNumber, formatPercent, formatTime } from '../../core/format/index.js';
import { TT01_AGENCY_CLASSES } from '../../core/kpi/tt01.js';
import type { MetricId } from '../../core/kpi/metrics.js';
import { parseIso, VN_TIME_ZONE } from '../../core/time/index.js';
import { readJson, errorFromResponse } from '../../data/adapters/http/http-client.js';
import { toDataError } from '../../data/errors.js';
import type { KpiDataRequest } from '../../controllers/kpi-data.js';
import { periodLabel } from '../../controllers/kpi-data-period.js';
import { textLang } from '../../charts/chart-model.js';
import { KpiElement, type KpiTexts } from '../kpi-common/kpi-element.js';
import shared from '../kpi-common/kpi.styles.js';
import { strings } from '../kpi-common/strings.js';
import { KpiResultsDocument, documentValues, resultsDocument } from './results-document.js';

/**
 * @summary The public "results" block of a city website: how the centre resolves dossiers and how satisfied citizens are.
 *
 * @description Publishes the evaluation results Decree 61/2018 and Circular 01/2018 require, in
 * plain words: dossiers received, the share resolved on time or early (of those resolved), citizen
 * satisfaction (of the ratings given), the share submitted online, the Decision 766 index and the
 * Circular 01/2018 score with its class. Reads a published results document (`src`, a static JSON
 * file validated on arrival; no dossier ever reaches the website) or computes from a data source.
 * Default period: the current year. Everything is text: no canvas, printable, one heading.
 *
 * @event hcc-data-error - {CustomEvent<KpiErrorDetail>} The document or the data could not be loaded (or failed validation); the last figures stay.
 * @csspart base - The block.
 * @csspart figures - The list of figures.
 * @cssproperty --hcc-kpi-results-columns - Minimum width of a figure (default 12em).
 * @status experimental
 */
export class HccKpiResults extends KpiElement {
  static override styles = [
    tokenStyles,
    shared,
    css`
      :host {
        --hcc-kpi-results-columns: 12em;
      }
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--hcc-kpi-results-columns)), 1fr));
        gap: calc(var(--_s) * 1.5);
        margin: 0;
      }
      .figure {
        display: flex;
        flex-direction: column;
        gap: 0.2em;
        padding: calc(var(--_s) * 1.5);
        border-radius: var(--_radius);
        background: var(--_color-surface-alt);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        display: flex;
        flex-direction: column;
      }
      .big {
        font-size: 2em;
        font-weight: 750;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
      .detail {
        color: var(--_color-text-muted);
        font-size: 0.85em;
      }
      .note {
        margin: 0;
        font-size: 0.8em;
        color: var(--_color-text-muted);
      }
      a {
        color: var(--_color-brand);
      }
      @media print {
        .figure {
          background: none;
          border: 1px solid #000;
        }
      }
    `,
  ];

  /** URL of a published results document (JSON, see `KpiResultsDocument`); otherwise computed from the data source. */
  @property() src = '';
  /** Link to the detailed report. */
  @property() href = '';
  /** Heading level of the block's title in the host page (2–4, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Title override. */
  @property() label = '';
  /** A document to show (custom pages); turns off loading. */
  @property({ attribute: false }) document?: KpiResultsDocument;

  @state() private fetched?: KpiResultsDocument;
  private fetchCtl?: AbortController;
  private fetchTimer: unknown;

  protected override dataRequest(): KpiDataRequest | undefined {
    if (this.src || this.document) return undefined;
    return {
      spec: this.period || (this.from && this.to) ? this.periodSpec : { period: this.scope?.period ?? 'this-year', from: this.scope?.from, to: this.scope?.to },
      unitId: this.effectiveUnitId,
      key: 'results',
      needs: { history: false, previous: false },
      queries: (p, scope) => ({
        total: {
          from: p.from,
          to: p.to,
          families: ['cases', 'ratings', 'petitions', '766', 'tt01'],
          ...(p.current ? { now: p.asOf } : {}),
          ...(scope.unitIds ? { unitIds: scope.unitIds } : {}),
        },
      }),
    };
  }

  /** The document shown (given, fetched from `src`, or built from the loaded data). */
  get results(): KpiResultsDocument | undefined {
    if (this.document) return this.document;
    if (this.src) return this.fetched;
    const r = this.data.results?.['total'];
    const ds = this.data.dataset;
    if (!r || !ds) return undefined;
    const id = this.effectiveUnitId || (ds.org.units.find((u) => u.kind === 'centre') ?? ds.org.units.find((u) => u.parentId == null))?.id || '';
    return resultsDocument(r, { unit: { id, name: ds.labels.unit[id] ?? id }, asOf: r.asOf, ...(this.href ? { href: this.href } : {}) });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src && this.hasUpdated) void this.fetchDocument();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.fetchCtl?.abort();
    if (this.fetchTimer !== undefined) this.effectiveClock.clearTimeout(this.fetchTimer);
    this.fetchTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && this.src) {
      this.fetched = undefined;
      void this.fetchDocument();
    }
  }

  private async fetchDocument(): Promise<void> {
    this.fetchCtl?.abort();
    if (this.fetchTimer !== undefined) this.effectiveClock.clearTimeout(this.fetchTimer);
    this.fetchTimer = undefined;
    const ctl = (this.fetchCtl = new AbortController());
    const url = this.src;
    const clock = this.effectiveClock;
    try {
      // After an unreadable answer, skip the HTTP cache: revalidating would serve the same broken copy.
      const cache: RequestCache = this.error !== undefined && typeof this.error !== 'string' && this.error.kind === 'schema' ? 'reload' : 'default';
      const res = await fetch(url, { signal: ctl.signal, headers: { accept: 'application/json' }, cache });
      if (!res.ok) throw await errorFromResponse(res, url);
      const doc = await readJson(res, KpiResultsDocument, url);
      if (ctl.signal.aborted) return;
      this.fetched = doc;
      this.updatedAt = clock.now();
      this.error = undefined;
    } catch (e) {
      if (ctl.signal.aborted) return;
      const error = toDataError(e, url);
      this.error = error;
      this.emit('hcc-data-error', { error });
    }
    if (this.isConnected && this.refreshMs > 0) this.fetchTimer = clock.setTimeout(() => void this.fetchDocument(), this.error ? Math.min(this.refreshMs, 30_000) : this.refreshMs);
  }

  override render() {
    const t = this.localize.t(strings);
    const doc = this.results;
    const loading = !doc && (this.data.status === 'loading' || (this.src !== '' && this.error === undefined));
    const title = this.label || t.resultsTitle;
    const heading = this.headingLevel >= 4 ? html`<h4 class="title" id="title">${title}</h4>` : this.headingLevel === 3 ? html`<h3 class="title" id="title">${title}</h3>` : html`<h2 class="title" id="title">${title}</h2>`;
    return html`<section class="tile" part="base" aria-labelledby="title" aria-busy=${loading ? 'true' : 'false'}>
      ${heading}
      ${doc ? html`<p class="context">${doc.unit.name} · ${this.docPeriod(doc)}</p>` : nothing}
      ${loading ? html`<p class="loading" role="status">${t.loading}</p>` : nothing}
      ${doc ? this.renderFigures(t, doc) : !loading ? html`<p class="empty">${t.noData}</p>` : nothing}
      ${doc ? html`<p class="note">${t.resultsNote} ${t.resultsAsOf(this.at(doc.asOf))}.</p>` : nothing}
      ${doc?.href || this.href ? html`<p class="note"><a href=${this.href || doc?.href || ''}>${t.resultsMore}</a></p>` : nothing}
      ${this.renderFreshness(t)} ${this.renderStatus(t)}
    </section>`;
  }

  private at(iso: string): string {
    const ms = parseIso(iso);
    const lang = this.localize.lang;
    return ms === undefined ? iso : `${formatTime(ms, lang, VN_TIME_ZONE)} ${formatDate(ms, lang, VN_TIME_ZONE)}`;
  }

  private docPeriod(doc: KpiResultsDocument): string {
    if (doc.period.label) return doc.period.label;
    const p = this.data.period;
    if (p && !this.src && !this.document) return periodLabel(p, this.localize.lang);
    const from = parseIso(doc.period.from);
    const to = parseIso(doc.period.to);
    const lang = this.localize.lang;
    return from !== undefined && to !== undefined ? `${formatDate(from, lang, VN_TIME_ZONE)} – ${formatDate(to - 1, lang, VN_TIME_ZONE)}` : '';
  }

  private renderFigures(t: KpiTexts, doc: KpiResultsDocument): TemplateResult {
    const lang = this.localize.lang;
    const v = documentValues(doc);
    const n = (m: MetricId) => (v[m] !== undefined ? formatNumber(v[m], lang, 0) : undefined);
    const pct = (m: MetricId) => (v[m] !== undefined ? formatPercent(v[m], lang, 1) : undefined);
    const figures: { label: string; value: string | undefined; detail?: string }[] = [
      { label: t.resultsReceived, value: n('received') },
      { label: t.resultsOnTime, value: pct('resolvedOnTimeRate'), ...(n('resolved') ? { detail: t.resultsOfResolved(n('resolved') as string) } : {}) },
      { label: t.resultsSatisfaction, value: pct('satisfactionRate'), ...(n('ratings') ? { detail: t.resultsRatings(n('ratings') as string) } : {}) },
      { label: t.resultsOnline, value: pct('onlineShare') },
    ];
    if (doc.score766) figures.push({ label: t.resultsIndex766, value: formatNumber(doc.score766.total, lang, 2), detail: t.outOf(formatNumber(doc.score766.max, lang, 0)) });
    if (doc.tt01) {
      const cls = TT01_AGENCY_CLASSES.find((c) => c.id === doc.tt01?.agencyClass);
      const clsName = cls ? (textLang(lang) === 'vi' ? cls.nameVi : cls.nameEn) : '';
      figures.push({ label: t.resultsTt01, value: formatNumber(doc.tt01.total, lang, 1), detail: `${t.outOf(formatNumber(doc.tt01.max, lang, 0))}${clsName ? `, ${t.resultsTt01Class(clsName)}` : ''}` });
    }
    return html`<dl class="figures" part="figures">
      ${figures
        .filter((f) => f.value !== undefined)
        .map((f) => html`<div class="figure"><dt>${f.label}</dt><dd><span class="big">${f.value}</span>${f.detail ? html`<span class="detail">${f.detail}</span>` : nothing}</dd></div>`)}
    </dl>`;
  }
}

define('hcc-kpi-results', HccKpiResults);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-kpi-results': HccKpiResults;
  }
}
