import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import * as z from 'zod/mini';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { DataError, parseWith, toDataError } from '../../data/errors.js';
import { Procedure, type CachThucThucHien, type GiayTo, type KenhNop, type PhiLePhi } from '../../data/schemas/procedure.js';
import { formatDate, formatNumber, formatVnd } from '../../core/format/index.js';
import { parseIso, VN_TIME_ZONE } from '../../core/time/index.js';
import { onlineFacet } from '../../core/search/procedures.js';
import { parseRichText, parseStep, type StepText } from './rich-text.js';
import { renderBlocks, renderInlines } from './rich-text-view.js';
import { strings } from './strings.js';
import './qr-code.js';
import styles from './procedure-guide.styles.js';

/** Detail of `hcc-procedure-loaded`. */
export interface ProcedureLoadedDetail {
  code: string;
  procedure: Procedure;
}
/** Detail of `hcc-step-toggle`. */
export interface StepToggleDetail {
  /** Step number, 1-based. */
  step: number;
  open: boolean;
}
/** Detail of `hcc-checklist-change`. */
export interface ChecklistChangeDetail {
  code: string;
  /** Keys of the ticked documents. */
  checked: string[];
  /** Ticked and total documents of the list on screen (common + chosen case). */
  done: number;
  total: number;
  /** Required documents of that list not ticked yet. */
  requiredLeft: number;
}
/** Detail of `hcc-share`. */
export interface ShareDetail {
  url: string;
  method: 'share' | 'clipboard' | 'failed';
}
/** Detail of `hcc-data-error`. */
export interface GuideDataErrorDetail {
  error: DataError;
}

type LoadState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; error: DataError };

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const STEP_LIST = z.array(z.int().check(z.gte(1), z.lte(100))).check(z.maxLength(100));
const TICK_LIST = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(2000));
const CHANNEL_ORDER: readonly KenhNop[] = ['truc_tiep', 'truc_tuyen', 'buu_chinh'];

/** FNV-1a hash of a string, base 36: short stable keys for stored ticks. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * @summary The whole record of one administrative procedure, readable by a citizen: summary, ways to
 * apply compared side by side, a step-by-step list, a document checklist per situation, result,
 * conditions and legal basis, with "apply online" (link and QR code), "check your application", print
 * and share actions.
 *
 * @description Give it `procedure-code` (loaded through the data source: the widget's own `api` or
 * `procedures-src`, the nearest `<hcc-data-source>`, or the embedded default) or a `procedure` object.
 * Procedure text is shown as published (Vietnamese, marked `lang="vi"`), rendered as text; line breaks
 * and list markers in it become paragraphs and lists, and http(s) addresses become links. Steps expand
 * and collapse one by one or all at once, open from a `#buoc-3` link, and are remembered for the tab
 * (sessionStorage); document ticks are remembered on the device (localStorage). Printing (or
 * `view="print"`) shows everything expanded with link addresses, as an A4 checklist.
 *
 * @event hcc-procedure-loaded - {CustomEvent<ProcedureLoadedDetail>} A procedure was loaded and shown.
 * @event hcc-step-toggle - {CustomEvent<StepToggleDetail>} The citizen opened or closed a step.
 * @event hcc-checklist-change - {CustomEvent<ChecklistChangeDetail>} A document was ticked or unticked, or the list was cleared.
 * @event hcc-share - {CustomEvent<ShareDetail>} After "Share": shared, copied, or failed.
 * @event hcc-data-error - {CustomEvent<GuideDataErrorDetail>} The procedure could not be loaded, or a given or stored value was rejected.
 *
 * @csspart base - The article.
 * @csspart header - Title, code and badges.
 * @csspart actions - The action buttons and links.
 * @csspart section - Each section.
 * @csspart step - Each step.
 * @csspart document - Each document of the checklist.
 *
 * @cssproperty --hcc-procedure-guide-max-width - Width of the text column (default 60em).
 * @cssproperty --hcc-procedure-guide-accent - Colour of step numbers, section rules and channel cards (default the brand colour).
 *
 * @dependency hcc-qr-code
 * @status experimental
 */
export class HccProcedureGuide extends HccElement {
  static override styles = [tokenStyles, styles];

  private readonly data = new DataSourceController(
    this,
    () => ({ api: this.api, proceduresSrc: this.proceduresSrc }),
    (_source, signal) => {
      this.sourceSignal = signal;
      this.load();
    },
  );

