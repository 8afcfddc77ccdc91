import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from '../../internal/style-map.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import styles from './queue-board.styles.js';
import { strings } from './strings.js';
import type { Clock } from '../../core/time/index.js';
import { VN_TIME_ZONE, MINUTE, zoneOffsetMinutes } from '../../core/time/index.js';
import { formatDate, formatTime, intlLocale } from '../../core/format/index.js';
import { buildBoardModel, type BoardCall, type BoardCounter, type BoardModel, type BoardService } from '../../core/queue/board-model.js';
import { roundWaitRange, type WaitEstimate } from '../../core/queue/wait-estimate.js';
import {
  announcementText, DEFAULT_CALL_TEMPLATE_EN, DEFAULT_CALL_TEMPLATE_VI, DEFAULT_RECALL_TEMPLATE_EN, DEFAULT_RECALL_TEMPLATE_VI, type NumberStyle,
} from '../../core/queue/announcement-text.js';
import { AnnouncementQueue } from '../../core/queue/announcement-queue.js';
import type { Call, Priority } from '../../data/schemas/queue.js';
import type { DataError } from '../../data/errors.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { QueueLiveController, type LiveConnection } from '../../controllers/queue-live-controller.js';
import { systemClock } from '../../data/adapters/http/runtime.js';
import { HallAudio, type HallAudioEnvironment, type HallAudioState } from './hall-audio.js';

/** Layout of the board: `auto` follows the board's own orientation. */
export type QueueBoardLayout = 'auto' | 'landscape' | 'portrait' | 'compact';

/** Detail of `hcc-ticket-called`. */
export interface TicketCalledDetail {
  /** The call, with its counter number and service name. */
  call: BoardCall;
  /** The sentence announced (or that would be, with sound off). */
  text: string;
  /** Whether the call went to the voice queue (sound on and not blocked). */
  spoken: boolean;
  /** Whether the call was missed while disconnected and announced after the reconnect. */
  catchUp: boolean;
}

/** Detail of `hcc-connection-state`. */
export interface ConnectionStateDetail {
  state: LiveConnection;
  /** Whether the data on screen is stale (two heartbeats missed). */
  stale: boolean;
  /** When the last data arrived (ISO, the board's clock), or null before any. */
  lastDataAt: string | null;
  /** Reconnect attempts since the last healthy connection. */
  attempt: number;
}

/** Sound state reported by `hcc-audio-state`: `off` when the board has sound turned off. */
export type QueueBoardAudioState = HallAudioState | 'off';

/** Detail of `hcc-audio-state`. */
export interface AudioStateDetail {
  state: QueueBoardAudioState;
  /** Whether calls are spoken (a voice exists for the announcement language); false means chime only. */
  speech: boolean;
  /** Name of the voice used, or null. */
  voice: string | null;
  /** Announcement language. */
  lang: string;
}

/** Detail of `hcc-data-rejected`. */
export interface DataRejectedDetail {
  error: DataError;
  /** Payloads rejected so far. */
  count: number;
}

const weekdayCache = new Map<string, Intl.DateTimeFormat>();
function weekday(ms: number, lang: string): string {
  let f = weekdayCache.get(lang);
  if (!f) weekdayCache.set(lang, (f = new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'long', timeZone: VN_TIME_ZONE })));
  const s = f.format(ms);
  return s.charAt(0).toLocaleUpperCase(intlLocale(lang)) + s.slice(1);
}

const PRIORITY_ICON = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 5.2l1.9 4.3 4.6.4-3.5 3 1.1 4.6L12 15.1l-4.1 2.4 1.1-4.6-3.5-3 4.6-.4z" fill="currentColor"/></svg>`;
const RECALL_ICON = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/><path d="M20 3.5v5h-5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const SOUND_ICON = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;

