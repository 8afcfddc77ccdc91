import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import { formatDate, formatTime, intlLocale } from '../../core/format/index.js';
import { VN_TIME_ZONE, type Clock } from '../../core/time/index.js';
import { systemClock } from '../../data/adapters/http/runtime.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import type { KpiRunner } from '../../controllers/kpi-data-runner.js';
import { asOfLabel, periodLabel, resolvePeriod } from '../../controllers/kpi-data-period.js';
import { parseDuration } from '../kpi-common/attrs.js';
import { kpiScopeContext, type KpiScope } from '../kpi-common/context.js';
import type { Freshness } from '../kpi-common/freshness.js';
import { strings } from '../kpi-common/strings.js';
import type { KpiTexts } from '../kpi-common/kpi-element.js';
import '../kpi-card/kpi-card.js';
import '../kpi-chart/kpi-chart.js';
import '../kpi-766/kpi-766.js';
import '../kpi-ranking/kpi-ranking.js';
import '../kpi-page/kpi-page.js';
import styles from './kpi-wall.styles.js';

/** Pages of the default composition, in order. */
export const DEFAULT_WALL_PAGES = ['overview', 'timeliness', 'satisfaction', 'digital', '766', 'ranking'] as const;
/** A page of the default composition. */
export type WallPageId = (typeof DEFAULT_WALL_PAGES)[number];

/** Detail of `hcc-kpi-page-change`. */
export interface WallPageDetail {
  index: number;
  count: number;
  label: string;
  /** `rotation` (the timer), `user` (a control) or `api` (the `page` property). */
  cause: 'rotation' | 'user' | 'api';
}

interface TileState {
  freshness: Freshness;
  fetchedAt?: number;
}

/**
 * @summary The leadership wall: pages of KPI tiles for a meeting-room screen, with kiosk mode, rotation and auto-refresh.
 *
 * @description Shows one page at a time: its own pages (`<hcc-kpi-page>` children, or any elements)
 * or, when it has none, the default composition for a centre's leaders (overview, timeliness,
 * satisfaction, digital services, Decision 766, units compared; choose with `pages`). `rotate`
 * turns pages on an interval; `kiosk` removes every control, from the wall and from every tile on
 * every page, and rotation never brings one back. Every tile below inherits the wall's `period`,
 * `unit-id`, `refresh`, `api`, clock and kiosk mode, refreshes itself and shows its own freshness;
 * when any tile cannot reach its source the wall says so and the last values stay on screen.
 * Text scales with the viewport height (legible from 3 m on a 1080p screen, the same at 4K without
 * browser zoom). With `url-params` the page URL may set `kiosk`, `rotate`, `refresh`, `period`,
 * `unit-id` and `page` (`?kiosk&rotate=30s`), Grafana style.
 *
 * @slot - Pages (`<hcc-kpi-page label="…">` or any element); without any, the default composition.
 * @event hcc-kpi-page-change - {CustomEvent<WallPageDetail>} The page shown changed.
 * @csspart header - The title bar (title, period, clock, page indicator).
 * @csspart pages - The area of the pages.
 * @csspart banner - The "source unreachable" banner.
 * @csspart controls - The page controls (not in kiosk mode).
 * @cssproperty --hcc-kpi-wall-font-size - Base text size (default max(16px, 3.2vh)).
 * @cssproperty --hcc-kpi-wall-height - Height of the wall (default 100vh).
 * @cssproperty --hcc-kpi-wall-margin - Safe margin at the screen edges (default 2.5% of each dimension).
 * @status experimental
 */
export class HccKpiWall extends HccElement {
  static override styles = [tokenStyles, styles];

