import { quantileSorted } from 'd3-array';
import type { CapThucHien } from '../../data/schemas/procedure.js';
import type { OrgData } from '../../data/schemas/org.js';
import type { Rating } from '../../data/schemas/rating.js';
import type { Petition } from '../../data/schemas/petition.js';
import type { Ticket } from '../../data/schemas/queue.js';
import { DAY, parseIso } from '../time/index.js';
import { CASE_FLAG, NONE, PROFILE, lowerBound, type CaseColumns } from './columns.js';
import { FEEDBACK_FLAG, NO_ANSWER, answerOf, type CaseFeedback } from './feedback.js';
import type { ProcedureFact } from './procedures.js';
import { dayOf, isTimeUnit, parsePeriod, timeBuckets, toInstant, type TimeBucket, type TimeUnit } from './periods.js';
import { ratio, roundHalfUp } from './round.js';
import { GROUPS_766, score766, type Config766, type Inputs766, type Score766 } from './rules-766.js';
import { NO_POINTS, aggregateTt01, onlinePoints, packedDossierPoints, petitionPoints, type Tt01Config, type Tt01Id, type Tt01Score } from './tt01.js';
import type { KpiFamily, MetricId } from './metrics.js';

/**
 * The KPI engine: one pass over the case columns (and over ratings, petitions and queue tickets) per
 * query, grouped by up to two dimensions, into counters from which every metric, the Decision 766
 * scorecard and the Circular 01/2018 score of each group are derived. Results are plain JSON, so the
 * same query gives deep-equal results in a Worker and on the main thread.
 *
 * Period attribution (documented choices):
 * - dossier metrics and the 766 index use the dossiers **received** in the period (the portal's
 *   denominators are "hồ sơ tiếp nhận"), measured at the period's end (or `now` for the current one):
 *   a dossier still open then is on time if its deadline has not passed, late if it has;
 * - `resolved…` metrics and Circular 01 use the dossiers whose processing **ended** in the period
 *   (the citizen evaluates when the result is returned);
 * - ratings by creation time, petitions by reception (measured at the period's end), tickets by issue.
 * With a time dimension each bucket is its own period (a March dossier still open on 31 March is
 * measured on 31 March in the March bucket); the total is measured at the end of the whole period.
 */

/** Dimensions a query can group by. */
export type GroupDim = 'unit' | 'field' | 'procedure' | 'officer' | 'channel' | 'counter' | 'service' | TimeUnit;

/** A rating as the engine reads it. */
export type RatingRow = Pick<Rating, 'createdAt' | 'unitId' | 'level'> & Partial<Pick<Rating, 'counterId' | 'procedureCode' | 'officerId'>>;
/** A petition as the engine reads it. */
export type PetitionRow = Pick<Petition, 'receivedAt' | 'dueAt' | 'unitId' | 'status' | 'topic' | 'reopened'> & Partial<Pick<Petition, 'handledAt' | 'verdict' | 'procedureCode'>>;
/** A queue ticket as the engine reads it. */
export type TicketRow = Pick<Ticket, 'unitId' | 'serviceId' | 'status' | 'issuedAt'> & Partial<Pick<Ticket, 'counterId' | 'calledAt' | 'startedAt' | 'endedAt'>>;

/** Everything a query can read. Each part is optional; families without their data are left out. */
export interface KpiData {
  cases?: CaseColumns;
  /** Ratings and petitions joined to `cases` (from `attachFeedback`). */
  feedback?: CaseFeedback;
  /** The procedure catalogue's facts (from `procedureFacts`). */
  procedures?: readonly ProcedureFact[];
  ratings?: readonly RatingRow[];
  petitions?: readonly PetitionRow[];
  tickets?: readonly TicketRow[];
  /** Organisation context (from {@link kpiOrgContext}). */
  org?: KpiOrgContext;
}

/** What the engine needs to know about the organisation. */
export interface KpiOrgContext {
  /** Level of government of a unit, for the catalogue scope of per-unit 766 sub-indicators. */
  unitLevels?: Readonly<Record<string, CapThucHien>>;
  /** Names of fields by id, matched with the catalogue's lĩnh vực. */
  fieldNames?: Readonly<Record<string, string>>;
  /** Officer at each counter, for queue KPIs by officer. */
  counterOfficers?: Readonly<Record<string, string>>;
}

/**
 * Organisation context from org data: wards, communes and special zones carry out "Cấp Xã"
 * procedures, cities and districts "Cấp Huyện", the province and its departments "Cấp Tỉnh"; a
 * centre serves every level (no restriction). A counter's officer is the first of its `officerIds`;
 * `onDuty` (counter id → officer id, e.g. from a queue snapshot's counter states) takes precedence.
 */
export function kpiOrgContext(org: OrgData, onDuty?: Readonly<Record<string, string>>): KpiOrgContext {
  const levelOf: Partial<Record<string, CapThucHien>> = {
    ward: 'Cấp Xã', commune: 'Cấp Xã', special_zone: 'Cấp Xã', city: 'Cấp Huyện', district: 'Cấp Huyện', province: 'Cấp Tỉnh', department: 'Cấp Tỉnh',
  };
  const unitLevels: Record<string, CapThucHien> = {};
  for (const u of org.units) {
    const l = levelOf[u.kind];
    if (l) unitLevels[u.id] = l;
  }
  const fieldNames: Record<string, string> = {};
  for (const f of org.fields) fieldNames[f.id] = f.name;
  const counterOfficers: Record<string, string> = {};
  for (const c of org.counters) {
    const o = onDuty?.[c.id] ?? c.officerIds?.[0];
    if (o) counterOfficers[c.id] = o;
  }
  return { unitLevels, fieldNames, counterOfficers };
}

/** A KPI query. */
export interface KpiQuery {
  /** Start (inclusive) and end (exclusive): epoch ms, ISO date-time, or a local date `YYYY-MM-DD`. */
  from?: number | string;
  to?: number | string;
  /** Alternatively a named period: `2026`, `2026-Q2`, `2026-03`, `2026-W10`, `2026-03-04`. */
  period?: string;
  /** The current instant, for a period that has not ended (default: the period's end). */
  now?: number | string;
  /** Up to two dimensions, e.g. `['unit', 'month']`. */
  groupBy?: readonly GroupDim[];
  /** Keep only these units (already expanded to sub-units by the caller). */
  unitIds?: readonly string[];
  fieldIds?: readonly string[];
  procedureCodes?: readonly string[];
  /** Families to compute (default: every family whose data is present). */
  families?: readonly KpiFamily[];
  /** Compute resolution-time percentiles (costs memory on large sets; default false). */
  percentiles?: boolean;
  /** Which appointment counts for rescheduled dossiers (default `original`). */
  reschedule?: 'original' | 'rescheduled';
  rules766?: Config766;
  tt01?: Tt01Config;
  /** UTC offset for periods when there are no case columns to take it from (default 420). */
  offsetMinutes?: number;
  /**
   * How the dossier pass counts (same results either way; for tests and benchmarks): `histogram`
   * counts profiles per group and expands them afterwards, `direct` adds every counter per dossier.
   * Default `auto`: the histogram unless it would exceed 8 M entries (about 32 000 groups).
   */
  kernel?: 'auto' | 'histogram' | 'direct';
  /**
   * Which groups carry the detailed `score766` and `tt01` objects (sub-indicators, indicators):
   * `all` (default), `total` (only the total), `none`. Scores stay in every group's `values`
   * (`score766`, `score766CKMB` …, `tt01Total`); a grid of units × months needs no more, and a
   * thousand detailed scorecards are a large object to clone out of a worker on a slow device.
   */
  scorecards?: 'all' | 'total' | 'none';
}

/** One group of a result. `key` holds the group's value of each dimension (`''` = unknown). */
export interface KpiGroup {
  key: Partial<Record<GroupDim, string>>;
  /** Metric values; a metric without data is absent (never NaN). */
  values: Partial<Record<MetricId, number>>;
  score766?: Score766;
  tt01?: Tt01Score;
}

/** The answer to a query: plain data. */
export interface KpiResult {
  /** The resolved period and the instant open dossiers of the total were measured at. */
  from: number;
  to: number;
  asOf: number;
  groupBy: GroupDim[];
  /** Time buckets when grouped by time. */
  buckets?: TimeBucket[];
  /** One per key seen (every time bucket for each key seen), sorted by key. */
  groups: KpiGroup[];
  /** The whole period, ungrouped. */
  total: KpiGroup;
  /** Families computed, and families asked for that could not be computed with this grouping or data. */
  families: KpiFamily[];
  skipped: KpiFamily[];
}

