import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { DataError, parseWith, toDataError } from '../../data/errors.js';
import { Procedure, CapThucHien, type ProcedureSummary } from '../../data/schemas/procedure.js';
import { buildProcedureIndex, onlineFacet, type OnlineFacet } from '../../core/search/procedures.js';
import { search, type SearchIndex, type SearchResult } from '../../core/search/engine.js';
import { highlight, segments, snippet, type Range } from '../../core/search/highlight.js';
import type { QueryToken } from '../../core/search/tokenize.js';
import { strings } from './strings.js';
import styles from './procedure-search.styles.js';

/** Detail of `hcc-procedure-select`. */
export interface ProcedureSelectDetail {
  code: string;
  procedure: ProcedureSummary;
  /** Position of the hit in the list (0-based) and the query it answered, for analytics. */
  position: number;
  query: string;
}
/** Detail of `hcc-procedure-search`. */
export interface ProcedureSearchDetail {
  query: string;
  total: number;
  relaxed: boolean;
  filters: { linhVuc: string; cap: string; online: string };
}
/** Detail of `hcc-data-error`. */
export interface SearchDataErrorDetail {
  error: DataError;
}

/** Values of the online filter: any online channel, or one level. */
export type OnlineFilter = '' | 'co' | OnlineFacet;

type LoadState = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; error: DataError };

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const ANNOUNCE_DELAY_MS = 600;
const collator = new Intl.Collator('vi');

/**
 * @summary Instant search over the procedure catalogue: accent-insensitive, typo-tolerant, ranked,
 * with highlighted matches, filters by lĩnh vực, level and online availability, and keyboard navigation.
 *
 * @description Type with or without diacritics ("dang ky khai sinh", "cap lai cccd"); results update on
 * every keystroke (the index is built once when the catalogue arrives, see `core/search`). With an empty
 * query the most common procedures are listed, so filters alone can browse the catalogue. The count of
 * results is announced politely after typing pauses. Down arrow moves from the field into the results,
 * up/down/Home/End move between them, Escape goes back to the field, Enter in the field opens the
 * first result. With `href-template` results are links (e.g. `/thu-tuc/{code}`); otherwise buttons that
 * only emit `hcc-procedure-select` (put `<hcc-procedure-guide>` beside it and set its code).
 *
 * @event hcc-procedure-select - {CustomEvent<ProcedureSelectDetail>} A result was chosen; cancelable (a link then does not navigate).
 * @event hcc-procedure-search - {CustomEvent<ProcedureSearchDetail>} After typing or filtering pauses, with the result count.
 * @event hcc-data-error - {CustomEvent<SearchDataErrorDetail>} The catalogue could not be loaded, or records of a given catalogue were rejected.
 *
 * @csspart base - The whole widget.
 * @csspart input - The search field.
 * @csspart filters - The filter group.
 * @csspart results - The list of results.
 * @csspart result - One result.
 *
 * @cssproperty --hcc-procedure-search-mark - Background of highlighted matches (default the warning surface colour).
 * @cssproperty --hcc-procedure-search-max-width - Width of the widget (default 60em).
 * @status experimental
 */
export class HccProcedureSearch extends HccElement {
  static override styles = [tokenStyles, styles];

  private readonly data = new DataSourceController(
    this,
    () => ({ api: this.api, proceduresSrc: this.proceduresSrc }),
    (_source, signal) => {
      this.sourceSignal = signal;
      this.load();
    },
  );

  /** Base URL of an HTTP back end for this widget only. */
  @property() api = '';
  /** URL of a static catalogue JSON for this widget only. */
  @property({ attribute: 'procedures-src' }) proceduresSrc = '';
  /** The catalogue itself (each record validated; invalid ones are left out and reported). Wins over the data source. */
  @property({ attribute: false }) procedures: unknown = undefined;
  /** The search text. */
  @property() query = '';
  /** Filter: lĩnh vực (exact name as in the catalogue); empty for all. */
  @property({ attribute: 'linh-vuc' }) linhVuc = '';
  /** Filter: cấp thực hiện (`Cấp Xã` …); empty for all. */
  @property() cap = '';
  /** Filter: `co` (any online submission), `toan_trinh`, `mot_phan`, `khong`; empty for all. */
  @property() online: OnlineFilter = '';
  /** Level of the results heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Makes results links: a URL with `{code}`, e.g. `/thu-tuc?ma={code}`. Without it results are buttons. */
  @property({ attribute: 'href-template' }) hrefTemplate = '';
  /** Results per page ("show more" adds as many again). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Hides the filters. */
  @property({ type: Boolean, attribute: 'no-filters' }) noFilters = false;
  /** Code of the procedure shown next to the list (marked as current). */
  @property({ attribute: 'selected-code' }) selectedCode = '';
  /** Accessible name of the search landmark; give one when a page has several searches (landmarks must be told apart). */
  @property() label = '';