  /** Kiosk mode: no controls anywhere, for unattended screens. Rotation keeps it. */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /** Page rotation interval: `30s`, `1m`, `45` (seconds); empty or `0`: no rotation. */
  @property() rotate = '';
  /** Refresh interval of every tile: `5m` (default), `60s` … */
  @property() refresh = '';
  /** Reporting period of every tile (see `<hcc-kpi-card period>`); default the current month. */
  @property() period = '';
  @property() from = '';
  @property() to = '';
  /** Unit of every tile (default: the whole organisation). */
  @property({ attribute: 'unit-id' }) unitId = '';
  /** Base URL of an HTTP back end for every tile. */
  @property() api = '';
  /** Title (default: the unit's name). */
  @property() label = '';
  /** Default pages to show, comma-separated, in order: `overview,timeliness,satisfaction,digital,766,ranking`. */
  @property() pages = '';
  /** Index of the page shown (0-based). */
  @property({ type: Number, reflect: true }) page = 0;
  /** Read `kiosk`, `rotate`, `refresh`, `period`, `unit-id` and `page` from the page URL too. */
  @property({ type: Boolean, attribute: 'url-params' }) urlParams = false;
  /** Time source (tests, replays); default the system clock. */
  @property({ attribute: false }) clock?: Clock;
  /** Where every tile runs its queries (e.g. a Worker client). */
  @property({ attribute: false }) runner?: KpiRunner;

  @state() private paused = false;
  @state() private hovering = false;
  @state() private slotted: Element[] = [];
  @state() private unitName = '';
  @state() private tiles = new Map<Element, TileState>();

  private readonly provider = new ContextProvider(this, { context: kpiScopeContext, initialValue: this.scopeValue() });
  private readonly ticker = new ClockController(this, { clock: () => this.effectiveClock, resolutionMs: 60_000 });
  private timer: unknown;
  private timerClock?: Clock;
  private nextCause: WallPageDetail['cause'] = 'api';

  constructor() {
    super();
    new DataSourceController(this, () => ({ api: this.api || undefined }), (source, signal) => {
      source.org(signal).then(
        (org) => {
          const id = this.unitId || org.units.find((u) => u.parentId == null)?.id;
          const wanted = this.unitId ? org.units.find((u) => u.id === id) : (org.units.find((u) => u.kind === 'centre') ?? org.units.find((u) => u.id === id));
          this.unitName = wanted?.name ?? '';
        },
        () => (this.unitName = ''),
      );
    });
    this.addEventListener('hcc-kpi-freshness', (e) => this.onFreshness(e as CustomEvent<{ freshness: Freshness }>));
    this.addEventListener('pointerenter', () => (this.hovering = true));
    this.addEventListener('pointerleave', () => (this.hovering = false));
  }

  private get effectiveClock(): Clock {
    return this.clock ?? systemClock;
  }

  private scopeValue(): KpiScope {
    const scope: KpiScope = { kiosk: this.kiosk, board: true };
    if (this.theme) scope.theme = this.theme;
    if (this.period) scope.period = this.period;
    if (this.from) scope.from = this.from;
    if (this.to) scope.to = this.to;
    if (this.unitId) scope.unitId = this.unitId;
    if (this.refresh) scope.refresh = this.refresh;
    if (this.api) scope.api = this.api;
    if (this.clock) scope.clock = this.clock;
    if (this.runner) scope.runner = this.runner;
    return scope;
  }

  /** Number of pages. */
  get pageCount(): number {
    return this.slotted.length > 0 ? this.slotted.length : this.defaultPages.length;
  }

  private get defaultPages(): WallPageId[] {
    const wanted = this.pages.split(/[\s,]+/).filter((p): p is WallPageId => (DEFAULT_WALL_PAGES as readonly string[]).includes(p));
    return wanted.length > 0 ? wanted : [...DEFAULT_WALL_PAGES];
  }

  /** Rotation interval in ms (0: none). */
  get rotateMs(): number {
    return parseDuration(this.rotate) ?? 0;
  }

