import type { OrgData } from '../../data/schemas/org.js';
import type { Call, CounterState, QueueCommand, QueueEvent, QueueSnapshot, Ticket } from '../../data/schemas/queue.js';
import { localDateKey, localDay, parseIso, toIso, HOUR } from '../time/index.js';

/**
 * The queue engine: pure functions from (state, command, time) to events and the next state. The
 * reference server, the embedded local source and the memory source all run this same code, so a hall
 * board sees identical behaviour whichever back end drives it.
 */

/** Inputs every command needs. */
export interface QueueContext {
  /** Current time, epoch ms. */
  now: number;
  /** Centre's UTC offset in minutes (420 for Vietnam). */
  offsetMinutes: number;
  org: OrgData;
}

/** Finished tickets are kept this long in the snapshot (wait estimation reads them). */
export const KEEP_FINISHED_MS = 3 * HOUR;
/** Calls kept in the snapshot, newest first. */
export const KEEP_CALLS = 50;

const FINISHED = new Set<Ticket['status']>(['served', 'skipped', 'no_show', 'transferred']);

/** Whether a ticket's visit is over. */
export function isFinished(t: Ticket): boolean {
  return FINISHED.has(t.status);
}

/** The starting state of a unit's queue: its counters open and idle, no tickets. */
export function emptySnapshot(unitId: string, epoch: string, ctx: QueueContext): QueueSnapshot {
  const counters: CounterState[] = ctx.org.counters
    .filter((c) => c.unitId === unitId)
    .map((c) => ({ counterId: c.id, status: 'open', ticketId: null, officerId: c.officerIds?.[0] ?? null, pauseReason: null, fieldIds: [...c.fieldIds] }));
  return { unitId, epoch, seq: 0, at: toIso(ctx.now, ctx.offsetMinutes), tickets: [], counters, calls: [], issued: {} };
}

function replaceTicket(tickets: readonly Ticket[], t: Ticket): Ticket[] {
  const i = tickets.findIndex((x) => x.id === t.id);
  if (i < 0) return [...tickets, t];
  const out = tickets.slice();
  out[i] = t;
  return out;
}

function prune(tickets: Ticket[], atMs: number): Ticket[] {
  const limit = atMs - KEEP_FINISHED_MS;
  return tickets.filter((t) => !isFinished(t) || (parseIso(t.endedAt ?? t.issuedAt) ?? 0) >= limit);
}

/**
 * Folds one event into a snapshot. Events at or below the snapshot's `seq` are ignored, so replays and
 * duplicates are harmless. Never mutates its inputs.
 */
export function applyEvent(s: QueueSnapshot, e: QueueEvent): QueueSnapshot {
  if (e.seq <= s.seq || e.unitId !== s.unitId) return s;
  const atMs = parseIso(e.at) ?? 0;
  let { tickets, counters, calls, issued } = s;
  switch (e.type) {
    case 'ticket-issued':
      tickets = replaceTicket(tickets, e.ticket);
      issued = { ...issued, [e.ticket.serviceId]: Math.max(issued[e.ticket.serviceId] ?? 0, e.ticket.number) };
      break;
    case 'ticket-updated':
      tickets = replaceTicket(tickets, e.ticket);
      break;
    case 'ticket-called':
      tickets = replaceTicket(tickets, e.ticket);
      calls = [e.call, ...calls.filter((c) => c.seq !== e.call.seq)].slice(0, KEEP_CALLS);
      break;
    case 'counter-updated': {
      const i = counters.findIndex((c) => c.counterId === e.counter.counterId);
      counters = i < 0 ? [...counters, e.counter] : counters.map((c, j) => (j === i ? e.counter : c));
      break;
    }
    case 'day-reset':
      tickets = [];
      calls = [];
      issued = {};
      counters = counters.map((c) => ({ ...c, ticketId: null }));
      break;
  }
  return { ...s, seq: e.seq, at: e.at, tickets: prune(tickets, atMs), counters, calls, issued };
}

/** Outcome of a command. */
export type CommandOutcome =
  | { ok: true; events: QueueEvent[]; snapshot: QueueSnapshot }
  | { ok: false; code: 'not_found' | 'conflict' | 'invalid'; message: string };