/**
 * @summary The hall screen of a one-stop centre: the number called now and to which counter, recent
 * calls, each counter's state, and per service the people waiting and an honest wait range; with a
 * Vietnamese voice, and open about stale data.
 *
 * @description Live from the unit's queue (SSE from an HTTP back end, or the embedded local source
 * and its simulator), reconnecting with backoff and a full snapshot on every reconnect. Each call is
 * announced exactly once (by `epoch`/`seq`, also across reconnects and reloads): a chime, then the
 * sentence from a template spoken `repeat` times by a vi-VN voice when the device has one. Numbers
 * only, unless `show-names` is set. Built to run for weeks on a TV: no growth of listeners, timers or
 * DOM, a periodic snapshot refresh and an optional nightly reload.
 *
 * @event hcc-ticket-called - {CustomEvent<TicketCalledDetail>} A new call (or recall) to announce.
 * @event hcc-connection-state - {CustomEvent<ConnectionStateDetail>} The connection or staleness changed.
 * @event hcc-audio-state - {CustomEvent<AudioStateDetail>} Sound became ready, blocked, voiceless or off.
 * @event hcc-data-rejected - {CustomEvent<DataRejectedDetail>} An inbound payload failed its schema and was dropped.
 * @event hcc-reload - {CustomEvent<{ at: string }>} Cancelable; the nightly reload (`reload-at`) is about to reload the page.
 *
 * @csspart base - The board.
 * @csspart header - Centre name and clock.
 * @csspart now - The call of the moment.
 * @csspart number - Ticket number of the call of the moment.
 * @csspart recent - Recent calls.
 * @csspart counters - Counter states.
 * @csspart services - Waiting counts and estimated waits.
 * @csspart banner - The stale-data banner.
 * @csspart status - The status line (connection, sound).
 * @csspart unlock - The "turn on sound" button.
 *
 * @cssproperty --hcc-queue-board-height - Height of the full-screen layouts (default `100vh`).
 * @cssproperty --hcc-queue-board-accent - Colour of counter numbers (default the brand colour).
 * @cssproperty --hcc-queue-board-digits - Colour of ticket digits (default the text colour, ≥ 7:1 on the surface).
 *
 * @status experimental
 */
export class HccQueueBoard extends HccElement {
  static override styles = [tokenStyles, styles];

  /** Unit whose queue is shown; empty shows the centre (first unit of kind `centre` with counters). */
  @property({ attribute: 'unit-id' }) unitId = '';
  /** Services (lĩnh vực ids) shown, separated by commas or spaces; empty shows all. */
  @property() services = '';
  /** `auto` (default: landscape or portrait by the board's shape), `landscape`, `portrait`, or `compact` for a web page. */
  @property({ reflect: true }) layout: QueueBoardLayout = 'auto';
  /** Recent calls listed besides the current one; -1 picks by layout (4 on a screen, 3 compact). */
  @property({ type: Number, attribute: 'recent-count' }) recentCount = -1;
  /** Show citizens' names when the queue has them. Off by default: numbers only. */
  @property({ type: Boolean, attribute: 'show-names' }) showNames = false;
  /** Base URL of an HTTP back end (otherwise the nearest `<hcc-data-source>` or the embedded local source). */
  @property() api = '';
  /** Run the demo queue simulator in the embedded local source. */
  @property({ type: Boolean }) simulate = false;
  /** Title shown instead of the unit's name. */
  @property() heading = '';
  /** Heartbeat interval of the stream, ms (15 000 by the HTTP contract); 0 for a source without heartbeats. */
  @property({ type: Number, attribute: 'heartbeat-ms' }) heartbeatMs = 15_000;
  /** Periodic full refresh of the queue and organisation, minutes; 0 turns it off. */
  @property({ type: Number, attribute: 'refresh-minutes' }) refreshMinutes = 10;
  /** Local time `HH:mm` (Asia/Ho_Chi_Minh) to reload the page every night, e.g. `03:30`; empty for never. */
  @property({ attribute: 'reload-at' }) reloadAt = '';
  /** Sound: `auto` (on, except in the compact layout), `on` or `off`. */
  @property() audio: 'auto' | 'on' | 'off' = 'auto';
  /** Language of the spoken calls (default: the board's language). */
  @property({ attribute: 'announce-lang' }) announceLang = '';
  /** Sentence of a call; `{số}`/`{number}` and `{quầy}`/`{counter}` are filled in. Default "Mời công dân có số {số} đến quầy số {quầy}". */
  @property({ attribute: 'announce-template' }) announceTemplate = '';
  /** Sentence of a recall (default "Xin mời lại công dân có số {số} đến quầy số {quầy}"). */
  @property({ attribute: 'recall-template' }) recallTemplate = '';
  /** How ticket numbers are spoken: `words` ("một nghìn không trăm hai mươi ba") or `digits` ("một không hai ba"). */
  @property({ attribute: 'number-style' }) numberStyle: NumberStyle = 'words';
  /** Times each call is spoken (default 2). */
  @property({ type: Number }) repeat = 2;
  /** Silence between repetitions, ms (default 1 500). */
  @property({ type: Number, attribute: 'repeat-gap-ms' }) repeatGapMs = 1500;