  /** Whether rotation is running now (not paused by a person using the wall). */
  get rotating(): boolean {
    if (this.rotateMs <= 0 || this.pageCount < 2) return false;
    if (this.kiosk) return true;
    return !this.paused && !this.hovering && !this.matches(':focus-within');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlParams) this.readUrl();
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearTimer();
  }

  private readUrl(): void {
    const q = new URLSearchParams(globalThis.location?.search ?? '');
    if (q.has('kiosk') && q.get('kiosk') !== '0' && q.get('kiosk') !== 'false') this.kiosk = true;
    const take = (name: string, set: (v: string) => void) => {
      const v = q.get(name);
      if (v) set(v);
    };
    take('rotate', (v) => (this.rotate = v));
    take('refresh', (v) => (this.refresh = v));
    take('period', (v) => (this.period = v));
    take('unit-id', (v) => (this.unitId = v));
    take('pages', (v) => (this.pages = v));
    take('page', (v) => (this.page = Math.max(0, Number(v) - 1) || 0));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['kiosk', 'period', 'from', 'to', 'unitId', 'refresh', 'api', 'clock', 'runner', 'theme'].some((k) => changed.has(k as keyof HccKpiWall))) {
      this.provider.setValue(this.scopeValue());
    }
    if (changed.has('clock') && this.hasUpdated) this.ticker.restart();
    const n = this.pageCount;
    if (n > 0 && (this.page >= n || this.page < 0)) this.page = ((this.page % n) + n) % n;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Light-DOM pages: only the current one is shown (and reachable); the others keep loading.
    this.slotted.forEach((p, i) => {
      const current = i === this.page;
      p.toggleAttribute('hidden', !current);
      p.toggleAttribute('inert', !current);
    });
    if (changed.has('page') && changed.get('page') !== undefined) {
      this.emit<WallPageDetail>('hcc-kpi-page-change', { index: this.page, count: this.pageCount, label: this.pageLabel(this.page), cause: this.nextCause });
      this.nextCause = 'api';
    }
    if (['rotate', 'paused', 'hovering', 'kiosk', 'page', 'clock', 'slotted'].some((k) => changed.has(k as keyof HccKpiWall))) this.schedule();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.timerClock?.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.isConnected || !this.rotating) return;
    const clock = this.effectiveClock;
    this.timerClock = clock;
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      this.go(this.page + 1, 'rotation');
    }, this.rotateMs);
  }

  /** Shows page `index` (wrapping). */
  go(index: number, cause: WallPageDetail['cause'] = 'user'): void {
    const n = this.pageCount;
    if (n === 0) return;
    this.nextCause = cause;
    this.page = ((index % n) + n) % n;
  }

  private onFreshness(e: CustomEvent<{ freshness: Freshness }>): void {
    const tile = e.composedPath()[0] as Element & { fetchedAt?: number };
    if (tile === (this as Element)) return;
    const next = new Map(this.tiles);
    const s: TileState = { freshness: e.detail.freshness };
    if (tile.fetchedAt !== undefined) s.fetchedAt = tile.fetchedAt;
    next.set(tile, s);
    for (const k of next.keys()) if (!k.isConnected) next.delete(k);
    this.tiles = next;
  }

  /** Tiles whose source is unreachable now. */
  get offlineTiles(): number {
    let n = 0;
    for (const s of this.tiles.values()) if (s.freshness === 'offline') n++;
    return n;
  }

  private pageLabel(i: number): string {
    const t = this.localize.t(strings);
    if (this.slotted.length > 0) {
      const p = this.slotted[i];
      return p?.getAttribute('label') ?? p?.getAttribute('aria-label') ?? t.pageOf(i + 1, this.slotted.length);
    }
    const id = this.defaultPages[i];
    const names: Record<WallPageId, string> = {
      overview: t.pageOverview, timeliness: t.pageTimeliness, satisfaction: t.pageSatisfaction, digital: t.pageDigital, '766': t.page766, ranking: t.pageRanking,
    };
    return id ? names[id] : '';
  }

  private onSlotChange(e: Event): void {
    const slot = e.target as HTMLSlotElement;
    this.slotted = slot.assignedElements();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.kiosk) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') this.go(this.page + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') this.go(this.page - 1);
    else return;
    e.preventDefault();
  }

  override render() {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const now = this.ticker.now || this.effectiveClock.now();
    const period = resolvePeriod({ period: this.period || undefined, from: this.from || undefined, to: this.to || undefined }, now);
    const n = this.pageCount;
    const weekday = new Intl.DateTimeFormat(intlLocale(lang), { weekday: 'long', timeZone: VN_TIME_ZONE }).format(now);
    const offline = this.offlineTiles;
    const oldest = [...this.tiles.values()].filter((s) => s.freshness === 'offline' && s.fetchedAt !== undefined).map((s) => s.fetchedAt as number);
    const since = oldest.length ? Math.min(...oldest) : undefined;
    return html`<div class="wall" role="region" aria-label=${this.label || this.unitName || t.wallLabel} @keydown=${this.onKey}>
      <div class="header" part="header">
        <div class="titles">
          <h1>${this.label || this.unitName || t.wallLabel}</h1>
          <p class="period">
            <span class="page-name">${this.pageLabel(this.page)}</span>
            ${period ? html` · ${periodLabel(period, lang)}${period.current ? ` (${asOfLabel(period, lang)})` : ''}` : nothing}
          </p>
        </div>
        <p class="clock">
          <span class="visually-hidden">${t.clock}:</span>
          <span class="time">${formatTime(now, lang, VN_TIME_ZONE)}</span>
          <span class="date">${weekday}, ${formatDate(now, lang, VN_TIME_ZONE)}</span>
        </p>
      </div>
      ${offline > 0
        ? html`<p class="banner" part="banner" role="status">
            <span class="icon" aria-hidden="true">!</span> ${since !== undefined ? t.wallOffline(`${formatTime(since, lang, VN_TIME_ZONE)} ${formatDate(since, lang, VN_TIME_ZONE)}`) : t.offlineNoData}
          </p>`
        : nothing}
      <div class="pages" part="pages">
        <slot @slotchange=${this.onSlotChange}></slot>
        ${this.slotted.length === 0 ? this.defaultPages.map((id, i) => this.renderDefaultPage(t, id, i === this.page)) : nothing}
      </div>
      <div class="footer">${this.kiosk ? this.renderIndicator(t, n) : this.renderControls(t, n)}</div>
    </div>`;
  }

  private renderIndicator(t: KpiTexts, n: number): TemplateResult | typeof nothing {
    if (n < 2) return nothing;
    return html`<p class="indicator">
      <span class="dots" aria-hidden="true">${Array.from({ length: n }, (_, i) => html`<span class=${i === this.page ? 'dot on' : 'dot'}></span>`)}</span>
      <span>${t.pageOf(this.page + 1, n)}</span>
    </p>`;
  }

  private renderControls(t: KpiTexts, n: number): TemplateResult {
    const running = this.rotateMs > 0 && n > 1;
    return html`<nav class="controls" part="controls" aria-label=${t.pages}>
      ${n > 1 ? html`<button type="button" @click=${() => this.go(this.page - 1)} aria-label=${t.previousPage}><span aria-hidden="true">‹</span></button>` : nothing}
      <ol class="tabs">
        ${Array.from({ length: n }, (_, i) => html`<li>
          <button type="button" aria-current=${i === this.page ? 'page' : 'false'} @click=${() => this.go(i)}>${this.pageLabel(i)}</button>
        </li>`)}
      </ol>
      ${n > 1 ? html`<button type="button" @click=${() => this.go(this.page + 1)} aria-label=${t.nextPage}><span aria-hidden="true">›</span></button>` : nothing}
      ${running
        ? html`<button type="button" aria-pressed=${this.paused ? 'true' : 'false'} @click=${() => (this.paused = !this.paused)}>${this.paused ? t.play : t.pause}</button>`
        : nothing}
      ${typeof this.requestFullscreen === 'function'
        ? html`<button type="button" @click=${() => void this.requestFullscreen().catch(() => undefined)}>${t.fullscreen}</button>`
        : nothing}
    </nav>`;
  }

  private renderDefaultPage(t: KpiTexts, id: WallPageId, current: boolean): TemplateResult {
    const label = this.pageLabel(this.defaultPages.indexOf(id));
    const page = (cols: number, rows: number, body: TemplateResult) =>
      html`<hcc-kpi-page class="page" label=${label} columns=${cols} rows=${rows} ?hidden=${!current} ?inert=${!current} role="group" aria-label=${label}>${body}</hcc-kpi-page>`;
    switch (id) {
      case 'overview':
        return page(3, 2, html`
          <hcc-kpi-card metric="received"></hcc-kpi-card>
          <hcc-kpi-card metric="onTimeRate" target="98%"></hcc-kpi-card>
          <hcc-kpi-card metric="openLate"></hcc-kpi-card>
          <hcc-kpi-card metric="satisfactionRate" target="95%"></hcc-kpi-card>
          <hcc-kpi-card metric="onlineShare" target="50%"></hcc-kpi-card>
          <hcc-kpi-card metric="score766"></hcc-kpi-card>`);
      case 'timeliness':
        return page(3, 2, html`
          <hcc-kpi-chart data-span="2" chart="stacked" metric="early,onTime,late" group-by="month" label=${t.chartTimeliness}></hcc-kpi-chart>
          <hcc-kpi-ranking data-rows="2" metric="openLate" order="desc" limit="10" label=${t.rankingLate}></hcc-kpi-ranking>
          <hcc-kpi-chart data-span="2" chart="line" metric="onTimeRate" group-by="month" target="98%"></hcc-kpi-chart>`);
      case 'satisfaction':
        return page(3, 2, html`
          <hcc-kpi-chart data-rows="2" chart="doughnut" metric="ratingsVerySatisfied,ratingsSatisfied,ratingsNeutral,ratingsDissatisfied,ratingsVeryDissatisfied" label=${t.chartSatisfaction}></hcc-kpi-chart>
          <hcc-kpi-chart data-span="2" chart="line" metric="satisfactionRate" group-by="month" target="95%"></hcc-kpi-chart>
          <hcc-kpi-card metric="petitionOnTimeRate"></hcc-kpi-card>
          <hcc-kpi-card metric="ratings"></hcc-kpi-card>`);
      case 'digital':
        return page(3, 2, html`
          <hcc-kpi-chart data-span="2" chart="line" metric="onlineShare,digitisedShare,onlinePaymentShare" group-by="month" label=${t.chartDigital}></hcc-kpi-chart>
          <hcc-kpi-chart chart="doughnut" metric="direct,online,postal" label=${t.chartChannels}></hcc-kpi-chart>
          <hcc-kpi-card metric="eResultShare"></hcc-kpi-card>
          <hcc-kpi-card metric="reusedDataShare"></hcc-kpi-card>
          <hcc-kpi-card metric="citizenDataShare"></hcc-kpi-card>`);
      case '766':
        return page(3, 1, html`
          <hcc-kpi-766 data-span="2" label=${t.score766Short}></hcc-kpi-766>
          <hcc-kpi-ranking metric="score766" limit="10" from-end></hcc-kpi-ranking>`);
      case 'ranking':
        return page(1, 1, html`<hcc-kpi-ranking metric="onTimeRate" target="98%"></hcc-kpi-ranking>`);
    }
  }
}

define('hcc-kpi-wall', HccKpiWall);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-kpi-wall': HccKpiWall;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-kpi-page-change': CustomEvent<WallPageDetail>;
  }
}
