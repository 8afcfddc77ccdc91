import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HccElement } from '../../internal/base-element.js';
import { define } from '../../internal/define.js';
import { tokenStyles } from '../../styles/tokens.js';
import styles from './counter-console.styles.js';
import { strings } from './strings.js';
import type { Clock } from '../../core/time/index.js';
import { parseIso, VN_TIME_ZONE } from '../../core/time/index.js';
import { formatTime } from '../../core/format/index.js';
import { isFinished, nextTicketFor } from '../../core/queue/engine.js';
import type { Counter } from '../../data/schemas/org.js';
import type { Priority, QueueCommand, QueueCommandResult, Ticket } from '../../data/schemas/queue.js';
import { toDataError, type DataError } from '../../data/errors.js';
import type { DataSource } from '../../data/ports.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { QueueLiveController } from '../../controllers/queue-live-controller.js';
import type { DataRejectedDetail } from '../queue-board/queue-board.js';

/** Detail of `hcc-command`. */
export interface CounterCommandDetail {
  command: QueueCommand;
  ok: boolean;
  /** The events the command produced (when it succeeded). */
  result?: QueueCommandResult;
  /** Why it failed (when it did). */
  error?: DataError;
}

const STORE_KEY = 'hcc:v1:counter-console:counter';

type Texts = ReturnType<typeof strings.dict>;

/**
 * @summary An officer's console for one counter: call next, call again, mark arrival, finish, skip a
 * no-show, transfer to another service, pause with a reason and reopen, close.
 *
 * @description Works on the same data source as the hall board (the embedded local source and its
 * queue shared across tabs, or an HTTP back end), so a standalone centre runs end to end: citizens
 * take tickets, officers call them here, the hall screen announces them. Each command is sent once
 * (never retried on its own: a command must not run twice); buttons are disabled while one is in
 * flight and when the counter's state does not allow them. Without `counter-id` the officer picks
 * the counter, and the choice is remembered on the device.
 *
 * @event hcc-command - {CustomEvent<CounterCommandDetail>} A command finished, successfully or not.
 * @event hcc-data-rejected - {CustomEvent<DataRejectedDetail>} An inbound payload (organisation, queue state or event) failed its schema and was dropped; the last good state stays.
 *
 * @csspart base - The console.
 * @csspart current - The ticket at the counter.
 * @csspart actions - The command buttons.
 *
 * @status experimental
 */
export class HccCounterConsole extends HccElement {
  static override styles = [tokenStyles, styles];

  /** Counter this console drives; empty lets the officer choose (remembered on the device). */
  @property({ attribute: 'counter-id' }) counterId = '';
  /** Unit whose counters are offered when choosing; empty offers the centre's. */
  @property({ attribute: 'unit-id' }) unitId = '';
  /** Base URL of an HTTP back end (otherwise the nearest `<hcc-data-source>` or the embedded local source). */
  @property() api = '';
  /** Run the demo queue simulator in the embedded local source. */
  @property({ type: Boolean }) simulate = false;
  /** Time and timers (default: the system clock). */
  @property({ attribute: false }) clock?: Clock;

  @state() private chosen = '';
  @state() private busy = false;
  /** The outcome of the last command, worded at render time (so it follows a change of language). */
  @state() private message: { text: (t: Texts) => string; error: boolean } | undefined;
  @state() private reason = '';
  @state() private transferTo = '';

  private source?: DataSource;
  private readonly live = new QueueLiveController(this, {
    unitId: () => this.unitOfCounter() ?? this.unitId,
    clock: () => this.clock,
    heartbeatMs: () => 15_000,
    refreshMs: () => 5 * 60_000,
    markStore: () => null,
    onRejected: (error) => this.emit<DataRejectedDetail>('hcc-data-rejected', { error, count: this.live.rejected }),
  });
  /** @internal */
  protected readonly sourceCtl = new DataSourceController(this, () => ({ api: this.api, simulate: this.simulate }), (source, signal) => {
    this.source = source;
    this.live.connect(source, signal);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.counterId) {
      try {
        this.chosen = globalThis.localStorage?.getItem(STORE_KEY) ?? '';
      } catch {
        this.chosen = '';
      }
    }
  }

  /** The counter in use: the attribute, or the officer's choice. */
  get activeCounterId(): string {
    return this.counterId || this.chosen;
  }

  private unitOfCounter(): string | undefined {
    const id = this.activeCounterId;
    return id ? this.live.index?.counters.get(id)?.unitId ?? this.live.org?.counters.find((c) => c.id === id)?.unitId : undefined;
  }

  protected override willUpdate(): void {
    // The stream follows the counter's unit, known once the organisation is loaded (a ward's counter
    // given at start, or another unit's counter chosen later).
    const unit = this.unitOfCounter();
    if (unit && this.live.unitId && unit !== this.live.unitId) this.live.restart();
  }

