import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { DataError, parseWith, toDataError } from '../../data/errors.js';
import { CasePublicStatus } from '../../data/schemas/case-file.js';
import { formatDate, formatDateTime } from '../../core/format/index.js';
import { VN_HOLIDAYS, VN_TIME_ZONE, parseIso, type Clock, type WorkCalendar } from '../../core/time/index.js';
import { checkDossierCode, type DossierCodeProblem } from './dossier-code.js';
import { buildTimeline, timingVerdict, type Stage } from './timeline.js';
import { parseRichText } from '../procedure/rich-text.js';
import { renderBlocks } from '../procedure/rich-text-view.js';
import { strings } from './strings.js';
import styles from './dossier-status.styles.js';

/** Detail of `hcc-dossier-status`. */
export interface DossierStatusDetail {
  code: string;
  /** Status code of the national standard (1–10). */
  status: number;
}
/** Detail of `hcc-dossier-status-error`. */
export interface DossierStatusErrorDetail {
  code: string;
  /** `invalid` when the typed code was rejected before asking; otherwise the DataError kind. */
  kind: 'invalid' | DataError['kind'];
  /** What was wrong with the code, for `invalid`. */
  problem?: DossierCodeProblem | 'future';
}

type View =
  | { kind: 'idle' }
  | { kind: 'loading'; code: string }
  | { kind: 'result'; status: CasePublicStatus }
  | { kind: 'invalid'; problem: DossierCodeProblem | 'future' }
  | { kind: 'error'; code: string; error: DataError };

const HEADINGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const CALENDAR: WorkCalendar = { offsetMinutes: 420, holidays: VN_HOLIDAYS };
const systemNow: Pick<Clock, 'now'> = { now: () => Date.now() };

/**
 * @summary Where a dossier is: the citizen types the code from the receipt and sees the lifecycle as a
 * timeline, the appointment, early/on time/late in plain words, a new date with the apology when there
 * is one, and what to do next. No personal data.
 *
 * @description The code (Circular 01/2018 Art. 19: agency – YYMMDD – sequence) is checked as typed,
 * with a message that says which part is wrong, before anything is asked of the back end. Lookups go
 * through the data source (`api`, the nearest `<hcc-data-source>`, or the embedded default) to
 * `caseStatus`; the answer is validated. Timeliness follows `core/cases/timeliness` (the original
 * appointment counts; a rescheduled date is shown with the agency's apology). Set `code` (or
 * `url-param`, to read it from the page address, e.g. a QR code on the receipt) to look up at once.
 *
 * @event hcc-dossier-status - {CustomEvent<DossierStatusDetail>} A status was found and shown.
 * @event hcc-dossier-status-error - {CustomEvent<DossierStatusErrorDetail>} The code was invalid, unknown, or the look-up failed.
 * @event hcc-data-error - {CustomEvent<{ error: DataError }>} The back end's answer failed the schema.
 *
 * @csspart base - The whole widget.
 * @csspart form - The look-up form.
 * @csspart input - The code field.
 * @csspart result - The status card.
 * @csspart timeline - The list of stages.
 *
 * @cssproperty --hcc-dossier-status-accent - Colour of done stages and markers (default the brand colour).
 * @cssproperty --hcc-dossier-status-max-width - Width of the widget (default 48em).
 * @status experimental
 */
export class HccDossierStatus extends HccElement {
  static override styles = [tokenStyles, styles];

  private readonly data = new DataSourceController(
    this,
    () => ({ api: this.api }),
    (_source, signal) => {
      this.sourceSignal = signal;
      if (this.pendingCode) this.lookup(this.pendingCode);
    },
  );

  /** Base URL of an HTTP back end for this widget only. */
  @property() api = '';
  /** A dossier code to look up at once (e.g. from a link on the receipt). */
  @property() code = '';
  /** Name of a query parameter of the page address to read the code from (e.g. `ho-so`). */
  @property({ attribute: 'url-param' }) urlParam = '';
  /** Level of the widget's title (1–6); the status card uses the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Hides the widget's own title (when the page already has one). */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;
  /** Time source for "days left" and late/on-time (tests and replays inject one). */
  @property({ attribute: false }) clock: Pick<Clock, 'now'> = systemNow;