  /** National procedure code to show, e.g. `1.001193`. Ignored while `procedure` is set. */
  @property({ attribute: 'procedure-code', reflect: true }) procedureCode = '';
  /** The procedure record itself (validated against the schema); wins over `procedure-code`. */
  @property({ attribute: false }) procedure: unknown = undefined;
  /** Base URL of an HTTP back end for this widget only. */
  @property() api = '';
  /** URL of a static catalogue JSON for this widget only. */
  @property({ attribute: 'procedures-src' }) proceduresSrc = '';
  /** Level of the procedure title heading (1–6); sections use the next level, steps and cards the one after. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Where "Tra cứu hồ sơ" leads (e.g. the page with `<hcc-dossier-status>`); hidden when empty. */
  @property({ attribute: 'lookup-href' }) lookupHref = '';
  /** Online-submission URL template with `{code}`, used instead of the record's `url_nop_truc_tuyen`. */
  @property({ attribute: 'submit-href' }) submitHref = '';
  /** Fragment prefix of step anchors: `buoc-` gives `#buoc-3`. */
  @property({ attribute: 'step-prefix' }) stepPrefix = 'buoc-';
  /** Step to mark as the citizen's current one (1-based; 0 for none). */
  @property({ type: Number, attribute: 'current-step' }) currentStep = 0;
  /** `print` shows the print layout on screen (everything expanded, addresses shown). */
  @property({ reflect: true }) view: 'screen' | 'print' = 'screen';
  /** URL to share; defaults to the page address without its fragment. */
  @property({ attribute: 'share-url' }) shareUrl = '';
  /** Remember nothing (no sessionStorage or localStorage): for shared kiosks. */
  @property({ type: Boolean }) ephemeral = false;

  @state() private shown: Procedure | undefined;
  @state() private loadState: LoadState = { kind: 'idle' };
  @state() private openSteps = new Set<number>();
  @state() private caseIndex = 0;
  @state() private ticked = new Set<string>();
  @state() private qrOpen = false;
  @state() private printQr = false;
  @state() private status = '';
  @state() private storedStateLost = false;

  private sourceSignal: AbortSignal | undefined;
  private loadCtrl: AbortController | undefined;
  private steps: StepText[] = [];
  private pendingFocusStep = 0;
  private readonly onHashChange = () => this.applyHash(true);
  private readonly onBeforePrint = () => {
    if (this.submitUrl) this.printQr = true;
  };