// ---------------------------------------------------------------------------------------------
// Case counters

const C = {
  SUBMITTED: 0, REFUSED: 1, AWAITING: 2, RECEIVED: 3,
  EARLY: 4, ON_TIME: 5, LATE: 6, LATE_MULTI: 7, FINISHED: 8, OPEN: 9, OPEN_LATE: 10,
  DIRECT: 11, ONLINE: 12, POSTAL: 13, ONLINE_766: 14, ONLINE_LATE: 15,
  HAS_FEE: 16, PAID_ONLINE: 17, PAPER: 18, PAPER_E: 19, DIGITISED: 20, DIGITISED_766: 21,
  REUSED: 22, PERSONAL: 23, CITIZEN: 24, SYNCED: 25, RESCHEDULED: 26, WITH_SUPPLEMENT: 27,
  FLAGGED: 28, UNSATISFIED: 29,
  RES_COUNT: 30, RES_SECONDS: 31, RES_WORKDAYS: 32,
  RESOLVED: 33, RESOLVED_EARLY: 34, RESOLVED_ON_TIME: 35, RESOLVED_LATE: 36,
  TT_N: 37,
  /** Σ points of per-dossier indicators 1, 2, 3, 4, 6, 7 (at +0 … +5), then their counts (at +6 … +11). */
  TT_SUM: 38,
  TT_CNT: 44,
  K: 50,
} as const;

const TT_SLOTS: readonly Tt01Id[] = ['1', '2', '3', '4', '6', '7'];
const TT_SLOT_NUMBERS: readonly number[] = TT_SLOTS.map(Number);


/** Bits of a group's per-procedure set (766 procedure-level sub-indicators). */
const P = { DOSSIER: 1, FEE: 2, PAID: 4, ONLINE: 8, CITIZEN: 16 } as const;

interface CaseGroup {
  c: Float64Array;
  /** Per procedure (column dictionary index) {@link P} bits. */
  proc?: Uint8Array;
  /** Resolution times (days), for percentiles. */
  res?: number[];
}

interface RatingGroup {
  n: number;
  levels: Record<string, number>;
}

interface PetitionGroup {
  n: number;
  onTime: number;
  open: number;
  overdue: number;
  bad: number;
  staff: number;
  regulation: number;
}

interface QueueGroup {
  issued: number;
  served: number;
  noShow: number;
  skipped: number;
  transferred: number;
  waiting: number;
  waits: number[];
  services: number[];
}

interface GroupAcc {
  key: Partial<Record<GroupDim, string>>;
  cases?: CaseGroup;
  ratings?: RatingGroup;
  petitions?: PetitionGroup;
  queue?: QueueGroup;
}

const CASE_DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'procedure', 'officer', 'channel']);
const RATING_DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'procedure', 'officer', 'counter']);
const PETITION_DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'procedure']);
const QUEUE_DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'counter', 'service', 'officer']);

interface Normalized {
  from: number;
  to: number;
  now: number;
  asOf: number;
  offset: number;
  dims: GroupDim[];
  timeDim: TimeUnit | undefined;
  buckets: TimeBucket[] | undefined;
}

function normalize(q: KpiQuery, offset: number): Normalized {
  let from: number | undefined;
  let to: number | undefined;
  if (q.period !== undefined) {
    const p = parsePeriod(q.period, offset);
    if (!p) throw new RangeError(`Unknown period "${q.period}"`);
    from = p.from;
    to = p.to;
  }
  if (q.from !== undefined) from = toInstant(q.from, offset);
  if (q.to !== undefined) to = toInstant(q.to, offset);
  if (from === undefined || to === undefined) throw new RangeError('A KPI query needs `period` or both `from` and `to`');
  if (!(to >= from)) throw new RangeError('A KPI query needs `to` ≥ `from`');
  const now = q.now !== undefined ? toInstant(q.now, offset) : to;
  if (now === undefined) throw new RangeError('Unparseable `now`');
  const dims = [...(q.groupBy ?? [])];
  if (dims.length > 2) throw new RangeError('A KPI query groups by at most two dimensions');
  if (new Set(dims).size !== dims.length) throw new RangeError('A dimension appears twice in `groupBy`');
  const timeDims = dims.filter(isTimeUnit);
  if (timeDims.length > 1) throw new RangeError('A KPI query groups by at most one time unit');
  const timeDim = timeDims[0];
  return {
    from, to, now, asOf: Math.min(to, now), offset, dims, timeDim,
    buckets: timeDim ? timeBuckets({ from, to }, timeDim, offset) : undefined,
  };
}

const keyString = (dims: readonly GroupDim[], key: Partial<Record<GroupDim, string>>) => dims.map((d) => key[d] ?? '').join('\u0000');