  /** Time and timers (default: the system clock). Tests and simulations pass their own. */
  @property({ attribute: false }) clock?: Clock;
  /**
   * Where sound comes from (default: the browser's Web Audio and `speechSynthesis`). A TV app can pass
   * a bridge to its native speech engine.
   */
  @property({ attribute: false }) audioEnvironment?: HallAudioEnvironment;

  /** Connection of the stream, reflected for styling. */
  @property({ reflect: true }) connection: LiveConnection = 'idle';
  /** Whether the data shown is stale, reflected for styling. */
  @property({ type: Boolean, reflect: true }) stale = false;
  /** Sound state, reflected for styling. */
  @property({ reflect: true, attribute: 'audio-state' }) audioState: QueueBoardAudioState = 'off';

  @state() private orientation: 'landscape' | 'portrait' = 'landscape';
  @state() private spokenText = '';
  @query('.now') private nowEl?: HTMLElement;
  @query('.unlock') private unlockEl?: HTMLButtonElement;

  private readonly live = new QueueLiveController(this, {
    unitId: () => this.unitId,
    clock: () => this.clock,
    heartbeatMs: () => this.heartbeatMs,
    refreshMs: () => Math.max(0, this.refreshMinutes) * MINUTE,
    onCalls: (calls, from) => this.onCalls(calls, from),
    onRejected: (error) => this.emit<DataRejectedDetail>('hcc-data-rejected', { error, count: this.live.rejected }),
    onConnection: () => this.syncConnection(),
  });
  /** @internal */
  protected readonly sourceCtl = new DataSourceController(this, () => ({ api: this.api, simulate: this.simulate }), (source, signal) => this.live.connect(source, signal));
  private readonly ticker = new ClockController(this, { clock: () => this.clock, resolutionMs: 1000, onTick: (now) => this.onTick(now) });

  private hallAudio?: HallAudio;
  private announcer?: AnnouncementQueue;
  private resize?: ResizeObserver;
  private model?: BoardModel;
  private modelKey = '';
  private shownMinute = -1;
  private flashKey = '';
  private flashedKey = '';
  private flash?: Animation;
  private nextReloadAt?: number;
  private lastAudioDetail = '';
  private audioKey = '';
  private envVersion = 0;

  private get time(): Clock {
    return this.clock ?? systemClock;
  }

  /** The layout in effect (`auto` resolved). */
  get resolvedLayout(): Exclude<QueueBoardLayout, 'auto'> {
    return this.layout === 'auto' ? this.orientation : this.layout;
  }

  private get soundOn(): boolean {
    return this.audio === 'on' || (this.audio === 'auto' && this.resolvedLayout !== 'compact');
  }

