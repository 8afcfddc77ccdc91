import type { IncomingMessage } from 'node:http';
import * as z from 'zod/mini';
import { DossierCode, Id, IsoDateTime, ProcedureCode } from '../src/data/schemas/common.js';
import { QueueCommand } from '../src/data/schemas/queue.js';
import { Rating } from '../src/data/schemas/rating.js';
import { RatingBatchRequest, type RatingRejection } from '../src/data/schemas/api.js';
import type { CaseFile, CasePublicStatus } from '../src/data/schemas/case-file.js';
import { summariseIssues } from '../src/data/schemas/describe.js';
import { parseIso, toIso } from '../src/core/time/index.js';
import { HttpError, drained, json, rawJson, readJson, validate, type Reply } from './http.js';
import { MAX_TIME, MIN_TIME, batchResponse, type CaseKey, type RatingOutcome, type Store, type Window } from './store.js';
import type { QueueService } from './queue.js';
import { MIN_HEARTBEAT_MS, type SseHub } from './sse.js';
import { exportKpis, exportRatings } from './export.js';

/** What the API handlers work with. */
export interface ApiDeps {
  store: Store;
  queue: QueueService;
  sse: SseHub;
  now: () => number;
  offsetMinutes: number;
  version: string;
  /** Default heartbeat of queue streams (ms). */
  heartbeatMs: number;
}

/** One request as a handler sees it. */
export interface ApiRequest {
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
}

/** A route of the contract. `name` (`GET /cases/{code}/status`) keys the request counters. */
export interface Route {
  method: 'GET' | 'POST';
  name: string;
  pattern: RegExp;
  handle(r: ApiRequest, deps: ApiDeps): Reply | Promise<Reply>;
}

/** Default and largest page size of `GET /cases`. */
export const DEFAULT_CASE_PAGE = 1000;
export const MAX_CASE_PAGE = 5000;

const WindowQuery = z.object({ from: z.optional(IsoDateTime), to: z.optional(IsoDateTime), unitId: z.optional(Id) });

function query(url: URL, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = url.searchParams.get(k);
    if (v !== null) out[k] = v;
  }
  return out;
}

/** Reads `from`, `to` and `unitId`; a unit filter covers the unit and every unit below it. */
function windowOf(url: URL, store: Store): Window & { key: string } {
  const q = validate(WindowQuery, query(url, ['from', 'to', 'unitId']), 'query');
  const from = q.from !== undefined ? parseIso(q.from)! : MIN_TIME;
  const to = q.to !== undefined ? parseIso(q.to)! : MAX_TIME;
  if (from > to) throw new HttpError(400, 'invalid', `Invalid query: from (${q.from}) is after to (${q.to})`);
  let unitIds: string[] | null = null;
  if (q.unitId !== undefined) {
    const sub = store.subtree(q.unitId);
    if (!sub) throw new HttpError(404, 'not_found', `Unknown unit "${q.unitId}"`);
    unitIds = sub;
  }
  return { from, to, unitIds, key: `${from}|${to}|${q.unitId ?? ''}` };
}

function itemsJson(rows: readonly string[]): Reply {
  return rawJson(`{"items":[${rows.join(',')}]}`);
}

// ---- cursor -------------------------------------------------------------------------------------

interface Cursor extends CaseKey {
  /** Total of the first page, carried so later pages need no count. */
  total: number;
  /** Which query the cursor belongs to. */
  query: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([1, c.receivedAt, c.code, c.total, c.query]), 'utf8').toString('base64url');
}

function decodeCursor(s: string, queryKey: string): Cursor {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
  } catch {
    v = null;
  }
  if (!Array.isArray(v) || v.length !== 5 || v[0] !== 1 || typeof v[1] !== 'number' || typeof v[2] !== 'string' || typeof v[3] !== 'number' || typeof v[4] !== 'string')
    throw new HttpError(400, 'invalid', 'Invalid query:\ncursor: not a cursor this server issued; pass the `next` value of the previous page unchanged');
  if (v[4] !== queryKey) throw new HttpError(400, 'invalid', 'Invalid query:\ncursor: belongs to a different from/to/unitId; keep the query the same while paging');
  return { receivedAt: v[1], code: v[2], total: v[3], query: v[4] };
}

function limitOf(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_CASE_PAGE;
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= MAX_CASE_PAGE)) throw new HttpError(400, 'invalid', `Invalid query:\nlimit: expected a whole number from 1 to ${MAX_CASE_PAGE}, received "${raw.slice(0, 40)}"`);
  return n;
}

// ---- handlers -----------------------------------------------------------------------------------

