import * as z from 'zod/mini';
import { OrgData } from '../../schemas/org.js';
import { Procedure } from '../../schemas/procedure.js';
import { CaseFile, type CasePublicStatus } from '../../schemas/case-file.js';
import { Rating } from '../../schemas/rating.js';
import { Petition } from '../../schemas/petition.js';
import type { QueueCommand, QueueCommandResult, QueueSnapshot } from '../../schemas/queue.js';
import type { RatingBatchResponse, RatingRejection } from '../../schemas/api.js';
import { DossierCode } from '../../schemas/common.js';
import { DataError, parseWith, toDataError } from '../../errors.js';
import type { DataSource, PeriodQuery, QueueMessage } from '../../ports.js';
import { parseIso, toIso, DAY, type Clock } from '../../../core/time/index.js';
import { LocalStore, type QuarantineReport } from './store.js';
import { LocalQueue } from './local-queue.js';

/** Seed metadata stored with the data. */
const Meta = z.object({
  seedVersion: z.number(),
  seed: z.string(),
  from: z.string(),
  to: z.string(),
  months: z.array(z.string()),
});
type Meta = z.infer<typeof Meta>;

const RatingIndex = z.object({ ids: z.array(z.string()), keys: z.array(z.string()) });

export interface LocalSourceOptions {
  /** IndexedDB database name (default `hcc-widgets`); tests use their own. */
  dbName?: string;
  /** Seed of the demo data (default `hcc-halong`). */
  seed?: string;
  /** Demo data covers the year up to this instant (default: now, when first seeded). */
  asOf?: number;
  /** Dossiers per year in the demo data (default 40,000). */
  casesPerYear?: number;
  /** Run the queue simulator for the centre's queue. */
  simulate?: boolean;
  clock?: Clock;
  /** UTC offset of the centre in minutes (420). */
  offsetMinutes?: number;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as number),
};

const monthKey = (iso: string) => iso.slice(0, 7);

/**
 * The embedded default source: everything in the browser's IndexedDB (idb-keyval, database
 * `hcc-widgets`), seeded on first use from the deterministic Hạ Long generator. Works with no back end
 * at all; ratings submitted here are stored locally with the same idempotency rules as the HTTP contract.
 */
export class LocalSource implements DataSource {
  readonly kind = 'local';
  readonly store: LocalStore;
  private readonly clock: Clock;
  private readonly offset: number;
  private seeding?: Promise<Meta>;
  private orgCache?: Promise<OrgData>;
  private readonly queues = new Map<string, LocalQueue>();
  private readonly simulation = new AbortController();
  /** Values set aside because they failed their schema. */
  readonly quarantined: QuarantineReport[] = [];

  constructor(private readonly options: LocalSourceOptions = {}) {
    this.store = new LocalStore(options.dbName ?? 'hcc-widgets');
    this.clock = options.clock ?? realClock;
    this.offset = options.offsetMinutes ?? 420;
    this.store.onQuarantine((r) => {
      this.quarantined.push(r);
      console.warn(`hcc: set aside invalid stored data (${r.key}): ${r.error.message}`);
    });
    if (options.simulate) void this.startSimulation();
  }

  /** Seeds the database once (first use), across tabs. Resolves with the seed metadata. */
  ensureSeeded(): Promise<Meta> {
    this.seeding ??= this.seedOnce().catch((e) => {
      this.seeding = undefined;
      throw toDataError(e, 'indexeddb:seed');
    });
    return this.seeding;
  }