/** Bucket index of an instant within the normalized period, or -1. */
function bucketIndex(nq: Normalized, t: number): number {
  const b = nq.buckets;
  if (!b) return -1;
  let lo = 0;
  let hi = b.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = b[mid] as TimeBucket;
    if (t < x.from) hi = mid - 1;
    else if (t >= x.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Cases: the typed-array pass

interface CasePass {
  groups: Map<string, GroupAcc>;
  total: CaseGroup;
}

/**
 * The rules of core/cases/timeliness.ts on a dossier still open at `asOf` (ms), for the hot loop
 * (ended dossiers use the answer precomputed at ingest, `CaseColumns.finish`): returns 0 early,
 * 1 on time, 2 late, 3 late by several supplement requests. `s0` is the row's first entry in the
 * supplement table; `deadline` is in ms.
 */
function evaluateRow(i: number, s0: number, asOf: number, deadline: number, end: number, supRow: Uint32Array, supRequested: Uint32Array, supCompleted: Uint32Array, offMs: number): number {
  const finished = end !== NONE && end * 1000 <= asOf;
  const horizon = finished ? end * 1000 : asOf;
  let supMs = 0;
  let waitingSince = Infinity;
  let requested = 0;
  const nSup = supRow.length;
  for (let s = s0; s < nSup && supRow[s] === i; s++) {
    const req = (supRequested[s] as number) * 1000;
    if (req > horizon) break;
    requested++;
    const d = supCompleted[s] as number;
    if (d === NONE || d * 1000 > horizon) {
      if (req < waitingSince) waitingSince = req;
    } else supMs += d * 1000 - req;
  }
  const effEnd = (waitingSince !== Infinity ? waitingSince : horizon) - supMs;
  if (requested > 1) return 3;
  if (effEnd > deadline) return 2;
  if (finished && Math.floor((effEnd + offMs) / DAY) < Math.floor((deadline + offMs) / DAY)) return 0;
  return 1;
}

/** Per-query tables the counting functions read. */
interface PassTables {
  channel: Uint8Array;
  procedure: Uint16Array;
  /** Per procedure: 0 unknown, 1 missing or incomplete, 2 complete (Circular 01 indicator 6). */
  publication: Uint8Array;
  preferAnswers: boolean;
  boardPoint: boolean;
  lateAttitude: 0 | 1;
}

/**
 * Adds `m` received dossiers of one profile (the attributes no period changes, {@link PROFILE} bits)
 * to the counters at `base`. The one place those counters are defined: the histogram mode expands
 * per-part counts with it (a part leaves the other part's bits 0, which count nothing, channel 0
 * included), the direct mode calls it per dossier.
 */
function addProfile(a: Float64Array, base: number, bits: number, m: number): void {
  const ch = bits & PROFILE.channel;
  const online = ch === 2 ? m : 0;
  const postal = ch === 3 ? m : 0;
  const paper = bits & PROFILE.paperResult ? m : 0;
  const electronicEnough = !(bits & PROFILE.paperResult) || bits & PROFILE.eResult ? 1 : 0;
  a[base + C.ONLINE]! += online;
  a[base + C.ONLINE_766]! += online * electronicEnough;
  a[base + C.POSTAL]! += postal;
  a[base + C.DIRECT]! += ch === 1 ? m : 0;
  if (bits & PROFILE.hasFee) a[base + C.HAS_FEE]! += m;
  if (bits & PROFILE.paid) a[base + C.PAID_ONLINE]! += m;
  a[base + C.PAPER]! += paper;
  if (bits & PROFILE.eResult) a[base + C.PAPER_E]! += paper;
  if (bits & PROFILE.digitised) {
    a[base + C.DIGITISED]! += m;
    a[base + C.DIGITISED_766]! += m * electronicEnough;
  }
  if (bits & PROFILE.reusedData) a[base + C.REUSED]! += m;
  if (bits & PROFILE.personalStore) a[base + C.PERSONAL]! += m;
  if (bits & PROFILE.citizenData) a[base + C.CITIZEN]! += m;
  if (bits & PROFILE.synced) a[base + C.SYNCED]! += m;
  if (bits & PROFILE.rescheduled) a[base + C.RESCHEDULED]! += m;
  if (bits & PROFILE.withSupplement) a[base + C.WITH_SUPPLEMENT]! += m;
}

/**
 * Per group, one block of histograms: the state histogram at [0, 66) (index `code | ended << 2 |
 * online << 3 | flagged << 4 | withResult << 5` for received dossiers, code 0 early, 1 on time,
 * 2 late, 3 late by supplements; then refused at the desk, awaiting reception), the channel/fee/result
 * part of the profile at [66, 194) and its data-reuse part at [194, 258).
 */
const DYN_REFUSED = 64;
const DYN_AWAITING = 65;
const PART_A = 66;
const PART_B = 194;
const BLOCK = 258;

/** Adds `sign` × the dossiers of the state histogram at `dyn[d …]` (and their resolution sums) to the counters at `base`. */
function expandState(a: Float64Array, base: number, dyn: Uint32Array, d: number, sums: Float64Array, sg: number, sign: number): void {
  for (let idx = 0; idx < 64; idx++) {
    const m = (dyn[d + idx] as number) * sign;
    if (m === 0) continue;
    const code = idx & 3;
    const ended = (idx >>> 2) & 1;
    const online = (idx >>> 3) & 1;
    const flagged = (idx >>> 4) & 1;
    const withResult = (idx >>> 5) & 1;
    const late = code >>> 1;
    a[base + C.SUBMITTED]! += m;
    a[base + C.RECEIVED]! += m;
    a[base + (code === 0 ? C.EARLY : code === 1 ? C.ON_TIME : C.LATE)]! += m;
    if (code === 3) a[base + C.LATE_MULTI]! += m;
    a[base + (ended ? C.FINISHED : C.OPEN)]! += m;
    if (!ended && late) a[base + C.OPEN_LATE]! += m;
    if (online && late) a[base + C.ONLINE_LATE]! += m;
    if (flagged) a[base + C.FLAGGED]! += m;
    if (flagged || late) a[base + C.UNSATISFIED]! += m;
    if (ended && withResult) a[base + C.RES_COUNT]! += m;
  }
  const refused = (dyn[d + DYN_REFUSED] as number) * sign;
  const awaiting = (dyn[d + DYN_AWAITING] as number) * sign;
  a[base + C.SUBMITTED]! += refused + awaiting;
  a[base + C.REFUSED]! += refused;
  a[base + C.AWAITING]! += awaiting;
  a[base + C.RES_SECONDS]! += sign * (sums[sg] as number);
  a[base + C.RES_WORKDAYS]! += sign * (sums[sg + 1] as number);
}

/** {@link P} bits of a profile for the per-procedure sets. */
function procedureBits(bits: number): number {
  return P.DOSSIER | (bits & PROFILE.hasFee ? P.FEE : 0) | (bits & PROFILE.paid ? P.PAID : 0) | ((bits & PROFILE.channel) === 2 ? P.ONLINE : 0) | (bits & PROFILE.citizenData ? P.CITIZEN : 0);
}

/** {@link procedureBits} of every profile value (a constant table, built once). */
const PROCEDURE_BITS = Uint8Array.from({ length: 1 << 14 }, (_, bits) => procedureBits(bits));
/** The state-histogram bits a profile decides: online (8) and ended with a result (32). */
const STATE_BITS = Uint8Array.from({ length: 1 << 14 }, (_, bits) => ((bits & PROFILE.channel) === 2 ? 8 : 0) | (bits & PROFILE.endWithResult ? 32 : 0));

/** Circular 01 points of a dossier whose processing ended (per-dossier indicators), added at `base`. */
function addTt01(a: Float64Array, base: number, t: PassTables, i: number, code: number, requested: number, fbFlags: number, answers: number): void {
  a[base + C.TT_N]! += 1;
  const packed = packedDossierPoints(code === 0 ? 0 : code === 1 ? 1 : 2, requested, t.channel[i] as number, t.publication[t.procedure[i] as number] as 0 | 1 | 2, (fbFlags & FEEDBACK_FLAG.staffComplaint) !== 0, t.boardPoint, t.lateAttitude);
  for (let k = 0; k < 6; k++) {
    let p = (packed >>> (3 * k)) & 7;
    if (t.preferAnswers && answers !== 0) {
      const ans = answerOf(answers, TT_SLOT_NUMBERS[k] as number);
      if (ans !== NO_ANSWER) p = ans;
    }
    if (p !== NO_POINTS) {
      a[base + C.TT_SUM + k]! += p;
      a[base + C.TT_CNT + k]! += 1;
    }
  }
}

/** Above this many dimension-value combinations, groups are numbered by a first pass instead of densely. */
const DENSE_SLOTS = 8192;
/** Largest histogram (entries over all groups) before counting profile attributes directly per dossier. */
const HISTOGRAM_ENTRIES = 1 << 23;

/** Local day number of an instant in seconds, `offSec` ahead of UTC (exact: a multiply instead of a division in the hot loop). */
function localDayOf(seconds: number, offSec: number): number {
  // Half a second keeps the product strictly inside its day despite the rounding of 1/86 400.
  return Math.floor((seconds + offSec + 0.5) * (1 / 86_400));
}

/** Inputs of the hot loop, resolved once per query. */
interface Scan {
  cols: CaseColumns;
  t: PassTables;
  fbRow: Uint32Array;
  fbFlags: Uint8Array;
  fbAnswers: Uint32Array;
  unitOk: Uint8Array | undefined;
  fieldOk: Uint8Array | undefined;
  procOk: Uint8Array | undefined;
  from: number;
  to: number;
  now: number;
  totalAsOf: number;
  offMs: number;
  offSec: number;
  day0: number;
  dayBucket: Int32Array;
  bucketAsOf: Float64Array;
  hasTime: boolean;
  /** Column of each dimension (undefined: the time bucket, or no dimension) and whether it is the time bucket. */
  col0: Uint8Array | Uint16Array | undefined;
  col1: Uint8Array | Uint16Array | undefined;
  time0: boolean;
  time1: boolean;
  sizeB: number;
  codeShift: number;
  rescheduled: boolean;
  withResolved: boolean;
  withTt01: boolean;
  with766: boolean;
  nProc: number;
  /** Profile parts counted in histograms (else every profile counter is added per dossier). */
  histogram: boolean;
}

/** Accumulators of the pass, per group id (ids 0 and 1 hold the total's corrections). */
interface Accumulators {
  /** K counters per group (TT01 sums; the profile counters too in direct mode). */
  acc: Float64Array;
  /** {@link BLOCK} histogram entries per group (the profile parts stay 0 in direct mode). */
  dyn: Uint32Array;
  /** Resolution seconds and working days per group. */
  sums: Float64Array;
  /** Dossiers resolved in the group's period by code (early, on time, late, late by supplements). */
  resolved: Uint32Array;
  procBits: Uint8Array;
  res: number[][] | undefined;
}

/** The slot (combination of dimension values) of row `i` for a time `bucket`. */
function slotOf(s: Scan, i: number, bucket: number): number {
  const v0 = s.col0 ? (s.col0[i] as number) : s.time0 ? bucket : 0;
  const v1 = s.col1 ? (s.col1[i] as number) : s.time1 ? bucket : 0;
  return v0 * s.sizeB + v1;
}

/** Marks the slots rows will use (for numbering groups when there are too many combinations to be dense). */
function markSlots(s: Scan, used: Uint8Array): void {
  const { received, end, status, unit, field, procedure } = s.cols;
  const fromS = Math.ceil(s.from / 1000);
  const toS = Math.ceil(s.to / 1000);
  const nowS = Math.floor(s.now / 1000);
  for (let i = 0; i < s.cols.length; i++) {
    if ((s.unitOk && !s.unitOk[unit[i] as number]) || (s.fieldOk && !s.fieldOk[field[i] as number]) || (s.procOk && !s.procOk[procedure[i] as number])) continue;
    const recv = received[i] as number;
    if (recv >= fromS && recv < toS && recv <= nowS) used[slotOf(s, i, s.hasTime ? (s.dayBucket[localDayOf(recv, s.offSec) - s.day0] as number) : 0)] = 1;
    const e = end[i] as number;
    const st = status[i] as number;
    if (s.withResolved && st !== 1 && st !== 3 && e >= fromS && e < toS && e <= nowS) {
      used[slotOf(s, i, s.hasTime ? (s.dayBucket[localDayOf(e, s.offSec) - s.day0] as number) : 0)] = 1;
    }
  }
}

/**
 * The hot loop: one pass over every row, a handful of increments per dossier (its state in the
 * group's state histogram, its profile in the profile histogram, resolution sums, the procedure bit).
 * It allocates nothing and has no rare paths (groups are numbered before it starts), so the
 * optimising compiler keeps it optimised from one query to the next.
 */
function scanRows(s: Scan, groupOfSlot: Int32Array, z: Accumulators): void {
  const K = C.K;
  const { status, flags, received, end, due, finish, procedure, unit, field, profile, supRow, supRequested, supCompleted, reschedRow, reschedAt, resolution, resolutionDays } = s.cols;
  const { acc, dyn, sums, resolved, procBits, res } = z;
  // Everything loop-invariant in locals; instants as whole seconds so every test is an integer compare
  // (an absent end, NONE, is above every bound).
  const n = s.cols.length;
  const nSup = supRow.length;
  const nResched = reschedRow.length;
  const { fbRow, fbFlags: fbFlagsArr, fbAnswers, unitOk, fieldOk, procOk, dayBucket, bucketAsOf, col0, col1, time0, time1, sizeB, codeShift, offMs, offSec, day0 } = s;
  const nFb = fbRow.length;
  const filtered = unitOk !== undefined || fieldOk !== undefined || procOk !== undefined;
  const fromS = Math.ceil(s.from / 1000);
  const toS = Math.ceil(s.to / 1000);
  const nowS = Math.floor(s.now / 1000);
  const totalAsOf = s.totalAsOf;
  const totalAsOfS = Math.floor(totalAsOf / 1000);
  const bucketAsOfS = Float64Array.from(bucketAsOf, (x) => Math.floor(x / 1000));
  const hasTime = s.hasTime;
  const histogram = s.histogram;
  const with766 = s.with766;
  const withResolved = s.withResolved;
  const withTt01 = s.withTt01;
  const rescheduled = s.rescheduled;
  const nProc = s.nProc;
  const t = s.t;
  let fc = 0;
  for (let i = 0; i < n; i++) {
    while (fc < nFb && (fbRow[fc] as number) < i) fc++;
    if (filtered && ((unitOk && !unitOk[unit[i] as number]) || (fieldOk && !fieldOk[field[i] as number]) || (procOk && !procOk[procedure[i] as number]))) continue;
    const recv = received[i] as number;
    const e = end[i] as number;
    const st = status[i] as number;
    const live = st !== 1 && st !== 3;
    const inCohort = recv >= fromS && recv < toS && recv <= nowS;
    const inResolved = withResolved && live && e >= fromS && e < toS && e <= nowS;
    if (!inCohort && !inResolved) continue;
    const fin = finish[i] as number;
    const onFb = fc < nFb && fbRow[fc] === i;
    const fbFlags = onFb ? (fbFlagsArr[fc] as number) : 0;
    if (inCohort) {
      const bucket = hasTime ? (dayBucket[localDayOf(recv, offSec) - day0] as number) : 0;
      const g = groupOfSlot[(col0 ? (col0[i] as number) : time0 ? bucket : 0) * sizeB + (col1 ? (col1[i] as number) : time1 ? bucket : 0)] as number;
      const block = g * BLOCK;
      if (!live) {
        dyn[block + (st === 3 ? DYN_REFUSED : DYN_AWAITING)]! += 1;
      } else {
        const bits = profile[i] as number;
        const asOf = hasTime ? (bucketAsOf[bucket] as number) : totalAsOf;
        // Ended by then: the answer was computed at ingest; still open: the rules at `asOf`.
        const done = e <= (hasTime ? (bucketAsOfS[bucket] as number) : totalAsOfS) ? 1 : 0;
        // Only dossiers still open need their supplements and new appointment: found by binary search.
        let deadline = 0;
        let sc = 0;
        if (!done) {
          const fl = flags[i] as number;
          sc = nSup > 0 ? lowerBound(supRow, i) : 0;
          const rc = rescheduled && nResched > 0 ? lowerBound(reschedRow, i) : -1;
          deadline = rc >= 0 && reschedRow[rc] === i ? (reschedAt[rc] as number) * 1000 : (due[i] as number) * 1000 + (fl & CASE_FLAG.legalDeadline ? 999 : 0);
        }
        const code = done ? (fin >>> codeShift) & 3 : evaluateRow(i, sc, asOf, deadline, e, supRow, supRequested, supCompleted, offMs);
        const state = (STATE_BITS[bits] as number) | ((fbFlags & (FEEDBACK_FLAG.petition | FEEDBACK_FLAG.dislike)) !== 0 ? 16 : 0);
        dyn[block + (code | (done << 2) | state)]! += 1;
        if (histogram) {
          dyn[block + PART_A + (bits & 127)]! += 1;
          dyn[block + PART_B + ((bits >>> 7) & 63)]! += 1;
        } else addProfile(acc, g * K, bits, 1);
        if (done && bits & PROFILE.endWithResult) {
          sums[g * 2]! += resolution[i] as number;
          sums[g * 2 + 1]! += resolutionDays[i] as number;
          if (res) (res[g] as number[]).push((resolution[i] as number) / 86_400);
        }
        if (with766) {
          const k = g * nProc + (procedure[i] as number);
          procBits[k] = (procBits[k] as number) | (PROCEDURE_BITS[bits] as number);
        }
        // The total sums the groups; a dossier still open at its bucket's end may have another answer
        // at the end of the whole period, which replaces the bucket's one (group 0 adds, group 1 takes away).
        if (!done && asOf !== totalAsOf) {
          const doneTotal = e <= totalAsOfS ? 1 : 0;
          const code2 = doneTotal ? (fin >>> codeShift) & 3 : evaluateRow(i, sc, totalAsOf, deadline, e, supRow, supRequested, supCompleted, offMs);
          dyn[BLOCK + (code | state)]! += 1;
          dyn[code2 | (doneTotal << 2) | state]! += 1;
          if (doneTotal && bits & PROFILE.endWithResult) {
            sums[0]! += resolution[i] as number;
            sums[1]! += resolutionDays[i] as number;
            if (res) (res[0] as number[]).push((resolution[i] as number) / 86_400);
          }
        }
      }
    }
    if (inResolved) {
      const bucket = hasTime ? (dayBucket[localDayOf(e, offSec) - day0] as number) : 0;
      const g = groupOfSlot[(col0 ? (col0[i] as number) : time0 ? bucket : 0) * sizeB + (col1 ? (col1[i] as number) : time1 ? bucket : 0)] as number;
      const code = (fin >>> codeShift) & 3;
      resolved[g * 4 + code]! += 1;
      if (withTt01) addTt01(acc, g * K, t, i, code, (fin >>> 4) & 3, fbFlags, onFb ? (fbAnswers[fc] as number) : 0);
    }
  }
}

function casePass(cols: CaseColumns, fb: CaseFeedback | undefined, facts: readonly ProcedureFact[] | undefined, q: KpiQuery, nq: Normalized, with766: boolean, withTt01: boolean, withResolved: boolean): CasePass {
  const K = C.K;
  const nProc = cols.procedures.length;
  const percentiles = q.percentiles === true;
  const rescheduled = q.reschedule === 'rescheduled';

  const mask = (dict: readonly string[], wanted: readonly string[] | undefined): Uint8Array | undefined => {
    if (!wanted) return undefined;
    const set = new Set(wanted);
    return Uint8Array.from(dict, (x) => (set.has(x) ? 1 : 0));
  };

  const publication = new Uint8Array(nProc);
  if (facts) {
    publication.fill(1);
    const idx = new Map(cols.procedures.map((p, i) => [p, i]));
    for (const f of facts) {
      const i = idx.get(f.code);
      if (i !== undefined && f.complete) publication[i] = 2;
    }
  }

  // Local day → bucket, and each bucket's measuring instant.
  const day0 = dayOf(nq.from, nq.offset);
  const dayN = dayOf(Math.max(nq.from, nq.to - 1), nq.offset) + 1;
  const dayBucket = new Int32Array(Math.max(0, dayN - day0)).fill(-1);
  const bucketAsOf = new Float64Array(nq.buckets?.length ?? 0);
  nq.buckets?.forEach((b, bi) => {
    bucketAsOf[bi] = Math.min(b.to, nq.now);
    for (let d = dayOf(b.from, nq.offset); d <= dayOf(b.to - 1, nq.offset); d++) dayBucket[d - day0] = bi;
  });
  const tt = q.tt01;
  const t: PassTables = {
    channel: cols.channel, procedure: cols.procedure, publication,
    preferAnswers: tt?.citizenAnswers !== 'ignore', boardPoint: tt?.noticeBoards !== false, lateAttitude: tt?.lateAttitude ?? 1,
  };

  // Dimensions: 0 unit, 1 field, 2 procedure, 3 officer, 4 channel, 5 time bucket, -1 none.
  const dimKind = (d: GroupDim | undefined): number =>
    d === undefined ? -1 : d === 'unit' ? 0 : d === 'field' ? 1 : d === 'procedure' ? 2 : d === 'officer' ? 3 : d === 'channel' ? 4 : 5;
  const dictOf = (k: number): readonly string[] => (k === 0 ? cols.units : k === 1 ? cols.fields : k === 2 ? cols.procedures : cols.officers);
  const sizeOf = (k: number) => (k < 0 ? 1 : k <= 3 ? dictOf(k).length : k === 4 ? 4 : (nq.buckets?.length ?? 0));
  const labelOf = (k: number, v: number) => (k <= 3 ? (dictOf(k)[v] ?? '') : k === 4 ? String(v) : (nq.buckets?.[v]?.key ?? ''));
  const colOf = (k: number) => (k === 0 ? cols.unit : k === 1 ? cols.field : k === 2 ? cols.procedure : k === 3 ? cols.officer : k === 4 ? cols.channel : undefined);
  const k0 = dimKind(nq.dims[0]);
  const k1 = dimKind(nq.dims[1]);
  const scan: Scan = {
    cols, t,
    fbRow: fb?.row ?? new Uint32Array(0), fbFlags: fb?.flags ?? new Uint8Array(0), fbAnswers: fb?.answers ?? new Uint32Array(0),
    unitOk: mask(cols.units, q.unitIds), fieldOk: mask(cols.fields, q.fieldIds), procOk: mask(cols.procedures, q.procedureCodes),
    from: nq.from, to: nq.to, now: nq.now, totalAsOf: nq.asOf, offMs: nq.offset * 60_000, offSec: nq.offset * 60,
    day0, dayBucket, bucketAsOf, hasTime: nq.timeDim !== undefined,
    col0: colOf(k0), col1: colOf(k1), time0: k0 === 5, time1: k1 === 5, sizeB: sizeOf(k1),
    codeShift: rescheduled ? 2 : 0, rescheduled, withResolved, withTt01, with766, nProc,
    histogram: false,
  };

  // Group ids, fixed before the loop: every combination when there are few, else the ones rows use.
  const nSlots = Math.max(1, sizeOf(k0) * sizeOf(k1));
  const groupOfSlot = new Int32Array(nSlots);
  // Ids 0 and 1 hold the total's corrections (see scanRows); row groups start at 2.
  let nGroups = 2;
  if (nSlots <= DENSE_SLOTS) {
    for (let x = 0; x < nSlots; x++) groupOfSlot[x] = nGroups++;
  } else {
    const used = new Uint8Array(nSlots);
    markSlots(scan, used);
    for (let x = 0; x < nSlots; x++) if (used[x]) groupOfSlot[x] = nGroups++;
  }
  scan.histogram = q.kernel === 'histogram' || (q.kernel !== 'direct' && nGroups * BLOCK <= HISTOGRAM_ENTRIES);
  const z: Accumulators = {
    acc: new Float64Array(nGroups * K),
    dyn: new Uint32Array(nGroups * BLOCK),
    sums: new Float64Array(nGroups * 2),
    resolved: new Uint32Array(nGroups * 4),
    procBits: new Uint8Array(with766 ? nGroups * nProc : 0),
    res: percentiles ? Array.from({ length: nGroups }, (): number[] => []) : undefined,
  };
  scanRows(scan, groupOfSlot, z);

  // Counters of each group from its histograms; the total is their sum plus the corrections.
  const totalC = new Float64Array(K);
  const totalProc = new Uint8Array(with766 ? nProc : 0);
  const totalRes: number[] = z.res ? [...(z.res[0] ?? [])] : [];
  const groups = new Map<string, GroupAcc>();
  for (let x = 0; x < nSlots; x++) {
    const g = groupOfSlot[x] as number;
    if (g < 2) continue;
    const c = z.acc.subarray(g * K, (g + 1) * K);
    expandState(c, 0, z.dyn, g * BLOCK, z.sums, g * 2, 1);
    if (scan.histogram) {
      for (let p = 0; p < 128; p++) {
        const m = z.dyn[g * BLOCK + PART_A + p] as number;
        if (m > 0) addProfile(c, 0, p, m);
      }
      for (let p = 0; p < 64; p++) {
        const m = z.dyn[g * BLOCK + PART_B + p] as number;
        if (m > 0) addProfile(c, 0, p << 7, m);
      }
    }
    const r = g * 4;
    const [r0, r1, r2, r3] = [z.resolved[r] as number, z.resolved[r + 1] as number, z.resolved[r + 2] as number, z.resolved[r + 3] as number];
    c[C.RESOLVED] = r0 + r1 + r2 + r3;
    c[C.RESOLVED_EARLY] = r0;
    c[C.RESOLVED_ON_TIME] = r1;
    c[C.RESOLVED_LATE] = r2 + r3;
    if ((c[C.SUBMITTED] as number) === 0 && (c[C.RESOLVED] as number) === 0) continue;
    for (let k = 0; k < K; k++) totalC[k]! += c[k] as number;
    if (with766) for (let p = 0; p < nProc; p++) totalProc[p]! |= z.procBits[g * nProc + p] as number;
    if (z.res) for (const v of z.res[g] ?? []) totalRes.push(v);
    const key: Partial<Record<GroupDim, string>> = {};
    if (k0 >= 0) key[nq.dims[0] as GroupDim] = labelOf(k0, Math.floor(x / scan.sizeB));
    if (k1 >= 0) key[nq.dims[1] as GroupDim] = labelOf(k1, x % scan.sizeB);
    const cg: CaseGroup = { c: c.slice() };
    if (with766) cg.proc = z.procBits.slice(g * nProc, (g + 1) * nProc);
    if (z.res) cg.res = z.res[g] ?? [];
    groups.set(keyString(nq.dims, key), { key, cases: cg });
  }
  // Group 0 took the swapped dossiers' answers at the period end (with their resolution sums);
  // group 1 only their codes at the bucket end, which carried no resolution.
  expandState(totalC, 0, z.dyn, 0, z.sums, 0, 1);
  expandState(totalC, 0, z.dyn, BLOCK, new Float64Array(2), 0, -1);
  const total: CaseGroup = { c: totalC };
  if (with766) total.proc = totalProc;
  if (z.res) total.res = totalRes;
  return { groups, total };
}

// ---------------------------------------------------------------------------------------------
// Ratings, petitions, queue: row passes (these sets are small next to the dossiers)

type KeyFn = (dim: GroupDim) => string | undefined;

function groupKey(nq: Normalized, bucket: number, valueOf: KeyFn): Partial<Record<GroupDim, string>> | undefined {
  const key: Partial<Record<GroupDim, string>> = {};
  for (const d of nq.dims) {
    if (isTimeUnit(d)) {
      const b = nq.buckets?.[bucket];
      if (!b) return undefined;
      key[d] = b.key;
    } else {
      const v = valueOf(d);
      if (v === undefined) return undefined;
      key[d] = v;
    }
  }
  return key;
}

function accFor(groups: Map<string, GroupAcc>, nq: Normalized, key: Partial<Record<GroupDim, string>>): GroupAcc {
  const k = keyString(nq.dims, key);
  let g = groups.get(k);
  if (!g) groups.set(k, (g = { key }));
  return g;
}

const inPeriod = (nq: Normalized, t: number | undefined): t is number => t !== undefined && t >= nq.from && t < nq.to && t <= nq.now;

function emptyRatings(): RatingGroup {
  return { n: 0, levels: {} };
}
function addRating(g: RatingGroup, level: string): void {
  g.n++;
  g.levels[level] = (g.levels[level] ?? 0) + 1;
}

function emptyPetitions(): PetitionGroup {
  return { n: 0, onTime: 0, open: 0, overdue: 0, bad: 0, staff: 0, regulation: 0 };
}
function addPetition(g: PetitionGroup, p: PetitionRow, asOf: number): void {
  const due = parseIso(p.dueAt) ?? NaN;
  const handledAt = p.status !== 'open' ? parseIso(p.handledAt) : undefined;
  const handled = handledAt !== undefined && handledAt <= asOf;
  // Handled by the deadline, or still open and not yet due (a petition in progress within its time).
  const onTime = handled ? handledAt <= due : asOf <= due;
  g.n++;
  if (onTime) g.onTime++;
  if (!handled) {
    g.open++;
    if (asOf > due) g.overdue++;
  }
  if (p.verdict === 'dislike' || !onTime || p.reopened) g.bad++;
  if (p.topic === 'staff') g.staff++;
  else if (p.topic === 'regulation') g.regulation++;
}

function emptyQueue(): QueueGroup {
  return { issued: 0, served: 0, noShow: 0, skipped: 0, transferred: 0, waiting: 0, waits: [], services: [] };
}
function addTicket(g: QueueGroup, t: TicketRow, issued: number): void {
  g.issued++;
  if (t.status === 'served') g.served++;
  else if (t.status === 'no_show') g.noShow++;
  else if (t.status === 'skipped') g.skipped++;
  else if (t.status === 'transferred') g.transferred++;
  else if (t.status === 'waiting') g.waiting++;
  const called = parseIso(t.calledAt);
  if (called !== undefined && called >= issued) g.waits.push((called - issued) / 60_000);
  const started = parseIso(t.startedAt);
  const ended = parseIso(t.endedAt);
  if (t.status === 'served' && started !== undefined && ended !== undefined && ended >= started) g.services.push((ended - started) / 60_000);
}

// ---------------------------------------------------------------------------------------------
// Deriving values

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase();

interface Scope {
  facts: readonly ProcedureFact[];
}

function set<T extends object>(o: T, k: keyof T, v: number | undefined): void {
  if (v !== undefined && Number.isFinite(v)) (o as Record<PropertyKey, number>)[k] = v;
}

function sortedQuantile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  return quantileSorted(values, p);
}

function caseValues(v: Partial<Record<MetricId, number>>, cg: CaseGroup): void {
  const c = cg.c;
  const R = c[C.RECEIVED] as number;
  const x = (k: number) => c[k] as number;
  set(v, 'submitted', x(C.SUBMITTED));
  set(v, 'received', R);
  set(v, 'refused', x(C.REFUSED));
  set(v, 'awaitingReception', x(C.AWAITING));
  set(v, 'early', x(C.EARLY));
  set(v, 'onTime', x(C.ON_TIME));
  set(v, 'late', x(C.LATE));
  set(v, 'lateMultipleSupplements', x(C.LATE_MULTI));
  set(v, 'finished', x(C.FINISHED));
  set(v, 'open', x(C.OPEN));
  set(v, 'openLate', x(C.OPEN_LATE));
  set(v, 'onTimeRate', ratio(x(C.EARLY) + x(C.ON_TIME), R));
  set(v, 'earlyRate', ratio(x(C.EARLY), R));
  set(v, 'lateRate', ratio(x(C.LATE), R));
  const RS = x(C.RESOLVED);
  set(v, 'resolved', RS);
  set(v, 'resolvedEarly', x(C.RESOLVED_EARLY));
  set(v, 'resolvedOnTime', x(C.RESOLVED_ON_TIME));
  set(v, 'resolvedLate', x(C.RESOLVED_LATE));
  set(v, 'resolvedOnTimeRate', ratio(x(C.RESOLVED_EARLY) + x(C.RESOLVED_ON_TIME), RS));
  set(v, 'direct', x(C.DIRECT));
  set(v, 'online', x(C.ONLINE));
  set(v, 'postal', x(C.POSTAL));
  set(v, 'directShare', ratio(x(C.DIRECT), R));
  set(v, 'onlineShare', ratio(x(C.ONLINE), R));
  set(v, 'postalShare', ratio(x(C.POSTAL), R));
  set(v, 'onlinePaymentShare', ratio(x(C.PAID_ONLINE), x(C.HAS_FEE)));
  set(v, 'digitisedShare', ratio(x(C.DIGITISED), R));
  set(v, 'eResultShare', ratio(x(C.PAPER_E), x(C.PAPER)));
  set(v, 'reusedDataShare', ratio(x(C.REUSED), R));
  set(v, 'personalStoreShare', ratio(x(C.PERSONAL), R));
  set(v, 'citizenDataShare', ratio(x(C.CITIZEN), R));
  set(v, 'syncRate', ratio(x(C.SYNCED), R));
  set(v, 'rescheduledShare', ratio(x(C.RESCHEDULED), R));
  set(v, 'supplementShare', ratio(x(C.WITH_SUPPLEMENT), R));
  const RC = x(C.RES_COUNT);
  set(v, 'avgResolutionDays', ratio(x(C.RES_SECONDS) / 86_400, RC));
  set(v, 'avgResolutionWorkingDays', ratio(x(C.RES_WORKDAYS), RC));
  if (cg.res) {
    const sorted = Float64Array.from(cg.res).sort();
    const arr = Array.from(sorted);
    set(v, 'p50ResolutionDays', sortedQuantile(arr, 0.5));
    set(v, 'p90ResolutionDays', sortedQuantile(arr, 0.9));
  }
}

function ratingValues(v: Partial<Record<MetricId, number>>, g: RatingGroup): void {
  const l = (k: string) => g.levels[k] ?? 0;
  const satisfied = l('very_satisfied') + l('satisfied');
  const dissatisfied = l('dissatisfied') + l('very_dissatisfied');
  set(v, 'ratings', g.n);
  set(v, 'satisfied', satisfied);
  set(v, 'dissatisfied', dissatisfied);
  set(v, 'satisfactionRate', ratio(satisfied, g.n));
  set(v, 'ratingsVerySatisfied', l('very_satisfied'));
  set(v, 'ratingsSatisfied', l('satisfied'));
  set(v, 'ratingsNeutral', l('neutral'));
  set(v, 'ratingsDissatisfied', l('dissatisfied'));
  set(v, 'ratingsVeryDissatisfied', l('very_dissatisfied'));
}

function petitionValues(v: Partial<Record<MetricId, number>>, g: PetitionGroup): void {
  set(v, 'petitions', g.n);
  set(v, 'petitionsOnTime', g.onTime);
  set(v, 'petitionOnTimeRate', ratio(g.onTime, g.n));
  set(v, 'petitionsOpen', g.open);
  set(v, 'petitionsOverdue', g.overdue);
  set(v, 'petitionSatisfactionRate', ratio(g.n - g.bad, g.n));
  set(v, 'petitionsStaff', g.staff);
  set(v, 'petitionsRegulation', g.regulation);
}

function queueValues(v: Partial<Record<MetricId, number>>, g: QueueGroup): void {
  set(v, 'tickets', g.issued);
  set(v, 'served', g.served);
  set(v, 'noShow', g.noShow);
  set(v, 'skipped', g.skipped);
  set(v, 'transferred', g.transferred);
  set(v, 'waiting', g.waiting);
  set(v, 'noShowRate', ratio(g.noShow, g.served + g.noShow + g.skipped));
  const waits = [...g.waits].sort((a, b) => a - b);
  const services = [...g.services].sort((a, b) => a - b);
  const mean = (a: number[]) => (a.length ? a.reduce((s, x) => s + x, 0) / a.length : undefined);
  set(v, 'avgWaitMinutes', mean(waits));
  set(v, 'p50WaitMinutes', sortedQuantile(waits, 0.5));
  set(v, 'p90WaitMinutes', sortedQuantile(waits, 0.9));
  set(v, 'maxWaitMinutes', waits[waits.length - 1]);
  set(v, 'avgServiceMinutes', mean(services));
  set(v, 'p50ServiceMinutes', sortedQuantile(services, 0.5));
  set(v, 'p90ServiceMinutes', sortedQuantile(services, 0.9));
}

function procedureCounts(cg: CaseGroup, procIndex: ReadonlyMap<string, number>, scope: Scope | undefined) {
  const bits = cg.proc ?? new Uint8Array(0);
  let feeProcs = 0;
  let paidProcs = 0;
  for (let p = 1; p < bits.length; p++) {
    const b = bits[p] as number;
    if (b & P.FEE) feeProcs++;
    if (b & P.PAID) paidProcs++;
  }
  if (!scope) return { feeProcs, paidProcs };
  const has = (f: ProcedureFact, bit: number) => {
    const i = procIndex.get(f.code);
    return i !== undefined && ((bits[i] as number) & bit) !== 0;
  };
  let complete = 0;
  let online = 0;
  let onlineUsed = 0;
  let fee = 0;
  let feeUsed = 0;
  let individual = 0;
  let individualCitizen = 0;
  for (const f of scope.facts) {
    if (f.complete) complete++;
    if (f.online) {
      online++;
      if (has(f, P.ONLINE)) onlineUsed++;
    }
    if (f.feeBearing) {
      fee++;
      if (has(f, P.DOSSIER)) feeUsed++;
    }
    if (f.forIndividuals) {
      individual++;
      if (has(f, P.CITIZEN)) individualCitizen++;
    }
  }
  return { feeProcs, paidProcs, scoped: { n: scope.facts.length, complete, online, onlineUsed, fee, feeUsed, individual, individualCitizen } };
}

function figures766(cg: CaseGroup | undefined, pg: PetitionGroup | undefined, procIndex: ReadonlyMap<string, number>, scope: Scope | undefined, overlap: 'union' | 'sum'): Inputs766 {
  const f: Inputs766 = {};
  if (cg) {
    const c = cg.c;
    const x = (k: number) => c[k] as number;
    const R = x(C.RECEIVED);
    f['DOSSIER_SYNC'] = { numerator: x(C.SYNCED), denominator: R };
    f['PROCESSING_ON_TIME'] = { numerator: x(C.EARLY) + x(C.ON_TIME), denominator: R };
    if (x(C.RES_COUNT) > 0) f['AVG_PROCESSING_DAYS'] = { value: x(C.RES_SECONDS) / 86_400 / x(C.RES_COUNT) };
    f['ONLINE_DOSSIER_SHARE'] = { numerator: R > 0 ? (x(C.ONLINE_766) * x(C.SYNCED)) / R : 0, denominator: R };
    f['ONLINE_PAYMENT_DOSSIER'] = { numerator: x(C.PAID_ONLINE), denominator: x(C.HAS_FEE) };
    f['ORIGINAL_RESULT_AVAILABLE'] = { numerator: x(C.PAPER_E), denominator: x(C.PAPER) };
    f['SO_HOA_GIAY_TO_GIAI_QUYET'] = { numerator: x(C.DIGITISED_766), denominator: R };
    f['REUSED_DIGITIZED_DATA'] = { numerator: x(C.REUSED), denominator: R };
    f['SYNCED_WITH_DVCQG_PERSONAL_STORAGE'] = { numerator: x(C.PERSONAL), denominator: R };
    f['CITIZEN_DATA_CONNECTED_DOSSIER'] = { numerator: x(C.CITIZEN), denominator: R };
    const unsatisfied = overlap === 'sum' ? Math.min(R, x(C.LATE) + x(C.FLAGGED)) : x(C.UNSATISFIED);
    f['DOSSIER_RECEIVING_SATISFACTION'] = { numerator: R - unsatisfied, denominator: R };
    const pc = procedureCounts(cg, procIndex, scope);
    f['ONLINE_PAYMENT_FORMALITY'] = { numerator: pc.paidProcs, denominator: pc.feeProcs };
    if (pc.scoped) {
      const s = pc.scoped;
      f['PUBLIC_CONTENT_FULL'] = { numerator: s.complete, denominator: s.n };
      f['ONLINE_SERVICE_PROVIDED'] = { numerator: s.online, denominator: s.n };
      f['ONLINE_SERVICE_USED'] = { numerator: s.onlineUsed, denominator: s.online };
      f['FEE_FORMALITY_WITH_DOSSIER'] = { numerator: s.feeUsed, denominator: s.fee };
      f['CITIZEN_DATA_CONNECTED_FORMALITY'] = { numerator: s.individualCitizen, denominator: s.individual };
    }
  }
  if (pg) {
    f['PETITION_PROCESSING_ON_TIME'] = { numerator: pg.onTime, denominator: pg.n };
    f['PETITION_HANDLING_SATISFACTION'] = { numerator: pg.n - pg.bad, denominator: pg.n };
    f['PETITION_CLASSIFICATION_TTHC'] = { numerator: pg.regulation, denominator: pg.n };
    f['PETITION_CLASSIFICATION_STAFF'] = { numerator: pg.staff, denominator: pg.n };
  }
  return f;
}

function tt01For(cg: CaseGroup, pg: PetitionGroup | undefined, scope: Scope | undefined, config: Tt01Config | undefined): Tt01Score {
  const c = cg.c;
  const sums: Partial<Record<Tt01Id, number>> = {};
  const counts: Partial<Record<Tt01Id, number>> = {};
  TT_SLOTS.forEach((id, k) => {
    sums[id] = c[C.TT_SUM + k] as number;
    counts[id] = c[C.TT_CNT + k] as number;
  });
  const agency: Partial<Record<Tt01Id, 0 | 1 | 2>> = {};
  if (pg) agency['8'] = petitionPoints(pg.n, pg.onTime, pg.overdue);
  const R = c[C.RECEIVED] as number;
  if (R > 0) {
    const procShare = scope && scope.facts.length > 0 ? scope.facts.filter((f) => f.online).length / scope.facts.length : undefined;
    agency['9'] = onlinePoints(procShare, (c[C.ONLINE] as number) / R, c[C.ONLINE_LATE] as number);
  }
  return aggregateTt01({ dossiers: c[C.TT_N] as number, sums, counts, agency }, config);
}

// ---------------------------------------------------------------------------------------------

/**
 * Runs a KPI query. One pass over the case columns (O(records)), plus passes over ratings, petitions
 * and tickets; grouping by up to two dimensions. Families whose data is absent, or which cannot be
 * grouped by a requested dimension (dossiers have no counter; tickets no procedure), are listed in
 * `skipped`. Throws `RangeError` for a malformed query (unknown period, more than two dimensions).
 */
export function computeKpis(data: KpiData, query: KpiQuery): KpiResult {
  const cols = data.cases;
  const offset = cols?.offsetMinutes ?? query.offsetMinutes ?? 420;
  const nq = normalize(query, offset);
  const plainDims = nq.dims.filter((d) => !isTimeUnit(d));
  const supports = (dims: ReadonlySet<string>) => plainDims.every((d) => dims.has(d));
  const requested = new Set<KpiFamily>(query.families ?? ['cases', 'ratings', 'petitions', 'queue', '766', 'tt01']);
  const can: Record<KpiFamily, boolean> = {
    cases: !!cols && supports(CASE_DIMS),
    ratings: !!data.ratings && supports(RATING_DIMS),
    petitions: !!data.petitions && supports(PETITION_DIMS),
    queue: !!data.tickets && supports(QUEUE_DIMS),
    '766': !!cols && supports(CASE_DIMS),
    tt01: !!cols && supports(CASE_DIMS),
  };
  const families: KpiFamily[] = [];
  const skipped: KpiFamily[] = [];
  for (const f of ['cases', 'ratings', 'petitions', 'queue', '766', 'tt01'] as const) {
    if (!requested.has(f)) continue;
    // Without an explicit list, families lacking their data are simply not part of the answer.
    const present = f === 'ratings' ? !!data.ratings : f === 'petitions' ? !!data.petitions : f === 'queue' ? !!data.tickets : !!cols;
    if (can[f]) families.push(f);
    else if (query.families || present) skipped.push(f);
  }
  const want = (f: KpiFamily) => families.includes(f);
  // Petitions feed the 766 satisfaction group and Circular 01 indicator 8 even when not listed.
  const needPetitions = !!data.petitions && supports(PETITION_DIMS) && (want('petitions') || want('766') || want('tt01'));
  const needCases = want('cases') || want('766') || want('tt01');

  const groups = new Map<string, GroupAcc>();
  const totalAcc: GroupAcc = { key: {} };

  if (needCases && cols) {
    const pass = casePass(cols, data.feedback, data.procedures, query, nq, want('766'), want('tt01'), want('cases') || want('tt01'));
    for (const [k, g] of pass.groups) groups.set(k, g);
    totalAcc.cases = pass.total;
  }

  // Procedure → field, for ratings and petitions grouped or filtered by field.
  let procField: Map<string, string> | undefined;
  const fieldOfProcedure = (code: string | null | undefined): string | undefined => {
    if (!code) return undefined;
    if (!procField) {
      procField = new Map();
      if (cols) {
        for (let i = 0; i < cols.length; i++) {
          const p = cols.procedures[cols.procedure[i] as number] as string;
          if (!procField.has(p)) procField.set(p, cols.fields[cols.field[i] as number] as string);
        }
      }
    }
    return procField.get(code);
  };
  const unitSet = query.unitIds ? new Set(query.unitIds) : undefined;
  const fieldSet = query.fieldIds ? new Set(query.fieldIds) : undefined;
  const procSet = query.procedureCodes ? new Set(query.procedureCodes) : undefined;

  if (want('ratings') && data.ratings) {
    totalAcc.ratings = emptyRatings();
    for (const r of data.ratings) {
      const t = parseIso(r.createdAt);
      if (!inPeriod(nq, t)) continue;
      if (unitSet && !unitSet.has(r.unitId)) continue;
      if (procSet && !procSet.has(r.procedureCode ?? '')) continue;
      const field = fieldSet || nq.dims.includes('field') ? (fieldOfProcedure(r.procedureCode) ?? '') : '';
      if (fieldSet && !fieldSet.has(field)) continue;
      const key = groupKey(nq, bucketIndex(nq, t), (d) =>
        d === 'unit' ? r.unitId : d === 'procedure' ? (r.procedureCode ?? '') : d === 'officer' ? (r.officerId ?? '') : d === 'counter' ? (r.counterId ?? '') : d === 'field' ? field : undefined,
      );
      if (!key) continue;
      const g = accFor(groups, nq, key);
      addRating((g.ratings ??= emptyRatings()), r.level);
      addRating(totalAcc.ratings, r.level);
    }
  }

  if (needPetitions && data.petitions) {
    totalAcc.petitions = emptyPetitions();
    for (const p of data.petitions) {
      const t = parseIso(p.receivedAt);
      if (!inPeriod(nq, t)) continue;
      if (unitSet && !unitSet.has(p.unitId)) continue;
      if (procSet && !procSet.has(p.procedureCode ?? '')) continue;
      const field = fieldSet || nq.dims.includes('field') ? (fieldOfProcedure(p.procedureCode) ?? '') : '';
      if (fieldSet && !fieldSet.has(field)) continue;
      const bucket = bucketIndex(nq, t);
      const key = groupKey(nq, bucket, (d) => (d === 'unit' ? p.unitId : d === 'procedure' ? (p.procedureCode ?? '') : d === 'field' ? field : undefined));
      if (!key) continue;
      const asOf = nq.buckets ? Math.min((nq.buckets[bucket] as TimeBucket).to, nq.now) : nq.asOf;
      const g = accFor(groups, nq, key);
      addPetition((g.petitions ??= emptyPetitions()), p, asOf);
      addPetition(totalAcc.petitions, p, nq.asOf);
    }
  }

  if (want('queue') && data.tickets) {
    totalAcc.queue = emptyQueue();
    const officers = data.org?.counterOfficers ?? {};
    for (const tk of data.tickets) {
      const t = parseIso(tk.issuedAt);
      if (!inPeriod(nq, t)) continue;
      if (unitSet && !unitSet.has(tk.unitId)) continue;
      if (fieldSet && !fieldSet.has(tk.serviceId)) continue;
      const counter = tk.counterId ?? '';
      const key = groupKey(nq, bucketIndex(nq, t), (d) =>
        d === 'unit' ? tk.unitId : d === 'counter' ? counter : d === 'service' || d === 'field' ? tk.serviceId : d === 'officer' ? (officers[counter] ?? '') : undefined,
      );
      if (!key) continue;
      const g = accFor(groups, nq, key);
      addTicket((g.queue ??= emptyQueue()), tk, t);
      addTicket(totalAcc.queue, tk, t);
    }
  }

  // Every time bucket for every key seen, so series have no holes.
  if (nq.timeDim && nq.buckets) {
    const td = nq.timeDim;
    const others = new Map<string, Partial<Record<GroupDim, string>>>();
    for (const g of groups.values()) {
      const rest = { ...g.key };
      delete rest[td];
      others.set(keyString(nq.dims, rest), rest);
    }
    if (others.size === 0 && plainDims.length === 0) others.set('', {});
    for (const rest of others.values()) {
      for (const b of nq.buckets) {
        const key = { ...rest, [td]: b.key };
        const k = keyString(nq.dims, key);
        if (!groups.has(k)) groups.set(k, { key: orderKey(nq.dims, key) });
      }
    }
  }

  // Catalogue scope per group, cached by its restrictions.
  const facts = data.procedures;
  const procIndex = new Map<string, number>((cols?.procedures ?? []).map((p, i) => [p, i]));
  const scopeCache = new Map<string, Scope>();
  const levelsOf = (unitIds: readonly string[]): Set<string> | undefined => {
    const levels = new Set<string>();
    for (const u of unitIds) {
      const l = data.org?.unitLevels?.[u];
      if (!l) return undefined;
      levels.add(l);
    }
    return levels;
  };
  const namesOf = (fieldIds: readonly string[]): Set<string> | undefined => {
    const names = new Set<string>();
    for (const f of fieldIds) {
      const nm = data.org?.fieldNames?.[f];
      if (!nm) return undefined;
      names.add(fold(nm));
    }
    return names;
  };
  const scopeOf = (key: Partial<Record<GroupDim, string>>): Scope | undefined => {
    if (!facts) return undefined;
    const procs = key.procedure !== undefined ? new Set([key.procedure]) : procSet;
    const levels = levelsOf(key.unit !== undefined ? [key.unit] : (query.unitIds ?? []));
    const names = namesOf(key.field !== undefined ? [key.field] : (query.fieldIds ?? []));
    const ck = [procs ? [...procs].sort().join(',') : '*', levels && levels.size ? [...levels].sort().join(',') : '*', names && names.size ? [...names].sort().join(',') : '*'].join('|');
    let s = scopeCache.get(ck);
    if (!s) {
      s = {
        facts: facts.filter(
          (f) => (!procs || procs.has(f.code)) && (!levels || levels.size === 0 || f.levels.some((l) => levels.has(l))) && (!names || names.size === 0 || names.has(fold(f.field))),
        ),
      };
      scopeCache.set(ck, s);
    }
    return s;
  };

  const zeroCases = (): CaseGroup => {
    const g: CaseGroup = { c: new Float64Array(C.K) };
    if (want('766')) g.proc = new Uint8Array(cols?.procedures.length ?? 0);
    if (query.percentiles) g.res = [];
    return g;
  };
  const overlap = query.rules766?.satisfactionOverlap ?? 'union';
  const scorecards = query.scorecards ?? 'all';
  const finish = (g: GroupAcc, isTotal: boolean): KpiGroup => {
    const detail = scorecards === 'all' || (scorecards === 'total' && isTotal);
    const values: Partial<Record<MetricId, number>> = {};
    const cg = needCases && cols ? (g.cases ?? zeroCases()) : undefined;
    const pg = needPetitions ? (g.petitions ?? emptyPetitions()) : undefined;
    if (want('cases') && cg) caseValues(values, cg);
    if (want('ratings')) ratingValues(values, g.ratings ?? emptyRatings());
    if (want('petitions') && pg) petitionValues(values, pg);
    if (want('queue')) queueValues(values, g.queue ?? emptyQueue());
    const out: KpiGroup = { key: g.key, values };
    const scope = want('766') || want('tt01') ? scopeOf(g.key) : undefined;
    if (want('766') && cg) {
      const s = score766(figures766(cg, pg, procIndex, scope, overlap), query.rules766);
      if (detail) out.score766 = s;
      set(values, 'score766', s.total);
      set(values, 'lost766', s.lost);
      for (const gr of s.groups) set(values, `score766${gr.code}` as MetricId, gr.points);
    }
    if (want('tt01') && cg) {
      const t = tt01For(cg, pg, scope, query.tt01);
      if (detail) out.tt01 = t;
      if (t.omitted.length < 9) set(values, 'tt01Total', t.total);
      set(values, 'tt01OfficerScore', t.officerScore);
    }
    return out;
  };

  const ordered = [...groups.values()].sort((a, b) => {
    for (const d of nq.dims) {
      const x = a.key[d] ?? '';
      const y = b.key[d] ?? '';
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  const result: KpiResult = {
    from: nq.from,
    to: nq.to,
    asOf: nq.asOf,
    groupBy: nq.dims,
    groups: nq.dims.length > 0 ? ordered.map((g) => finish(g, false)) : [],
    total: finish(totalAcc, true),
    families,
    skipped,
  };
  if (nq.buckets) result.buckets = nq.buckets;
  return result;
}

function orderKey(dims: readonly GroupDim[], key: Partial<Record<GroupDim, string>>): Partial<Record<GroupDim, string>> {
  const out: Partial<Record<GroupDim, string>> = {};
  for (const d of dims) if (key[d] !== undefined) out[d] = key[d];
  return out;
}

/** The 766 group codes in display order (re-exported for scorecards). */
export const GROUP_CODES_766 = GROUPS_766.map((g) => g.code);

/** Rounds a metric for display the way the portal does (ratios as percentages with 2 decimals). */
export function displayRound(value: number, unit: 'ratio' | 'points' | 'days' | 'minutes' | 'count'): number {
  if (unit === 'ratio') return roundHalfUp(value * 100, 2);
  if (unit === 'count') return value;
  return roundHalfUp(value, unit === 'points' ? 2 : 1);
}
