import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import type { Clock } from '../../core/time/index.js';
import { VN_TIME_ZONE } from '../../core/time/index.js';
import { formatDateTime, formatNumber } from '../../core/format/index.js';
import type { DeadLetter, OutboxState, RatingOutbox } from '../../data/outbox/outbox.js';
import type { OrgData } from '../../data/schemas/org.js';
import { toDataError } from '../../data/errors.js';
import { DeviceSettings } from '../rating-form/device.js';
import type { WakeLockStatus } from '../rating-form/rating-form.js';
import { strings } from './strings.js';

/** What the settings read from the form they belong to. */
export interface RatingSettingsHost {
  readonly effectiveDeviceId: string;
  readonly effectiveUnitId: string;
  readonly effectiveCounterId: string;
  readonly suppressedCount: number;
  readonly wakeLockStatus: WakeLockStatus;
  readonly thanksSeconds: number;
  readonly idleSeconds: number;
}

const WRONG_PIN_LIMIT = 5;
const LOCK_MS = 60_000;
const IDLE_CLOSE_MS = 120_000;

/**
 * @summary The rating tablet's settings behind the admin PIN: unit, counter, language, delays, sync
 * status, storage persistence, wake lock and the dead-letter list with retry.
 *
 * @description Opened by `<hcc-rating-form>` (hidden gesture, then PIN); loaded only then. Closes by
 * itself after two minutes without use, so a forgotten session does not stay open on a public
 * tablet.
 *
 * @event hcc-settings-change - {CustomEvent<DeviceSettings>} The technician saved device settings.
 * @event hcc-settings-close - {CustomEvent<void>} The settings were closed.
 * @csspart dialog - The dialog.
 * @status experimental
 */
