import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { availableLangs } from '../../i18n/localize.js';
import type { Clock } from '../../core/time/index.js';
import { formatDateTime, formatNumber, formatTime } from '../../core/format/index.js';
import {
  DEFAULT_KIOSK_CONFIG, initialKiosk, kioskDeadline, kioskStep,
  type Draft, type KioskConfig, type KioskEffect, type KioskEvent, type KioskState, type SuppressReason,
} from '../../core/rating/kiosk.js';
import { visitKeys } from '../../core/rating/press-guard.js';
import {
  SURVEY_PRESETS, localText, surveyPages,
  type IndicatorQuestion, type LevelOption, type RatingSurvey, type SurveyPage,
} from '../../core/rating/survey.js';
import type { DataError } from '../../data/errors.js';
import type { DataSource } from '../../data/ports.js';
import type { Counter, Officer, OrgData } from '../../data/schemas/org.js';
import type { IndicatorId, IndicatorPoints, Rating, SatisfactionLevel } from '../../data/schemas/rating.js';
import type { DeadLetter, OutboxState, RatingOutbox, RatingOutboxOptions } from '../../data/outbox/outbox.js';
import type { DeviceSettings } from './device.js';
import { face } from './faces.js';
import { strings } from './strings.js';
import styles from './rating-form.styles.js';
import type { QueueBinding, RatingDataHost } from './rating-data.js';
import type { RatingStore } from './rating-store.js';

/** Detail of `hcc-rating-submit` (cancelable) and `hcc-rating-stored`. */
export interface RatingDetail {
  rating: Rating;
  /** Whether the answer is a low score (for real-time alerts). */
  low: boolean;
}
/** Detail of `hcc-rating-synced`: ids the server now holds (`accepted` new, `duplicates` already known). */
export interface RatingSyncedDetail {
  ids: string[];
  accepted: string[];
  duplicates: string[];
}
/** Detail of `hcc-rating-suppressed`. */
export interface RatingSuppressedDetail {
  reason: SuppressReason;
  /** Presses suppressed on this device since the page loaded. */
  suppressed: number;
  /** For `interval`: milliseconds until a press would count. */
  retryInMs?: number;
  level: SatisfactionLevel;
}
/** Detail of `hcc-sync-state`: the outbox's state plus ratings not yet in the outbox. */
export interface RatingSyncState extends OutboxState {
  /** Ratings this page could not store (storage failure), kept in memory and retried. */
  unsaved: number;
}
/** Detail of `hcc-rating-rejected`: ratings the server refused for good (now dead letters). */
export interface RatingRejectedDetail {
  deadLetters: DeadLetter[];
}
/** Detail of `hcc-rating-error` (a rating could not be stored) and `hcc-data-error` (inbound data rejected). */
export interface RatingErrorDetail {
  error: DataError;
  rating?: Rating;
}
/** Status of the Screen Wake Lock. */
export type WakeLockStatus = 'off' | 'unsupported' | 'pending' | 'active' | 'released' | 'denied' | 'error';
/** Sync settings passed to the page's outbox when this form creates it. */
export type RatingSyncOptions = Pick<RatingOutboxOptions, 'batchSize' | 'backoff' | 'intervalMs' | 'submitTimeoutMs'>;

const ICON_SPEAKER = svg`<path d="M4 9v6h4l5 4V5L8 9z"/><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"/>`;
const ICON_CHECK = svg`<circle cx="48" cy="48" r="42"/><path d="M28 50l14 14 26-30"/>`;
const ICON_ALERT = svg`<circle cx="48" cy="48" r="42"/><path d="M48 26v28M48 68v2"/>`;

/** The visit a rating is about. */
interface Visit {
  ticket?: string;
  /** What the citizen sees: the printed ticket number. */
  ticketNumber?: string;
  dossierCode?: string;
}

/** Default database of the page's rating outbox (the outbox module's default, without importing it). */
const DEFAULT_DB = 'hcc-widgets-outbox';

/** Time zone of every Vietnamese centre (UTC+7 all year, no daylight saving). */
const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** `2026-03-04T08:15:00.000+07:00`: the local time of the centre, as the HTTP contract writes times. */
function vnIso(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().replace('Z', '+07:00');
}

/** The real clock. */
const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as number),
};

/** Delay before the parts used later are fetched, so a tablet that loses its web server keeps them. */
const PREFETCH_AFTER_MS = 10_000;

/**
 * Loads the parts a tablet may need while its web server is unreachable (settings, speech, the data
 * layer, the Circular 01/2018 pages): lazily loaded chunks that were never fetched cannot be loaded
 * offline. Errors are ignored here; the part reports them when it is used.
 */
function prefetchLazyParts(): void {
  for (const load of [
    () => import('../rating-settings/rating-settings.js'),
    () => import('./speech.js'),
    () => import('./rating-data.js'),
    () => import('../../core/rating/tt01.js'),
  ]) void load().catch(() => undefined);
}

const ADMIN_TAPS = 5;
const ADMIN_TAP_WINDOW_MS = 4000;