  private async seedOnce(): Promise<Meta> {
    const run = async () => {
      const { generateSeed, SEED_VERSION } = await import('../../seed/index.js');
      const existing = await this.store.read('hcc:v1:meta', Meta);
      if (existing && existing.seedVersion === SEED_VERSION && existing.seed === (this.options.seed ?? 'hcc-halong')) return existing;
      const to = this.options.asOf ?? this.clock.now();
      const from = to - 365 * DAY;
      const seed = this.options.seed ?? 'hcc-halong';
      const data = generateSeed({ seed, from, to, casesPerYear: this.options.casesPerYear, offsetMinutes: this.offset });
      const months = new Map<string, unknown[]>();
      for (const chunk of data.cases) {
        for (const c of chunk) {
          const k = monthKey(c.receivedAt);
          let arr = months.get(k);
          if (!arr) months.set(k, (arr = []));
          arr.push(c);
        }
      }
      const ratingMonths = new Map<string, unknown[]>();
      const index = { ids: [] as string[], keys: [] as string[] };
      for (const r of data.ratings) {
        const k = monthKey(r.createdAt);
        let arr = ratingMonths.get(k);
        if (!arr) ratingMonths.set(k, (arr = []));
        arr.push(r);
        index.ids.push(r.id);
        for (const key of ratingKeys(r)) index.keys.push(key);
      }
      const meta: Meta = {
        seedVersion: SEED_VERSION, seed, from: toIso(from, this.offset), to: toIso(to, this.offset),
        months: [...new Set([...months.keys(), ...ratingMonths.keys()])].sort(),
      };
      await this.store.writeMany([
        ['hcc:v1:org', data.org],
        ['hcc:v1:procedures', data.procedures],
        ['hcc:v1:petitions', data.petitions],
        ['hcc:v1:rating-index', index],
        ...[...months].map(([k, v]) => [`hcc:v1:cases:${k}`, v] as [string, unknown]),
        ...[...ratingMonths].map(([k, v]) => [`hcc:v1:ratings:${k}`, v] as [string, unknown]),
      ]);
      // Meta last: a tab closed mid-seed leaves no meta, and the next one seeds again.
      await this.store.write('hcc:v1:meta', meta);
      return meta;
    };
    if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request(`hcc-seed:${this.store.dbName}`, run);
    return run();
  }

  private async need<T>(key: string, schema: z.ZodMiniType<T>): Promise<T> {
    await this.ensureSeeded();
    const v = await this.store.read(key, schema);
    if (v === undefined) throw new DataError('not_found', `No data under ${key}`, { source: key });
    return v as T;
  }

  org(signal?: AbortSignal): Promise<OrgData> {
    signal?.throwIfAborted();
    this.orgCache ??= this.need('hcc:v1:org', OrgData).catch((e) => {
      this.orgCache = undefined;
      throw e;
    });
    return this.orgCache;
  }

  async procedures(signal?: AbortSignal): Promise<Procedure[]> {
    await this.ensureSeeded();
    signal?.throwIfAborted();
    return (await this.store.readArray('hcc:v1:procedures', Procedure)) ?? [];
  }

  async procedure(code: string, signal?: AbortSignal): Promise<Procedure> {
    const p = (await this.procedures(signal)).find((x) => x.ma_thu_tuc === code);
    if (!p) throw new DataError('not_found', `Procedure ${code} not found`, { source: 'indexeddb:hcc:v1:procedures' });
    return p;
  }

  /** The queue of a unit (created on first use). */
  queue(unitId: string): LocalQueue {
    let q = this.queues.get(unitId);
    if (!q) this.queues.set(unitId, (q = new LocalQueue(this.store, unitId, () => this.org(), this.clock, this.offset)));
    return q;
  }

  async snapshot(unitId: string, signal?: AbortSignal): Promise<QueueSnapshot> {
    await this.ensureSeeded();
    signal?.throwIfAborted();
    return this.queue(unitId).snapshot();
  }

  subscribe(unitId: string, onMessage: (m: QueueMessage) => void, signal: AbortSignal): void {
    this.ensureSeeded().then(
      () => this.queue(unitId).subscribe(onMessage, signal),
      (e) => onMessage({ type: 'error', error: toDataError(e, 'indexeddb:seed') }),
    );
  }

  async command(cmd: QueueCommand, signal?: AbortSignal): Promise<QueueCommandResult> {
    await this.ensureSeeded();
    signal?.throwIfAborted();
    const unitId = cmd.type === 'issue' ? cmd.unitId : (await this.org()).counters.find((c) => c.id === cmd.counterId)?.unitId;
    if (!unitId) throw new DataError('not_found', `Unknown counter ${'counterId' in cmd ? cmd.counterId : ''}`, { status: 404 });
    const [r] = await this.queue(unitId).commands([cmd]);
    // Refusals reject, as with the HTTP source (404 / 409 / 400).
    if (!r!.ok) {
      const status = r!.code === 'not_found' ? 404 : r!.code === 'conflict' ? 409 : 400;
      throw new DataError(r!.code === 'not_found' ? 'not_found' : 'http', r!.message ?? 'refused', { status, source: 'local:queue/commands' });
    }
    return { ok: true, events: r!.events };
  }