  @state() private catalogue: Procedure[] = [];
  @state() private loadState: LoadState = { kind: 'loading' };
  @state() private shownCount = 0;
  @state() private announcement = '';
  @state() private rejectedCount = 0;

  private index: SearchIndex<Procedure> | undefined;
  private result: SearchResult<Procedure> | undefined;
  private sourceSignal: AbortSignal | undefined;
  private loadCtrl: AbortController | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private linhVucOptions: string[] = [];
  private capOptions: string[] = [];

  // ── Lifecycle ─────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.loadCtrl?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('procedures')) {
      if (this.procedures !== undefined) this.acceptGiven(this.procedures);
      else if (changed.get('procedures') !== undefined) this.load();
    }
    if (changed.has('catalogue')) {
      this.index = buildProcedureIndex(this.catalogue);
      this.linhVucOptions = [...new Set(this.catalogue.map((p) => p.linh_vuc))].sort(collator.compare);
      const caps = new Set(this.catalogue.flatMap((p) => p.cap_thuc_hien));
      this.capOptions = CapThucHien.options.filter((c) => caps.has(c));
    }
    const criteria = changed.has('query') || changed.has('linhVuc') || changed.has('cap') || changed.has('online') || changed.has('catalogue') || changed.has('pageSize');
    if (criteria) this.shownCount = Math.max(1, this.pageSize);
    if (criteria || changed.has('shownCount')) this.runSearch(criteria);
  }

  // ── Data ──────────────────────────────────────────────────────────────────

  private load(): void {
    if (this.procedures !== undefined) return;
    const source = this.data.source;
    if (!source) return;
    this.loadCtrl?.abort();
    const ctrl = (this.loadCtrl = new AbortController());
    const signal = this.sourceSignal ? AbortSignal.any([ctrl.signal, this.sourceSignal]) : ctrl.signal;
    if (this.catalogue.length === 0) this.loadState = { kind: 'loading' };
    source.procedures(signal).then(
      (list) => {
        if (ctrl.signal.aborted) return;
        this.rejectedCount = 0;
        this.catalogue = list;
        this.loadState = { kind: 'ready' };
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        const error = toDataError(e, 'procedures');
        if (error.kind === 'aborted') return;
        this.loadState = { kind: 'error', error };
        this.emit<SearchDataErrorDetail>('hcc-data-error', { error });
      },
    );
  }

  /** Validates a catalogue given by property, record by record. */
  private acceptGiven(value: unknown): void {
    const records = Array.isArray(value) ? value : [];
    const ok: Procedure[] = [];
    let firstError: DataError | undefined;
    records.forEach((r, i) => {
      const parsed = parseWith(Procedure, r, `procedures[${i}]`);
      if (parsed.ok) ok.push(parsed.value);
      else firstError ??= parsed.error;
    });
    if (!Array.isArray(value)) firstError = new DataError('schema', 'procedures must be an array', { source: 'procedures property' });
    this.rejectedCount = Array.isArray(value) ? records.length - ok.length : 0;
    this.catalogue = ok;
    this.loadState = { kind: 'ready' };
    if (firstError) this.emit<SearchDataErrorDetail>('hcc-data-error', { error: firstError });
  }

  // ── Search ────────────────────────────────────────────────────────────────

  private onlineValues(): string[] | undefined {
    if (!this.online) return undefined;
    return this.online === 'co' ? ['toan_trinh', 'mot_phan'] : [this.online];
  }

  private runSearch(announce: boolean): void {
    if (!this.index) return;
    this.result = search(this.index, this.query, {
      limit: this.shownCount,
      filters: {
        linhVuc: this.linhVuc ? [this.linhVuc] : undefined,
        cap: this.cap ? [this.cap] : undefined,
        online: this.onlineValues(),
      },
    });
    if (announce && this.loadState.kind === 'ready') this.scheduleAnnouncement();
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const r = this.result;
      if (!r) return;
      const t = this.localize.t(strings);
      const q = this.query.trim();
      this.announcement = r.total === 0 ? (q ? t.noneFor(q) : t.noneFiltered) : q ? t.foundFor(r.total, q) : t.found(r.total);
      this.emit<ProcedureSearchDetail>('hcc-procedure-search', {
        query: this.query,
        total: r.total,
        relaxed: r.relaxed,
        filters: { linhVuc: this.linhVuc, cap: this.cap, online: this.online },
      });
    }, ANNOUNCE_DELAY_MS);
  }

  // ── Handlers ──────────────────────────────────────────────────────────────

  private handleInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
  }

  private handleFieldKeydown(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown') {
      if (this.focusHit(0)) e.preventDefault();
    } else if (e.key === 'Enter') {
      const first = this.hitElements()[0];
      if (first) {
        e.preventDefault();
        first.click();
      }
    } else if (e.key === 'Escape' && this.query) {
      e.preventDefault();
      this.query = '';
    }
  }

  private handleHitKeydown(e: KeyboardEvent, i: number): void {
    const n = this.hitElements().length;
    const targets: Record<string, number> = { ArrowDown: Math.min(n - 1, i + 1), ArrowUp: i - 1, Home: 0, End: n - 1, Escape: -1 };
    const target = targets[e.key];
    if (target === undefined) return;
    e.preventDefault();
    if (target < 0) this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    else this.focusHit(target);
  }

  private hitElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.hit-link')];
  }

  private focusHit(i: number): boolean {
    const el = this.hitElements()[i];
    el?.focus();
    return Boolean(el);
  }

  private select(e: Event, p: Procedure, position: number): void {
    const summary: ProcedureSummary = {
      ma_thu_tuc: p.ma_thu_tuc,
      ten_thu_tuc: p.ten_thu_tuc,
      linh_vuc: p.linh_vuc,
      cap_thuc_hien: p.cap_thuc_hien,
      ...(p.muc_do_dvctt ? { muc_do_dvctt: p.muc_do_dvctt } : {}),
      ...(p.luot_thuc_hien !== undefined ? { luot_thuc_hien: p.luot_thuc_hien } : {}),
    };
    const go = this.emit<ProcedureSelectDetail>('hcc-procedure-select', { code: p.ma_thu_tuc, procedure: summary, position, query: this.query }, { cancelable: true });
    if (!go) e.preventDefault();
  }

  private clearFilters(): void {
    this.linhVuc = '';
    this.cap = '';
    this.online = '';
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus(options);
  }

  /** Retries loading the catalogue after an error. */
  reload(): void {
    this.load();
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  private h(): StaticValue {
    return HEADINGS[Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)) - 1]!;
  }

  override render() {
    const t = this.localize.t(strings);
    return html`<div part="base" class="base">
      <form role="search" aria-label=${ifDefined(this.label.trim() || undefined)} @submit=${(e: Event) => e.preventDefault()}>
        <label class="search-label" for="q">${t.searchLabel}</label>
        <p class="hint" id="hint">${t.searchHint}</p>
        <p class="visually-hidden" id="keys">${t.searchKeys}</p>
        <div class="field">
          <input
            id="q"
            part="input"
            type="search"
            .value=${this.query}
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-describedby="hint keys"
            aria-controls=${ifDefined(this.result && this.result.total > 0 && this.loadState.kind !== 'loading' ? 'hits' : undefined)}
            @input=${this.handleInput}
            @keydown=${this.handleFieldKeydown}
          />
          ${this.query
            ? html`<button type="button" class="clear" aria-label=${t.clearQuery} @click=${() => {
                this.query = '';
                this.focus();
              }}>✕</button>`
            : nothing}
        </div>
        ${this.noFilters ? nothing : this.renderFilters()}
      </form>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderBody()}
    </div>`;
  }

  private renderFilters() {
    const t = this.localize.t(strings);
    const f = this.result?.facets ?? {};
    const count = (facet: string, v: string) => f[facet]?.[v] ?? 0;
    const opt = (value: string, label: string, selected: string, n?: number) =>
      html`<option value=${value} ?selected=${selected === value}>${n === undefined ? label : t.withCount(label, n)}</option>`;
    const on = (name: 'linhVuc' | 'cap' | 'online') => (e: Event) => {
      (this as unknown as Record<string, string>)[name] = (e.target as HTMLSelectElement).value;
    };
    const online = (v: OnlineFacet) => count('online', v);
    return html`<fieldset class="filters" part="filters">
      <legend>${t.filters}</legend>
      <div class="filter">
        <label for="f-linh-vuc">${t.filterField}</label>
        <select id="f-linh-vuc" @change=${on('linhVuc')}>
          ${opt('', t.all, this.linhVuc)} ${this.linhVucOptions.map((v) => opt(v, v, this.linhVuc, count('linhVuc', v)))}
        </select>
      </div>
      <div class="filter">
        <label for="f-cap">${t.filterLevel}</label>
        <select id="f-cap" @change=${on('cap')}>
          ${opt('', t.all, this.cap)} ${this.capOptions.map((v) => opt(v, v, this.cap, count('cap', v)))}
        </select>
      </div>
      <div class="filter">
        <label for="f-online">${t.filterOnline}</label>
        <select id="f-online" @change=${on('online')}>
          ${opt('', t.all, this.online)} ${opt('co', t.onlineAny, this.online, online('toan_trinh') + online('mot_phan'))}
          ${opt('toan_trinh', t.onlineFull, this.online, online('toan_trinh'))} ${opt('mot_phan', t.onlinePartial, this.online, online('mot_phan'))}
          ${opt('khong', t.onlineNone, this.online, online('khong'))}
        </select>
      </div>
    </fieldset>`;
  }

  private renderBody() {
    const t = this.localize.t(strings);
    const st = this.loadState;
    if (st.kind === 'loading') return html`<div class="message" role="status">${t.loadingCatalogue}</div>`;
    if (st.kind === 'error' && this.catalogue.length === 0) {
      return html`<div class="message error" role="alert">
        <p>${t.error(st.error.kind)}</p>
        <button type="button" @click=${() => this.reload()}>${t.retry}</button>
      </div>`;
    }
    if (this.catalogue.length === 0) return html`<div class="message">${t.emptyCatalogue}</div>`;
    const r = this.result;
    if (!r) return nothing;
    const q = this.query.trim();
    const filtered = Boolean(this.linhVuc || this.cap || this.online);
    const heading = r.query.length === 0 && !filtered ? t.popular : q ? t.foundFor(r.total, q) : t.found(r.total);
    return html`
      ${st.kind === 'error' ? html`<p class="message error" role="alert">${t.error(st.error.kind)} ${t.staleNote}</p>` : nothing}
      ${this.rejectedCount ? html`<p class="message error">${t.error('schema')} (${this.rejectedCount})</p>` : nothing}
      <div class="results-head">
        ${staticHtml`<${this.h()} id="results-heading">${heading}</${this.h()}>`}
        ${r.query.length === 0 && !filtered ? html`<span>${t.catalogueSize(this.catalogue.length)}</span>` : nothing}
      </div>
      ${r.total === 0
        ? html`<div class="message">
            <p>${q ? t.noneFor(q) : t.noneFiltered}</p>
            ${q ? html`<p>${t.noneHelp}</p>` : nothing}
            ${filtered ? html`<button type="button" @click=${() => this.clearFilters()}>${t.clearFilters}</button>` : nothing}
          </div>`
        : html`${r.relaxed ? html`<p class="message">${t.relaxed}</p>` : nothing}
            <ul class="hits" id="hits" part="results" aria-labelledby="results-heading">
              ${r.hits.map((hit, i) => this.renderHit(hit.item, i, r.query))}
            </ul>
            ${r.total > r.hits.length
              ? html`<p class="more">
                  <button type="button" @click=${() => (this.shownCount += Math.max(1, this.pageSize))}>${t.showMore(Math.min(this.pageSize, r.total - r.hits.length))}</button>
                </p>`
              : nothing}`}
    `;
  }

  private marked(text: string, ranges: readonly Range[]) {
    return segments(text, ranges).map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text));
  }

  /** Required query words the title does not show (they matched elsewhere in the record). */
  private missingFromTitle(title: string, q: readonly QueryToken[]): QueryToken[] {
    return q.filter((t) => !t.optional && highlight(title, [t]).length === 0);
  }

  /**
   * The first field, after the title, that contains the query words the title lacks, as a snippet with
   * every query word marked.
   */
  private explain(p: Procedure, missing: readonly QueryToken[], q: readonly QueryToken[]) {
    const t = this.localize.t(strings);
    const fields: [string, readonly string[]][] = [
      [t.whereCode, [p.ma_thu_tuc]],
      [t.whereKeywords, p.tu_khoa ?? []],
      [t.whereField, [p.linh_vuc]],
      [t.whereBody, [...p.doi_tuong_thuc_hien, ...p.ket_qua_thuc_hien, ...p.thanh_phan_ho_so.map((g) => g.ten), ...(p.truong_hop ?? []).flatMap((c) => [c.ten, ...c.thanh_phan_ho_so.map((g) => g.ten)]), p.yeu_cau_dieu_kien ?? '']],
      [t.whereAgency, [...p.co_quan_thuc_hien, p.co_quan_co_tham_quyen ?? '']],
    ];
    // The text holding most of the missing words (all of them, if one does), in the order above.
    let best: { where: string; text: string; covered: number } | undefined;
    for (const [where, texts] of fields) {
      for (const text of texts) {
        if (!text) continue;
        const covered = missing.filter((t) => highlight(text, [t]).length > 0).length;
        if (covered > (best?.covered ?? 0)) best = { where, text, covered };
        if (covered === missing.length) break;
      }
      if (best?.covered === missing.length) break;
    }
    if (best) {
      const s = snippet(best.text, highlight(best.text, q), 140);
      return html`<p class="snippet"><span class="snippet-where">${t.foundIn(best.where)}</span> <span lang="vi">${s.before ? '…' : ''}${this.marked(s.text, s.ranges)}${s.after ? '…' : ''}</span></p>`;
    }
    return nothing;
  }

  private renderHit(p: Procedure, i: number, q: readonly QueryToken[]) {
    const t = this.localize.t(strings);
    const titleRanges = q.length ? highlight(p.ten_thu_tuc, q) : [];
    const level = onlineFacet(p);
    const title = html`<span lang="vi">${this.marked(p.ten_thu_tuc, titleRanges)}</span>`;
    const href = this.hrefTemplate ? this.hrefTemplate.replaceAll('{code}', encodeURIComponent(p.ma_thu_tuc)) : '';
    const onKey = (e: KeyboardEvent) => this.handleHitKeydown(e, i);
    const onClick = (e: Event) => this.select(e, p, i);
    return html`<li class="hit" part="result" aria-current=${ifDefined(this.selectedCode === p.ma_thu_tuc ? 'true' : undefined)}>
      ${href
        ? html`<a class="hit-link" href=${href} @click=${onClick} @keydown=${onKey}>${title}</a>`
        : html`<button type="button" class="hit-link" @click=${onClick} @keydown=${onKey}>${title}</button>`}
      <ul class="hit-meta">
        <li>${t.code} ${p.ma_thu_tuc}</li>
        <li lang="vi">${p.linh_vuc}</li>
        ${p.cap_thuc_hien.length ? html`<li lang="vi">${p.cap_thuc_hien.join(', ')}</li>` : nothing}
        ${level === 'toan_trinh' ? html`<li class="badge full">${t.onlineFull}</li>` : level === 'mot_phan' ? html`<li class="badge partial">${t.onlinePartial}</li>` : nothing}
      </ul>
      ${this.missingFromTitle(p.ten_thu_tuc, q).length ? this.explain(p, this.missingFromTitle(p.ten_thu_tuc, q), q) : nothing}
    </li>`;
  }
}

define('hcc-procedure-search', HccProcedureSearch);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-procedure-search': HccProcedureSearch;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-procedure-select': CustomEvent<ProcedureSelectDetail>;
    'hcc-procedure-search': CustomEvent<ProcedureSearchDetail>;
  }
}
