import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db.js';
import type { OrgData } from '../src/data/schemas/org.js';
import type { Procedure } from '../src/data/schemas/procedure.js';
import type { CaseFile } from '../src/data/schemas/case-file.js';
import type { Rating } from '../src/data/schemas/rating.js';
import type { Petition } from '../src/data/schemas/petition.js';
import type { RatingBatchResponse, RatingRejection } from '../src/data/schemas/api.js';
import { localDateKey, parseIso } from '../src/core/time/index.js';

/** A time window `[from, to)` in epoch ms and an optional set of unit ids (a unit and its descendants). */
export interface Window {
  from: number;
  to: number;
  unitIds: readonly string[] | null;
}

/** Keyset position in the case order `(received_at, code)`. */
export interface CaseKey {
  receivedAt: number;
  code: string;
}

/** A stored case row: the key and the document as stored. */
export interface CaseRow {
  code: string;
  received_at: number;
  json: string;
}

/** Bounds standing in for "no limit" in range queries (far outside any real time stamp). */
export const MIN_TIME = -8.64e15;
export const MAX_TIME = 8.64e15;

const ENDED = new Set([3, 7, 8, 9, 10]);

/**
 * When a dossier stopped being open: the latest of its processing, return and closing times for the
 * statuses that end the desk's work, `null` otherwise.
 */
export function caseEndedAt(c: CaseFile): number | null {
  if (!ENDED.has(c.status)) return null;
  const times = [c.processedAt, c.returnedAt, c.closedAt].map((t) => parseIso(t ?? null)).filter((t): t is number => t !== undefined && !Number.isNaN(t));
  if (times.length) return Math.max(...times);
  const last = c.history[c.history.length - 1];
  return parseIso(last?.at ?? c.receivedAt) ?? null;
}

/** Per-rating outcome of a batch, in request order. */
export type RatingOutcome = { id: string; result: 'accepted' | 'duplicate' } | { id: string; result: 'rejected'; rejection: RatingRejection };

/**
 * The server's data access: prepared statements over the tables of db.ts, plus the two read models that
 * every client fetches (org document, procedure catalogue with its ETag) cached in memory.
 */
export class Store {
  private orgCache: { text: string; value: OrgData } | undefined;
  private catalogueCache: { text: string; etag: string } | undefined;
  private readonly stmts = new Map<string, Statement>();

  constructor(
    readonly db: Db,
    /** UTC offset of the centre, minutes; decides the local day of a ticket. */
    private readonly offsetMinutes: number,
  ) {}