  /** The unit whose queue the simulator drives: the first centre with counters. */
  async centreUnitId(): Promise<string | undefined> {
    const org = await this.org();
    const withCounters = new Set(org.counters.map((c) => c.unitId));
    return org.units.find((u) => u.kind === 'centre' && withCounters.has(u.id))?.id ?? org.counters[0]?.unitId;
  }

  private async startSimulation(): Promise<void> {
    try {
      await this.ensureSeeded();
      const unit = await this.centreUnitId();
      if (unit) this.queue(unit).simulate(this.simulation.signal);
    } catch (e) {
      console.warn('hcc: queue simulator not started', e);
    }
  }

  /** Stores ratings with the contract's rules: idempotent by id, one rating per ticket/dossier per unit. */
  async submitBatch(ratings: Rating[], signal?: AbortSignal): Promise<RatingBatchResponse> {
    await this.ensureSeeded();
    signal?.throwIfAborted();
    const run = async (): Promise<RatingBatchResponse> => {
      const index = (await this.store.read('hcc:v1:rating-index', RatingIndex)) ?? { ids: [], keys: [] };
      const ids = new Set(index.ids);
      const taken = new Set(index.keys);
      const accepted: string[] = [];
      const duplicates: string[] = [];
      const rejected: RatingRejection[] = [];
      const byMonth = new Map<string, Rating[]>();
      for (const raw of ratings) {
        const p = parseWith(Rating, raw, 'rating');
        const id = String((raw as { id?: unknown })?.id ?? '');
        if (!p.ok) {
          rejected.push({ id, code: 'schema', reason: p.error.message.slice(0, 500) });
          continue;
        }
        const r = p.value;
        if (ids.has(r.id)) {
          duplicates.push(r.id);
          continue;
        }
        const clash = ratingKeys(r).find((k) => taken.has(k));
        if (clash) {
          rejected.push({ id: r.id, code: 'duplicate-ticket', reason: `Already rated: ${clash.split('|').slice(1).join(' ')}` });
          continue;
        }
        ids.add(r.id);
        for (const k of ratingKeys(r)) taken.add(k);
        accepted.push(r.id);
        const mk = monthKey(r.createdAt);
        let arr = byMonth.get(mk);
        if (!arr) byMonth.set(mk, (arr = []));
        arr.push(r);
      }
      if (accepted.length) {
        const writes: [string, unknown][] = [];
        for (const [mk, list] of byMonth) {
          const existing = (await this.store.readArray(`hcc:v1:ratings:${mk}`, Rating)) ?? [];
          writes.push([`hcc:v1:ratings:${mk}`, [...existing, ...list]]);
        }
        writes.push(['hcc:v1:rating-index', { ids: [...ids], keys: [...taken] }]);
        await this.store.writeMany(writes);
      }
      return { accepted, duplicates, rejected };
    };
    if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request(`hcc-ratings:${this.store.dbName}`, run);
    return run();
  }

