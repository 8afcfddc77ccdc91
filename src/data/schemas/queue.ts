import * as z from 'zod/mini';
import { Id, IsoDateTime, Count, DossierCode, Label, reportDuplicates } from './common.js';

/** Lifecycle of a queue ticket. */
export const TicketStatus = z.enum(['waiting', 'called', 'serving', 'served', 'skipped', 'no_show', 'transferred']);
export type TicketStatus = z.infer<typeof TicketStatus>;
/** Priority groups served ahead of others (elderly, disabled, pregnant, small child). */
export const Priority = z.enum(['none', 'elderly', 'disabled', 'pregnant', 'child']);
export type Priority = z.infer<typeof Priority>;

export const Ticket = z.object({
  id: Id,
  /** Printed and spoken number, unique per unit and day. */
  number: z.int().check(z.positive(), z.lte(99999)),
  unitId: Id,
  /** Field (lĩnh vực) the ticket was issued for. */
  serviceId: Id,
  status: TicketStatus,
  priority: Priority,
  issuedAt: IsoDateTime,
  counterId: z.optional(z.nullable(Id)),
  calledAt: z.optional(z.nullable(IsoDateTime)),
  /** Service started at the counter. */
  startedAt: z.optional(z.nullable(IsoDateTime)),
  /** Service finished (served, skipped or no-show). */
  endedAt: z.optional(z.nullable(IsoDateTime)),
  /** Times the ticket was called again. */
  recalls: Count,
  /** Dossier received during this visit, when known; links waiting time to dossiers and ratings. */
  dossierCode: z.optional(z.nullable(DossierCode)),
  /** Citizen name; only ever shown when a board explicitly enables names. */
  displayName: z.optional(z.nullable(Label)),
});
export type Ticket = z.infer<typeof Ticket>;

export const CounterStatus = z.enum(['open', 'paused', 'closed']);
export type CounterStatus = z.infer<typeof CounterStatus>;

export const CounterState = z.object({
  counterId: Id,
  status: CounterStatus,
  /** Ticket being called or served, if any. */
  ticketId: z.optional(z.nullable(Id)),
  officerId: z.optional(z.nullable(Id)),
  pauseReason: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  /** Fields this counter serves right now (may differ from the static configuration). */
  fieldIds: z.optional(z.array(Id).check(z.maxLength(50))),
});
export type CounterState = z.infer<typeof CounterState>;

/** A call of a ticket to a counter (also recalls). */
export const Call = z.object({
  ticketId: Id,
  number: z.int().check(z.positive(), z.lte(99999)),
  counterId: Id,
  serviceId: Id,
  at: IsoDateTime,
  recall: z.boolean(),
  priority: Priority,
  /** Sequence number of the event that carried this call; identifies the call exactly once. */
  seq: Count,
});
export type Call = z.infer<typeof Call>;

/**
 * Full state of one unit's queue. `seq` is the last event folded in. Ticket ids, counter ids and call
 * sequence numbers are each unique (a repeat would count a visitor twice or show a counter twice).
 */
export const QueueSnapshot = z.object({
  unitId: Id,
  /** Opaque id of the server's queue state; `seq` restarts only with a new epoch. */
  epoch: Id,
  seq: Count,
  at: IsoDateTime,
  /** Waiting, called and serving tickets, plus tickets finished in the recent window (for wait estimation). */
  tickets: z.array(Ticket).check(z.maxLength(20000)),
  counters: z.array(CounterState).check(z.maxLength(2000)),
  /** Most recent calls, newest first. */
  calls: z.array(Call).check(z.maxLength(500)),
  /** Last ticket number issued today per service (numbers never repeat within a day). */
  issued: z.record(Id, Count),
}).check(
  z.superRefine((s, ctx) => {
    reportDuplicates(ctx, s.tickets, (t) => t.id, ['tickets'], 'id');
    reportDuplicates(ctx, s.counters, (c) => c.counterId, ['counters'], 'counterId');
    reportDuplicates(ctx, s.calls, (c) => c.seq, ['calls'], 'seq');
  }),
);
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;

const base = { seq: Count, at: IsoDateTime, unitId: Id };
/** One change in a unit's queue, as sent on the SSE stream (event id = `seq`). */
export const QueueEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ticket-issued'), ...base, ticket: Ticket }),
  z.object({ type: z.literal('ticket-updated'), ...base, ticket: Ticket }),
  z.object({ type: z.literal('ticket-called'), ...base, ticket: Ticket, call: Call }),
  z.object({ type: z.literal('counter-updated'), ...base, counter: CounterState }),
  z.object({ type: z.literal('day-reset'), ...base }),
]);
export type QueueEvent = z.infer<typeof QueueEvent>;

/** Heartbeat on the SSE stream (`event: heartbeat`). */
export const Heartbeat = z.object({ at: IsoDateTime, seq: Count });
export type Heartbeat = z.infer<typeof Heartbeat>;

/** Commands an officer's counter console sends. */
export const QueueCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('issue'), unitId: Id, serviceId: Id, priority: z.optional(Priority) }),
  z.object({ type: z.literal('call-next'), counterId: Id }),
  z.object({ type: z.literal('recall'), counterId: Id }),
  z.object({ type: z.literal('start'), counterId: Id }),
  z.object({ type: z.literal('finish'), counterId: Id, dossierCode: z.optional(DossierCode) }),
  z.object({ type: z.literal('skip'), counterId: Id }),
  z.object({ type: z.literal('pause'), counterId: Id, reason: z.optional(z.string().check(z.maxLength(200))) }),
  z.object({ type: z.literal('resume'), counterId: Id }),
  z.object({ type: z.literal('close'), counterId: Id }),
  z.object({ type: z.literal('transfer'), counterId: Id, toServiceId: Id }),
]);
export type QueueCommand = z.infer<typeof QueueCommand>;

/** Result of a command: the events it produced (may be empty, e.g. call-next on an empty queue). */
export const QueueCommandResult = z.object({
  ok: z.boolean(),
  events: z.array(QueueEvent).check(z.maxLength(100)),
  message: z.optional(z.string().check(z.maxLength(500))),
});
export type QueueCommandResult = z.infer<typeof QueueCommandResult>;