  private st(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /** Drops the in-memory read models (after a reset). */
  invalidate(): void {
    this.orgCache = undefined;
    this.catalogueCache = undefined;
  }

  meta(key: string): string | undefined {
    return (this.st('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.st('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Whether the database has been seeded (an org document exists). */
  hasData(): boolean {
    return this.st('SELECT 1 FROM org WHERE id = 1').get() !== undefined;
  }

  // ---- org --------------------------------------------------------------------------------------

  /** The organisation document as stored (JSON text) and parsed. */
  org(): { text: string; value: OrgData } {
    if (!this.orgCache) {
      const row = this.st('SELECT json FROM org WHERE id = 1').get() as { json: string } | undefined;
      if (!row) throw new Error('The database holds no organisation; it has not been seeded');
      this.orgCache = { text: row.json, value: JSON.parse(row.json) as OrgData };
    }
    return this.orgCache;
  }

  /** `unitId` and every unit below it in the tree, or undefined when the unit is unknown. */
  subtree(unitId: string): string[] | undefined {
    const units = this.org().value.units;
    if (!units.some((u) => u.id === unitId)) return undefined;
    const children = new Map<string, string[]>();
    for (const u of units) if (u.parentId != null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
    const out: string[] = [];
    const stack = [unitId];
    while (stack.length) {
      const id = stack.pop()!;
      out.push(id);
      stack.push(...(children.get(id) ?? []));
    }
    return out;
  }

  putOrg(org: OrgData): void {
    this.st('INSERT INTO org (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json').run(JSON.stringify(org));
    this.orgCache = undefined;
  }

  // ---- procedures -------------------------------------------------------------------------------

  /** The whole catalogue as one JSON text `{"procedures": [...]}` and its strong ETag. */
  catalogue(): { text: string; etag: string } {
    if (!this.catalogueCache) {
      const rows = this.st('SELECT json FROM procedures ORDER BY rowid').all() as { json: string }[];
      const text = `{"procedures":[${rows.map((r) => r.json).join(',')}]}`;
      const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
      this.catalogueCache = { text, etag };
    }
    return this.catalogueCache;
  }

  procedure(code: string): string | undefined {
    return (this.st('SELECT json FROM procedures WHERE code = ?').get(code) as { json: string } | undefined)?.json;
  }

  /** Name of a procedure, for the public case status. */
  procedureName(code: string): string | undefined {
    return (this.st("SELECT json_extract(json, '$.ten_thu_tuc') AS name FROM procedures WHERE code = ?").get(code) as { name: string | null } | undefined)?.name ?? undefined;
  }

  putProcedures(list: readonly Procedure[]): void {
    const ins = this.st('INSERT INTO procedures (code, json) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET json = excluded.json');
    for (const p of list) ins.run(p.ma_thu_tuc, JSON.stringify(p));
    this.catalogueCache = undefined;
  }

  // ---- cases ------------------------------------------------------------------------------------

  private caseSql(w: Window, tail: string): string {
    const unit = w.unitIds ? ' AND unit_id IN (SELECT value FROM json_each(@units))' : '';
    // Received in the window, or received earlier and still open at its start.
    return `FROM cases WHERE received_at < @to AND (received_at >= @from OR ended_at IS NULL OR ended_at >= @from)${unit}${tail}`;
  }

  private caseParams(w: Window, after?: CaseKey): Record<string, unknown> {
    const p: Record<string, unknown> = { from: w.from, to: w.to, afterR: after?.receivedAt ?? MIN_TIME, afterC: after?.code ?? '' };
    if (w.unitIds) p.units = JSON.stringify(w.unitIds);
    return p;
  }

  /** Number of cases in a window. */
  caseCount(w: Window): number {
    return (this.st(`SELECT count(*) AS n ${this.caseSql(w, '')}`).get(this.caseParams(w)) as { n: number }).n;
  }

  /** Up to `limit` cases after `after`, in `(received_at, code)` order. */
  casePage(w: Window, after: CaseKey | undefined, limit: number): CaseRow[] {
    const sql = `SELECT code, received_at, json ${this.caseSql(w, ' AND (received_at, code) > (@afterR, @afterC) ORDER BY received_at, code LIMIT @limit')}`;
    return this.st(sql).all({ ...this.caseParams(w, after), limit }) as CaseRow[];
  }

  /**
   * Iterates the cases after `after` in order. The caller must finish or `return()` the iterator before
   * any other statement runs on this connection (better-sqlite3 holds the connection while iterating).
   */
  iterateCases(w: Window, after: CaseKey | undefined): IterableIterator<CaseRow> {
    const sql = `SELECT code, received_at, json ${this.caseSql(w, ' AND (received_at, code) > (@afterR, @afterC) ORDER BY received_at, code')}`;
    return this.st(sql).iterate(this.caseParams(w, after)) as IterableIterator<CaseRow>;
  }

  caseDocument(code: string): CaseFile | undefined {
    const row = this.st('SELECT json FROM cases WHERE code = ?').get(code) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as CaseFile) : undefined;
  }

  putCases(list: readonly CaseFile[]): void {
    const ins = this.st(
      'INSERT INTO cases (code, unit_id, received_at, ended_at, json) VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET unit_id = excluded.unit_id, received_at = excluded.received_at, ended_at = excluded.ended_at, json = excluded.json',
    );
    for (const c of list) ins.run(c.code, c.unitId, parseIso(c.receivedAt) ?? 0, caseEndedAt(c), JSON.stringify(c));
  }

  // ---- ratings ----------------------------------------------------------------------------------

  /**
   * Stores valid ratings in one transaction: a known id is a duplicate (idempotent resend), a second
   * rating for the same ticket (same unit and local day) or the same dossier is rejected, a rating for
   * a unit the organisation does not have is rejected. Returns one outcome per input, in order.
   */
  storeRatings(list: readonly Rating[]): RatingOutcome[] {
    const units = new Set(this.org().value.units.map((u) => u.id));
    const byId = this.st('SELECT 1 FROM ratings WHERE id = ?');
    const byTicket = this.st('SELECT id FROM ratings WHERE unit_id = ? AND ticket_day = ? AND ticket = ?');
    const byDossier = this.st('SELECT id FROM ratings WHERE unit_id = ? AND dossier_code = ?');
    const ins = this.st('INSERT INTO ratings (id, unit_id, created_at, ticket, ticket_day, dossier_code, json) VALUES (?, ?, ?, ?, ?, ?, ?)');
    return this.db.transaction((items: readonly Rating[]) =>
      items.map((r): RatingOutcome => {
        if (byId.get(r.id)) return { id: r.id, result: 'duplicate' };
        const reject = (code: RatingRejection['code'], reason: string): RatingOutcome => ({ id: r.id, result: 'rejected', rejection: { id: r.id, code, reason } });
        if (!units.has(r.unitId)) return reject('unknown-unit', `unitId: unit "${r.unitId}" is not part of this centre's organisation`);
        const createdAt = parseIso(r.createdAt) ?? 0;
        const day = r.ticket ? localDateKey(createdAt, this.offsetMinutes) : null;
        if (r.ticket) {
          const other = byTicket.get(r.unitId, day, r.ticket) as { id: string } | undefined;
          if (other) return reject('duplicate-ticket', `ticket: ticket "${r.ticket}" of unit "${r.unitId}" on ${day} was already rated (rating ${other.id})`);
        }
        if (r.dossierCode) {
          const other = byDossier.get(r.unitId, r.dossierCode) as { id: string } | undefined;
          if (other) return reject('duplicate-ticket', `dossierCode: dossier ${r.dossierCode} was already rated (rating ${other.id})`);
        }
        ins.run(r.id, r.unitId, createdAt, r.ticket ?? null, day, r.dossierCode ?? null, JSON.stringify(r));
        return { id: r.id, result: 'accepted' };
      }),
    )(list);
  }

  /** Ratings created in a window, as stored JSON texts, oldest first. */
  ratingsIn(w: Window): string[] {
    const unit = w.unitIds ? ' AND unit_id IN (SELECT value FROM json_each(@units))' : '';
    const rows = this.st(`SELECT json FROM ratings WHERE created_at >= @from AND created_at < @to${unit} ORDER BY created_at, id`).all(this.windowParams(w)) as { json: string }[];
    return rows.map((r) => r.json);
  }

  /** Stored ratings and distinct ids (equal unless the table was tampered with). */
  ratingStats(): { stored: number; distinctIds: number } {
    const r = this.st('SELECT count(*) AS n, count(DISTINCT id) AS d FROM ratings').get() as { n: number; d: number };
    return { stored: r.n, distinctIds: r.d };
  }

  // ---- petitions --------------------------------------------------------------------------------

  petitionsIn(w: Window): string[] {
    const unit = w.unitIds ? ' AND unit_id IN (SELECT value FROM json_each(@units))' : '';
    const rows = this.st(`SELECT json FROM petitions WHERE received_at >= @from AND received_at < @to${unit} ORDER BY received_at, id`).all(this.windowParams(w)) as { json: string }[];
    return rows.map((r) => r.json);
  }

  putPetitions(list: readonly Petition[]): void {
    const ins = this.st('INSERT INTO petitions (id, unit_id, received_at, json) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json');
    for (const p of list) ins.run(p.id, p.unitId, parseIso(p.receivedAt) ?? 0, JSON.stringify(p));
  }

  private windowParams(w: Window): Record<string, unknown> {
    const p: Record<string, unknown> = { from: w.from, to: w.to };
    if (w.unitIds) p.units = JSON.stringify(w.unitIds);
    return p;
  }
}

/** Builds a rating batch response from per-item outcomes. */
export function batchResponse(outcomes: readonly RatingOutcome[]): RatingBatchResponse {
  const res: RatingBatchResponse = { accepted: [], duplicates: [], rejected: [] };
  for (const o of outcomes) {
    if (o.result === 'rejected') res.rejected.push(o.rejection);
    else if (o.result === 'accepted') res.accepted.push(o.id);
    else res.duplicates.push(o.id);
  }
  return res;
}
