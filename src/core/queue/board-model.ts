import type { Counter, Field, OrgData, OrgUnit } from '../../data/schemas/org.js';
import type { Call, CounterStatus, Priority, QueueSnapshot, Ticket } from '../../data/schemas/queue.js';
import { estimateWaits, type WaitEstimate, type WaitEstimateOptions } from './wait-estimate.js';

/**
 * What a hall board shows, computed from a queue snapshot and the organisation: the call of the
 * moment, the recent calls, each counter's state, and per service the waiting count and estimated
 * wait. Pure and cheap (one pass over tickets and calls), so a board can rebuild it on every event.
 */

/** Lookups of the organisation, built once per org with {@link indexOrg}. */
export interface OrgIndex {
  org: OrgData;
  units: ReadonlyMap<string, OrgUnit>;
  counters: ReadonlyMap<string, Counter>;
  fields: ReadonlyMap<string, Field>;
  /** Position of each field in the organisation's list (services are shown in that order). */
  fieldOrder: ReadonlyMap<string, number>;
}

/** Builds the lookups of {@link buildBoardModel}. */
export function indexOrg(org: OrgData): OrgIndex {
  return {
    org,
    units: new Map(org.units.map((u) => [u.id, u])),
    counters: new Map(org.counters.map((c) => [c.id, c])),
    fields: new Map(org.fields.map((f) => [f.id, f])),
    fieldOrder: new Map(org.fields.map((f, i) => [f.id, i])),
  };
}

/**
 * The unit a board shows when none is given: the first unit of kind `centre` that has counters, else
 * the first unit with counters; `undefined` when no unit has counters.
 */
export function defaultBoardUnit(org: OrgData): string | undefined {
  const withCounters = new Set(org.counters.map((c) => c.unitId));
  return org.units.find((u) => u.kind === 'centre' && withCounters.has(u.id))?.id ?? org.counters[0]?.unitId;
}

/** One call as a board shows it. */
export interface BoardCall {
  /** Sequence number of the call (unique within the queue's epoch). */
  seq: number;
  ticketId: string;
  number: number;
  counterId: string;
  /** Number painted above the counter; `undefined` when the counter is unknown to the organisation. */
  counterNumber?: number;
  counterName?: string;
  serviceId: string;
  serviceName?: string;
  /** ISO time of the call. */
  at: string;
  recall: boolean;
  /** Times the ticket has been called again so far. */
  recalls: number;
  priority: Priority;
  /** Citizen's name, only when names are enabled and known. */
  name?: string;
}

/** What a counter is doing, as a board shows it. */
export type BoardCounterState = 'calling' | 'serving' | 'idle' | 'paused' | 'closed';

/** One counter as a board shows it. */
export interface BoardCounter {
  counterId: string;
  number: number;
  name: string;
  status: CounterStatus;
  state: BoardCounterState;
  /** Ticket being called or served. */
  ticketNumber?: number;
  priority?: Priority;
  pauseReason?: string;
  fieldIds: string[];
}

/** One service (lĩnh vực) as a board shows it. */
export interface BoardService {
  serviceId: string;
  name: string;
  waiting: number;
  /** Priority tickets among those waiting. */
  priorityWaiting: number;
  estimate: WaitEstimate;
}

/** Everything a board renders. */
export interface BoardModel {
  unitId: string;
  /** The newest call among the shown services. */
  current?: BoardCall;
  /** Earlier calls, newest first, one per ticket, without the current one. */
  recent: BoardCall[];
  counters: BoardCounter[];
  services: BoardService[];
  /** Tickets waiting for the shown services. */
  waiting: number;
}

/** Settings of {@link buildBoardModel}. */
export interface BoardModelOptions {
  /** Current time, epoch ms (wait estimation). */
  now: number;
  /** Services shown; empty or absent shows every service of the unit. */
  serviceIds?: readonly string[];
  /** Recent calls shown besides the current one (default 6). */
  recentCount?: number;
  /** Show citizens' names when the queue has them (default false: numbers only). */
  showNames?: boolean;
  /** Wait estimation window and sample count. */
  wait?: Omit<WaitEstimateOptions, 'now'>;
}