  @state() private typed = '';
  @state() private view: View = { kind: 'idle' };

  private sourceSignal: AbortSignal | undefined;
  private lookupCtrl: AbortController | undefined;
  private pendingCode = '';
  private focusResult = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlParam && !this.code) {
      const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get(this.urlParam);
      if (fromUrl) this.code = fromUrl;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lookupCtrl?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) {
      this.typed = this.code;
      this.submit(false);
    }
  }

  protected override updated(): void {
    // Focus moves once the outcome is on screen, not to the "searching" line in between.
    if (this.focusResult && this.view.kind !== 'loading') {
      this.focusResult = false;
      const target = this.renderRoot.querySelector<HTMLElement>(this.view.kind === 'invalid' ? 'input' : '.result, .message');
      target?.focus();
    }
  }

  // ── Look-up ───────────────────────────────────────────────────────────────

  /** Looks up what is in the field (as the submit button does). */
  submit(moveFocus = true): void {
    const check = checkDossierCode(this.typed);
    this.focusResult = moveFocus;
    if (!check.ok) {
      this.lookupCtrl?.abort();
      this.view = { kind: 'invalid', problem: check.problem };
      this.emit<DossierStatusErrorDetail>('hcc-dossier-status-error', { code: check.code, kind: 'invalid', problem: check.problem });
      return;
    }
    const receivedDay = Date.UTC(check.year, check.month - 1, check.day) - 7 * 3_600_000;
    if (receivedDay > this.clock.now()) {
      this.view = { kind: 'invalid', problem: 'future' };
      this.emit<DossierStatusErrorDetail>('hcc-dossier-status-error', { code: check.code, kind: 'invalid', problem: 'future' });
      return;
    }
    this.typed = check.code;
    this.lookup(check.code);
  }

  private lookup(code: string): void {
    const source = this.data.source;
    this.lookupCtrl?.abort();
    this.view = { kind: 'loading', code };
    if (!source) {
      this.pendingCode = code;
      return;
    }
    this.pendingCode = '';
    const ctrl = (this.lookupCtrl = new AbortController());
    const signal = this.sourceSignal ? AbortSignal.any([ctrl.signal, this.sourceSignal]) : ctrl.signal;
    source.caseStatus(code, signal).then(
      (answer) => {
        if (ctrl.signal.aborted) return;
        const parsed = parseWith(CasePublicStatus, answer, `caseStatus ${code}`);
        if (!parsed.ok) return this.fail(code, parsed.error);
        this.view = { kind: 'result', status: parsed.value };
        this.emit<DossierStatusDetail>('hcc-dossier-status', { code, status: parsed.value.status });
      },
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        const error = toDataError(e, `caseStatus ${code}`);
        if (error.kind !== 'aborted') this.fail(code, error);
      },
    );
  }

  private fail(code: string, error: DataError): void {
    this.view = { kind: 'error', code, error };
    if (error.kind === 'schema') this.emit('hcc-data-error', { error });
    this.emit<DossierStatusErrorDetail>('hcc-dossier-status-error', { code, kind: error.kind });
  }

  // ── Rendering ─────────────────────────────────────────────────────────────

  private h(offset: number): StaticValue {
    return HEADINGS[Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + offset) - 1]!;
  }

  override render() {
    const t = this.localize.t(strings);
    const v = this.view;
    const invalid = v.kind === 'invalid';
    return html`<div part="base" class="base">
      ${this.noTitle ? nothing : staticHtml`<${this.h(0)} class="title">${t.title}</${this.h(0)}>`}
      <form part="form" novalidate @submit=${(e: Event) => {
        e.preventDefault();
        this.submit();
      }}>
        <label for="code">${t.codeLabel}</label>
        <p class="hint" id="code-hint">${t.codeHint}</p>
        <div class="row">
          <input
            id="code"
            part="input"
            name="ma-ho-so"
            .value=${this.typed}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            inputmode="text"
            enterkeyhint="search"
            aria-describedby=${invalid ? 'code-error code-hint' : 'code-hint'}
            aria-invalid=${invalid ? 'true' : 'false'}
            @input=${(e: Event) => (this.typed = (e.target as HTMLInputElement).value)}
          />
          <button type="submit" ?disabled=${v.kind === 'loading'}>${v.kind === 'loading' ? t.searching : t.submit}</button>
        </div>
        ${invalid ? html`<p class="field-error" id="code-error">${v.problem === 'future' ? t.dateFuture : t.problem(v.problem)}</p>` : nothing}
      </form>
      <p class="visually-hidden" role="status">${this.announcement()}</p>
      ${this.renderOutcome()}
      <p class="privacy">${t.privacy}</p>
    </div>`;
  }

  /**
   * One short sentence for screen readers when the outcome changes (focus also moves to it): the
   * whole status card in a live region would be read out at once.
   */
  private announcement(): string {
    const t = this.localize.t(strings);
    const v = this.view;
    if (v.kind === 'loading') return t.searching;
    if (v.kind === 'result') return `${t.resultTitle(v.status.code)}: ${t.headline(v.status.status)}`;
    if (v.kind === 'error') return v.error.kind === 'not_found' ? t.notFound(v.code) : v.error.kind === 'http' && v.error.status === 400 ? t.serverMalformed : t.error(v.error.kind);
    if (v.kind === 'invalid') return v.problem === 'future' ? t.dateFuture : t.problem(v.problem);
    return '';
  }

  private renderOutcome() {
    const t = this.localize.t(strings);
    const v = this.view;
    if (v.kind === 'loading') return html`<p class="message loading">${t.searching}</p>`;
    if (v.kind === 'error') {
      const e = v.error;
      if (e.kind === 'not_found') {
        return html`<div class="message error" tabindex="-1"><p><strong>${t.notFound(v.code)}</strong></p><p>${t.notFoundHelp}</p></div>`;
      }
      const malformed = e.kind === 'http' && e.status === 400;
      return html`<div class="message error" tabindex="-1">
        <p>${malformed ? t.serverMalformed : t.error(e.kind)}</p>
        ${malformed ? nothing : html`<button type="button" class="secondary" @click=${() => this.lookup(v.code)}>${t.retry}</button>`}
      </div>`;
    }
    if (v.kind === 'result') return this.renderResult(v.status);
    return nothing;
  }

  private renderResult(s: CasePublicStatus) {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const date = (ms: number | undefined) => formatDate(ms, lang, VN_TIME_ZONE);
    const status = s.status;
    const tone = status === 10 || status === 9 ? 'tone-good' : status === 5 || status === 6 ? 'tone-action' : status === 3 || status === 7 || status === 8 ? 'tone-bad' : '';
    const verdict = timingVerdict(s, this.clock.now(), CALENDAR);
    const submittedAt = s.channel !== 1 ? parseIso(s.history.find((h) => h.status === 1)?.at) : undefined;
    return html`<section class="result" part="result" tabindex="-1" aria-labelledby="result-title">
      ${staticHtml`<${this.h(1)} id="result-title">${t.resultTitle(s.code)}</${this.h(1)}>`}
      <p class="headline ${tone}"><span class="dot" aria-hidden="true"></span>${t.headline(status)}</p>
      <dl class="facts">
        ${s.procedureName ? html`<dt>${t.procedure}</dt><dd lang="vi">${s.procedureName}</dd>` : nothing}
        ${s.unitName ? html`<dt>${t.unit}</dt><dd lang="vi">${s.unitName}</dd>` : nothing}
        <dt>${t.channel}</dt><dd>${t.channelName(s.channel)}</dd>
        ${submittedAt !== undefined ? html`<dt>${t.submittedAt}</dt><dd>${formatDateTime(submittedAt, lang, VN_TIME_ZONE)}</dd>` : nothing}
        ${status !== 1 && status !== 3 ? html`<dt>${t.receivedAt}</dt><dd>${formatDateTime(parseIso(s.receivedAt), lang, VN_TIME_ZONE)}</dd>` : nothing}
        ${verdict.dueAt !== undefined
          ? verdict.rescheduledDueAt !== undefined
            ? html`<dt>${t.originalDueAt}</dt><dd><s>${date(verdict.dueAt)}</s></dd><dt>${t.newDueAt}</dt><dd><strong>${date(verdict.rescheduledDueAt)}</strong></dd>`
            : html`<dt>${t.dueAt}</dt><dd><strong>${date(verdict.dueAt)}</strong></dd>`
          : nothing}
      </dl>
      ${verdict.dueAt === undefined && (status === 1 || status === 2 || status === 4) ? html`<p>${t.noDue}</p>` : nothing}
      ${this.renderTiming(verdict, date)}
      ${s.rescheduleNote ? html`<div class="callout">
            <p><strong>${t.apology}</strong></p>
            <div class="apology" lang="vi">${renderBlocks(parseRichText(s.rescheduleNote), '')}</div>
          </div>` : nothing}
      <div class="callout ${status === 5 || status === 6 || status === 9 ? 'action' : ''}">
        ${staticHtml`<${this.h(2)}>${t.nextTitle}</${this.h(2)}>`}
        <p>${t.next(status, s.unitName ?? '')}</p>
      </div>
      ${staticHtml`<${this.h(2)}>${t.timelineTitle}</${this.h(2)}>`}
      <ol class="timeline" part="timeline">
        ${buildTimeline(s).map((stage) => this.renderStage(stage))}
      </ol>
    </section>`;
  }

  private renderTiming(v: ReturnType<typeof timingVerdict>, date: (ms: number | undefined) => string) {
    const t = this.localize.t(strings);
    if (v.timeliness === 'none' || v.dueAt === undefined) return v.paused ? html`<p class="callout">${t.pausedNote}</p>` : nothing;
    let text: string;
    let cls = 'good';
    if (v.finished) {
      const end = date(v.endedAt);
      text = v.timeliness === 'early' ? t.early(end, date(v.dueAt)) : v.timeliness === 'on_time' ? t.onTimeDone(end) : t.lateDone(end, date(v.dueAt));
      if (v.timeliness === 'late') cls = 'late';
    } else if (v.timeliness === 'late') {
      cls = 'late';
      text = v.rescheduledDueAt !== undefined ? t.lateRescheduled(date(v.dueAt), date(v.rescheduledDueAt)) : t.lateOpen(date(v.dueAt));
    } else {
      text = t.onTimeOpen(date(v.rescheduledDueAt ?? v.dueAt));
    }
    return html`<div class="callout ${cls}" data-timeliness=${v.timeliness}>
      <p>${text}${!v.finished && v.workingDaysLeft !== undefined ? html` ${t.daysLeft(v.workingDaysLeft)}` : nothing}</p>
      ${v.paused ? html`<p>${t.pausedNote}</p>` : nothing}
    </div>`;
  }

  private renderStage(stage: Stage) {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const when = stage.at !== undefined ? formatDateTime(stage.at, lang, VN_TIME_ZONE) : '';
    const stateText = stage.state === 'done' ? t.stateDone : stage.state === 'current' ? t.stateCurrent : t.stateUpcoming;
    const bad = stage.key === 'refused' || stage.key === 'withdrawn' || stage.key === 'stopped';
    let note = '';
    if (stage.key === 'supplement' && stage.state !== 'upcoming') note = stage.resolvedAt !== undefined ? t.supplemented(formatDate(stage.resolvedAt, lang, VN_TIME_ZONE)) : t.waitingSupplement;
    if (stage.key === 'fee' && stage.state !== 'upcoming') note = stage.resolvedAt !== undefined ? t.paid(formatDate(stage.resolvedAt, lang, VN_TIME_ZONE)) : t.waitingPayment;
    return html`<li class="${stage.state} ${bad ? 'final-bad' : ''}" data-stage=${stage.key} aria-current=${ifDefined(stage.state === 'current' ? 'step' : undefined)}>
      <span class="marker" aria-hidden="true">${stage.state === 'done' ? '✓' : ''}</span>
      <span class="stage-label">${t.stage(stage.key, stage.nth)}</span>
      <span class="visually-hidden"> (${stateText})</span>
      ${when ? html`<span class="stage-when">${when}</span>` : nothing}
      ${note ? html`<span class="stage-note">${note}</span>` : nothing}
    </li>`;
  }
}

define('hcc-dossier-status', HccDossierStatus);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-dossier-status': HccDossierStatus;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-dossier-status': CustomEvent<DossierStatusDetail>;
    'hcc-dossier-status-error': CustomEvent<DossierStatusErrorDetail>;
  }
}