/**
 * @summary The satisfaction form on the tablet at a counter: one tap stores one rating, offline first.
 *
 * @description A citizen taps a face; the rating (with the unit, counter, officer, procedure and
 * ticket or dossier bound to this tablet, never personal data) is written to the page's rating outbox
 * in IndexedDB before the thank-you screen shows, and sent to the back end in the background. After a
 * low score, optional reason chips and a comment; optional Circular 01/2018 indicator pages. The
 * kiosk loop returns to the start on its own, prompts before resetting an abandoned survey, and
 * suppresses (and reports) presses within the minimum interval. A hidden gesture (five taps on the
 * bottom-left corner, or Ctrl+Alt+S) plus the PIN opens the settings.
 *
 * The default three-level question is what Vietnamese one-stop software asks, not a legal scale; the
 * legal scoring is Circular 01/2018's indicators (2/1/0 points), available as pages.
 *
 * @event hcc-rating-submit - {CustomEvent<RatingDetail>} Before a rating is stored; cancelable (then nothing is stored and the form returns to start).
 * @event hcc-rating-stored - {CustomEvent<RatingDetail>} After the rating is committed to IndexedDB.
 * @event hcc-rating-synced - {CustomEvent<RatingSyncedDetail>} When the server accepted ratings sent from this page.
 * @event hcc-rating-suppressed - {CustomEvent<RatingSuppressedDetail>} A press inside the minimum interval, or for a visit already rated.
 * @event hcc-rating-rejected - {CustomEvent<RatingRejectedDetail>} The server refused ratings for good (they are dead letters now).
 * @event hcc-rating-error - {CustomEvent<RatingErrorDetail>} A rating could not be stored; it is kept in memory and retried.
 * @event hcc-data-error - {CustomEvent<RatingErrorDetail>} Inbound data (queue, organisation, stored settings) was rejected; the form carries on without it.
 * @event hcc-sync-state - {CustomEvent<RatingSyncState>} Whenever the outbox's state changes.
 * @event change - The form value (the level of the last rating) changed.
 * @event input - In `mode="field"`, the citizen chose a level.
 *
 * @csspart base - The whole surface.
 * @csspart header - The top bar: counter, officer, language and speaker buttons.
 * @csspart officer-photo - The officer's photo.
 * @csspart tools - The language and speaker buttons.
 * @csspart body - The current screen.
 * @csspart title - The question or screen heading.
 * @csspart options - The radio group of answers.
 * @csspart option - One answer button.
 * @csspart face - The face drawing of an answer.
 * @csspart label - The word of an answer.
 * @csspart reason - A reason chip.
 * @csspart comment - The comment box.
 * @csspart button - Action buttons (send, skip, back, retry).
 * @csspart notice - The notice after a suppressed press.
 * @csspart thanks - The thank-you screen.
 * @csspart status - The sync badge ("N chưa đồng bộ", last sync time).
 * @csspart prompt - The "need more time?" dialog.
 * @csspart admin-corner - The hidden area of the settings gesture (bottom-left, 64 × 48 px).
 *
 * @cssproperty --hcc-rating-face-size - Size of a face (default 72px × scale; 80px × scale in kiosk).
 * @cssproperty --hcc-rating-target - Smallest touch target (default 48px; never below 72px in the kiosk scale).
 * @cssproperty --hcc-rating-face-ink - Outline of the faces (default #1b1f24).
 * @cssproperty --hcc-rating-very-satisfied - Fill of the "very satisfied" face.
 * @cssproperty --hcc-rating-satisfied - Fill of the "satisfied" face.
 * @cssproperty --hcc-rating-neutral - Fill of the "neutral" face.
 * @cssproperty --hcc-rating-dissatisfied - Fill of the "dissatisfied" face.
 * @cssproperty --hcc-rating-very-dissatisfied - Fill of the "very dissatisfied" face.
 * @cssproperty --hcc-color-brand - The centre's colour: header and primary buttons.
 *
 * @status experimental
 */
export class HccRatingForm extends HccElement implements RatingDataHost {
  static override styles = [tokenStyles, styles];
  /** Form-associated: usable inside a `<form>` with `name` and `value`. */
  static formAssociated = true;

  // ── Context bound to every rating ───────────────────────────────────────
  /** Unit (one-stop centre or ward/commune centre) id. Required for ratings; a device setting overrides it. */
  @property({ attribute: 'unit-id', reflect: true }) unitId = '';
  /** Counter id; with a queue available, the ticket last served here is bound to the rating. */
  @property({ attribute: 'counter-id', reflect: true }) counterId = '';
  /** Officer id; otherwise the officer on duty at the counter according to the queue. */
  @property({ attribute: 'officer-id' }) officerId = '';
  /** National procedure code (e.g. `1.001193`) of the service just given. */
  @property({ attribute: 'procedure-code' }) procedureCode = '';
  /** Ticket number or id of the visit being rated; one rating per ticket. */
  @property() ticket = '';
  /** Dossier code of the visit being rated (e.g. `H49.50.05-260304-0012`); one rating per dossier. */
  @property({ attribute: 'dossier-code' }) dossierCode = '';
  /** Bind the ticket from the queue (`auto`, when `counter-id` is set and no `ticket`), or never (`off`). */
  @property() queue: 'auto' | 'off' = 'auto';

  // ── Survey ──────────────────────────────────────────────────────────────
  /** Question preset: `3` levels (default) or `5`. */
  @property() preset: '3' | '5' = '3';
  /** Circular 01/2018 indicator pages: `tt01` (indicators 1, 3, 4, 7), ids such as `1,3,7`, or empty for none. */
  @property() indicators = '';
  /** A whole survey as data; overrides `preset` and `indicators`. */
  @property({ attribute: false }) survey: RatingSurvey | undefined;

  // ── Kiosk loop ──────────────────────────────────────────────────────────
  /** Seconds the thank-you screen shows before the start returns. */
  @property({ type: Number, attribute: 'thanks-seconds' }) thanksSeconds = 5;
  /** Seconds of inactivity mid-survey before the "need more time?" prompt. */
  @property({ type: Number, attribute: 'idle-seconds' }) idleSeconds = 30;
  /** Seconds the prompt waits before resetting (WCAG 2.2.1 asks for at least 20). */
  @property({ type: Number, attribute: 'prompt-seconds' }) promptSeconds = 20;
  /** Minimum seconds between accepted ratings of this device; presses inside are suppressed. */
  @property({ type: Number, attribute: 'min-interval-seconds' }) minIntervalSeconds = 5;
  /** What an idle reset does with a survey in progress: store it as a partial rating, or drop it. */
  @property() partial: 'submit' | 'discard' = 'submit';
  /** `kiosk`: the full loop with storage. `field`: only the question, as a form field (no storage). */
  @property({ reflect: true }) mode: 'kiosk' | 'field' = 'kiosk';

  // ── Device ──────────────────────────────────────────────────────────────
  /** Device id written into ratings; by default a UUID generated once and kept in localStorage. */
  @property({ attribute: 'device-id' }) deviceId = '';
  /** Base URL of an HTTP back end; otherwise the nearest `<hcc-data-source>` or the page default. */
  @property() api = '';
  /** IndexedDB database of the outbox (one outbox per page and database). */
  @property({ attribute: 'outbox-db' }) outboxDb = '';
  /** Sync settings used if this form creates the page's outbox. */
  @property({ attribute: false }) syncOptions: RatingSyncOptions | undefined;
  /** PIN of the settings; without one the settings cannot be opened on the device. */
  @property({ attribute: 'admin-pin' }) adminPin = '';
  /** Keep the screen on (Screen Wake Lock) where the browser allows it. */
  @property({ attribute: 'wake-lock' }) wakeLock: 'on' | 'off' = 'on';
  /** Show the officer's photo and name (`photo`), the name only (`name`), or neither (`none`). */
  @property({ attribute: 'officer-display' }) officerDisplay: 'photo' | 'name' | 'none' = 'photo';
  /** Offer the speaker button (Web Speech). */
  @property() speech: 'on' | 'off' = 'on';
  /** Languages offered by the switch, separated by spaces. */
  @property() languages = 'vi en';
  /** Time and timers; replace in tests. */
  @property({ attribute: false }) clock: Clock = systemClock;