function publicStatus(c: CaseFile, store: Store): CasePublicStatus {
  const unit = store.org().value.units.find((u) => u.id === c.unitId);
  const procedureName = store.procedureName(c.procedureCode);
  const out: CasePublicStatus = {
    code: c.code,
    procedureCode: c.procedureCode,
    unitId: c.unitId,
    channel: c.channel,
    status: c.status,
    receivedAt: c.receivedAt,
    supplements: c.supplements,
    history: c.history,
  };
  if (procedureName) out.procedureName = procedureName;
  if (unit) out.unitName = unit.name;
  for (const k of ['dueAt', 'rescheduledDueAt', 'rescheduleNote', 'processedAt', 'returnedAt', 'closedAt', 'feeRequestedAt', 'feePaidAt'] as const) {
    if (c[k] !== undefined) (out as Record<string, unknown>)[k] = c[k];
  }
  return out;
}

function ratingId(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id.slice(0, 200) : `#${index}`;
}

async function ratingsBatch(r: ApiRequest, d: ApiDeps): Promise<Reply> {
  const body = validate(RatingBatchRequest, await readJson(r.req), 'ratings batch');
  const outcomes: (RatingOutcome | null)[] = [];
  const valid: Rating[] = [];
  body.ratings.forEach((raw, i) => {
    const p = Rating.safeParse(raw, { reportInput: true });
    if (p.success) {
      valid.push(p.data);
      outcomes.push(null);
    } else {
      const rejection: RatingRejection = { id: ratingId(raw, i), code: 'schema', reason: summariseIssues(p.error.issues, 'en', 5).replace(/\n/g, '; ').slice(0, 500) };
      outcomes.push({ id: rejection.id, result: 'rejected', rejection });
    }
  });
  const stored = d.store.storeRatings(valid);
  let k = 0;
  return json(batchResponse(outcomes.map((o) => o ?? stored[k++]!)));
}

function heartbeatOf(url: URL, fallback: number): number {
  const raw = url.searchParams.get('heartbeat');
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw)) throw new HttpError(400, 'invalid', `Invalid query:\nheartbeat: expected a whole number of milliseconds, received "${raw.slice(0, 40)}"`);
  return Math.max(MIN_HEARTBEAT_MS, Number(raw));
}

const seg = '([^/]+)';