  /** Sends one command for this counter. Resolves when it finished; never throws. */
  async send(command: QueueCommand): Promise<boolean> {
    const source = this.source;
    if (!source || this.busy) return false;
    this.busy = true;
    this.message = undefined;
    try {
      const result = await source.command(command);
      this.message = { text: (t) => t.done(command.type), error: false };
      this.emit<CounterCommandDetail>('hcc-command', { command, ok: true, result });
      return true;
    } catch (e) {
      const error = toDataError(e, `${source.kind}:queue/commands`);
      const text = (t: Texts): string =>
        error.kind === 'not_found' ? t.errNotFound
        : error.kind === 'http' && error.status === 409 ? t.errConflict(error.message)
        : error.kind === 'network' || error.kind === 'offline' || (error.kind === 'http' && (error.status ?? 500) >= 500) ? t.errNetwork
        // The server answered, but not readably: it may well have carried the command out.
        : error.kind === 'schema' ? t.errUnreadable
        : t.errOther;
      this.message = { text, error: true };
      this.emit<CounterCommandDetail>('hcc-command', { command, ok: false, error });
      return false;
    } finally {
      this.busy = false;
    }
  }

  private choose(e: Event): void {
    const id = (e.target as HTMLSelectElement).value;
    this.chosen = id;
    try {
      globalThis.localStorage?.setItem(STORE_KEY, id);
    } catch {
      // Not remembered on this device; the choice still holds for this page.
    }
  }

  private counters(): Counter[] {
    const org = this.live.org;
    if (!org) return [];
    const unit = this.unitId || this.live.unitId;
    return org.counters.filter((c) => !unit || c.unitId === unit).sort((a, b) => a.number - b.number);
  }

