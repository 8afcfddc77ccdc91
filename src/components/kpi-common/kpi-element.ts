import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { HccElement } from '../../internal/base-element.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { KpiDataController, type KpiDataRequest } from '../../controllers/kpi-data.js';
import type { KpiRunner } from '../../controllers/kpi-data-runner.js';
import type { PeriodSpec } from '../../controllers/kpi-data-period.js';
import { formatDate, formatTime } from '../../core/format/index.js';
import { VN_TIME_ZONE, type Clock } from '../../core/time/index.js';
import { systemClock } from '../../data/adapters/http/runtime.js';
import type { DataError } from '../../data/errors.js';
import { parseDuration } from './attrs.js';
import { kpiScopeContext, type KpiScope } from './context.js';
import { freshnessOf, type Freshness } from './freshness.js';
import { strings } from './strings.js';

/** Detail of `hcc-data-error`: a load failed; the element keeps showing its last figures. */
export interface KpiErrorDetail {
  error: DataError;
}

/** Default refresh interval of data-bound KPI elements. */
export const DEFAULT_REFRESH_MS = 300_000;

/** The KPI family's dictionary in the resolved language. */
export type KpiTexts = ReturnType<typeof strings.dict>;

/** Localised sentence for a {@link DataError}. */
export function errorText(t: KpiTexts, e: DataError | string, lang = 'vi'): string {
  if (typeof e === 'string') return e;
  switch (e.kind) {
    case 'offline': return t.errorOffline;
    case 'http': return t.errorHttp(e.status !== undefined ? String(e.status) : '');
    case 'schema': {
      const first = (lang === 'en' ? e.issues?.en : e.issues?.vi)?.[0];
      return first ? `${t.errorSchema} ${first.path}: ${first.message}` : t.errorSchema;
    }
    case 'not_found': return t.errorNotFound;
    case 'storage': return t.errorStorage;
    case 'quota': return t.errorQuota;
    default: return t.errorNetwork;
  }
}

/**
 * Base of the KPI elements: the attributes every one of them takes for embedding without code
 * (`period`, `from`, `to`, `unit-id`, `api`, `refresh`, `kiosk`), the defaults of an enclosing
 * `<hcc-kpi-wall>`, data loading through {@link KpiDataController}, a clock ticking every 15 s for
 * freshness, and the freshness line ("cập nhật hh:mm", amber when stale, red when disconnected).
 * @internal
 */
export class KpiElement extends HccElement {
  /**
   * Reporting period: `this-month` (default), `last-month`, `this-quarter`, `this-year`, `last-12-months`,
   * `last-30-days` … or a named one: `2026`, `2026-Q2`, `2026-03`, `2026-W10`, `2026-03-04`.
   */
  @property() period = '';
  /** Start date (`YYYY-MM-DD`); with `to`, overrides `period`. */
  @property() from = '';
  /** End date (`YYYY-MM-DD`, inclusive). */
  @property() to = '';
  /** Unit whose figures are shown, with every unit below it (default: the whole organisation). */
  @property({ attribute: 'unit-id' }) unitId = '';
  /** Base URL of an HTTP back end (otherwise the nearest `<hcc-data-source>` or the embedded default). */
  @property() api = '';
  /** Refresh interval: seconds, or `30s`, `5m`, `1h`; `0` turns automatic refresh off (default 5 minutes). */
  @property() refresh = '';
  /** Kiosk mode: no controls at all (wall screens). */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /** Time source (tests, replays); default the system clock. */
  @property({ attribute: false }) clock?: Clock;
  /** Where queries run (e.g. a Worker client); default the page's runner. */
  @property({ attribute: false }) runner?: KpiRunner;
  /** When property-fed figures were loaded (custom pages), epoch ms; enables the freshness line. */
  @property({ attribute: false }) updatedAt?: number;
  /** A failure of a property-fed element's own loading: shown, and the figures marked as disconnected. */
  @property({ attribute: false }) error?: DataError | string;

  /** @internal */
  protected scope?: KpiScope;
  /** @internal */
  protected readonly ticker: ClockController;
  /** @internal */
  protected readonly data: KpiDataController;
  private internals?: ElementInternals;
  private themeFromScope = false;
  private lastFreshness: Freshness = 'none';