  // ── Lifecycle ─────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.onHashChange);
    globalThis.addEventListener?.('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.onHashChange);
    globalThis.removeEventListener?.('beforeprint', this.onBeforePrint);
    this.loadCtrl?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedure') && this.procedure !== undefined) {
      const parsed = parseWith(Procedure, this.procedure, 'procedure property');
      if (parsed.ok) this.show(parsed.value);
      else this.fail(parsed.error);
    } else if (changed.has('procedure') && changed.get('procedure') !== undefined) {
      this.load();
    }
    if (changed.has('procedureCode') && this.procedure === undefined && changed.get('procedureCode') !== undefined) this.load();
  }

  protected override updated(): void {
    if (this.pendingFocusStep > 0) {
      const n = this.pendingFocusStep;
      this.pendingFocusStep = 0;
      const li = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.stepId(n))}`);
      li?.scrollIntoView({ block: 'start' });
      (li?.querySelector<HTMLButtonElement>('.step-button') ?? li)?.focus({ preventScroll: true });
    }
  }

  // ── Data ──────────────────────────────────────────────────────────────────

  private load(): void {
    if (this.procedure !== undefined) return;
    this.loadCtrl?.abort();
    const code = this.procedureCode.trim();
    if (!code) {
      this.loadState = { kind: 'idle' };
      this.shown = undefined;
      return;
    }
    const source = this.data.source;
    if (!source) return;
    const ctrl = (this.loadCtrl = new AbortController());
    const signal = this.sourceSignal ? AbortSignal.any([ctrl.signal, this.sourceSignal]) : ctrl.signal;
    if (this.shown?.ma_thu_tuc !== code) this.loadState = { kind: 'loading' };
    source.procedure(code, signal).then(
      (p) => {
        if (ctrl.signal.aborted) return;
        // Adapters validate; a page's own port might not, so check again here.
        const parsed = parseWith(Procedure, p, `procedure ${code}`);
        if (parsed.ok) this.show(parsed.value);
        else this.fail(parsed.error);
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        const error = toDataError(e, `procedure ${code}`);
        if (error.kind !== 'aborted') this.fail(error);
      },
    );
  }

  private show(p: Procedure): void {
    const changedProcedure = this.shown?.ma_thu_tuc !== p.ma_thu_tuc;
    this.shown = p;
    this.steps = p.trinh_tu_thuc_hien.map(parseStep);
    this.loadState = { kind: 'ready' };
    if (changedProcedure) {
      this.caseIndex = 0;
      this.qrOpen = false;
      this.status = '';
      this.restoreState(p.ma_thu_tuc);
      this.applyHash(false);
    }
    this.emit<ProcedureLoadedDetail>('hcc-procedure-loaded', { code: p.ma_thu_tuc, procedure: p });
  }

  private fail(error: DataError): void {
    this.loadState = { kind: 'error', error };
    this.emit<GuideDataErrorDetail>('hcc-data-error', { error });
  }

  // ── Stored state ──────────────────────────────────────────────────────────

  private stepsKey(code: string) {
    return `hcc:v1:guide-steps:${code}`;
  }
  private ticksKey(code: string) {
    return `hcc:v1:guide-ticks:${code}`;
  }

  private readStored<S extends z.ZodMiniType>(storage: Storage | undefined, key: string, schema: S): z.infer<S> | undefined {
    if (this.ephemeral || !storage) return undefined;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = raw;
    }
    const parsed = parseWith(schema, json, key);
    if (parsed.ok) return parsed.value;
    this.storedStateLost = true;
    try {
      storage.removeItem(key);
    } catch {
      /* storage unavailable: nothing to clean */
    }
    this.emit<GuideDataErrorDetail>('hcc-data-error', { error: parsed.error });
    return undefined;
  }

  private writeStored(storage: Storage | undefined, key: string, value: unknown[]): void {
    if (this.ephemeral || !storage) return;
    try {
      if (value.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(value));
    } catch {
      /* private mode or full storage: the state simply is not remembered */
    }
  }

  private restoreState(code: string): void {
    this.storedStateLost = false;
    const open = this.readStored(globalThis.sessionStorage, this.stepsKey(code), STEP_LIST);
    this.openSteps = new Set((open ?? []).filter((n) => this.expandable(n)));
    const ticks = this.readStored(globalThis.localStorage, this.ticksKey(code), TICK_LIST);
    this.ticked = new Set(ticks ?? []);
  }

  private saveSteps(): void {
    if (this.shown) this.writeStored(globalThis.sessionStorage, this.stepsKey(this.shown.ma_thu_tuc), [...this.openSteps].sort((a, b) => a - b));
  }

  // ── Steps ─────────────────────────────────────────────────────────────────

  private stepId(n: number): string {
    return `${this.stepPrefix}${n}`;
  }

  /** Whether step `n` has more to show than its title. */
  private expandable(n: number): boolean {
    return (this.steps[n - 1]?.body.length ?? 0) > 0;
  }

  /** Opens the step named by the page fragment (`#buoc-3`), scrolls to it and focuses it. */
  private applyHash(fromNavigation: boolean): void {
    const hash = globalThis.location?.hash ?? '';
    const m = new RegExp(`^#${this.stepPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`).exec(hash);
    if (!m) return;
    const n = Number(m[1]);
    if (n < 1 || n > this.steps.length) return;
    if (this.expandable(n)) this.setStep(n, true, false);
    this.pendingFocusStep = n;
    if (fromNavigation) this.requestUpdate();
  }

  private setStep(n: number, open: boolean, notify = true): void {
    if (!this.expandable(n)) return;
    const next = new Set(this.openSteps);
    if (open) next.add(n);
    else next.delete(n);
    if (next.size === this.openSteps.size && next.has(n) === this.openSteps.has(n)) return;
    this.openSteps = next;
    this.saveSteps();
    if (notify) this.emit<StepToggleDetail>('hcc-step-toggle', { step: n, open });
  }

  /** Opens step `n` (1-based); with `focus`, scrolls to it and focuses its button. */
  openStep(n: number, options: { focus?: boolean } = {}): void {
    if (n < 1 || n > this.steps.length) return;
    this.setStep(n, true);
    if (options.focus) this.pendingFocusStep = n;
  }

  /** Opens every step that has more than its title. */
  expandAll(): void {
    this.openSteps = new Set(this.steps.map((_, i) => i + 1).filter((n) => this.expandable(n)));
    this.saveSteps();
  }

  /** Closes every step. */
  collapseAll(): void {
    this.openSteps = new Set();
    this.saveSteps();
  }

  // ── Checklist ─────────────────────────────────────────────────────────────

  /** Stable key of a document in the checklist (kept in storage). */
  private docKey(scope: string, doc: GiayTo): string {
    return `${scope}-${hash(doc.ten)}`;
  }

  private visibleDocs(p: Procedure): { key: string; doc: GiayTo }[] {
    const out = p.thanh_phan_ho_so.map((doc) => ({ key: this.docKey('c', doc), doc }));
    const c = p.truong_hop?.[this.caseIndex];
    if (c) out.push(...c.thanh_phan_ho_so.map((doc) => ({ key: this.docKey(`t${this.caseIndex}`, doc), doc })));
    return out;
  }

  private setTick(key: string, on: boolean): void {
    const next = new Set(this.ticked);
    if (on) next.add(key);
    else next.delete(key);
    this.ticked = next;
    this.afterTicks();
  }

  /** Unticks every document of this procedure. */
  resetChecklist(): void {
    this.ticked = new Set();
    this.afterTicks();
  }

  private afterTicks(): void {
    const p = this.shown;
    if (!p) return;
    this.writeStored(globalThis.localStorage, this.ticksKey(p.ma_thu_tuc), [...this.ticked]);
    const docs = this.visibleDocs(p);
    const done = docs.filter((d) => this.ticked.has(d.key)).length;
    const requiredLeft = docs.filter((d) => d.doc.bat_buoc && !this.ticked.has(d.key)).length;
    this.emit<ChecklistChangeDetail>('hcc-checklist-change', { code: p.ma_thu_tuc, checked: [...this.ticked], done, total: docs.length, requiredLeft });
  }

  // ── Actions ───────────────────────────────────────────────────────────────

  private get submitUrl(): string {
    const p = this.shown;
    if (!p) return '';
    if (this.submitHref) return this.submitHref.replaceAll('{code}', encodeURIComponent(p.ma_thu_tuc));
    return p.url_nop_truc_tuyen ?? '';
  }

  /** Prints the guide: everything expanded, with the QR code of the online application when there is one. */
  async print(): Promise<void> {
    if (this.submitUrl) {
      this.printQr = true;
      await this.updateComplete;
      const qr = this.renderRoot.querySelector('.qr-print hcc-qr-code');
      if (qr && !qr.shadowRoot?.querySelector('svg')) {
        await new Promise<void>((resolve) => {
          const done = () => resolve();
          qr.addEventListener('hcc-qr-ready', done, { once: true });
          qr.addEventListener('hcc-qr-error', done, { once: true });
        });
      }
    }
    globalThis.print?.();
  }

  private async share(): Promise<void> {
    const t = this.localize.t(strings);
    const loc = globalThis.location;
    const url = this.shareUrl || (loc ? `${loc.origin}${loc.pathname}${loc.search}` : '');
    const title = this.shown?.ten_thu_tuc ?? '';
    let method: ShareDetail['method'] = 'failed';
    try {
      if (typeof navigator.share === 'function' && navigator.canShare?.({ url, title }) !== false) {
        await navigator.share({ url, title });
        method = 'share';
        this.status = '';
      } else {
        await navigator.clipboard.writeText(url);
        method = 'clipboard';
        this.status = t.shareCopied;
      }
    } catch (e) {
      // The citizen closing the share sheet is not a failure.
      if ((e as { name?: string } | null)?.name === 'AbortError') return;
      this.status = t.shareFailed;
    }
    this.emit<ShareDetail>('hcc-share', { url, method });
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  private h(offset: number): StaticValue {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset);
    return HEADINGS[level - 1]!;
  }

  override render() {
    const t = this.localize.t(strings);
    const p = this.shown;
    const st = this.loadState;
    if (!p) {
      if (st.kind === 'loading') return html`<div class="message" role="status">${t.loadingProcedure}</div>`;
      if (st.kind === 'error') return this.renderError(st.error);
      return html`<div class="message">${t.noProcedure}</div>`;
    }
    return html`<article part="base" class="base" aria-labelledby="title">
      ${this.renderHeader(p)} ${st.kind === 'error' ? this.renderError(st.error, true) : nothing} ${this.renderActions(p)} ${this.renderSummary(p)}
      ${this.renderChannels(p)} ${this.renderSteps(p)} ${this.renderDocuments(p)} ${this.renderResult(p)} ${this.renderConditions(p)}
      ${this.renderLegal(p)} ${this.renderNotes(p)}
      <p class="print-only note">${t.printedFrom(this.shareUrl || (globalThis.location?.href ?? ''))}</p>
    </article>`;
  }

  private renderError(error: DataError, stale = false) {
    const t = this.localize.t(strings);
    const text = error.kind === 'not_found' ? t.notFound(this.procedureCode) : t.error(error.kind);
    return html`<div class="message error screen-only" role="alert">
      <p>${text}${stale ? html` ${t.staleNote}` : nothing}</p>
      ${error.kind === 'not_found' || this.procedure !== undefined ? nothing : html`<button type="button" @click=${() => this.load()}>${t.retry}</button>`}
    </div>`;
  }

  private levelText(p: Procedure): { label: string; help: string; cls: string } {
    const t = this.localize.t(strings);
    const level = onlineFacet(p);
    if (level === 'toan_trinh') return { label: t.levelFull, help: t.levelFullHelp, cls: 'full' };
    if (level === 'mot_phan') return { label: t.levelPartial, help: t.levelPartialHelp, cls: 'partial' };
    return { label: t.levelNone, help: t.levelNoneHelp, cls: 'none' };
  }

  private renderHeader(p: Procedure) {
    const t = this.localize.t(strings);
    const level = this.levelText(p);
    return html`<header part="header">
      ${staticHtml`<${this.h(0)} id="title" class="title" lang="vi">${p.ten_thu_tuc}</${this.h(0)}>`}
      <ul class="meta">
        <li>${t.procedureCode}: <span>${p.ma_thu_tuc}</span></li>
        <li>${t.field}: <span lang="vi">${p.linh_vuc}</span></li>
        ${p.cap_thuc_hien.length ? html`<li>${t.level}: <span lang="vi">${p.cap_thuc_hien.join(', ')}</span></li>` : nothing}
      </ul>
      <p><span class="badge ${level.cls}">${level.label}</span></p>
    </header>`;
  }

  private renderActions(p: Procedure) {
    const t = this.localize.t(strings);
    const url = this.submitUrl;
    return html`<ul class="actions screen-only" part="actions" aria-label=${t.actions}>
        ${url
          ? html`<li><a class="button primary" href=${url} target="_blank" rel="noopener noreferrer">${t.submitOnline}<span class="visually-hidden"> ${t.newWindow}</span></a></li>
              <li><button type="button" class="qr-toggle" aria-expanded=${this.qrOpen ? 'true' : 'false'} aria-controls="qr-panel" @click=${() => (this.qrOpen = !this.qrOpen)}>${this.qrOpen ? t.hideQr : t.showQr}</button></li>`
          : nothing}
        ${this.lookupHref ? html`<li><a class="button" href=${this.lookupHref}>${t.lookup}</a></li>` : nothing}
        <li><button type="button" class="print" @click=${() => void this.print()}>${t.print}</button></li>
        <li><button type="button" class="share" @click=${() => void this.share()}>${t.share}</button></li>
      </ul>
      <p class="status-line" role="status">${this.status}</p>
      ${url && this.qrOpen
        ? html`<div id="qr-panel" class="qr-panel screen-only">
            <hcc-qr-code value=${url} label=${t.qrLabel(url)} loading-text=${t.qrLoading} error-text=${t.qrFailed}></hcc-qr-code>
            <p>${t.qrCaption}<br /><span class="url">${url}</span></p>
          </div>`
        : nothing}
      ${url && this.printQr
        ? html`<div class="qr-print" aria-hidden="true">
            <hcc-qr-code value=${url} label=${t.qrLabel(url)}></hcc-qr-code>
            <p>${t.qrCaption}<br /><span class="url">${url}</span></p>
          </div>`
        : nothing}
      <p class="print-only"><strong>${t.printTitle}</strong> ${p.ma_thu_tuc}</p>`;
  }

  private section(id: string, title: string, body: TemplateResult | typeof nothing): TemplateResult {
    return html`<section part="section" aria-labelledby=${id}>${staticHtml`<${this.h(1)} id=${id}>${title}</${this.h(1)}>`}${body}</section>`;
  }

  private textList(items: readonly string[] | undefined) {
    if (!items || items.length === 0) return nothing;
    const nw = this.localize.t(strings).newWindow;
    return items.length === 1
      ? html`<div lang="vi">${renderBlocks(parseRichText(items[0]), nw)}</div>`
      : html`<ul lang="vi">${items.map((x) => html`<li>${renderBlocks(parseRichText(x), nw)}</li>`)}</ul>`;
  }

  private renderSummary(p: Procedure) {
    const t = this.localize.t(strings);
    const level = this.levelText(p);
    const nw = t.newWindow;
    const row = (label: string, value: unknown) => (value === nothing || value === undefined || value === '' ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`);
    const text = (s: string | undefined) => (s ? html`<div lang="vi">${renderBlocks(parseRichText(s), nw)}</div>` : nothing);
    return this.section(
      'sec-summary',
      t.summary,
      html`<dl class="facts">
        ${row(t.onlineService, html`${level.label}. ${level.help}`)} ${row(t.audience, this.textList(p.doi_tuong_thuc_hien))}
        ${row(t.agency, this.textList(p.co_quan_thuc_hien))} ${row(t.authority, text(p.co_quan_co_tham_quyen))} ${row(t.address, text(p.dia_chi_tiep_nhan))}
        ${row(t.delegated, text(p.co_quan_duoc_uy_quyen))} ${row(t.coordinating, this.textList(p.co_quan_phoi_hop))}
        ${row(t.kind, p.loai_thu_tuc ? html`<span lang="vi">${p.loai_thu_tuc}</span>` : nothing)} ${row(t.decision, p.so_quyet_dinh_cong_bo ? html`<span lang="vi">${p.so_quyet_dinh_cong_bo}</span>` : nothing)}
        ${row(t.serviceCodes, p.ma_dich_vu_cong?.length ? p.ma_dich_vu_cong.join(', ') : nothing)}
      </dl>`,
    );
  }

  private channelName(k: KenhNop): string {
    const t = this.localize.t(strings);
    return k === 'truc_tiep' ? t.channelDirect : k === 'truc_tuyen' ? t.channelOnline : t.channelPost;
  }

  private renderFee(f: PhiLePhi) {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const amount = f.so_tien === 0 ? t.free : f.so_tien == null ? t.feeByRule : formatVnd(f.so_tien, lang);
    const exempt = /miễn|giảm/i.test(f.mo_ta);
    const desc = renderBlocks(parseRichText(f.mo_ta), t.newWindow);
    return html`<li>
      <span lang="vi">${f.loai}</span>: <span class="amount">${amount}</span>
      ${f.mo_ta
        ? exempt
          ? html`<div class="exemption"><span class="exemption-label">${t.exemptions}:</span><div lang="vi">${desc}</div></div>`
          : html`<div lang="vi">${desc}</div>`
        : nothing}
    </li>`;
  }

  private renderChannel(c: CachThucThucHien) {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const th = c.thoi_han;
    const short = th.so_luong !== undefined && th.don_vi ? `${formatNumber(th.so_luong, lang, 1)} ${th.don_vi}` : '';
    return html`<li class="card">
      ${staticHtml`<${this.h(2)}>${this.channelName(c.hinh_thuc_nop)}</${this.h(2)}>`}
      <dl>
        <dt>${t.timeLimit}</dt>
        <dd>
          ${short ? html`<p class="amount" lang="vi">${short}</p>` : nothing}
          ${th.mo_ta && th.mo_ta !== short ? html`<div lang="vi">${renderBlocks(parseRichText(th.mo_ta), t.newWindow)}</div>` : nothing}
        </dd>
        <dt>${t.fees}</dt>
        <dd>${c.phi_le_phi.length ? html`<ul class="fees">${c.phi_le_phi.map((f) => this.renderFee(f))}</ul>` : t.noFee}</dd>
        ${c.mo_ta ? html`<dt>${t.channelNote}</dt><dd lang="vi">${renderBlocks(parseRichText(c.mo_ta), t.newWindow)}</dd>` : nothing}
      </dl>
    </li>`;
  }

  private renderChannels(p: Procedure) {
    const t = this.localize.t(strings);
    if (p.cach_thuc_thuc_hien.length === 0) return nothing;
    const ordered = [...p.cach_thuc_thuc_hien].sort((a, b) => CHANNEL_ORDER.indexOf(a.hinh_thuc_nop) - CHANNEL_ORDER.indexOf(b.hinh_thuc_nop));
    const missing = CHANNEL_ORDER.filter((k) => !p.cach_thuc_thuc_hien.some((c) => c.hinh_thuc_nop === k));
    return this.section(
      'sec-channels',
      t.channels,
      html`<p class="note screen-only">${t.channelsHelp}</p>
        <ul class="cards">${ordered.map((c) => this.renderChannel(c))}</ul>
        ${missing.length ? html`<p class="note">${t.notOffered(missing.map((k) => this.channelName(k)).join(', '))}</p>` : nothing}`,
    );
  }

  private renderSteps(p: Procedure) {
    const t = this.localize.t(strings);
    if (this.steps.length === 0) return nothing;
    const expandable = this.steps.filter((x) => x.body.length > 0).length;
    const allOpen = expandable > 0 && this.openSteps.size === expandable;
    const total = this.steps.length;
    return this.section(
      'sec-steps',
      t.steps,
      html`${expandable > 1
          ? html`<div class="toolbar screen-only">
              <button type="button" class="toggle-all" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => (allOpen ? this.collapseAll() : this.expandAll())}>
                ${allOpen ? t.collapseAll : t.expandAll}
              </button>
            </div>`
          : nothing}
        <ol class="steps" lang="vi" data-code=${p.ma_thu_tuc}>
          ${this.steps.map((s, i) => {
            const n = i + 1;
            const open = this.openSteps.has(n);
            const panel = `step-panel-${n}`;
            const name = html`<span class="visually-hidden" lang=${this.localize.lang}>${t.stepOf(n, total)}${this.currentStep === n ? `, ${t.currentStep}` : ''}: </span>${s.title}`;
            const anchor = html`<a class="step-anchor" href=${`#${this.stepId(n)}`} aria-label=${t.stepLink(n)} lang=${this.localize.lang}>#</a>`;
            const head =
              s.body.length > 0
                ? html`<button type="button" class="step-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel} @click=${() => this.setStep(n, !open)}>
                      <span>${name}</span>
                      <svg class="step-chevron" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
                    </button>`
                : html`<span class="step-button step-static">${name}</span>`;
            return html`<li part="step" id=${this.stepId(n)} tabindex="-1" aria-current=${ifDefined(this.currentStep === n ? 'step' : undefined)}>
              <span class="num" aria-hidden="true">${n}</span>
              ${staticHtml`<${this.h(2)} class="step-heading"><span class="step-head">${head}${anchor}</span></${this.h(2)}>`}
              ${s.body.length > 0
                ? html`<div class="panel" id=${panel} hidden=${ifDefined(open ? undefined : 'until-found')} @beforematch=${() => this.setStep(n, true)}>
                    ${renderBlocks(s.body, t.newWindow)}
                  </div>`
                : nothing}
            </li>`;
          })}
        </ol>`,
    );
  }

  private renderDoc(key: string, doc: GiayTo) {
    const t = this.localize.t(strings);
    const id = `doc-${key}`;
    const checked = this.ticked.has(key);
    return html`<li class="doc" part="document">
      <input type="checkbox" id=${id} .checked=${checked} @change=${(e: Event) => this.setTick(key, (e.target as HTMLInputElement).checked)} />
      <label for=${id} lang="vi">${doc.ten.replace(/\s*\r?\n\s*/g, ' ')}</label>
      <div class="doc-details">
        <ul class="doc-meta">
          <li>${t.originals(doc.so_luong.ban_chinh)}</li>
          <li>${t.copies(doc.so_luong.ban_sao)}</li>
          ${doc.bat_buoc === true ? html`<li class="tag-required">${t.required}</li>` : doc.bat_buoc === false ? html`<li>${t.optional}</li>` : nothing}
          ${doc.co_bieu_mau_dien_tu ? html`<li>${t.eform}</li>` : nothing}
        </ul>
        ${doc.mau_don
          ? html`<p><a href=${doc.mau_don.url} target="_blank" rel="noopener noreferrer">${t.form(doc.mau_don.ten_tep)}<span class="visually-hidden"> ${t.newWindow}</span></a></p>`
          : nothing}
        ${doc.ghi_chu ? html`<div class="note" lang="vi">${renderBlocks(parseRichText(doc.ghi_chu), t.newWindow)}</div>` : nothing}
      </div>
    </li>`;
  }

  private renderDocList(scope: string, docs: readonly GiayTo[]) {
    const t = this.localize.t(strings);
    if (docs.length === 0) return html`<p>${t.noDocuments}</p>`;
    return html`<ul class="checklist">${docs.map((d) => this.renderDoc(this.docKey(scope, d), d))}</ul>`;
  }

  private renderDocuments(p: Procedure) {
    const t = this.localize.t(strings);
    const cases = p.truong_hop ?? [];
    const docs = this.visibleDocs(p);
    const done = docs.filter((d) => this.ticked.has(d.key)).length;
    const requiredLeft = docs.filter((d) => d.doc.bat_buoc && !this.ticked.has(d.key)).length;
    const anyRequired = docs.some((d) => d.doc.bat_buoc);
    return this.section(
      'sec-documents',
      t.documents,
      html`${docs.length || cases.length ? html`<p class="note screen-only">${t.documentsHelp}</p>` : nothing}
        ${this.storedStateLost ? html`<p class="note screen-only">${t.error('schema')}</p>` : nothing}
        ${cases.length
          ? html`<fieldset class="case-choice">
              <legend>${t.chooseCase}</legend>
              <p class="note">${t.chooseCaseHelp}</p>
              ${cases.map(
                (c, i) => html`<label class="radio"
                  ><input type="radio" name="case" .checked=${i === this.caseIndex} @change=${() => {
                    this.caseIndex = i;
                  }} /><span lang="vi">${c.ten}</span></label
                >`,
              )}
            </fieldset>`
          : nothing}
        ${docs.length
          ? html`<p class="progress screen-only" role="status">
              ${t.checklistProgress(done, docs.length)}. ${anyRequired ? (requiredLeft ? t.checklistRequiredLeft(requiredLeft) : t.checklistComplete) : ''}
            </p>`
          : nothing}
        ${cases.length && p.thanh_phan_ho_so.length
          ? html`${staticHtml`<${this.h(2)}>${t.commonDocuments}</${this.h(2)}>`}${this.renderDocList('c', p.thanh_phan_ho_so)}`
          : cases.length
            ? nothing
            : this.renderDocList('c', p.thanh_phan_ho_so)}
        ${cases.map(
          (c, i) => html`<div class="case-docs" ?hidden=${i !== this.caseIndex}>
            ${staticHtml`<${this.h(2)} lang="vi">${t.caseDocuments(c.ten)}</${this.h(2)}>`} ${this.renderDocList(`t${i}`, c.thanh_phan_ho_so)}
          </div>`,
        )}
        ${this.ticked.size ? html`<p class="screen-only"><button type="button" class="reset" @click=${() => this.resetChecklist()}>${t.resetChecklist}</button></p>` : nothing}`,
    );
  }

  private renderResult(p: Procedure) {
    const t = this.localize.t(strings);
    if (p.ket_qua_thuc_hien.length === 0) return nothing;
    return this.section('sec-result', t.result, this.textList(p.ket_qua_thuc_hien) as TemplateResult);
  }

  private renderConditions(p: Procedure) {
    const t = this.localize.t(strings);
    const blocks = parseRichText(p.yeu_cau_dieu_kien);
    return this.section('sec-conditions', t.conditions, blocks.length ? html`<div lang="vi">${renderBlocks(blocks, t.newWindow)}</div>` : html`<p>${t.noConditions}</p>`);
  }

  private renderLegal(p: Procedure) {
    const t = this.localize.t(strings);
    if (p.can_cu_phap_ly.length === 0) return nothing;
    const lang = this.localize.lang;
    return this.section(
      'sec-legal',
      t.legalBasis,
      html`<ul class="legal" lang="vi">
        ${p.can_cu_phap_ly.map((c) => {
          const issued = c.ngay_ban_hanh ? parseIso(`${c.ngay_ban_hanh}T12:00:00+07:00`) : undefined;
          return html`<li>
            <strong>${c.so_ky_hieu}</strong>${c.trich_yeu ? html`: ${c.trich_yeu}` : nothing}${issued !== undefined
              ? html` <span lang=${lang}>(${t.issuedOn(formatDate(issued, lang, VN_TIME_ZONE))})</span>`
              : nothing}
          </li>`;
        })}
      </ul>`,
    );
  }

  private renderNotes(p: Procedure) {
    const t = this.localize.t(strings);
    const src = p.nguon;
    if (!p.ghi_chu && !src?.url && !src?.ghi_chu) return nothing;
    return this.section(
      'sec-notes',
      t.notes,
      html`${p.ghi_chu ? html`<div lang="vi">${renderBlocks(parseRichText(p.ghi_chu), t.newWindow)}</div>` : nothing}
      ${src?.url || src?.ghi_chu
        ? html`<p class="note">
            ${t.source}:
            ${src.url ? html`${renderInlines([{ type: 'link', text: src.url, href: src.url }], t.newWindow)}` : nothing}
            ${src.ngay_truy_xuat ? html`(${t.retrievedOn(src.ngay_truy_xuat)})` : nothing}
            ${src.ghi_chu ? html`<span lang="vi">${src.ghi_chu}</span>` : nothing}
          </p>`
        : nothing}`,
    );
  }
}

define('hcc-procedure-guide', HccProcedureGuide);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-procedure-guide': HccProcedureGuide;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-procedure-loaded': CustomEvent<ProcedureLoadedDetail>;
    'hcc-step-toggle': CustomEvent<StepToggleDetail>;
    'hcc-checklist-change': CustomEvent<ChecklistChangeDetail>;
    'hcc-share': CustomEvent<ShareDetail>;
  }
}