  private async months(query: PeriodQuery, lookbackMonths: number): Promise<string[]> {
    const meta = await this.ensureSeeded();
    const keysInDb = new Set((await this.store.allKeys()).filter((k) => k.startsWith('hcc:v1:')).map((k) => k.split(':').pop()!));
    const from = query.from.slice(0, 7);
    const start = new Date(`${from}-01T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() - lookbackMonths);
    const lo = start.toISOString().slice(0, 7);
    const hi = query.to.slice(0, 7);
    return [...new Set([...meta.months, ...keysInDb])].filter((m) => /^\d{4}-\d{2}$/.test(m) && m >= lo && m <= hi).sort();
  }

  async ratings(query: PeriodQuery, signal?: AbortSignal): Promise<Rating[]> {
    const from = parseIso(query.from)!;
    const to = parseIso(query.to)!;
    const out: Rating[] = [];
    for (const m of await this.months(query, 0)) {
      signal?.throwIfAborted();
      for (const r of (await this.store.readArray(`hcc:v1:ratings:${m}`, Rating)) ?? []) {
        const t = parseIso(r.createdAt)!;
        if (t >= from && t < to && (!query.unitId || r.unitId === query.unitId)) out.push(r);
      }
    }
    return out;
  }

  /**
   * Dossiers received in the period, plus older ones still open at its start (they count in the period's
   * on-time figures), one month per chunk.
   */
  async *cases(query: PeriodQuery, signal?: AbortSignal): AsyncIterable<CaseFile[]> {
    const from = parseIso(query.from)!;
    const to = parseIso(query.to)!;
    for (const m of await this.months(query, 12)) {
      signal?.throwIfAborted();
      const chunk = (await this.store.readArray(`hcc:v1:cases:${m}`, CaseFile)) ?? [];
      const out = chunk.filter((c) => {
        if (query.unitId && c.unitId !== query.unitId) return false;
        const rec = parseIso(c.receivedAt)!;
        if (rec >= to) return false;
        if (rec >= from) return true;
        const end = parseIso(c.processedAt ?? c.returnedAt ?? c.closedAt);
        return end === undefined || end >= from;
      });
      if (out.length) yield out;
    }
  }

  async caseStatus(code: string, signal?: AbortSignal): Promise<CasePublicStatus> {
    if (!DossierCode.safeParse(code).success) throw new DataError('http', `Malformed dossier code ${code}`, { status: 400, source: 'caseStatus' });
    await this.ensureSeeded();
    signal?.throwIfAborted();
    const ymd = /-(\d{2})(\d{2})\d{2}-/.exec(code);
    const month = ymd ? `20${ymd[1]}-${ymd[2]}` : '';
    const chunk = (await this.store.readArray(`hcc:v1:cases:${month}`, CaseFile)) ?? [];
    const c = chunk.find((x) => x.code === code);
    if (!c) throw new DataError('not_found', `Dossier ${code} not found`, { status: 404, source: 'caseStatus' });
    const [procs, org] = await Promise.all([this.procedures(signal), this.org(signal)]);
    return publicStatus(c, procs.find((p) => p.ma_thu_tuc === c.procedureCode)?.ten_thu_tuc, org.units.find((u) => u.id === c.unitId)?.name);
  }

  async petitions(query: PeriodQuery, signal?: AbortSignal): Promise<Petition[]> {
    await this.ensureSeeded();
    signal?.throwIfAborted();
    const from = parseIso(query.from)!;
    const to = parseIso(query.to)!;
    return ((await this.store.readArray('hcc:v1:petitions', Petition)) ?? []).filter((p) => {
      const t = parseIso(p.receivedAt)!;
      return t >= from && t < to && (!query.unitId || p.unitId === query.unitId);
    });
  }

  /** Stops the simulator. */
  close(): void {
    this.simulation.abort();
  }
}

/** Uniqueness keys of a rating: one per ticket and one per dossier within a unit. */
function ratingKeys(r: Rating): string[] {
  const out: string[] = [];
  if (r.ticket) out.push(`t|${r.unitId}|${r.ticket}`);
  if (r.dossierCode) out.push(`d|${r.unitId}|${r.dossierCode}`);
  return out;
}

/** Projects a dossier to what its citizen may see. */
export function publicStatus(c: CaseFile, procedureName?: string, unitName?: string): CasePublicStatus {
  return {
    code: c.code, procedureCode: c.procedureCode, unitId: c.unitId, channel: c.channel, status: c.status,
    receivedAt: c.receivedAt, dueAt: c.dueAt ?? null, rescheduledDueAt: c.rescheduledDueAt ?? null, rescheduleNote: c.rescheduleNote ?? null,
    processedAt: c.processedAt ?? null, returnedAt: c.returnedAt ?? null, closedAt: c.closedAt ?? null,
    supplements: c.supplements, feeRequestedAt: c.feeRequestedAt ?? null, feePaidAt: c.feePaidAt ?? null, history: c.history,
    ...(procedureName ? { procedureName } : {}), ...(unitName ? { unitName } : {}),
  };
}

let shared: LocalSource | undefined;
/** The page's shared embedded source (one per page). */
export function sharedLocalSource(opts: { simulate?: boolean } = {}): LocalSource {
  shared ??= new LocalSource({ simulate: opts.simulate ?? false });
  return shared;
}