  private get spokenLang(): string {
    return this.announceLang.trim() || this.localize.lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function') {
      this.resize = new ResizeObserver((entries) => {
        const box = entries[0]?.contentRect;
        if (!box) return;
        const o = box.height > box.width ? 'portrait' : 'landscape';
        if (o !== this.orientation) this.orientation = o;
      });
      this.resize.observe(this);
    }
    this.scheduleReload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.resize = undefined;
    this.stopAudio();
    this.audioKey = '';
    this.flash?.cancel();
    this.flash = undefined;
  }

  /**
   * Enables sound after the browser blocked it. Must run inside a user gesture (a tap or key press);
   * the board calls it itself when its "Bật âm thanh" overlay or any part of it is tapped.
   */
  async enableSound(): Promise<void> {
    if (!this.hallAudio) return;
    await this.hallAudio.unlock();
    this.syncAudio();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('unitId') && changed.get('unitId') !== undefined) this.live.restart();
    if (changed.has('clock') && changed.get('clock') !== undefined) {
      this.ticker.restart();
      this.envVersion++;
    }
    if (changed.has('reloadAt') || changed.has('clock')) this.scheduleReload();
    if (changed.has('audioEnvironment')) this.envVersion++;
    // Sound restarts only when its settings change, not on every layout change (an unlocked context stays).
    const key = `${this.soundOn}|${this.spokenLang}|${this.repeat}|${this.repeatGapMs}|${this.envVersion}`;
    if (this.isConnected && key !== this.audioKey) {
      this.audioKey = key;
      this.restartAudio();
    }
    this.connection = this.live.connection;
    this.stale = this.live.stale(this.ticker.now || this.time.now());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('stale') || changed.has('connection')) {
      if (changed.get('stale') !== undefined || changed.get('connection') !== undefined) this.emitConnection();
    }
    if (this.flashKey && this.flashKey !== this.flashedKey && this.nowEl) {
      this.flashedKey = this.flashKey;
      this.startFlash();
    }
    if (this.audioState === 'blocked' && changed.has('audioState') && this.resolvedLayout !== 'compact') this.unlockEl?.focus({ preventScroll: true });
  }

  // ── Time ────────────────────────────────────────────────────────────────────

  private onTick(now: number): boolean {
    const wasStale = this.stale;
    const isStale = this.live.stale(now);
    const minute = Math.floor(now / MINUTE);
    if (this.nextReloadAt !== undefined && now >= this.nextReloadAt) this.reloadNow(now);
    const render = isStale !== wasStale || minute !== this.shownMinute;
    this.shownMinute = minute;
    return render;
  }

  private scheduleReload(): void {
    const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(this.reloadAt.trim());
    if (!m) {
      this.nextReloadAt = undefined;
      return;
    }
    const now = this.time.now();
    const off = zoneOffsetMinutes(VN_TIME_ZONE, now);
    const localMidnight = Math.floor((now + off * MINUTE) / 86_400_000) * 86_400_000 - off * MINUTE;
    let at = localMidnight + (Number(m[1]) * 60 + Number(m[2])) * MINUTE;
    if (at <= now) at += 86_400_000;
    this.nextReloadAt = at;
  }

  private reloadNow(now: number): void {
    this.nextReloadAt = undefined;
    const go = this.emit('hcc-reload', { at: new Date(now).toISOString() }, { cancelable: true });
    if (go) globalThis.location?.reload();
    else this.scheduleReload();
  }

  // ── Sound ───────────────────────────────────────────────────────────────────

  private stopAudio(): void {
    this.announcer?.dispose();
    this.announcer = undefined;
    this.hallAudio?.dispose();
    this.hallAudio = undefined;
  }

  private restartAudio(): void {
    this.stopAudio();
    if (!this.isConnected || !this.soundOn) {
      this.syncAudio();
      return;
    }
    const audio = new HallAudio(this.audioEnvironment ?? {}, this.time, () => this.syncAudio());
    this.hallAudio = audio;
    audio.setLang(this.spokenLang);
    this.announcer = new AnnouncementQueue({
      clock: this.time,
      output: audio,
      repeat: Math.max(1, Math.floor(this.repeat) || 1),
      gapMs: Math.max(0, this.repeatGapMs),
      speech: audio.canSpeak,
    });
    this.syncAudio();
    void audio.probe().then(() => {
      if (this.hallAudio === audio) this.syncAudio();
    });
  }

  private syncAudio(): void {
    const audio = this.hallAudio;
    const next: QueueBoardAudioState = audio ? audio.state : 'off';
    if (next === 'blocked' && this.audioState !== 'blocked') this.announcer?.clear();
    this.audioState = next;
    this.announcer?.setSpeech(audio?.canSpeak ?? false);
    const detail: AudioStateDetail = { state: next, speech: audio?.canSpeak ?? false, voice: audio?.voice?.name ?? null, lang: this.spokenLang };
    const key = JSON.stringify(detail);
    if (key !== this.lastAudioDetail) {
      this.lastAudioDetail = key;
      this.emit<AudioStateDetail>('hcc-audio-state', detail);
    }
    this.requestUpdate();
  }

  private onCalls(calls: Call[], from: 'event' | 'snapshot'): void {
    const index = this.live.index;
    const lang = this.spokenLang;
    const vi = lang === 'vi' || lang.startsWith('vi-');
    for (const c of calls) {
      const counter = index?.counters.get(c.counterId);
      const service = index?.fields.get(c.serviceId);
      const call: BoardCall = {
        seq: c.seq, ticketId: c.ticketId, number: c.number, counterId: c.counterId, serviceId: c.serviceId, at: c.at, recall: c.recall,
        recalls: this.live.snapshot?.tickets.find((t) => t.id === c.ticketId)?.recalls ?? (c.recall ? 1 : 0), priority: c.priority,
        ...(counter ? { counterNumber: counter.number, counterName: counter.name } : {}),
        ...(service ? { serviceName: service.name } : {}),
      };
      const template = c.recall
        ? this.recallTemplate.trim() || (vi ? DEFAULT_RECALL_TEMPLATE_VI : DEFAULT_RECALL_TEMPLATE_EN)
        : this.announceTemplate.trim() || (vi ? DEFAULT_CALL_TEMPLATE_VI : DEFAULT_CALL_TEMPLATE_EN);
      const words = { number: c.number, counter: counter?.number ?? 0, ...(counter ? { counterName: counter.name } : {}), ...(service ? { service: service.name } : {}) };
      const text = announcementText(template, words, { lang, numberStyle: this.numberStyle === 'digits' ? 'digits' : 'words' });
      // While sound is still being probed (the first moments after start) calls are queued too; they
      // are dropped if sound turns out to be blocked.
      const state = this.hallAudio?.state;
      const spoken = Boolean(this.announcer && (state === 'ready' || state === 'pending'));
      if (spoken) this.announcer!.enqueue({ key: c.ticketId, text, lang: vi ? 'vi-VN' : lang });
      // Screen readers get the sentence with numerals, which they read well in any language.
      this.spokenText = announcementText(template, words, { lang: 'en' });
      this.flashKey = `${c.seq}`;
      this.emit<TicketCalledDetail>('hcc-ticket-called', { call, text, spoken, catchUp: from === 'snapshot' });
    }
  }

  private startFlash(): void {
    this.flash?.cancel();
    this.flash = undefined;
    const el = this.nowEl;
    if (!el || typeof el.animate !== 'function') return;
    if (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    // Two flashes a second (WCAG 2.3.1 allows three), for 3 s; 10 s when calls cannot be spoken.
    const iterations = this.hallAudio?.canSpeak || !this.soundOn ? 6 : 20;
    this.flash = el.animate([{ opacity: 1 }, { opacity: 0.25, offset: 0.5 }, { opacity: 1 }], { duration: 500, iterations, easing: 'steps(2, jump-none)' });
    this.flash.onfinish = () => {
      this.flash = undefined;
    };
  }

  // ── Connection ──────────────────────────────────────────────────────────────

  private syncConnection(): void {
    this.requestUpdate();
  }

  private emitConnection(): void {
    const at = this.live.lastDataAt;
    this.emit<ConnectionStateDetail>('hcc-connection-state', {
      state: this.live.connection,
      stale: this.stale,
      lastDataAt: at === undefined ? null : new Date(at).toISOString(),
      attempt: this.live.attempt,
    });
  }

  // ── Rendering ───────────────────────────────────────────────────────────────

  private serviceFilter(): string[] {
    return this.services.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
  }

  private recent(): number {
    if (this.recentCount >= 0) return Math.min(20, Math.floor(this.recentCount));
    return this.resolvedLayout === 'compact' ? 3 : 4;
  }

  private currentModel(now: number): BoardModel | undefined {
    const s = this.live.snapshot;
    const index = this.live.index;
    if (!s || !index) return undefined;
    const key = `${this.live.version}|${Math.floor(now / MINUTE)}|${this.services}|${this.recent()}|${this.showNames}`;
    if (key !== this.modelKey || !this.model) {
      this.model = buildBoardModel(s, index, { now, serviceIds: this.serviceFilter(), recentCount: this.recent(), showNames: this.showNames });
      this.modelKey = key;
    }
    return this.model;
  }

  private centreName(): string {
    const t = this.localize.t(strings);
    if (this.heading.trim()) return this.heading.trim();
    const unit = this.live.unitId ? this.live.index?.units.get(this.live.unitId) : undefined;
    return unit?.name ?? t.defaultCentre;
  }

  override render() {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const now = this.ticker.now || this.time.now();
    const layout = this.resolvedLayout;
    const compact = layout === 'compact';
    const model = this.currentModel(now);
    const centre = this.centreName();
    const level = compact ? 2 : 1;
    const counters = model?.counters ?? [];
    const vars = {
      '--_service-rows': String(Math.max(4, model?.services.length ?? 0)),
      '--_counter-cols': String(Math.max(1, Math.min(layout === 'portrait' ? 4 : 6, counters.length))),
      '--_counter-rows': String(Math.max(1, Math.ceil(counters.length / Math.max(1, Math.min(layout === 'portrait' ? 4 : 6, counters.length))))),
      '--_recent-rows': String(Math.max(1, this.recent())),
    };
    return html`<div part="base" class="board ${layout}" role="region" aria-label=${t.boardLabel(centre)} style=${styleMap(vars)} @click=${this.onBoardClick}>
      <div part="header" class="header">
        <div class="centre" role="heading" aria-level=${level}>${centre}</div>
        ${this.stale && !compact ? this.renderBanner(t, lang) : nothing}
        <div class="clock">
          <time class="time" datetime=${new Date(now).toISOString()}>${formatTime(now, lang, VN_TIME_ZONE)}</time>
          <span class="date">${weekday(now, lang)}, ${formatDate(now, lang, VN_TIME_ZONE)}</span>
        </div>
      </div>
      ${this.stale && compact ? this.renderBanner(t, lang) : nothing}
      ${model ? this.renderBody(t, model, level) : this.renderLoading(t)}
      ${this.renderStatus(t, lang)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.spokenText}</div>
      ${this.audioState === 'blocked' ? this.renderUnlock(t) : nothing}
    </div>`;
  }

  private renderBanner(t: ReturnType<typeof strings.dict>, lang: string) {
    const at = this.live.lastDataAt;
    return html`<div part="banner" class="banner" role="alert">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2.5 1.5 21h21z" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round"/><path d="M12 9v5.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/><circle cx="12" cy="17.6" r="1.4" fill="currentColor"/></svg>
      <span><strong>${t.stale(formatTime(at, lang, VN_TIME_ZONE))}</strong> <span class="hint">${t.staleHint}</span></span>
    </div>`;
  }

  private renderLoading(t: ReturnType<typeof strings.dict>) {
    // Until a valid state arrives, a rejected one is the reason nothing is shown, not a slow load.
    const err = this.live.error ?? this.live.lastRejection;
    const text = err ? (err.kind === 'not_found' ? t.errorNotFound : err.kind === 'network' || err.kind === 'offline' || err.kind === 'http' ? t.errorNetwork : t.errorOther) : t.loading;
    return html`<div class="loading" role="status">${text}</div>`;
  }

  private renderBody(t: ReturnType<typeof strings.dict>, m: BoardModel, level: number) {
    const allClosed = m.counters.length > 0 && m.counters.every((c) => c.state === 'closed');
    return html`<div class="body">
      ${this.renderNow(t, m.current, allClosed, level)}
      <section part="recent" class="recent" aria-labelledby="recent-h">
        <div id="recent-h" class="section-title" role="heading" aria-level=${level + 1}>${t.recentCalls}</div>
        ${m.recent.length
          ? html`<ol class="recent-list">${m.recent.map((c) => html`<li class="recent-item ${c.priority !== 'none' ? 'priority' : ''}">
              <span class="num digits">${c.number}</span>
              <span class="arrow" aria-hidden="true">→</span>
              <span class="to">${c.counterNumber !== undefined ? t.counterN(c.counterNumber) : t.counterUnknown}</span>
              ${this.renderMarks(t, c, true)}
              ${c.name ? html`<span class="name">${c.name}</span>` : nothing}
            </li>`)}</ol>`
          : html`<p class="muted">${t.recentNone}</p>`}
      </section>
      ${this.renderServices(t, m, level)}
      ${this.renderCounters(t, m.counters, level)}
    </div>`;
  }

  private renderMarks(t: ReturnType<typeof strings.dict>, c: Pick<BoardCall, 'priority' | 'recall' | 'recalls'>, small = false) {
    const p = c.priority as Priority;
    return html`${p !== 'none'
      ? html`<span class="badge badge-priority ${small ? 'small' : ''}">${PRIORITY_ICON}${small
          ? html`<span class="visually-hidden">${t.priority} – ${t.priorityKind(p)}</span>`
          : html`<span>${t.priority}</span> <span class="kind">· ${t.priorityKind(p)}</span>`}</span>`
      : nothing}${c.recall
      ? html`<span class="badge badge-recall ${small ? 'small' : ''}">${RECALL_ICON}<span class=${small ? 'visually-hidden' : ''}>${c.recalls > 1 ? t.recallTimes(c.recalls) : t.recall}</span></span>`
      : nothing}`;
  }

  private renderNow(t: ReturnType<typeof strings.dict>, c: BoardCall | undefined, allClosed: boolean, level: number) {
    const noVoice = this.soundOn && this.audioState === 'ready' && !this.hallAudio?.canSpeak;
    return html`<section part="now" class="now ${c?.recall ? 'is-recall' : ''} ${noVoice ? 'no-voice' : ''}" aria-labelledby="now-h">
      <div id="now-h" class="section-title now-title" role="heading" aria-level=${level + 1}>${t.nowCalling}</div>
      ${c
        ? html`<div class="now-call">
            <span part="number" class="now-number digits ${String(c.number).length > 4 ? 'long' : ''}"><span class="visually-hidden">${t.ticket} </span>${c.number}</span>
            <span class="now-to"><span class="now-to-label">${t.toCounter}</span> <span class="now-counter digits">${c.counterNumber ?? '–'}</span></span>
          </div>
          <div class="now-marks">${this.renderMarks(t, c)}${c.serviceName ? html`<span class="now-service">${c.serviceName}</span>` : nothing}${c.name ? html`<span class="name">${c.name}</span>` : nothing}</div>`
        : html`<p class="now-empty">${allClosed ? t.closedHall : t.nowCallingNone}</p>`}
    </section>`;
  }

  private waitText(t: ReturnType<typeof strings.dict>, e: WaitEstimate): { text: string; note?: string; kind: string } {
    switch (e.kind) {
      case 'no-wait':
        return { text: t.waitNone, kind: 'none' };
      case 'no-data':
        return { text: t.waitNoData, kind: 'no-data' };
      case 'no-counter':
        return { text: e.paused ? t.waitPaused : t.waitNoCounter, kind: 'no-counter' };
      case 'estimate': {
        const r = roundWaitRange(e.low, e.high);
        const text = r.over ? t.waitOver(r.low) : r.low === 0 ? t.waitUnder(r.high) : t.waitRange(r.low, r.high);
        return e.confidence === 'low' ? { text, note: t.waitLowConfidence, kind: 'estimate' } : { text, kind: 'estimate' };
      }
    }
  }

  private renderServices(t: ReturnType<typeof strings.dict>, m: BoardModel, level: number) {
    return html`<section part="services" class="services" aria-labelledby="services-h">
      <div id="services-h" class="section-title" role="heading" aria-level=${level + 1}>${t.services}</div>
      ${m.services.length
        ? html`<table class="service-table">
            <colgroup><col class="col-name" /><col class="col-n" /><col class="col-wait" /></colgroup>
            <thead><tr><th scope="col">${t.serviceCol}</th><th scope="col" class="n">${t.waitingCol}</th><th scope="col">${t.waitCol}</th></tr></thead>
            <tbody>${m.services.map((s) => this.renderService(t, s))}</tbody>
          </table>`
        : nothing}
      ${m.waiting === 0 ? html`<p class="muted empty-hall">${t.emptyHall}</p>` : nothing}
    </section>`;
  }

  private renderService(t: ReturnType<typeof strings.dict>, s: BoardService) {
    const w = this.waitText(t, s.estimate);
    return html`<tr class="service wait-${w.kind}">
      <th scope="row" class="service-name">${s.name}</th>
      <td class="n"><span class="digits waiting">${t.waitingCount(s.waiting)}</span>${s.priorityWaiting
        ? html` <span class="priority-count">${PRIORITY_ICON}<span>${t.priorityWaiting(s.priorityWaiting)}</span></span>`
        : nothing}</td>
      <td class="wait">${w.text}${w.note ? html`<span class="note"> (${w.note})</span>` : nothing}</td>
    </tr>`;
  }

  private renderCounters(t: ReturnType<typeof strings.dict>, counters: BoardCounter[], level: number) {
    const label = (c: BoardCounter): string =>
      c.state === 'closed' ? t.counterClosed : c.state === 'paused' ? t.counterPaused : c.state === 'calling' ? t.counterCalling : c.state === 'serving' ? t.counterServing : t.counterIdle;
    return html`<section part="counters" class="counters" aria-labelledby="counters-h">
      <div id="counters-h" class="section-title" role="heading" aria-level=${level + 1}>${t.counters}</div>
      <ul class="counter-list">${counters.map(
        (c) => html`<li class="counter state-${c.state}">
          <span class="counter-no"><span class="visually-hidden">${t.counterWord} </span>${c.number}</span>
          <span class="counter-state">${c.ticketNumber !== undefined
            ? html`<span class="visually-hidden">${label(c)} </span><span class="digits counter-ticket">${c.ticketNumber}</span>${c.priority && c.priority !== 'none' ? html`<span class="badge badge-priority small">${PRIORITY_ICON}<span class="visually-hidden">${t.priority}</span></span>` : nothing}`
            : html`${c.state === 'paused' ? html`<span class="pause-mark" aria-hidden="true">⏸</span>` : c.state === 'closed' ? html`<span class="closed-mark" aria-hidden="true">✕</span>` : nothing}<span>${label(c)}</span>`}</span>
        </li>`,
      )}</ul>
    </section>`;
  }

  private renderStatus(t: ReturnType<typeof strings.dict>, lang: string): TemplateResult {
    const conn = this.live.connection;
    const connText =
      conn === 'live' ? t.connLive : conn === 'connecting' ? t.connConnecting : conn === 'reconnecting' ? t.connReconnecting(undefined) : conn === 'offline' ? t.connOffline : t.connIdle;
    const audio = this.hallAudio;
    const spokenLang = this.spokenLang;
    const audioText = !this.soundOn
      ? t.audioOff
      : this.audioState === 'blocked'
        ? t.audioBlocked
        : this.audioState === 'pending'
          ? t.audioPending
          : this.audioState === 'unsupported'
            ? t.audioUnsupported
            : audio?.canSpeak
              ? t.audioOn(audio.voice?.name ?? spokenLang)
              : spokenLang === 'vi' || spokenLang.startsWith('vi-')
                ? t.audioNoVoice
                : t.audioNoVoiceLang(spokenLang);
    const at = this.live.lastDataAt;
    return html`<div part="status" class="status">
      <span class="chip conn conn-${conn}"><span class="dot" aria-hidden="true"></span>${connText}</span>
      <span class="chip audio audio-${this.soundOn ? this.audioState : 'off'} ${this.soundOn && this.audioState === 'ready' && !audio?.canSpeak ? 'no-voice' : ''}">${SOUND_ICON}${audioText}</span>
      ${this.live.rejected ? html`<span class="chip rejected">${t.rejected(this.live.rejected)}</span>` : nothing}
      ${at !== undefined ? html`<span class="chip updated">${t.updatedAt(formatTime(at, lang, VN_TIME_ZONE, true))}</span>` : nothing}
    </div>`;
  }

  private renderUnlock(t: ReturnType<typeof strings.dict>) {
    return html`<div class="unlock-layer">
      <button part="unlock" class="unlock" type="button" @click=${this.onUnlockClick} aria-describedby="unlock-hint">${SOUND_ICON}<span>${t.unlock}</span></button>
      <p id="unlock-hint" class="unlock-hint">${t.unlockHint}</p>
    </div>`;
  }

  private onUnlockClick = (e: Event): void => {
    e.stopPropagation();
    void this.enableSound();
  };

  private onBoardClick = (): void => {
    if (this.audioState === 'blocked') void this.enableSound();
  };
}

define('hcc-queue-board', HccQueueBoard);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-queue-board': HccQueueBoard;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-ticket-called': CustomEvent<TicketCalledDetail>;
    'hcc-connection-state': CustomEvent<ConnectionStateDetail>;
    'hcc-audio-state': CustomEvent<AudioStateDetail>;
    'hcc-data-rejected': CustomEvent<DataRejectedDetail>;
    'hcc-reload': CustomEvent<{ at: string }>;
  }
}