export class HccRatingSettings extends HccElement {
  static override styles = [
    tokenStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        inline-size: min(44em, 94vw);
        max-block-size: 92vh;
        overflow: auto;
        overscroll-behavior: contain;
        border: 3px solid var(--_color-brand);
        border-radius: calc(var(--_radius) * 2);
        padding: calc(var(--_s) * 3);
        background: var(--_color-surface);
        color: var(--_color-text);
        -webkit-user-select: text;
        user-select: text;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.6);
      }
      h2 {
        margin: 0 0 var(--_s);
      }
      h3 {
        margin: calc(var(--_s) * 2) 0 var(--_s);
        font-size: 1.1em;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(10em, auto) 1fr;
        gap: calc(var(--_s) * 0.5) calc(var(--_s) * 2);
        margin: 0;
      }
      dt {
        color: var(--_color-text-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      label {
        display: grid;
        gap: calc(var(--_s) * 0.5);
        margin-block-end: var(--_s);
      }
      input,
      select {
        font: inherit;
        min-block-size: 48px;
        padding: 0 var(--_s);
        border: 2px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-surface);
        color: var(--_color-text);
      }
      button {
        font: inherit;
        min-block-size: 48px;
        padding: 0 calc(var(--_s) * 2);
        border: 2px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-surface);
        color: var(--_color-text);
        cursor: pointer;
      }
      button.primary {
        background: var(--_color-brand);
        border-color: var(--_color-brand);
        color: var(--_color-on-brand);
        font-weight: 700;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_s);
        align-items: center;
        margin-block: var(--_s);
      }
      .error {
        color: var(--_color-danger);
        font-weight: 600;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--_s);
      }
      li {
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        padding: var(--_s);
      }
      li p {
        margin: 0 0 calc(var(--_s) * 0.5);
      }
      @media (forced-colors: active) {
        button.primary {
          border-color: ButtonText;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        * {
          transition: none !important;
        }
      }
    `,
  ];

  /** The form these settings belong to. */
  @property({ attribute: false }) host: RatingSettingsHost | undefined;
  /** The page's outbox. */
  @property({ attribute: false }) outbox: RatingOutbox | undefined;
  /** The outbox's current state. */
  @property({ attribute: false }) syncState: (OutboxState & { unsaved?: number }) | undefined;
  /** Settings made on the device so far. */
  @property({ attribute: false }) settings: DeviceSettings = {};
  /** The organisation, for choosing the unit and counter; free text without it. */
  @property({ attribute: false }) org: OrgData | undefined;
  /** The PIN to ask for. */
  @property({ attribute: false }) pin = '';
  /** Time and timers. */
  @property({ attribute: false }) clock: Clock | undefined;

  @state() private unlocked = false;
  @state() private pinError = '';
  @state() private draft: DeviceSettings = {};
  @state() private saved = false;
  @state() private letters: DeadLetter[] = [];
  @state() private confirm = '';
  @state() private usage: { usage?: number; quota?: number } = {};
  @state() private actionError = '';

  private wrong = 0;
  private lockedUntil = 0;
  private idleTimer: unknown;

  private get now(): number {
    return this.clock?.now() ?? Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.draft = { ...this.settings };
    this.touch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.idleTimer !== undefined) this.clock?.clearTimeout(this.idleTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const d = this.renderRoot.querySelector('dialog');
    if (d && !d.open) d.showModal();
    if (changed.has('unlocked' as keyof HccRatingSettings) && this.unlocked) void this.reload();
  }

  /** Restarts the idle close timer. */
  private touch(): void {
    const clock = this.clock;
    if (!clock) return;
    if (this.idleTimer !== undefined) clock.clearTimeout(this.idleTimer);
    this.idleTimer = clock.setTimeout(() => this.close(), IDLE_CLOSE_MS);
  }

  private close(): void {
    this.emit('hcc-settings-close', undefined);
  }

  private async reload(): Promise<void> {
    const outbox = this.outbox;
    if (!outbox) return;
    try {
      this.letters = await outbox.deadLetters();
      this.usage = await outbox.estimate();
    } catch (e) {
      this.actionError = toDataError(e, 'settings').message;
    }
  }

  private submitPin(e: Event): void {
    e.preventDefault();
    const t = this.localize.t(strings);
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name="pin"]');
    const now = this.now;
    if (now < this.lockedUntil) {
      this.pinError = t.pinLocked(Math.ceil((this.lockedUntil - now) / 1000));
      return;
    }
    if (input && input.value === this.pin && this.pin) {
      this.unlocked = true;
      this.pinError = '';
      this.wrong = 0;
      return;
    }
    this.wrong++;
    if (input) input.value = '';
    if (this.wrong >= WRONG_PIN_LIMIT) {
      this.wrong = 0;
      this.lockedUntil = now + LOCK_MS;
      this.pinError = t.pinLocked(LOCK_MS / 1000);
    } else this.pinError = t.pinWrong;
  }

  private save(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? '').trim();
    const num = (k: string) => (text(k) === '' ? undefined : Number(text(k)));
    const next: Record<string, unknown> = {
      unitId: text('unitId') || undefined,
      counterId: text('counterId') || undefined,
      lang: text('lang') || undefined,
      thanksSeconds: num('thanksSeconds'),
      idleSeconds: num('idleSeconds'),
    };
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    const p = DeviceSettings.safeParse(next);
    if (!p.success) {
      this.actionError = this.localize.t(strings).invalid;
      this.saved = false;
      return;
    }
    this.actionError = '';
    this.draft = p.data;
    this.saved = true;
    this.emit<DeviceSettings>('hcc-settings-change', p.data);
  }

  private async act(fn: () => Promise<unknown>): Promise<void> {
    this.actionError = '';
    try {
      await fn();
    } catch (e) {
      this.actionError = toDataError(e, 'settings').message;
    }
    await this.reload();
  }

  override render(): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.close();
      }}
      @pointerdown=${this.touch}
      @keydown=${this.touch}
    >
      ${this.unlocked ? this.renderSettings() : this.renderPin()}
    </dialog>`;
  }

  private renderPin(): TemplateResult {
    const t = this.localize.t(strings);
    return html`<form @submit=${this.submitPin}>
      <h2 id="title">${t.pinTitle}</h2>
      <label>
        <span>${t.pinLabel}</span>
        <input name="pin" type="password" inputmode="numeric" autocomplete="off" autofocus aria-describedby="pin-error" />
      </label>
      <p id="pin-error" class="error" role="alert">${this.pinError}</p>
      <div class="row">
        <button type="submit" class="primary">${t.open}</button>
        <button type="button" @click=${this.close}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderSettings(): TemplateResult {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const host = this.host;
    const s = this.syncState;
    const n = (x: number | undefined) => formatNumber(x ?? 0, lang);
    const when = (ms: number | undefined) => (ms === undefined ? t.never : formatDateTime(ms, lang, VN_TIME_ZONE));
    const unitId = this.draft.unitId ?? host?.effectiveUnitId ?? '';
    const counterId = this.draft.counterId ?? host?.effectiveCounterId ?? '';
    const org = this.org;
    const counters = org?.counters.filter((c) => c.unitId === unitId) ?? [];
    const persisted = s?.persisted === undefined ? t.persistUnknown : s.persisted ? t.persistYes : t.persistNo;
    const mb = (b: number | undefined) => (b === undefined ? '–' : `${formatNumber(b / 1_048_576, lang, 1)} MB`);
    return html`<h2 id="title">${t.title}</h2>
      <form @submit=${this.save}>
        <h3>${t.device}</h3>
        <label>
          <span>${t.unit}</span>
          ${org
            ? html`<select name="unitId" @change=${(e: Event) => (this.draft = { ...this.draft, unitId: (e.target as HTMLSelectElement).value })}>
                ${org.units
                  .filter((u) => u.kind !== 'province')
                  .map((u) => html`<option value=${u.id} ?selected=${u.id === unitId}>${u.name}</option>`)}
              </select>`
            : html`<input name="unitId" .value=${unitId} autocomplete="off" />`}
        </label>
        <label>
          <span>${t.counter}</span>
          ${org
            ? html`<select name="counterId">
                <option value="" ?selected=${!counterId}>${t.noCounter}</option>
                ${counters.map((c) => html`<option value=${c.id} ?selected=${c.id === counterId}>${c.name}</option>`)}
              </select>`
            : html`<input name="counterId" .value=${counterId} autocomplete="off" />`}
        </label>
        <label>
          <span>${t.lang}</span>
          <select name="lang">
            <option value="vi" ?selected=${(this.draft.lang ?? 'vi') === 'vi'} lang="vi">${t.langVi}</option>
            <option value="en" ?selected=${this.draft.lang === 'en'} lang="en">${t.langEn}</option>
          </select>
        </label>
        <label>
          <span>${t.thanksSeconds}</span>
          <input name="thanksSeconds" type="number" min="1" max="120" inputmode="numeric" .value=${String(this.draft.thanksSeconds ?? host?.thanksSeconds ?? 5)} />
        </label>
        <label>
          <span>${t.idleSeconds}</span>
          <input name="idleSeconds" type="number" min="5" max="600" inputmode="numeric" .value=${String(this.draft.idleSeconds ?? host?.idleSeconds ?? 30)} />
        </label>
        <div class="row">
          <button type="submit" class="primary">${t.save}</button>
          <span role="status">${this.saved ? t.saved : ''}</span>
        </div>
      </form>
      <p class="error" role="alert">${this.actionError}</p>

      <h3>${t.sync}</h3>
      <dl>
        <dt>${t.pending}</dt><dd>${n(s?.pending)}</dd>
        <dt>${t.unsaved}</dt><dd>${n(s?.unsaved)}</dd>
        <dt>${t.deadLetters}</dt><dd>${n(s?.deadLetters)}</dd>
        <dt>${t.quarantined}</dt><dd>${n(s?.quarantined)}</dd>
        <dt>${t.syncing}</dt><dd>${s?.syncing ? t.yes : t.no}</dd>
        <dt>${t.lastSync}</dt><dd>${when(s?.lastSyncAt)}</dd>
        ${s?.lastError ? html`<dt>${t.lastError}</dt><dd>${s.lastError.kind}: ${s.lastError.message}</dd>` : nothing}
        ${s?.nextRetryAt !== undefined ? html`<dt>${t.nextRetry}</dt><dd>${when(s.nextRetryAt)}</dd>` : nothing}
      </dl>
      <div class="row"><button type="button" @click=${() => this.act(() => this.outbox!.syncNow())}>${t.syncNow}</button></div>

      <h3>${t.storage}</h3>
      <dl>
        <dt>${t.persisted}</dt><dd>${persisted}</dd>
        <dt>${t.usage}</dt><dd>${mb(this.usage.usage)} / ${mb(this.usage.quota)}</dd>
      </dl>
      ${s?.persisted
        ? nothing
        : html`<div class="row"><button type="button" @click=${() => this.act(() => this.outbox!.requestPersistence())}>${t.requestPersist}</button></div>`}

      <h3>${t.screen}</h3>
      <dl>
        <dt>${t.wakeLock}</dt><dd>${t.wake(host?.wakeLockStatus ?? 'off')}</dd>
        <dt>${t.deviceId}</dt><dd>${host?.effectiveDeviceId ?? ''}</dd>
        <dt>${t.suppressed}</dt><dd>${n(host?.suppressedCount)}</dd>
      </dl>

      <h3 id="dead">${t.deadList}</h3>
      ${this.letters.length === 0
        ? html`<p>${t.deadEmpty}</p>`
        : html`<ul aria-labelledby="dead">
            ${this.letters.map(
              (d) => html`<li>
                <p>${t.deadItem(when(d.at), t.level(d.rating.level))}${d.rating.ticket ? ` · ${t.ticket(d.rating.ticket)}` : ''}</p>
                <p><code>${d.code}</code> ${d.reason}</p>
                <div class="row">
                  <button type="button" @click=${() => this.act(() => this.outbox!.retryDeadLetter(d.id))}>${t.retry}</button>
                  <button
                    type="button"
                    @click=${() => {
                      if (this.confirm !== d.id) this.confirm = d.id;
                      else void this.act(() => this.outbox!.discardDeadLetter(d.id));
                    }}
                  >
                    ${this.confirm === d.id ? t.confirmDiscard : t.discard}
                  </button>
                </div>
              </li>`,
            )}
          </ul>`}
      <div class="row"><button type="button" class="primary" @click=${this.close}>${t.close}</button></div>`;
  }
}

define('hcc-rating-settings', HccRatingSettings);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-rating-settings': HccRatingSettings;
  }
}