/** The routes of docs/http-contract.md, under `/api/v1`. */
export const routes: readonly Route[] = [
  {
    method: 'GET', name: 'GET /health', pattern: /^\/health$/,
    handle: (_r, d) => json({ ok: true, version: d.version, time: toIso(d.now(), d.offsetMinutes) }),
  },
  {
    method: 'GET', name: 'GET /org', pattern: /^\/org$/,
    handle: (_r, d) => rawJson(d.store.org().text),
  },
  {
    method: 'GET', name: 'GET /procedures', pattern: /^\/procedures$/,
    handle: (r, d) => {
      const { text, etag } = d.store.catalogue();
      const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
      const inm = r.req.headers['if-none-match'];
      if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) {
        return { kind: 'body', status: 304, headers, body: '' };
      }
      return rawJson(text, 200, headers);
    },
  },
  {
    method: 'GET', name: 'GET /procedures/{code}', pattern: new RegExp(`^/procedures/${seg}$`),
    handle: (r, d) => {
      const code = r.params[0]!;
      const doc = ProcedureCode.safeParse(code).success ? d.store.procedure(code) : undefined;
      if (!doc) throw new HttpError(404, 'not_found', `No procedure with code "${code.slice(0, 40)}" (codes look like 1.001193)`);
      return rawJson(doc);
    },
  },
  {
    method: 'GET', name: 'GET /queue/{unitId}/snapshot', pattern: new RegExp(`^/queue/${seg}/snapshot$`),
    handle: (r, d) => {
      const s = d.queue.snapshot(r.params[0]!);
      if (!s) throw new HttpError(404, 'not_found', `Unit "${r.params[0]}" has no queue`);
      return json(s);
    },
  },
  {
    method: 'GET', name: 'GET /queue/{unitId}/stream', pattern: new RegExp(`^/queue/${seg}/stream$`),
    handle: (r, d) => {
      const unitId = r.params[0]!;
      if (!d.queue.has(unitId)) throw new HttpError(404, 'not_found', `Unit "${unitId}" has no queue`);
      const heartbeatMs = heartbeatOf(r.url, d.heartbeatMs);
      const header = r.req.headers['last-event-id'];
      const lastEventId = (typeof header === 'string' && header.trim() !== '' ? header.trim() : null) ?? r.url.searchParams.get('lastEventId') ?? null;
      return {
        kind: 'stream', status: 200,
        headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
        run: (res, { malformed }) => d.sse.open(res, unitId, { lastEventId, heartbeatMs, malformed }),
      };
    },
  },
  {
    method: 'POST', name: 'POST /queue/commands', pattern: /^\/queue\/commands$/,
    handle: async (r, d) => {
      const cmd = validate(QueueCommand, await readJson(r.req), 'queue command');
      const out = d.queue.command(cmd);
      if (out.ok) return json({ ok: true, events: out.events });
      const status = out.code === 'not_found' ? 404 : out.code === 'conflict' ? 409 : 400;
      throw new HttpError(status, out.code, out.message);
    },
  },
  { method: 'POST', name: 'POST /ratings/batch', pattern: /^\/ratings\/batch$/, handle: ratingsBatch },
  {
    method: 'GET', name: 'GET /ratings', pattern: /^\/ratings$/,
    handle: (r, d) => itemsJson(d.store.ratingsIn(windowOf(r.url, d.store))),
  },
  {
    method: 'GET', name: 'GET /cases', pattern: /^\/cases$/,
    handle: (r, d) => {
      const w = windowOf(r.url, d.store);
      const q = query(r.url, ['cursor', 'limit']);
      const limit = limitOf(q.limit);
      const cursor = q.cursor !== undefined ? decodeCursor(q.cursor, w.key) : undefined;
      const total = cursor?.total ?? d.store.caseCount(w);
      const rows = d.store.casePage(w, cursor, limit);
      const last = rows[rows.length - 1];
      const next = rows.length === limit && last ? encodeCursor({ receivedAt: last.received_at, code: last.code, total, query: w.key }) : null;
      return rawJson(`{"items":[${rows.map((x) => x.json).join(',')}],"next":${JSON.stringify(next)},"total":${total}}`);
    },
  },
  {
    method: 'GET', name: 'GET /cases.ndjson', pattern: /^\/cases\.ndjson$/,
    handle: (r, d) => {
      const w = windowOf(r.url, d.store);
      return {
        kind: 'stream', status: 200,
        headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
        run: async (res, { malformed }) => {
          if (malformed) res.write('{"code": "H\n');
          let after: CaseKey | undefined;
          for (;;) {
            // The iterator holds the database connection, so it is closed before waiting for the
            // client and reopened after the last key sent: other requests are never blocked by a slow reader.
            let paused = false;
            let buf = '';
            for (const row of d.store.iterateCases(w, after)) {
              after = { receivedAt: row.received_at, code: row.code };
              buf += row.json + '\n';
              if (buf.length >= 64 * 1024) {
                const ok = res.write(buf);
                buf = '';
                if (!ok) {
                  paused = true;
                  break;
                }
              }
            }
            if (buf) res.write(buf);
            if (!paused) break;
            if (!(await drained(res))) return;
          }
          res.end();
        },
      };
    },
  },
  {
    method: 'GET', name: 'GET /cases/{code}/status', pattern: new RegExp(`^/cases/${seg}/status$`),
    handle: (r, d) => {
      const code = r.params[0]!;
      if (!DossierCode.safeParse(code).success) {
        throw new HttpError(400, 'invalid', `"${code.slice(0, 60)}" is not a dossier code: expected agency code, reception date YYMMDD and a 4-digit number, e.g. H15.50.05.13-261008-0975`);
      }
      const c = d.store.caseDocument(code);
      if (!c) throw new HttpError(404, 'not_found', `No dossier with code ${code}`);
      return json(publicStatus(c, d.store));
    },
  },
  {
    method: 'GET', name: 'GET /petitions', pattern: /^\/petitions$/,
    handle: (r, d) => itemsJson(d.store.petitionsIn(windowOf(r.url, d.store))),
  },
  // CSV for the centre's staff (server/export.ts): spreadsheets of ratings and of KPIs.
  { method: 'GET', name: 'GET /export/ratings.csv', pattern: /^\/export\/ratings\.csv$/, handle: (r, d) => exportRatings(r.url, d) },
  { method: 'GET', name: 'GET /export/kpis.csv', pattern: /^\/export\/kpis\.csv$/, handle: (r, d) => exportKpis(r.url, d) },
];

/** Finds the route for a path under `/api/v1`; `allowed` lists the methods the path supports. */
export function matchRoute(method: string, path: string): { route?: Route; params: Record<string, string>; allowed: string[] } {
  const allowed: string[] = [];
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    allowed.push(route.method);
    const wanted = method === 'HEAD' ? 'GET' : method;
    if (route.method !== wanted) continue;
    const params: Record<string, string> = {};
    m.slice(1).forEach((v, i) => {
      try {
        params[i] = decodeURIComponent(v);
      } catch {
        throw new HttpError(400, 'invalid', `Bad percent-encoding in path segment "${v.slice(0, 60)}"`);
      }
    });
    return { route, params, allowed };
  }
  return { params: {}, allowed };
}
