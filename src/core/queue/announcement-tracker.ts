import type { Call, QueueEvent, QueueSnapshot } from '../../data/schemas/queue.js';
import { parseIso, MINUTE } from '../time/index.js';

/**
 * Which calls a hall board announces, so that each call is announced exactly once across reconnects,
 * page reloads and server restarts. A call is identified by its `seq` within the queue's `epoch`.
 *
 * - **Event** (`ticket-called` with `seq` above the mark): announced; the mark moves to the event's seq.
 * - **Snapshot of the same epoch** (every reconnect sends one first): the calls with `seq` above the
 *   mark are the ones missed while disconnected; they are announced oldest first, then the mark moves
 *   to the snapshot's `seq`. Among them, a ticket called more than once (called, then recalled) is
 *   announced once, with its latest call; a ticket whose citizen is already at the counter (`serving`)
 *   or whose visit is over is not announced (telling the hall to go to a counter they already left
 *   would only confuse); and calls older than `catchUpMs` (default 10 min) are not announced either.
 * - **Snapshot of another epoch** (first connection, or the server replaced its state) sets a new
 *   baseline: only calls made within `baselineWindowMs` (default 30 s) before `now` whose ticket is
 *   still being called are announced. A board that was just switched on therefore announces the
 *   call of the last moment, not the morning's history.
 * - A snapshot of the same epoch whose `seq` is *below* the mark (a state restored from a backup)
 *   is treated like a new epoch.
 *
 * The mark is small plain data (`{epoch, seq}`), so a board can keep it across a page reload.
 */

/** The last event a board has accounted for. */
export interface AnnouncementMark {
  epoch: string;
  seq: number;
}

/** Settings of {@link callsFromSnapshot}. */
export interface AnnouncementWindow {
  /** Current time, epoch ms (the board's clock). */
  now: number;
  /** On a new baseline, calls this recent are still announced, ms (default 30 000). */
  baselineWindowMs?: number;
  /** Missed calls older than this are not announced after a reconnect, ms (default 10 min). */
  catchUpMs?: number;
}

/** What a snapshot or event means for announcements. */
export interface AnnouncementDecision {
  /** The new mark. */
  mark: AnnouncementMark;
  /** Calls to announce, oldest first. */
  calls: Call[];
  /** Whether the snapshot started a new baseline (first connection or another epoch). */
  baseline: boolean;
}

/** Default of {@link AnnouncementWindow.baselineWindowMs}. */
export const BASELINE_WINDOW_MS = 30_000;
/** Default of {@link AnnouncementWindow.catchUpMs}. */
export const CATCH_UP_MS = 10 * MINUTE;

/** Calls of `calls` whose ticket is still being called in `s`, one per ticket (its latest), oldest first. */
function stillCalling(calls: readonly Call[], s: QueueSnapshot): Call[] {
  const status = new Map<string, string>();
  for (const t of s.tickets) status.set(t.id, t.status);
  const latest = new Map<string, Call>();
  for (const c of calls) {
    const prev = latest.get(c.ticketId);
    if (!prev || c.seq > prev.seq) latest.set(c.ticketId, c);
  }
  return [...latest.values()].filter((c) => status.get(c.ticketId) === 'called').sort((a, b) => a.seq - b.seq);
}

/** Decides what a snapshot announces (see the module comment). */
export function callsFromSnapshot(mark: AnnouncementMark | undefined, s: QueueSnapshot, w: AnnouncementWindow): AnnouncementDecision {
  const next: AnnouncementMark = { epoch: s.epoch, seq: s.seq };
  const baseline = !mark || mark.epoch !== s.epoch || s.seq < mark.seq;
  if (baseline) {
    const since = w.now - (w.baselineWindowMs ?? BASELINE_WINDOW_MS);
    const recent = s.calls.filter((c) => {
      const at = parseIso(c.at);
      return at !== undefined && at >= since;
    });
    return { mark: next, calls: stillCalling(recent, s), baseline: true };
  }
  const since = w.now - (w.catchUpMs ?? CATCH_UP_MS);
  const missed = s.calls.filter((c) => {
    if (c.seq <= mark.seq) return false;
    const at = parseIso(c.at);
    return at !== undefined && at >= since;
  });
  return { mark: { epoch: s.epoch, seq: Math.max(mark.seq, s.seq) }, calls: stillCalling(missed, s), baseline: false };
}

/**
 * Decides what an event announces: its call when it is a `ticket-called` event newer than the mark.
 * Without a mark (no snapshot yet) nothing is announced and the mark stays unset.
 */
export function callFromEvent(mark: AnnouncementMark | undefined, e: QueueEvent): { mark: AnnouncementMark | undefined; call?: Call } {
  if (!mark || e.seq <= mark.seq) return { mark };
  const next = { epoch: mark.epoch, seq: e.seq };
  return e.type === 'ticket-called' ? { mark: next, call: e.call } : { mark: next };
}