  override render() {
    const t = this.localize.t(strings);
    const lang = this.localize.lang;
    const org = this.live.org;
    const s = this.live.snapshot;
    const counterDef = this.activeCounterId ? this.live.index?.counters.get(this.activeCounterId) : undefined;
    const title = counterDef ? t.counterN(counterDef.number) : t.chooseCounter;
    const chooser = !this.counterId
      ? html`<label class="chooser"><span>${t.chooseCounterHint}</span>
          <select @change=${this.choose} .value=${this.chosen}>
            <option value="" ?selected=${!this.chosen}>${t.chooseCounter}</option>
            ${this.counters().map((c) => html`<option value=${c.id} ?selected=${c.id === this.chosen}>${t.counterN(c.number)} – ${c.name}</option>`)}
          </select></label>`
      : nothing;
    if (!org || !s) {
      // Nothing valid to show yet: say so when the data that came was rejected, rather than "loading" for ever.
      const status = this.live.lastRejection
        ? html`<p class="message error" role="alert">${t.errData}</p>`
        : html`<p class="muted" role="status">${t.loading}</p>`;
      return html`<div part="base" class="console" role="region" aria-label=${t.label(title)}>${chooser}${status}</div>`;
    }
    const cs = s.counters.find((c) => c.counterId === this.activeCounterId);
    if (!counterDef || !cs) return html`<div part="base" class="console" role="region" aria-label=${t.label(title)}>${chooser}${this.counters().length ? nothing : html`<p class="muted">${t.noCounters}</p>`}</div>`;

    const ticket = cs.ticketId ? s.tickets.find((x) => x.id === cs.ticketId) : undefined;
    const active = ticket && !isFinished(ticket) ? ticket : undefined;
    const fields = cs.fieldIds ?? counterDef.fieldIds;
    const waiting = s.tickets.filter((x) => x.status === 'waiting' && fields.includes(x.serviceId));
    const next = nextTicketFor(s, fields);
    const fieldName = (id: string) => this.live.index?.fields.get(id)?.name ?? id;
    const servedSomewhere = new Set(s.counters.filter((c) => c.status !== 'closed').flatMap((c) => c.fieldIds ?? []));
    const transferTargets = org.fields.filter((f) => servedSomewhere.has(f.id) && f.id !== active?.serviceId);
    const open = cs.status === 'open';
    const b = this.busy;
    const conn = this.live.connection;
    const statusText = cs.status === 'open' ? t.statusOpen : cs.status === 'paused' ? (cs.pauseReason ? t.pausedFor(cs.pauseReason) : t.statusPaused) : t.statusClosed;
    const reason = this.reason || t.reasonBreak;
    const transferTo = transferTargets.some((f) => f.id === this.transferTo) ? this.transferTo : transferTargets[0]?.id ?? '';

    return html`<div part="base" class="console" role="region" aria-label=${t.label(title)} aria-busy=${b ? 'true' : 'false'}>
      ${chooser}
      <div class="head">
        <div class="title" role="heading" aria-level="2">${t.counterN(counterDef.number)} <span class="name">${counterDef.name}</span></div>
        <span class="state state-${cs.status}">${statusText}</span>
        <span class="conn ${conn === 'live' ? 'live' : 'lost'}">${conn === 'live' ? t.connLive : t.connLost}</span>
      </div>

      <section part="current" class="current" aria-labelledby="cur-h">
        <div id="cur-h" class="label">${t.current}</div>
        ${active ? this.renderTicket(t, active, fieldName, lang) : html`<p class="none">${t.none}</p>`}
      </section>

      <p class="waiting">${waiting.length ? t.waiting(waiting.length) : t.noneWaiting}${next
        ? html` · ${t.nextUp}: <strong class="digits">${next.number}</strong>${next.priority !== 'none' ? html` <span class="prio">(${t.priority})</span>` : nothing}`
        : nothing}</p>

      <div part="actions" class="actions">
        <button class="primary" type="button" ?disabled=${b || !open || (!next && !active)} @click=${() => this.send({ type: 'call-next', counterId: cs.counterId })}
          aria-describedby=${active ? 'next-hint' : nothing}>${t.callNext}</button>
        ${active ? html`<span id="next-hint" class="hint">${t.callNextHint}</span>` : nothing}
        <button type="button" ?disabled=${b || !active} @click=${() => this.send({ type: 'recall', counterId: cs.counterId })}>${t.recall}</button>
        <button type="button" ?disabled=${b || active?.status !== 'called'} @click=${() => this.send({ type: 'start', counterId: cs.counterId })}>${t.start}</button>
        <button type="button" ?disabled=${b || !active} @click=${() => this.send({ type: 'finish', counterId: cs.counterId })}>${t.finish}</button>
        <button type="button" ?disabled=${b || !active} @click=${() => this.send({ type: 'skip', counterId: cs.counterId })}>${t.skip}</button>
      </div>

      <div class="row">
        <label class="field"><span>${t.transferTo}</span>
          <select class="transfer-select" ?disabled=${b || !active || !transferTargets.length} .value=${transferTo} @change=${(e: Event) => (this.transferTo = (e.target as HTMLSelectElement).value)}>
            ${transferTargets.map((f) => html`<option value=${f.id} ?selected=${f.id === transferTo}>${f.name}</option>`)}
          </select></label>
        <button type="button" ?disabled=${b || !active || !transferTo} @click=${() => this.send({ type: 'transfer', counterId: cs.counterId, toServiceId: transferTargets.some((f) => f.id === this.transferTo) ? this.transferTo : transferTo })}>${t.transferDo}</button>
      </div>

      <div class="row">
        ${open
          ? html`<label class="field"><span>${t.reason}</span>
              <select class="reason-select" ?disabled=${b} @change=${(e: Event) => (this.reason = (e.target as HTMLSelectElement).value)}>
                ${[t.reasonBreak, t.reasonMeeting, t.reasonHelp, t.reasonDevice].map((r) => html`<option ?selected=${r === reason}>${r}</option>`)}
              </select></label>
            <button type="button" ?disabled=${b} @click=${() => this.send({ type: 'pause', counterId: cs.counterId, reason: this.reason || reason })}>${t.pause}</button>`
          : html`<button class="primary" type="button" ?disabled=${b} @click=${() => this.send({ type: 'resume', counterId: cs.counterId })}>${t.resume}</button>`}
        <button class="danger" type="button" ?disabled=${b || cs.status === 'closed'} @click=${() => this.send({ type: 'close', counterId: cs.counterId })}>${t.close}</button>
      </div>

      <p class="message ${this.message?.error ? 'error' : ''}" role=${this.message?.error ? 'alert' : 'status'}>${this.message?.text(t) ?? ''}</p>
    </div>`;
  }

  private renderTicket(t: ReturnType<typeof strings.dict>, ticket: Ticket, fieldName: (id: string) => string, lang: string) {
    const p = ticket.priority as Priority;
    return html`<div class="ticket">
      <span class="number digits">${ticket.number}</span>
      <span class="details">
        <span class="svc">${fieldName(ticket.serviceId)}</span>
        <span class="tstate">${ticket.status === 'called' ? t.calling : t.serving}</span>
        ${ticket.calledAt ? html`<span class="muted">${t.calledAt(formatTime(parseIso(ticket.calledAt), lang, VN_TIME_ZONE))}</span>` : nothing}
        ${ticket.recalls ? html`<span class="muted">${t.recalls(ticket.recalls)}</span>` : nothing}
        ${p !== 'none' ? html`<span class="badge">★ ${t.priority} · ${t.priorityKind(p)}</span>` : nothing}
      </span>
    </div>`;
  }
}

define('hcc-counter-console', HccCounterConsole);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-counter-console': HccCounterConsole;
  }
  interface GlobalEventHandlersEventMap {
    'hcc-command': CustomEvent<CounterCommandDetail>;
    'hcc-data-rejected': CustomEvent<DataRejectedDetail>;
  }
}