  constructor() {
    super();
    new ContextConsumer(this, {
      context: kpiScopeContext,
      subscribe: true,
      callback: (v) => {
        const clockChanged = v?.clock !== this.scope?.clock;
        this.scope = v;
        // A tile on a dark wall is dark too, unless it was given a theme of its own.
        if (this.theme === '' || this.themeFromScope) {
          this.themeFromScope = v?.theme !== undefined;
          this.theme = v?.theme ?? '';
        }
        if (clockChanged) this.ticker.restart();
        this.requestUpdate();
      },
    });
    // Time reaches what a tile shows only through its freshness (fresh → stale): a tick re-renders
    // only when that changes, so a wall's tiles and charts are not redrawn every 15 s for nothing.
    this.ticker = new ClockController(this, {
      clock: () => this.effectiveClock,
      resolutionMs: 15_000,
      onTick: () => this.freshness !== this.lastFreshness,
    });
    this.data = new KpiDataController(this, {
      request: () => this.dataRequest(),
      source: () => ({ api: this.api || this.scope?.api || undefined }),
      clock: () => this.effectiveClock,
      refreshMs: () => this.refreshMs,
      runner: () => this.runner ?? this.scope?.runner,
      onError: (error) => this.emit<KpiErrorDetail>('hcc-data-error', { error }),
      onLoad: () => this.emit('hcc-kpi-load', {}),
    });
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  /** The request of a data-bound element; `undefined` when fed by properties. @internal */
  protected dataRequest(): KpiDataRequest | undefined {
    return undefined;
  }

  /** The clock in use. @internal */
  protected get effectiveClock(): Clock {
    return this.clock ?? this.scope?.clock ?? systemClock;
  }

  /** Period attributes, falling back to the wall's. @internal */
  protected get periodSpec(): PeriodSpec {
    if (this.period || (this.from && this.to)) return { period: this.period || undefined, from: this.from || undefined, to: this.to || undefined };
    return { period: this.scope?.period, from: this.scope?.from, to: this.scope?.to };
  }

  /** The unit, falling back to the wall's. @internal */
  protected get effectiveUnitId(): string {
    return this.unitId || this.scope?.unitId || '';
  }

  /** Refresh interval in ms. */
  get refreshMs(): number {
    return parseDuration(this.refresh) ?? parseDuration(this.scope?.refresh) ?? DEFAULT_REFRESH_MS;
  }

  /** Whether controls are hidden: the element's own `kiosk`, or the wall's. */
  get isKiosk(): boolean {
    return this.kiosk || this.scope?.kiosk === true;
  }

  /** Whether the element sits on a wall (board-sized text). @internal */
  protected get onBoard(): boolean {
    return this.scale === 'board' || this.scope?.board === true;
  }

  /** When the figures shown were loaded. */
  get fetchedAt(): number | undefined {
    return this.dataRequest() ? this.data.fetchedAt : this.updatedAt;
  }

  /** The last failure (data-bound: of the last load; property-fed: the `error` property). */
  get lastError(): DataError | string | undefined {
    return this.dataRequest() ? this.data.error : this.error;
  }

  /** Freshness of the figures shown (also exposed as the custom states `:state(stale)`, `:state(offline)`). */
  get freshness(): Freshness {
    const bound = this.dataRequest() !== undefined;
    return freshnessOf({
      fetchedAt: this.fetchedAt,
      failedAt: bound ? this.data.failedAt : this.error !== undefined ? Number.MAX_SAFE_INTEGER : undefined,
      now: this.ticker.now || this.effectiveClock.now(),
      refreshMs: bound || this.updatedAt !== undefined ? this.refreshMs : 0,
    });
  }

  /** Whether a load (first load or refresh) is running. */
  get busy(): boolean {
    return this.data.busy;
  }

  /** Reloads the figures now (data-bound elements). */
  reload(): void {
    this.data.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new clock after the first render: tick on it from now on (the first one is read on connect).
    if (changed.has('clock') && this.hasUpdated) this.ticker.restart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const f = this.freshness;
    if (f !== this.lastFreshness) {
      const states = this.internals?.states;
      if (states) {
        try {
          if (this.lastFreshness !== 'none') states.delete(this.lastFreshness);
          if (f !== 'none') states.add(f);
        } catch {
          // Older engines without CustomStateSet: the `freshness` getter still tells.
        }
      }
      this.lastFreshness = f;
      this.emit('hcc-kpi-freshness', { freshness: f });
    }
  }

  /** "cập nhật 14:05", plus a badge when stale or disconnected. @internal */
  protected renderFreshness(t: KpiTexts): TemplateResult | typeof nothing {
    const at = this.fetchedAt;
    const f = this.freshness;
    const lang = this.localize.lang;
    if (at === undefined && f !== 'offline') return nothing;
    const hhmm = at !== undefined ? formatTime(at, lang, VN_TIME_ZONE) : '';
    const full = at !== undefined ? `${hhmm} ${formatDate(at, lang, VN_TIME_ZONE)}` : '';
    const title = f === 'offline' ? (at !== undefined ? t.offlineLong(full) : t.offlineNoData) : f === 'stale' ? t.staleLong(full) : t.updatedLong(full);
    return html`<p class="freshness" part="freshness" data-state=${f} title=${title}>
      <span class="dot" aria-hidden="true"></span>
      ${at !== undefined ? html`<span>${t.updated(hhmm)}</span>` : nothing}
      ${f === 'stale' ? html`<span class="badge">${t.staleBadge}</span>` : nothing}
      ${f === 'offline' ? html`<span class="badge">${t.offlineBadge}</span>` : nothing}
      <span class="visually-hidden">${title}</span>
    </p>`;
  }

  /** "so với tháng trước" / "so với cùng thời điểm tháng trước" for the loaded period. @internal */
  protected vsText(t: KpiTexts, short = this.onBoard): string {
    const p = this.data.period;
    if (!p?.unit) return p?.previousPartial && !short ? t.vsPreviousPartial : t.vsPrevious;
    const unit = { day: t.oneDay, week: t.oneWeek, month: t.oneMonth, quarter: t.oneQuarter, year: t.oneYear }[p.unit];
    return p.previousPartial && !short ? t.vsPreviousPartialOf(unit) : t.vsPreviousOf(unit);
  }

  /** The error line (role=status) when the last load failed or the period is invalid. @internal */
  protected renderStatus(t: KpiTexts): TemplateResult | typeof nothing {
    if (this.data.invalidPeriod) return html`<p class="status error" role="status">${t.invalidPeriod}</p>`;
    const e = this.lastError;
    if (e === undefined) return nothing;
    return html`<p class="status error" role="status" part="error">${errorText(t, e, this.localize.lang)}</p>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Any KPI element: fresh figures arrived. */
    'hcc-kpi-load': CustomEvent<Record<string, never>>;
    /** Any KPI element: the freshness state changed (fresh, stale, …). */
    'hcc-kpi-freshness': CustomEvent<{ freshness: Freshness }>;
  }
}
