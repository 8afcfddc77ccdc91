import { randomBytes } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';
import type { OrgData } from '../src/data/schemas/org.js';
import { QueueSnapshot, type Call, type QueueCommand, type QueueEvent } from '../src/data/schemas/queue.js';
import { applyCommand, applyEvent, emptySnapshot, type QueueContext } from '../src/core/queue/engine.js';
import { simulateTick } from '../src/core/queue/simulator.js';
import { localDay, parseIso, toIso } from '../src/core/time/index.js';
import { mulberry32 } from './rng.js';

/** Events kept per unit in `queue_events` (what a reconnecting client can still be told about). */
export const KEEP_EVENTS = 5000;
/** Most calls a resume snapshot carries (the schema's limit). */
export const MAX_RESUME_CALLS = 500;

/** Receives every batch of events a unit's queue produced, in order. */
export type QueueListener = (unitId: string, epoch: string, events: readonly QueueEvent[]) => void;

/** Result of a command as the HTTP layer answers it. */
export type CommandResult =
  | { ok: true; events: QueueEvent[] }
  | { ok: false; code: 'not_found' | 'conflict' | 'invalid'; message: string };

function parseStored(json: string): QueueSnapshot | undefined {
  try {
    const r = QueueSnapshot.safeParse(JSON.parse(json));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** A fresh opaque epoch id: time plus randomness, so two states never share one. */
export function newEpoch(now: number): string {
  return `${now.toString(36)}-${randomBytes(4).toString('hex')}`;
}

/**
 * The live queues: one snapshot per unit that has counters, changed only through the pure engine.
 * Every change is persisted (snapshot and event log, one transaction) before listeners hear of it, so
 * a restarted server continues the same epoch and sequence.
 */
export class QueueService {
  private states = new Map<string, QueueSnapshot>();
  private counterUnit = new Map<string, string>();
  private listeners = new Set<QueueListener>();
  private simTimer: NodeJS.Timeout | undefined;
  private rolloverTimer: NodeJS.Timeout | undefined;
  private readonly sql: {
    saveState: Statement;
    appendEvent: Statement;
    prune: Statement;
    dropEvents: Statement;
    callsAfter: Statement;
  };

  constructor(
    private readonly db: Db,
    private readonly org: () => OrgData,
    private readonly now: () => number,
    private readonly offsetMinutes: number,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.sql = {
      saveState: db.prepare('INSERT INTO queue_state (unit_id, epoch, seq, snapshot) VALUES (?, ?, ?, ?) ON CONFLICT (unit_id) DO UPDATE SET epoch = excluded.epoch, seq = excluded.seq, snapshot = excluded.snapshot'),
      appendEvent: db.prepare('INSERT OR REPLACE INTO queue_events (unit_id, seq, json) VALUES (?, ?, ?)'),
      prune: db.prepare('DELETE FROM queue_events WHERE unit_id = ? AND seq <= ?'),
      dropEvents: db.prepare('DELETE FROM queue_events WHERE unit_id = ?'),
      callsAfter: db.prepare("SELECT json FROM queue_events WHERE unit_id = ? AND seq > ? AND json_extract(json, '$.type') = 'ticket-called' ORDER BY seq DESC LIMIT ?"),
    };
    this.load();
    // A quiet hall still starts each day empty: check for the local day changing once a minute.
    this.rolloverTimer = setInterval(() => {
      for (const unitId of this.states.keys()) this.rollover(unitId);
    }, 60_000);
    this.rolloverTimer.unref();
  }

  private ctx(): QueueContext {
    return { now: this.now(), offsetMinutes: this.offsetMinutes, org: this.org() };
  }

  /** (Re)reads the org and the stored states; units without a stored state start empty in a new epoch. */
  load(): void {
    const org = this.org();
    this.counterUnit = new Map(org.counters.map((c) => [c.id, c.unitId]));
    const stored = new Map<string, QueueSnapshot>();
    for (const r of this.db.prepare('SELECT unit_id, snapshot FROM queue_state').all() as { unit_id: string; snapshot: string }[]) {
      const parsed = parseStored(r.snapshot);
      if (parsed) stored.set(r.unit_id, parsed);
      else {
        // A state this version cannot read (written by another engine version, or damaged) is kept
        // aside in `meta` rather than dropped, and the unit starts over in a new epoch.
        this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(`quarantine:queue_state:${r.unit_id}:${this.now()}`, r.snapshot);
        this.log(`queue state of ${r.unit_id} does not pass the QueueSnapshot schema; set aside in meta, starting a new epoch`);
      }
    }
    this.states.clear();
    for (const unitId of new Set(org.counters.map((c) => c.unitId))) {
      const s = stored.get(unitId);
      if (s) this.states.set(unitId, s);
      else this.replace(unitId, emptySnapshot(unitId, newEpoch(this.now()), this.ctx()));
    }
  }

  /** Units that have a queue. */
  units(): string[] {
    return [...this.states.keys()];
  }

  has(unitId: string): boolean {
    return this.states.has(unitId);
  }

  /** Current state of a unit's queue, after starting a new day if the local day changed. */
  snapshot(unitId: string): QueueSnapshot | undefined {
    if (!this.states.has(unitId)) return undefined;
    this.rollover(unitId);
    return this.states.get(unitId);
  }

  /** Registers a listener for committed events; returns the unsubscribe function. */
  listen(fn: QueueListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Applies a command through the engine, persists and broadcasts what it produced. */
  command(cmd: QueueCommand): CommandResult {
    const unitId = cmd.type === 'issue' ? cmd.unitId : this.counterUnit.get(cmd.counterId);
    if (unitId === undefined) return { ok: false, code: 'not_found', message: `Unknown counter "${(cmd as { counterId: string }).counterId}"` };
    const s = this.states.get(unitId);
    if (!s) return { ok: false, code: 'not_found', message: `Unit "${unitId}" has no queue (no counters)` };
    const out = applyCommand(s, cmd, this.ctx());
    if (!out.ok) return out;
    this.commit(unitId, out.snapshot, out.events);
    return { ok: true, events: out.events };
  }

  /** Calls carried by events after `seq` still in the log, newest first, at most {@link MAX_RESUME_CALLS}. */
  callsAfter(unitId: string, seq: number): Call[] {
    const rows = this.sql.callsAfter.all(unitId, seq, MAX_RESUME_CALLS) as { json: string }[];
    return rows.map((r) => (JSON.parse(r.json) as Extract<QueueEvent, { type: 'ticket-called' }>).call);
  }

  /**
   * The snapshot a (re)connecting client gets. When it resumes within the current epoch, `calls` also
   * holds every call it missed that the log still has, so each call is announced exactly once.
   */
  resumeSnapshot(unitId: string, lastEventId: string | null): QueueSnapshot | undefined {
    const s = this.snapshot(unitId);
    if (!s || !lastEventId) return s;
    const cut = lastEventId.lastIndexOf('.');
    const epoch = lastEventId.slice(0, cut);
    const seq = Number(lastEventId.slice(cut + 1));
    if (cut <= 0 || epoch !== s.epoch || !Number.isInteger(seq) || seq < 0) return s;
    const missed = this.callsAfter(unitId, seq);
    if (!missed.length) return s;
    const bySeq = new Map<number, Call>();
    for (const c of [...missed, ...s.calls]) if (!bySeq.has(c.seq)) bySeq.set(c.seq, c);
    const calls = [...bySeq.values()].sort((a, b) => b.seq - a.seq).slice(0, MAX_RESUME_CALLS);
    return { ...s, calls };
  }

  /** Starts new epochs: the given unit, or all; the event logs of the replaced states are dropped. */
  renewEpoch(unitId?: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const id of unitId ? [unitId] : this.units()) {
      const s = emptySnapshot(id, newEpoch(this.now()), this.ctx());
      this.db.transaction(() => {
        this.sql.dropEvents.run(id);
        this.replace(id, s);
      })();
      out[id] = s.epoch;
    }
    return out;
  }

  /** Runs the simulator for `unitId` every `intervalMs`; `rng` makes a run reproducible. */
  simulate(unitId: string, opts: { intervalMs?: number; seed?: number; intensity?: number } = {}): void {
    this.stopSimulation();
    const rng = mulberry32(opts.seed ?? 1);
    let last = this.now();
    this.simTimer = setInterval(() => {
      const s = this.snapshot(unitId);
      if (!s) return;
      const now = this.now();
      const cmds = simulateTick(s, { ...this.ctx(), now, rng, dtMs: now - last, ...(opts.intensity !== undefined ? { intensity: opts.intensity } : {}) });
      last = now;
      // A command the state no longer allows (an earlier one in the tick changed it) is simply skipped.
      for (const c of cmds) this.command(c);
    }, opts.intervalMs ?? 1000);
    this.simTimer.unref();
  }

  stopSimulation(): void {
    if (this.simTimer) clearInterval(this.simTimer);
    this.simTimer = undefined;
  }

  close(): void {
    this.stopSimulation();
    if (this.rolloverTimer) clearInterval(this.rolloverTimer);
  }

  private rollover(unitId: string): void {
    const s = this.states.get(unitId);
    if (!s || s.seq === 0) return;
    const now = this.now();
    if (localDay(parseIso(s.at) ?? now, this.offsetMinutes) === localDay(now, this.offsetMinutes)) return;
    const e: QueueEvent = { type: 'day-reset', seq: s.seq + 1, at: toIso(now, this.offsetMinutes), unitId };
    this.commit(unitId, applyEvent(s, e), [e]);
  }

  private replace(unitId: string, s: QueueSnapshot): void {
    this.sql.saveState.run(unitId, s.epoch, s.seq, JSON.stringify(s));
    this.states.set(unitId, s);
  }

  private commit(unitId: string, s: QueueSnapshot, events: readonly QueueEvent[]): void {
    if (!events.length) return;
    this.db.transaction(() => {
      for (const e of events) this.sql.appendEvent.run(unitId, e.seq, JSON.stringify(e));
      this.replace(unitId, s);
      // Prune in steps rather than on every event: one DELETE per 100 sequence numbers.
      if (events.some((e) => e.seq % 100 === 0)) {
        this.sql.prune.run(unitId, s.seq - KEEP_EVENTS);
      }
    })();
    for (const fn of this.listeners) fn(unitId, s.epoch, events);
  }
}