const priorityRank = (t: Ticket) => (t.priority === 'none' ? 1 : 0);

/**
 * Next ticket for a counter serving `fieldIds`: priority tickets (elderly, disabled, pregnant, child)
 * first, then first come first served.
 */
export function nextTicketFor(s: QueueSnapshot, fieldIds: readonly string[]): Ticket | undefined {
  let best: Ticket | undefined;
  for (const t of s.tickets) {
    if (t.status !== 'waiting' || !fieldIds.includes(t.serviceId)) continue;
    if (!best || priorityRank(t) < priorityRank(best) || (priorityRank(t) === priorityRank(best) && t.issuedAt < best.issuedAt)) best = t;
  }
  return best;
}

type EventBody = QueueEvent extends infer E ? (E extends QueueEvent ? Omit<E, 'seq' | 'at' | 'unitId'> : never) : never;

/** Builder that numbers events and folds them as they are produced. */
class Tx {
  readonly events: QueueEvent[] = [];
  constructor(public state: QueueSnapshot, readonly at: string) {}
  push(e: EventBody): void {
    const ev = { ...e, seq: this.state.seq + 1, at: this.at, unitId: this.state.unitId } as QueueEvent;
    this.events.push(ev);
    this.state = applyEvent(this.state, ev);
  }
  ticket(id: string | null | undefined): Ticket | undefined {
    return id ? this.state.tickets.find((t) => t.id === id) : undefined;
  }
  counter(id: string): CounterState | undefined {
    return this.state.counters.find((c) => c.counterId === id);
  }
}

function finishCurrent(tx: Tx, counter: CounterState, status: Ticket['status'], dossierCode?: string): CounterState {
  const cur = tx.ticket(counter.ticketId);
  if (cur && !isFinished(cur)) {
    tx.push({
      type: 'ticket-updated',
      ticket: { ...cur, status, startedAt: cur.startedAt ?? cur.calledAt ?? tx.at, endedAt: tx.at, ...(dossierCode ? { dossierCode } : {}) },
    });
  }
  return { ...counter, ticketId: null };
}

/**
 * Applies an officer's (or the kiosk's) command. Returns the events it produced and the new state, or a
 * refusal (`not_found`: unknown counter/service; `conflict`: not allowed now; `invalid`: wrong unit).
 */