/** Builds the board's view of `snapshot` (see {@link BoardModel}). */
export function buildBoardModel(snapshot: QueueSnapshot, index: OrgIndex, options: BoardModelOptions): BoardModel {
  const only = options.serviceIds && options.serviceIds.length ? new Set(options.serviceIds) : undefined;
  const shown = (serviceId: string) => !only || only.has(serviceId);
  const tickets = new Map<string, Ticket>();
  const waitingBy = new Map<string, { all: number; priority: number }>();
  let waiting = 0;
  for (const t of snapshot.tickets) {
    tickets.set(t.id, t);
    if (t.status !== 'waiting') continue;
    let w = waitingBy.get(t.serviceId);
    if (!w) waitingBy.set(t.serviceId, (w = { all: 0, priority: 0 }));
    w.all++;
    if (t.priority !== 'none') w.priority++;
    if (shown(t.serviceId)) waiting++;
  }

  const toBoardCall = (c: Call): BoardCall => {
    const counter = index.counters.get(c.counterId);
    const t = tickets.get(c.ticketId);
    const out: BoardCall = {
      seq: c.seq, ticketId: c.ticketId, number: c.number, counterId: c.counterId, serviceId: c.serviceId, at: c.at,
      recall: c.recall, recalls: t?.recalls ?? (c.recall ? 1 : 0), priority: c.priority,
    };
    if (counter) {
      out.counterNumber = counter.number;
      out.counterName = counter.name;
    }
    const field = index.fields.get(c.serviceId);
    if (field) out.serviceName = field.name;
    if (options.showNames && t?.displayName) out.name = t.displayName;
    return out;
  };

  const recentCount = Math.max(0, options.recentCount ?? 6);
  const seenTickets = new Set<string>();
  let current: BoardCall | undefined;
  const recent: BoardCall[] = [];
  // Calls are newest first; the newest call of a ticket stands for it (a recall replaces its call).
  for (const c of snapshot.calls) {
    if (!shown(c.serviceId) || seenTickets.has(c.ticketId)) continue;
    seenTickets.add(c.ticketId);
    if (!current) current = toBoardCall(c);
    else if (recent.length < recentCount) recent.push(toBoardCall(c));
    else break;
  }

  const counters: BoardCounter[] = [];
  for (const cs of snapshot.counters) {
    const def = index.counters.get(cs.counterId);
    const fieldIds = cs.fieldIds ?? def?.fieldIds ?? [];
    if (only && !fieldIds.some((f) => only.has(f))) continue;
    const t = cs.ticketId ? tickets.get(cs.ticketId) : undefined;
    const active = t && (t.status === 'called' || t.status === 'serving') ? t : undefined;
    const state: BoardCounterState =
      cs.status === 'closed' ? 'closed' : cs.status === 'paused' ? 'paused' : active ? (active.status === 'called' ? 'calling' : 'serving') : 'idle';
    const row: BoardCounter = { counterId: cs.counterId, number: def?.number ?? 0, name: def?.name ?? cs.counterId, status: cs.status, state, fieldIds: [...fieldIds] };
    if (active) {
      row.ticketNumber = active.number;
      row.priority = active.priority;
    }
    if (cs.status === 'paused' && cs.pauseReason) row.pauseReason = cs.pauseReason;
    counters.push(row);
  }
  counters.sort((a, b) => a.number - b.number || (a.counterId < b.counterId ? -1 : 1));

  const estimates = estimateWaits(snapshot, { now: options.now, ...options.wait });
  const serviceIds = new Set<string>();
  for (const c of counters) for (const f of c.fieldIds) if (shown(f)) serviceIds.add(f);
  for (const id of waitingBy.keys()) if (shown(id)) serviceIds.add(id);
  if (only) for (const id of only) if (index.fields.has(id)) serviceIds.add(id);
  const services: BoardService[] = [...serviceIds]
    .sort((a, b) => (index.fieldOrder.get(a) ?? 1e9) - (index.fieldOrder.get(b) ?? 1e9) || (a < b ? -1 : 1))
    .map((id) => ({
      serviceId: id,
      name: index.fields.get(id)?.name ?? id,
      waiting: waitingBy.get(id)?.all ?? 0,
      priorityWaiting: waitingBy.get(id)?.priority ?? 0,
      estimate: estimates.get(id) ?? { kind: 'no-counter', paused: false },
    }));

  const model: BoardModel = { unitId: snapshot.unitId, recent, counters, services, waiting };
  if (current) model.current = current;
  return model;
}