  // ── Form ────────────────────────────────────────────────────────────────
  /** Name of the form field. */
  @property({ reflect: true }) name = '';
  /** Disables the form (no answer can be given). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** In `mode="field"`, an answer is required for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;

  // ── State ───────────────────────────────────────────────────────────────
  @state() private kiosk: KioskState = initialKiosk(0);
  @state() private sync: OutboxState = { pending: 0, deadLetters: 0, quarantined: 0, syncing: false };
  @state() private unsaved: Rating[] = [];
  @state() private focusIndex = 0;
  @state() private fieldValue = '';
  @state() private org: OrgData | undefined;
  @state() private binding: QueueBinding | undefined;
  @state() private dataError: DataError | undefined;
  @state() private loadedSurvey: RatingSurvey | undefined;
  @state() private speaking = false;
  @state() private speechNotice: '' | 'no-voice' | 'unsupported' = '';
  @state() private wakeStatus: WakeLockStatus = 'off';
  @state() private adminOpen = false;
  @state() private settings: DeviceSettings = {};
  @state() private promptNow = 0;

  private readonly internals: ElementInternals;
  private store: RatingStore | undefined;
  /** The storage module finished loading (or failed to): taps are decided from then on. */
  private storeSettled = false;
  private storeReady: Promise<RatingStore | undefined> = Promise.resolve(undefined);
  private timer: unknown;
  private dataCtrl: { refresh(): void } | undefined;
  private dataLoading: Promise<void> | undefined;
  private wakeSentinel: WakeLockSentinel | undefined;
  private adminTaps: number[] = [];
  private baseLang: string | null | undefined;
  private surveySpec = '';
  private hadFocus = false;
  private speechStop: (() => void) | undefined;
  private prefetchTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The level chosen (the last rating's level in the kiosk loop until it returns to start), or `''`. */
  get value(): string {
    return this.fieldValue;
  }
  set value(v: string) {
    this.fieldValue = v;
    this.internals.setFormValue(v || null);
    this.updateValidity();
  }

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The outbox this form stores into (shared by the page), once connected. */
  get outbox(): RatingOutbox | undefined {
    return this.store?.outbox;
  }

  /** Resolves once the storage side (outbox, device id, device settings) is loaded; `undefined` if it could not load. */
  get storeLoaded(): Promise<RatingStore | undefined> {
    return this.storeReady;
  }

  /** The unit ratings are bound to: the device setting, else `unit-id`. */
  get effectiveUnitId(): string {
    return this.settings.unitId ?? this.unitId;
  }

  /** The counter ratings are bound to: the device setting, else `counter-id`. */
  get effectiveCounterId(): string {
    return this.settings.counterId ?? this.counterId;
  }

  /** The device id written into ratings. */
  get effectiveDeviceId(): string {
    return this.deviceId || this.store?.deviceId || '';
  }

  /** Current screen of the kiosk loop: `start`, `page`, `saving`, `thanks` or `error`. */
  get screen(): KioskState['screen'] {
    return this.kiosk.screen;
  }

  /** Presses suppressed since the page loaded. */
  get suppressedCount(): number {
    return this.kiosk.guard.suppressed;
  }

  /** Status of the Screen Wake Lock. */
  get wakeLockStatus(): WakeLockStatus {
    return this.wakeStatus;
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.kiosk = initialKiosk(this.clock.now(), this.kiosk.guard);
    this.addEventListener('contextmenu', this.blockContextMenu);
    this.addEventListener('keydown', this.handleHostKey);
    if (this.mode === 'field') return;
    document.addEventListener('visibilitychange', this.handleVisibility);
    void this.acquireWakeLock();
    if (this.closeTimer !== undefined) {
      // Moved in the page: keep the storage side as it is.
      clearTimeout(this.closeTimer);
      this.closeTimer = undefined;
    } else {
      this.storeSettled = false;
      this.storeReady = this.openStore();
    }
    if (this.needsDataNow()) void this.loadData();
  }

  /** Loads the storage side after the first render and binds it to this form. */
  private async openStore(): Promise<RatingStore | undefined> {
    let m: typeof import('./rating-store.js');
    try {
      m = await import('./rating-store.js');
    } catch (e) {
      // Every rating will then fail visibly ("could not be saved") and stay in memory.
      console.error('hcc-rating-form: the storage module could not load', e);
      this.storeSettled = true;
      return undefined;
    }
    this.storeSettled = true;
    if (!this.isConnected || this.store) return this.store;
    const store = m.openStore(this.outboxDb || DEFAULT_DB, this.syncOptions, {
      state: (s) => {
        this.sync = s;
        this.emit<RatingSyncState>('hcc-sync-state', { ...s, unsaved: this.unsaved.length });
      },
      synced: (d) => this.emit<RatingSyncedDetail>('hcc-rating-synced', d),
      rejected: (deadLetters) => this.emit<RatingRejectedDetail>('hcc-rating-rejected', { deadLetters }),
      invalid: (e) => this.reportDataError(e),
      needSink: () => void this.loadData(),
    });
    this.store = store;
    this.settings = store.settings;
    if (store.settings.lang) this.setAttribute('lang', store.settings.lang);
    this.prefetchTimer = setTimeout(prefetchLazyParts, PREFETCH_AFTER_MS);
    return store;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('contextmenu', this.blockContextMenu);
    this.removeEventListener('keydown', this.handleHostKey);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.speechStop?.();
    // Closed a task later, so an element moved in the page (removed, then inserted) keeps its outbox.
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      clearTimeout(this.prefetchTimer);
      this.store?.close();
      this.store = undefined;
      this.storeReady = Promise.resolve(undefined);
    }, 0);
    void this.wakeSentinel?.release().catch(() => undefined);
    this.wakeSentinel = undefined;
    // The data controller stays attached: it stops its subscriptions now and resumes on reconnect.
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const spec = `${this.preset}|${this.indicators}`;
    if (!this.survey && spec !== this.surveySpec) {
      this.surveySpec = spec;
      const base = SURVEY_PRESETS[this.preset] ?? SURVEY_PRESETS['3'];
      if (this.indicators.trim()) {
        this.loadedSurvey = undefined;
        void import('../../core/rating/tt01.js').then((m) => {
          if (this.surveySpec === spec) this.loadedSurvey = m.withIndicators(base, m.indicatorQuestions(this.indicators));
        });
      } else this.loadedSurvey = base;
    }
    if (changed.has('mode') || changed.has('required')) this.updateValidity();
    if (changed.has('wakeLock') && changed.get('wakeLock') !== undefined) void this.acquireWakeLock();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.mode === 'field') return;
    if (this.needsDataNow() && !this.dataCtrl) void this.loadData();
    this.dataCtrl?.refresh();
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.prompt');
    if (dialog && !dialog.open) dialog.showModal();
    if (changed.has('kiosk' as keyof HccRatingForm)) {
      const prev = changed.get('kiosk' as keyof HccRatingForm) as KioskState | undefined;
      if (prev && (prev.screen !== this.kiosk.screen || prev.page !== this.kiosk.page) && this.hadFocus) this.focusScreen();
    }
  }

  // ── The survey ──────────────────────────────────────────────────────────

  /** The survey in use: `survey`, else the preset with the indicator pages (once loaded). */
  get activeSurvey(): RatingSurvey {
    return this.survey ?? this.loadedSurvey ?? SURVEY_PRESETS[this.preset] ?? SURVEY_PRESETS['3'];
  }

  private get config(): KioskConfig {
    const s = (v: number | undefined, d: number) => (v !== undefined && Number.isFinite(v) && v >= 0 ? v * 1000 : d);
    return {
      ...DEFAULT_KIOSK_CONFIG,
      minIntervalMs: s(this.minIntervalSeconds, DEFAULT_KIOSK_CONFIG.minIntervalMs),
      idleMs: s(this.settings.idleSeconds ?? this.idleSeconds, DEFAULT_KIOSK_CONFIG.idleMs),
      promptMs: s(this.promptSeconds, DEFAULT_KIOSK_CONFIG.promptMs),
      thanksMs: s(this.settings.thanksSeconds ?? this.thanksSeconds, DEFAULT_KIOSK_CONFIG.thanksMs),
      partial: this.partial === 'discard' ? 'discard' : 'submit',
    };
  }

  /** The ticket and dossier bound to the next rating: attributes first, then the queue. */
  private get visit(): Visit {
    if (this.ticket || this.dossierCode) {
      const v: Visit = {};
      if (this.ticket) v.ticket = v.ticketNumber = this.ticket;
      if (this.dossierCode) v.dossierCode = this.dossierCode;
      return v;
    }
    const t = this.binding?.ticket;
    if (!t) return {};
    const v: Visit = { ticket: t.id, ticketNumber: String(t.number) };
    if (t.dossierCode) v.dossierCode = t.dossierCode;
    return v;
  }

  private get boundOfficerId(): string {
    return this.officerId || this.binding?.officerId || '';
  }

  private get visitKeyList(): string[] {
    const v = this.visit;
    return visitKeys(this.effectiveUnitId, v.ticket, v.dossierCode);
  }

  // ── Kiosk loop ──────────────────────────────────────────────────────────

  private dispatch(e: KioskEvent): void {
    this.hadFocus = this.matches(':focus-within');
    const r = kioskStep(this.kiosk, e, this.config);
    this.kiosk = r.state;
    for (const effect of r.effects) this.runEffect(effect);
    this.arm();
  }

  private runEffect(effect: KioskEffect): void {
    switch (effect.type) {
      case 'submit':
        void this.submit(effect.draft, effect.partial);
        break;
      case 'retry':
        void this.retryUnsaved();
        break;
      case 'suppressed': {
        const level = this.lastPressed ?? 'satisfied';
        const detail: RatingSuppressedDetail = { reason: effect.reason, suppressed: effect.suppressed, level };
        if (effect.retryInMs !== undefined) detail.retryInMs = effect.retryInMs;
        this.emit('hcc-rating-suppressed', detail);
        break;
      }
      case 'restore':
        this.restoreDefaults();
        break;
      case 'discarded':
        break;
    }
  }

  /** Arms the one timer for the machine's next deadline (and the prompt's countdown). */
  private arm(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.isConnected) return;
    const now = this.clock.now();
    let due = kioskDeadline(this.kiosk, this.config);
    const promptAt = this.kiosk.promptAt;
    if (promptAt !== undefined) {
      this.promptNow = now;
      const nextSecond = now + 1000 - ((now - promptAt) % 1000);
      due = due === undefined ? nextSecond : Math.min(due, nextSecond);
    }
    if (due === undefined) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.dispatch({ type: 'tick', at: this.clock.now() });
    }, Math.max(0, due - now));
  }

  private lastPressed: SatisfactionLevel | undefined;
  private pressContext: { visit: Visit; keys: string[]; officerId: string } | undefined;

  private choose(option: LevelOption): void {
    if (this.disabled) return;
    this.lastPressed = option.level;
    if (this.mode === 'field') {
      this.value = option.level;
      this.emit('input', undefined);
      this.emit('change', undefined);
      return;
    }
    if (!this.storeSettled) {
      // Pressed in the first moments after start-up, before storage loaded: decide once it has.
      void this.storeReady.then(() => this.choose(option));
      return;
    }
    if (!this.effectiveUnitId) return;
    const keys = this.visitKeyList;
    // The rating is about the visit at the time of the press, even if the queue moves on meanwhile.
    this.pressContext = { visit: this.visit, keys, officerId: this.boundOfficerId };
    this.dispatch({
      type: 'choose',
      at: this.clock.now(),
      level: option.level,
      pages: surveyPages(this.activeSurvey, option.level),
      alreadyRated: this.store?.isRated(keys) ?? false,
    });
  }

  /** Builds the rating of `draft` with the context bound at the press. */
  private buildRating(draft: Draft, partial: boolean): Rating {
    const now = this.clock.now();
    const lang = this.localize.lang === 'en' ? 'en' : 'vi';
    const ctx = this.pressContext ?? { visit: this.visit, keys: this.visitKeyList, officerId: this.boundOfficerId };
    const v = ctx.visit;
    const rating: Rating = {
      id: crypto.randomUUID(),
      createdAt: vnIso(now),
      unitId: this.effectiveUnitId,
      scale: this.activeSurvey.question.scale,
      level: draft.level,
      reasons: [...draft.reasons],
      lang,
      deviceId: this.effectiveDeviceId,
    };
    const optional: [keyof Rating, string | undefined][] = [
      ['counterId', this.effectiveCounterId],
      ['officerId', ctx.officerId],
      ['procedureCode', this.procedureCode],
      ['ticket', v.ticket],
      ['dossierCode', v.dossierCode],
    ];
    for (const [key, value] of optional) if (value) (rating as Record<string, unknown>)[key] = value;
    if (Object.keys(draft.indicators).length) rating.indicators = { ...draft.indicators };
    const comment = draft.comment.trim();
    if (comment) rating.comment = comment.slice(0, 500);
    if (partial) rating.partial = true;
    return rating;
  }

  private isLow(level: SatisfactionLevel): boolean {
    return this.activeSurvey.question.options.find((o) => o.level === level)?.low ?? false;
  }

  private async submit(draft: Draft, partial: boolean): Promise<void> {
    const rating = this.buildRating(draft, partial);
    const low = this.isLow(rating.level);
    if (!this.emit<RatingDetail>('hcc-rating-submit', { rating, low }, { cancelable: true })) {
      this.dispatch({ type: 'cancelled', at: this.clock.now() });
      return;
    }
    const keys = this.pressContext?.keys ?? this.visitKeyList;
    const ok = await this.commit(rating, keys);
    // Ratings that failed earlier go after the new one, oldest first.
    if (ok) await this.flushUnsaved();
    this.dispatch({ type: ok ? 'stored' : 'failed', at: this.clock.now() });
  }

  /** Writes one rating to the outbox; on failure keeps it in memory for a retry. */
  private async commit(rating: Rating, keys: string[]): Promise<boolean> {
    const store = await this.storeReady;
    let stored: Rating;
    try {
      if (!store) throw new Error('The storage module could not load');
      stored = await store.add(rating, keys);
    } catch (e) {
      if (!this.unsaved.some((r) => r.id === rating.id)) this.unsaved = [...this.unsaved, rating];
      this.unsavedKeys.set(rating.id, keys);
      const error = store
        ? store.toDataError(e, 'rating-form.store')
        : (Object.assign(new Error('The storage module could not load'), { name: 'DataError', kind: 'storage' as const, retryable: false }) as unknown as DataError);
      this.emit<RatingErrorDetail>('hcc-rating-error', { error, rating });
      this.emit<RatingSyncState>('hcc-sync-state', { ...this.sync, unsaved: this.unsaved.length });
      return false;
    }
    this.unsaved = this.unsaved.filter((r) => r.id !== rating.id);
    this.unsavedKeys.delete(rating.id);
    this.value = stored.level;
    this.emit<RatingDetail>('hcc-rating-stored', { rating: stored, low: this.isLow(stored.level) });
    this.emit('change', undefined);
    return true;
  }

  private readonly unsavedKeys = new Map<string, string[]>();

  private async flushUnsaved(): Promise<boolean> {
    for (const r of [...this.unsaved]) {
      if (!(await this.commit(r, this.unsavedKeys.get(r.id) ?? []))) return false;
    }
    return true;
  }

  private async retryUnsaved(): Promise<void> {
    const ok = await this.flushUnsaved();
    this.dispatch({ type: ok ? 'stored' : 'failed', at: this.clock.now() });
  }

  private restoreDefaults(): void {
    this.speechStop?.();
    this.speechNotice = '';
    if (this.baseLang !== undefined) {
      if (this.baseLang === null) this.removeAttribute('lang');
      else this.setAttribute('lang', this.baseLang);
      this.baseLang = undefined;
    }
    this.fieldValue = '';
    this.internals.setFormValue(null);
    this.focusIndex = 0;
  }

  /** Returns to the start screen at once, dropping a survey in progress. */
  reset(): void {
    this.dispatch({ type: 'reset', at: this.clock.now() });
  }

  /** Resets the field when its form resets. @internal */
  formResetCallback(): void {
    this.value = '';
    if (this.mode === 'kiosk') this.reset();
  }

  /** Follows a disabled fieldset. @internal */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Whether the field is valid (`required` in field mode needs an answer). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like {@link checkValidity}, and shows the browser's message when invalid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  private updateValidity(): void {
    const anchor = this.renderRoot?.querySelector<HTMLElement>('.option') ?? undefined;
    if (this.mode === 'field' && this.required && !this.fieldValue) {
      this.internals.setValidity({ valueMissing: true }, this.localize.lang === 'en' ? 'Please choose an answer.' : 'Xin chọn một mức đánh giá.', anchor);
    } else this.internals.setValidity({});
  }

  /** Moves focus to the current option. */
  override focus(options?: FocusOptions): void {
    const el = this.renderRoot?.querySelector<HTMLElement>('[tabindex="0"], button, textarea');
    if (el) el.focus(options);
    else super.focus(options);
  }

  private focusScreen(): void {
    void this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<HTMLElement>('[data-autofocus]');
      el?.focus();
    });
  }

  // ── Data (loaded lazily) ─────────────────────────────────────────────────

  /** @internal Keys the data layer watches. */
  get dataKeys(): RatingDataHost['dataKeys'] {
    const unitId = this.effectiveUnitId;
    const counterId = this.effectiveCounterId;
    return {
      unitId,
      counterId,
      queueBinding: this.queue !== 'off' && !!unitId && !!counterId && !this.ticket && !this.dossierCode,
      needOrg: this.adminOpen || (!!unitId && (this.officerDisplay !== 'none' || !!counterId)),
    };
  }

  private needsDataNow(): boolean {
    const k = this.dataKeys;
    return k.queueBinding || k.needOrg;
  }

  /** Loads the data layer (source resolution, queue binding, organisation) once. */
  private loadData(): Promise<void> {
    this.dataLoading ??= import('./rating-data.js').then(
      (m) => {
        if (!this.isConnected || this.dataCtrl) return;
        this.dataCtrl = new m.RatingData(this);
      },
      (e) => {
        this.dataLoading = undefined;
        if (this.store) this.reportDataError(this.store.toDataError(e, 'rating-form data module'));
        else console.error('hcc-rating-form: the data module could not load', e);
      },
    );
    return this.dataLoading;
  }

  /** @internal */
  onSource(source: DataSource): void {
    void this.storeReady.then((store) => store?.setSink(Promise.resolve(source)));
  }

  /** @internal */
  onOrg(org: OrgData): void {
    this.org = org;
  }

  /** @internal */
  onQueue(binding: QueueBinding): void {
    this.binding = binding;
  }

  /** @internal */
  reportDataError(error: DataError): void {
    this.dataError = error;
    this.emit<RatingErrorDetail>('hcc-data-error', { error });
  }

  private get counterInfo(): Counter | undefined {
    const id = this.effectiveCounterId;
    return id ? this.org?.counters.find((c) => c.id === id) : undefined;
  }

  private get officerInfo(): Officer | undefined {
    const id = this.boundOfficerId;
    return id && this.officerDisplay !== 'none' ? this.org?.officers.find((o) => o.id === id) : undefined;
  }

  // ── Kiosk hardening ─────────────────────────────────────────────────────

  private readonly blockContextMenu = (e: Event) => {
    if (this.mode === 'kiosk') e.preventDefault();
  };

  private readonly handleVisibility = () => {
    if (document.visibilityState === 'visible') void this.acquireWakeLock();
  };

  private async acquireWakeLock(): Promise<void> {
    if (this.wakeLock === 'off' || this.mode === 'field') {
      void this.wakeSentinel?.release().catch(() => undefined);
      this.wakeSentinel = undefined;
      this.wakeStatus = 'off';
      return;
    }
    const api = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!api) {
      this.wakeStatus = 'unsupported';
      return;
    }
    if (this.wakeSentinel && !this.wakeSentinel.released) return;
    if (document.visibilityState !== 'visible') {
      this.wakeStatus = 'released';
      return;
    }
    this.wakeStatus = 'pending';
    try {
      const sentinel = await api.request('screen');
      if (!this.isConnected || (this.wakeLock as string) === 'off') {
        void sentinel.release();
        return;
      }
      this.wakeSentinel = sentinel;
      this.wakeStatus = 'active';
      sentinel.addEventListener('release', () => {
        if (this.wakeSentinel === sentinel) this.wakeStatus = 'released';
      });
    } catch (e) {
      this.wakeStatus = (e as { name?: string } | null)?.name === 'NotAllowedError' ? 'denied' : 'error';
    }
  }

  private readonly handleHostKey = (e: KeyboardEvent) => {
    if (e.ctrlKey && e.altKey && (e.key === 's' || e.key === 'S')) {
      e.preventDefault();
      void this.openSettings();
    }
  };

  private handleCornerTap(): void {
    const now = this.clock.now();
    this.adminTaps = [...this.adminTaps.filter((t) => now - t < ADMIN_TAP_WINDOW_MS), now];
    if (this.adminTaps.length >= ADMIN_TAPS) {
      this.adminTaps = [];
      void this.openSettings();
    }
  }

  /** Opens the settings (the PIN is asked first). Without `admin-pin` the settings stay closed. */
  async openSettings(): Promise<void> {
    if (!this.adminPin || this.mode === 'field') return;
    await import('../rating-settings/rating-settings.js');
    this.adminOpen = true;
  }

  private handleSettingsChange(e: CustomEvent<DeviceSettings>): void {
    const next: DeviceSettings = { ...e.detail };
    this.store?.saveSettings(next);
    this.settings = next;
    if (next.lang) this.setAttribute('lang', next.lang);
    this.baseLang = undefined;
  }

  // ── Language and speech ─────────────────────────────────────────────────

  private switchLang(lang: string): void {
    if (this.baseLang === undefined) this.baseLang = this.getAttribute('lang');
    this.setAttribute('lang', lang);
    this.speechStop?.();
    this.speechNotice = '';
    this.dispatch({ type: 'customise', at: this.clock.now() });
  }

  private async toggleSpeech(): Promise<void> {
    this.dispatch({ type: 'activity', at: this.clock.now() });
    if (this.speaking) {
      this.speechStop?.();
      return;
    }
    const lang = this.localize.lang;
    const lines = this.spokenLines();
    let m: typeof import('./speech.js');
    try {
      m = await import('./speech.js');
    } catch {
      this.speechNotice = 'unsupported';
      return;
    }
    this.speaking = true;
    this.speechNotice = '';
    const handle = m.speak(lines, lang);
    this.speechStop = () => {
      handle.stop();
      this.speaking = false;
    };
    const result = await handle.done;
    this.speaking = false;
    this.speechStop = undefined;
    if (result === 'no-voice') this.speechNotice = result;
    else if (result === 'unsupported' || result === 'error') this.speechNotice = 'unsupported';
  }

  /** What the speaker button reads on the current screen. */
  private spokenLines(): string[] {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const k = this.kiosk;
    const survey = this.activeSurvey;
    if (k.screen === 'thanks') return [t.thanks, t.thanksDetail];
    if (k.screen === 'error') return [t.errorTitle, t.errorDetail];
    const page = k.screen === 'page' ? k.pages[k.page] : undefined;
    if (page?.kind === 'follow-up') {
      const f = survey.followUp;
      return [t.followUpTitle, t.followUpHint, ...(f?.reasons ?? []).map((r) => localText(r.label, lang))];
    }
    if (page?.kind === 'indicator') {
      const q = this.indicatorQuestion(page.id);
      if (q) return [localText(q.title, lang), t.chooseOne(q.options.length), ...q.options.map((o, i) => `${i + 1}. ${localText(o.label, lang)}`)];
    }
    const opts = survey.question.options;
    return [localText(survey.question.title, lang), t.chooseOne(opts.length), ...opts.map((o, i) => `${i + 1}. ${localText(o.label, lang)}`)];
  }

  private indicatorQuestion(id: IndicatorId): IndicatorQuestion | undefined {
    return this.activeSurvey.indicators?.find((q) => q.id === id);
  }

  // ── Keyboard on radio groups ────────────────────────────────────────────

  private handleGroupKey(e: KeyboardEvent, count: number): void {
    const rtl = this.matches(':dir(rtl)');
    const step = { ArrowRight: rtl ? -1 : 1, ArrowDown: 1, ArrowLeft: rtl ? 1 : -1, ArrowUp: -1 }[e.key];
    let i = this.focusIndex;
    if (step !== undefined) i = (i + step + count) % count;
    else if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = count - 1;
    else return;
    e.preventDefault();
    this.focusIndex = i;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]')[i]?.focus());
  }

  // ── Render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.mode === 'field') return html`<div part="base" class="base field">${this.renderQuestion()}</div>`;
    const k = this.kiosk;
    return html`<div
      part="base"
      class="base"
      @pointerdown=${this.handleActivity}
      @keydown=${this.handleActivity}
      @input=${this.handleActivity}
    >
      ${this.renderHeader()}
      <div part="body" class="body ${k.screen}">${this.renderScreen()}</div>
      ${this.renderStatus()}
      <div part="admin-corner" class="admin-corner" @pointerup=${this.handleCornerTap}></div>
      <div class="visually-hidden" role="status">${this.liveText()}</div>
      ${k.promptAt !== undefined && k.screen === 'page' ? this.renderPrompt() : nothing}
      ${this.adminOpen
        ? html`<hcc-rating-settings
            .host=${this}
            .outbox=${this.store?.outbox}
            .syncState=${this.sync}
            .settings=${this.settings}
            .org=${this.org}
            .pin=${this.adminPin}
            .clock=${this.clock}
            lang=${this.localize.lang}
            theme=${this.theme || nothing}
            scale=${this.scale || nothing}
            @hcc-settings-change=${this.handleSettingsChange}
            @hcc-settings-close=${() => (this.adminOpen = false)}
          ></hcc-rating-settings>`
        : nothing}
    </div>`;
  }

  private readonly handleActivity = () => {
    if (this.kiosk.screen === 'start' && !this.kiosk.customised) return;
    this.dispatch({ type: 'activity', at: this.clock.now() });
  };

  private liveText(): string {
    const t = this.localize.t(strings);
    const k = this.kiosk;
    if (k.screen === 'thanks') return t.thanks;
    if (k.screen === 'error') return t.errorTitle;
    if (k.notice) return k.notice.kind === 'interval' ? t.waitNotice : t.ratedNotice;
    if (this.speechNotice) return this.speechNotice === 'no-voice' ? t.noVoice : t.noSpeech;
    return '';
  }

  private renderHeader(): TemplateResult {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const counter = this.counterInfo;
    const officer = this.officerInfo;
    const others = this.languages.split(/\s+/).filter((l) => l && l !== lang && availableLangs().includes(l));
    const names: Record<string, string> = {};
    for (const l of others) names[l] = strings.dict(l).langName;
    return html`<div part="header" class="header">
      <div class="context">
        ${officer?.photoUrl && this.officerDisplay === 'photo'
          ? html`<img part="officer-photo" class="photo" src=${officer.photoUrl} alt="" draggable="false" />`
          : nothing}
        <div class="context-text">
          ${counter ? html`<span class="counter">${t.counter(counter.number)}</span>` : nothing}
          ${officer
            ? html`<span class="muted-on-brand">${t.officer}: ${officer.name}${officer.title ? `, ${officer.title}` : ''}</span>`
            : nothing}
          ${this.dataError && !counter && this.dataKeys.needOrg ? html`<span class="muted-on-brand">${t.dataError}</span>` : nothing}
        </div>
      </div>
      <div part="tools" class="tools">
        ${others.map(
          (l) => html`<button type="button" class="tool" lang=${l} @click=${() => this.switchLang(l)}>${names[l]}</button>`,
        )}
        ${this.speech === 'on'
          ? html`<button
              type="button"
              class="tool"
              aria-pressed=${this.speaking ? 'true' : 'false'}
              aria-label=${this.speaking ? t.stopSpeaking : t.speak}
              @click=${this.toggleSpeech}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true">${ICON_SPEAKER}</svg>
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderScreen(): TemplateResult {
    const t = this.localize.t(strings);
    const k = this.kiosk;
    if (!this.effectiveUnitId) {
      return html`<h2 part="title" data-autofocus tabindex="-1">${t.unconfigured}</h2>
        <p class="hint">${t.unconfiguredDetail}</p>`;
    }
    switch (k.screen) {
      case 'page': {
        const page = k.pages[k.page];
        return page ? this.renderPage(page) : this.renderQuestion();
      }
      case 'saving':
        return html`<h2 part="title">${t.saving}</h2>`;
      case 'thanks':
        return html`<div part="thanks" class="thanks">
          <svg class="big-icon" viewBox="0 0 96 96" aria-hidden="true">${ICON_CHECK}</svg>
          <h2 part="title" data-autofocus tabindex="-1">${t.thanks}</h2>
          <p class="hint">${t.thanksDetail}</p>
        </div>`;
      case 'error':
        return html`<svg class="big-icon" viewBox="0 0 96 96" aria-hidden="true">${ICON_ALERT}</svg>
          <h2 part="title" tabindex="-1">${t.errorTitle}</h2>
          <p class="notice error" part="notice">${t.errorDetail}</p>
          <button type="button" part="button" class="button primary" data-autofocus @click=${() => this.dispatch({ type: 'retry', at: this.clock.now() })}>
            ${t.retry}
          </button>`;
      default:
        return this.renderQuestion();
    }
  }

  private renderQuestion(): TemplateResult {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const q = this.activeSurvey.question;
    const v = this.visit;
    const notice = this.kiosk.notice;
    const checked = this.fieldValue;
    const focusIndex = Math.min(this.focusIndex, q.options.length - 1);
    return html`<h2 part="title" id="title" data-autofocus tabindex="-1">${localText(q.title, lang)}</h2>
      ${v.ticketNumber && this.mode === 'kiosk' ? html`<p class="ticket">${t.ticket(v.ticketNumber)}</p>` : nothing}
      <div
        part="options"
        class="options"
        role="radiogroup"
        aria-labelledby="title"
        aria-required=${this.mode === 'field' && this.required ? 'true' : nothing}
        aria-disabled=${this.disabled ? 'true' : nothing}
        @keydown=${(e: KeyboardEvent) => this.handleGroupKey(e, q.options.length)}
      >
        ${q.options.map(
          (o, i) => html`<button
            type="button"
            role="radio"
            part="option"
            class="option level-${o.level}"
            aria-checked=${checked === o.level ? 'true' : 'false'}
            tabindex=${i === focusIndex ? '0' : '-1'}
            ?disabled=${this.disabled}
            @click=${() => {
              this.focusIndex = i;
              this.choose(o);
            }}
          >
            <span part="face">${face(o.face)}</span>
            <span part="label">${localText(o.label, lang)}</span>
          </button>`,
        )}
      </div>
      ${notice && this.mode === 'kiosk'
        ? html`<p part="notice" class="notice">${notice.kind === 'interval' ? t.waitNotice : t.ratedNotice}</p>`
        : nothing}`;
  }

  private renderPage(page: SurveyPage): TemplateResult {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const k = this.kiosk;
    const draft = k.draft;
    const now = () => this.clock.now();
    const progress = k.pages.length > 1 ? html`<p class="progress">${t.pageOf(k.page + 1, k.pages.length)}</p>` : nothing;
    const back = html`<button type="button" part="button" class="button" @click=${() => this.dispatch({ type: 'back', at: now() })}>${t.back}</button>`;
    const skip = html`<button type="button" part="button" class="button" @click=${() => this.dispatch({ type: 'skip', at: now() })}>${t.skip}</button>`;
    if (page.kind === 'follow-up') {
      const f = this.activeSurvey.followUp;
      const last = k.page === k.pages.length - 1;
      const max = Math.min(500, f?.commentMax ?? 500);
      return html`${progress}
        <h2 part="title" id="title" data-autofocus tabindex="-1">${t.followUpTitle}</h2>
        <p class="hint" id="hint">${t.followUpHint}</p>
        <div class="reasons" role="group" aria-labelledby="title">
          ${(f?.reasons ?? []).map(
            (r) => html`<button
              type="button"
              part="reason"
              class="chip"
              aria-pressed=${draft?.reasons.includes(r.id) ? 'true' : 'false'}
              @click=${() => this.dispatch({ type: 'reason', at: now(), id: r.id })}
            >
              ${localText(r.label, lang)}
            </button>`,
          )}
        </div>
        ${f?.comment
          ? html`<label class="comment" part="comment">
              <span>${t.comment}</span>
              <textarea
                maxlength=${max}
                rows="3"
                .value=${draft?.comment ?? ''}
                aria-describedby="count"
                @input=${(e: Event) => this.dispatch({ type: 'comment', at: now(), text: (e.target as HTMLTextAreaElement).value.slice(0, max) })}
              ></textarea>
              <span class="count" id="count">${t.commentCount((draft?.comment ?? '').length, max)}</span>
            </label>`
          : nothing}
        <div class="actions">
          ${back} ${skip}
          <button type="button" part="button" class="button primary" @click=${() => this.dispatch({ type: 'next', at: now() })}>
            ${last ? t.send : t.next}
          </button>
        </div>`;
    }
    const q = this.indicatorQuestion(page.id);
    if (!q) return html`${skip}`;
    const chosen = draft?.indicators[page.id];
    return html`${progress}
      <h2 part="title" id="title" data-autofocus tabindex="-1">${localText(q.title, lang)}</h2>
      <div part="options" class="options" role="radiogroup" aria-labelledby="title" @keydown=${(e: KeyboardEvent) => this.handleGroupKey(e, q.options.length)}>
        ${q.options.map(
          (o, i) => html`<button
            type="button"
            role="radio"
            part="option"
            class="choice"
            aria-checked=${chosen === o.points ? 'true' : 'false'}
            tabindex=${i === Math.min(this.focusIndex, q.options.length - 1) ? '0' : '-1'}
            @click=${() => this.answerIndicator(page.id, o.points)}
          >
            <span part="label">${localText(o.label, lang)}</span>
          </button>`,
        )}
      </div>
      <div class="actions">${back} ${skip}</div>`;
  }

  private answerIndicator(id: IndicatorId, points: IndicatorPoints): void {
    this.focusIndex = 0;
    this.dispatch({ type: 'indicator', at: this.clock.now(), id, points });
  }

  private renderPrompt(): TemplateResult {
    const t = this.localize.t(strings);
    const k = this.kiosk;
    const left = Math.max(0, Math.ceil(((k.promptAt ?? 0) + this.config.promptMs - this.promptNow) / 1000));
    return html`<dialog
      part="prompt"
      class="prompt"
      role="alertdialog"
      aria-labelledby="prompt-title"
      aria-describedby="prompt-body"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.dispatch({ type: 'activity', at: this.clock.now() });
      }}
    >
      <h2 id="prompt-title">${t.promptTitle}</h2>
      <p id="prompt-body">${t.promptBody(left)} ${this.config.partial === 'submit' ? t.promptPartial : ''}</p>
      <button type="button" part="button" class="button primary" autofocus @click=${() => this.dispatch({ type: 'activity', at: this.clock.now() })}>
        ${t.promptContinue}
      </button>
    </dialog>`;
  }

  private renderStatus(): TemplateResult {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const s = this.sync;
    const n = (x: number) => formatNumber(x, lang);
    const waiting = s.pending + this.unsaved.length;
    const parts: string[] = [];
    if (waiting > 0) parts.push(t.pending(n(waiting)));
    else parts.push(t.synced);
    if (this.unsaved.length) parts.push(t.unsaved(n(this.unsaved.length)));
    if (s.syncing) parts.push(t.syncing);
    else if (s.lastError && waiting > 0) parts.push(t.syncError);
    if (s.lastSyncAt !== undefined) {
      const sameDay = Math.abs(this.clock.now() - s.lastSyncAt) < 12 * 3_600_000;
      parts.push(t.lastSync(sameDay ? formatTime(s.lastSyncAt, lang, VN_TIME_ZONE) : formatDateTime(s.lastSyncAt, lang, VN_TIME_ZONE)));
    } else if (waiting > 0) parts.push(t.neverSynced);
    if (s.deadLetters > 0) parts.push(t.rejected(n(s.deadLetters)));
    const cls = this.unsaved.length || s.deadLetters ? 'failing' : waiting > 0 ? 'pending' : '';
    return html`<div part="status" class="status ${cls}" aria-label=${t.syncStatus} role="group">
      <span class="dot" aria-hidden="true"></span><span>${parts.join(' · ')}</span>
    </div>`;
  }
}

define('hcc-rating-form', HccRatingForm);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-rating-form': HccRatingForm;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-rating-submit': CustomEvent<RatingDetail>;
    'hcc-rating-stored': CustomEvent<RatingDetail>;
    'hcc-rating-synced': CustomEvent<RatingSyncedDetail>;
    'hcc-rating-suppressed': CustomEvent<RatingSuppressedDetail>;
    'hcc-rating-rejected': CustomEvent<RatingRejectedDetail>;
    'hcc-rating-error': CustomEvent<RatingErrorDetail>;
    'hcc-data-error': CustomEvent<RatingErrorDetail>;
    'hcc-sync-state': CustomEvent<RatingSyncState>;
  }
}