export function applyCommand(s0: QueueSnapshot, cmd: QueueCommand, ctx: QueueContext): CommandOutcome {
  const at = toIso(ctx.now, ctx.offsetMinutes);
  const tx = new Tx(s0, at);
  const s0Ms = parseIso(s0.at) ?? ctx.now;
  if (s0.seq > 0 && localDay(s0Ms, ctx.offsetMinutes) !== localDay(ctx.now, ctx.offsetMinutes)) tx.push({ type: 'day-reset' });

  if (cmd.type === 'issue') {
    if (cmd.unitId !== s0.unitId) return { ok: false, code: 'invalid', message: `Ticket for unit ${cmd.unitId} sent to ${s0.unitId}` };
    const served = tx.state.counters.some((c) => (c.fieldIds ?? []).includes(cmd.serviceId));
    const field = ctx.org.fields.find((f) => f.id === cmd.serviceId);
    if (!field || !served) return { ok: false, code: 'not_found', message: `No counter serves ${cmd.serviceId}` };
    const base = field.ticketBase ?? 1;
    const number = Math.max(base, (tx.state.issued[cmd.serviceId] ?? base - 1) + 1);
    const ticket: Ticket = {
      id: `${s0.unitId}:${localDateKey(ctx.now, ctx.offsetMinutes)}:${number}`,
      number, unitId: s0.unitId, serviceId: cmd.serviceId, status: 'waiting', priority: cmd.priority ?? 'none',
      issuedAt: at, counterId: null, calledAt: null, startedAt: null, endedAt: null, recalls: 0, dossierCode: null,
    };
    tx.push({ type: 'ticket-issued', ticket });
    return { ok: true, events: tx.events, snapshot: tx.state };
  }

  const counter = tx.counter(cmd.counterId);
  if (!counter) return { ok: false, code: 'not_found', message: `Unknown counter ${cmd.counterId}` };
  const current = tx.ticket(counter.ticketId);
  const active = current && !isFinished(current) ? current : undefined;

  switch (cmd.type) {
    case 'call-next': {
      if (counter.status !== 'open') return { ok: false, code: 'conflict', message: `Counter ${cmd.counterId} is ${counter.status}` };
      let c = finishCurrent(tx, counter, 'served');
      const next = nextTicketFor(tx.state, c.fieldIds ?? []);
      if (!next) {
        if (counter.ticketId) tx.push({ type: 'counter-updated', counter: c });
        return { ok: true, events: tx.events, snapshot: tx.state };
      }
      const ticket: Ticket = { ...next, status: 'called', counterId: c.counterId, calledAt: at };
      const call: Call = { ticketId: ticket.id, number: ticket.number, counterId: c.counterId, serviceId: ticket.serviceId, at, recall: false, priority: ticket.priority, seq: tx.state.seq + 1 };
      tx.push({ type: 'ticket-called', ticket, call });
      c = { ...c, ticketId: ticket.id };
      tx.push({ type: 'counter-updated', counter: c });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
    case 'recall': {
      if (!active) return { ok: false, code: 'conflict', message: `Counter ${cmd.counterId} has no ticket to recall` };
      const ticket: Ticket = { ...active, recalls: active.recalls + 1 };
      const call: Call = { ticketId: ticket.id, number: ticket.number, counterId: counter.counterId, serviceId: ticket.serviceId, at, recall: true, priority: ticket.priority, seq: tx.state.seq + 1 };
      tx.push({ type: 'ticket-called', ticket, call });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
    case 'start': {
      if (!active || active.status !== 'called') return { ok: false, code: 'conflict', message: `Counter ${cmd.counterId} has no called ticket` };
      tx.push({ type: 'ticket-updated', ticket: { ...active, status: 'serving', startedAt: at } });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
    case 'finish': {
      if (!active) return { ok: false, code: 'conflict', message: `Counter ${cmd.counterId} has no ticket to finish` };
      tx.push({ type: 'counter-updated', counter: finishCurrent(tx, counter, 'served', cmd.dossierCode) });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
    case 'skip': {
      if (!active) return { ok: false, code: 'conflict', message: `Counter ${cmd.counterId} has no ticket to skip` };
      tx.push({ type: 'counter-updated', counter: finishCurrent(tx, counter, 'no_show') });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
    case 'pause': {
      if (counter.status === 'paused') return { ok: false, code: 'conflict', message: `Counter ${cmd.counterId} is already paused` };
      tx.push({ type: 'counter-updated', counter: { ...counter, status: 'paused', pauseReason: cmd.reason ?? null } });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
    case 'resume': {
      if (counter.status === 'open') return { ok: false, code: 'conflict', message: `Counter ${cmd.counterId} is already open` };
      tx.push({ type: 'counter-updated', counter: { ...counter, status: 'open', pauseReason: null } });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
    case 'close': {
      const c = finishCurrent(tx, counter, 'served');
      tx.push({ type: 'counter-updated', counter: { ...c, status: 'closed', pauseReason: null } });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
    case 'transfer': {
      if (!active) return { ok: false, code: 'conflict', message: `Counter ${cmd.counterId} has no ticket to transfer` };
      if (!tx.state.counters.some((c) => (c.fieldIds ?? []).includes(cmd.toServiceId))) return { ok: false, code: 'not_found', message: `No counter serves ${cmd.toServiceId}` };
      // The citizen keeps their place: the original issue time orders them in the new service's line.
      tx.push({ type: 'ticket-updated', ticket: { ...active, status: 'waiting', serviceId: cmd.toServiceId, counterId: null, calledAt: null, startedAt: null } });
      tx.push({ type: 'counter-updated', counter: { ...counter, ticketId: null } });
      return { ok: true, events: tx.events, snapshot: tx.state };
    }
  }
}

/** Tickets waiting per service. */
export function waitingByService(s: QueueSnapshot): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of s.tickets) if (t.status === 'waiting') out.set(t.serviceId, (out.get(t.serviceId) ?? 0) + 1);
  return out;
}
