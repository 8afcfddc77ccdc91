/**
 * CSV exports of the reference server, for the people who run a centre: every stored rating of a
 * period (`GET /export/ratings.csv`) and the KPIs of a period per unit, field, month … (`GET
 * /export/kpis.csv`), computed by the same engine as the widgets (`src/core/kpi`).
 *
 * Files open in a spreadsheet as they are: UTF-8 with a byte order mark (so Excel reads the
 * Vietnamese letters), CRLF line ends, RFC 4180 quoting, and a cell that starts like a formula
 * (`=`, `+`, `-`, `@`) is prefixed with `'` so a citizen's comment can never run as one.
 * `delimiter=semicolon` writes `;` between cells and decimal commas (`96,5`), for Excel set to
 * Vietnamese regional settings.
 */
import * as z from 'zod/mini';
import { Id } from '../src/data/schemas/common.js';
import type { OrgData } from '../src/data/schemas/org.js';
import type { Rating } from '../src/data/schemas/rating.js';
import type { CaseFile } from '../src/data/schemas/case-file.js';
import type { Petition } from '../src/data/schemas/petition.js';
import type { Procedure } from '../src/data/schemas/procedure.js';
import { parseIso, toIso, VN_HOLIDAYS } from '../src/core/time/index.js';
import { parsePeriod, toInstant, type Period } from '../src/core/kpi/periods.js';
import { caseColumns } from '../src/core/kpi/columns.js';
import { attachFeedback } from '../src/core/kpi/feedback.js';
import { procedureFacts } from '../src/core/kpi/procedures.js';
import { computeKpis, kpiOrgContext, type GroupDim, type KpiGroup } from '../src/core/kpi/engine.js';
import { METRICS, isMetricId, type MetricId } from '../src/core/kpi/metrics.js';
import { DEFAULT_REASONS } from '../src/core/rating/survey.js';
import { HttpError, type Reply } from './http.js';
import type { Store, Window } from './store.js';

/** How a CSV file is written. */
export interface CsvFormat {
  /** Cell separator. */
  delimiter: ',' | ';';
  /** Decimal mark of numbers (`,` with the `;` separator). */
  decimal: '.' | ',';
  /** Language of the header row and of labels (levels, reasons, totals). */
  lang: 'vi' | 'en';
}

/** The KPIs exported when `metrics` is not given. */
export const DEFAULT_EXPORT_METRICS: readonly MetricId[] = [
  'received', 'resolved', 'resolvedOnTimeRate', 'onTimeRate', 'openLate', 'onlineShare', 'avgResolutionDays',
  'ratings', 'satisfactionRate', 'petitions', 'petitionOnTimeRate', 'score766',
];

const GROUP_DIMS = ['unit', 'field', 'procedure', 'officer', 'channel', 'counter', 'service', 'day', 'week', 'month', 'quarter', 'year'] as const;

const Query = z.object({
  period: z.optional(z.string().check(z.maxLength(20))),
  from: z.optional(z.string().check(z.maxLength(40))),
  to: z.optional(z.string().check(z.maxLength(40))),
  unitId: z.optional(Id),
  lang: z.optional(z.enum(['vi', 'en'])),
  delimiter: z.optional(z.enum(['comma', 'semicolon'])),
  groupBy: z.optional(z.string().check(z.maxLength(40))),
  metrics: z.optional(z.string().check(z.maxLength(2000))),
});

// ---- CSV writing --------------------------------------------------------------------------------

/** One cell: `null`/`undefined` empty, numbers with the format's decimal mark, text quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined, format: CsvFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = String(value);
    return format.decimal === ',' ? s.replace('.', ',') : s;
  }
  // A leading =, +, -, @, tab or CR makes spreadsheets evaluate the cell: neutralise it.
  let s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (s.includes(format.delimiter) || /["\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** A whole file: byte order mark, header, rows, CRLF line ends. */
export function csvText(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>, format: CsvFormat): string {
  const line = (cells: ReadonlyArray<string | number | boolean | null | undefined>) => cells.map((c) => csvCell(c, format)).join(format.delimiter);
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

function csvReply(text: string, filename: string): Reply {
  return {
    kind: 'body',
    status: 200,
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' },
    body: text,
  };
}

// ---- query --------------------------------------------------------------------------------------

interface ExportQuery {
  window: Window;
  /** Text of the period for file names: `2026-03`, or `2026-03-01_2026-04-01`. */
  label: string;
  unitId: string | undefined;
  format: CsvFormat;
  groupBy: string | undefined;
  metrics: string | undefined;
}

function queryOf(url: URL, store: Store, offsetMinutes: number, now: number): ExportQuery {
  const raw: Record<string, string> = {};
  for (const k of ['period', 'from', 'to', 'unitId', 'lang', 'delimiter', 'groupBy', 'metrics']) {
    const v = url.searchParams.get(k);
    if (v !== null) raw[k] = v;
  }
  const p = Query.safeParse(raw);
  if (!p.success) throw new HttpError(400, 'invalid', `Invalid query: ${p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const q = p.data;
  let period: Period;
  let label: string;
  if (q.period !== undefined) {
    const named = parsePeriod(q.period, offsetMinutes);
    if (!named) throw new HttpError(400, 'invalid', `Invalid query: period "${q.period}" is not 2026, 2026-Q2, 2026-03, 2026-W10 or 2026-03-04`);
    period = named;
    label = q.period;
  } else if (q.from !== undefined || q.to !== undefined) {
    const from = q.from !== undefined ? toInstant(q.from, offsetMinutes) : undefined;
    const to = q.to !== undefined ? toInstant(q.to, offsetMinutes) : now;
    if (from === undefined || to === undefined) throw new HttpError(400, 'invalid', 'Invalid query: from and to are ISO 8601 date-times or local dates YYYY-MM-DD (from is required with to)');
    if (from > to) throw new HttpError(400, 'invalid', `Invalid query: from (${q.from}) is after to (${q.to})`);
    period = { from, to };
    label = `${toIso(from, offsetMinutes).slice(0, 10)}_${toIso(to, offsetMinutes).slice(0, 10)}`;
  } else {
    // The current month so far.
    const month = toIso(now, offsetMinutes).slice(0, 7);
    period = { from: parsePeriod(month, offsetMinutes)!.from, to: now };
    label = month;
  }
  let unitIds: string[] | null = null;
  if (q.unitId !== undefined) {
    const sub = store.subtree(q.unitId);
    if (!sub) throw new HttpError(404, 'not_found', `Unknown unit "${q.unitId}"`);
    unitIds = sub;
  }
  const semicolon = q.delimiter === 'semicolon';
  return {
    window: { from: period.from, to: period.to, unitIds },
    label: q.unitId ? `${label}_${q.unitId}` : label,
    unitId: q.unitId,
    format: { delimiter: semicolon ? ';' : ',', decimal: semicolon ? ',' : '.', lang: q.lang ?? 'vi' },
    groupBy: q.groupBy,
    metrics: q.metrics,
  };
}

// ---- ratings ------------------------------------------------------------------------------------

const LEVELS: Record<Rating['level'], { vi: string; en: string }> = {
  very_satisfied: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  neutral: { vi: 'Bình thường', en: 'Neutral' },
  dissatisfied: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  very_dissatisfied: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
};

const RATING_HEADER = {
  vi: ['Mã đánh giá', 'Thời điểm (ISO 8601)', 'Ngày', 'Giờ', 'Mã đơn vị', 'Đơn vị', 'Mã quầy', 'Quầy', 'Mã cán bộ', 'Cán bộ', 'Mã thủ tục', 'Thủ tục', 'Số phiếu', 'Mã hồ sơ', 'Số mức', 'Mức độ', 'Mức độ (mã)', 'Lý do', 'Góp ý', 'Ngôn ngữ', 'Thiết bị', 'Chưa trả lời hết'],
  en: ['Rating id', 'Time (ISO 8601)', 'Date', 'Time of day', 'Unit id', 'Unit', 'Counter id', 'Counter', 'Officer id', 'Officer', 'Procedure code', 'Procedure', 'Ticket', 'Dossier code', 'Levels', 'Level', 'Level (code)', 'Reasons', 'Comment', 'Language', 'Device', 'Unfinished'],
};

/**
 * The ratings CSV: one row per rating, oldest first, with the names of the unit, counter, officer
 * and procedure, the level in words and the reasons in words. Circular 01/2018 indicator answers get
 * one column each (points 0–2) when any rating of the file has them.
 */
export function ratingsCsv(ratings: readonly Rating[], org: OrgData, procedureName: (code: string) => string | undefined, offsetMinutes: number, format: CsvFormat): string {
  const lang = format.lang;
  const units = new Map(org.units.map((u) => [u.id, u.name]));
  const counters = new Map(org.counters.map((c) => [c.id, c.name]));
  const officers = new Map(org.officers.map((o) => [o.id, o.name]));
  const reasons = new Map(DEFAULT_REASONS.map((r) => [r.id, r.label[lang] ?? r.label.vi]));
  const indicatorIds = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].filter((id) => ratings.some((r) => r.indicators?.[id as keyof NonNullable<Rating['indicators']>] !== undefined));
  const header = [...RATING_HEADER[lang], ...indicatorIds.map((id) => (lang === 'vi' ? `Chỉ số ${id} (TT 01/2018)` : `Indicator ${id} (Circular 01/2018)`))];
  const rows = ratings.map((r) => {
    const at = parseIso(r.createdAt);
    const local = at === undefined ? '' : toIso(at, offsetMinutes);
    return [
      r.id, local, local.slice(0, 10), local.slice(11, 19), r.unitId, units.get(r.unitId), r.counterId, r.counterId ? counters.get(r.counterId) : undefined,
      r.officerId, r.officerId ? officers.get(r.officerId) : undefined, r.procedureCode, r.procedureCode ? procedureName(r.procedureCode) : undefined,
      r.ticket, r.dossierCode, r.scale, LEVELS[r.level][lang], r.level, r.reasons.map((id) => reasons.get(id) ?? id).join('; '), r.comment,
      r.lang, r.deviceId, r.partial ?? false,
      ...indicatorIds.map((id) => r.indicators?.[id as keyof NonNullable<Rating['indicators']>]),
    ];
  });
  return csvText(header, rows, format);
}

// ---- KPIs ---------------------------------------------------------------------------------------

const DIM_HEADER: Record<GroupDim, { vi: [string, string?]; en: [string, string?] }> = {
  unit: { vi: ['Mã đơn vị', 'Đơn vị'], en: ['Unit id', 'Unit'] },
  field: { vi: ['Mã lĩnh vực', 'Lĩnh vực'], en: ['Field id', 'Field'] },
  procedure: { vi: ['Mã thủ tục', 'Thủ tục'], en: ['Procedure code', 'Procedure'] },
  officer: { vi: ['Mã cán bộ', 'Cán bộ'], en: ['Officer id', 'Officer'] },
  counter: { vi: ['Mã quầy', 'Quầy'], en: ['Counter id', 'Counter'] },
  service: { vi: ['Mã dịch vụ', 'Dịch vụ'], en: ['Service id', 'Service'] },
  channel: { vi: ['Kênh nộp'], en: ['Channel'] },
  day: { vi: ['Ngày'], en: ['Day'] },
  week: { vi: ['Tuần'], en: ['Week'] },
  month: { vi: ['Tháng'], en: ['Month'] },
  quarter: { vi: ['Quý'], en: ['Quarter'] },
  year: { vi: ['Năm'], en: ['Year'] },
};

const CHANNELS: Record<string, { vi: string; en: string }> = {
  '1': { vi: 'Trực tiếp', en: 'In person' },
  '2': { vi: 'Trực tuyến', en: 'Online' },
  '3': { vi: 'Bưu chính', en: 'Post' },
};

/** A metric's column heading with its unit, and its value as written (rates in percent). */
function metricColumn(id: MetricId, lang: 'vi' | 'en'): { title: string; value: (v: number | undefined) => number | undefined } {
  const info = METRICS[id];
  const name = lang === 'vi' ? info.nameVi : info.nameEn;
  // Some names carry their unit already ("… (ngày)").
  const unit = (u: string) => (name.endsWith(`(${u})`) ? name : `${name} (${u})`);
  const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  switch (info.unit) {
    case 'ratio':
      return { title: unit('%'), value: (v) => (v === undefined ? undefined : round(v * 100, 1)) };
    case 'days':
      return { title: unit(lang === 'vi' ? 'ngày' : 'days'), value: (v) => (v === undefined ? undefined : round(v, 2)) };
    case 'minutes':
      return { title: unit(lang === 'vi' ? 'phút' : 'minutes'), value: (v) => (v === undefined ? undefined : round(v, 1)) };
    case 'points':
      return { title: unit(lang === 'vi' ? 'điểm' : 'points'), value: (v) => (v === undefined ? undefined : round(v, 2)) };
    default:
      return { title: name, value: (v) => v };
  }
}

/** What the KPI export computes over: the stored records of the window, as the engine reads them. */
export interface KpiExportData {
  org: OrgData;
  procedures: readonly Procedure[];
  cases: Iterable<CaseFile>;
  ratings: readonly Rating[];
  petitions: readonly Petition[];
}

/**
 * The KPI CSV: one row per group of `groupBy` (default per unit), then a total row, with a column per
 * metric (rates in percent, one decimal).
 */
export function kpisCsv(data: KpiExportData, window: Window, options: { groupBy: readonly GroupDim[]; metrics: readonly MetricId[]; offsetMinutes: number; now: number; format: CsvFormat }): string {
  const { format, offsetMinutes } = options;
  const lang = format.lang;
  const cols = caseColumns(data.cases, { calendar: { offsetMinutes, holidays: VN_HOLIDAYS } });
  const result = computeKpis(
    {
      cases: cols,
      feedback: attachFeedback(cols, data.ratings, data.petitions),
      procedures: procedureFacts(data.procedures),
      ratings: data.ratings,
      petitions: data.petitions,
      org: kpiOrgContext(data.org),
    },
    {
      from: window.from,
      to: window.to,
      now: Math.min(options.now, window.to),
      groupBy: options.groupBy,
      ...(window.unitIds ? { unitIds: window.unitIds } : {}),
      offsetMinutes,
      scorecards: 'none',
    },
  );
  const names: Partial<Record<GroupDim, Map<string, string>>> = {
    unit: new Map(data.org.units.map((u) => [u.id, u.name])),
    field: new Map(data.org.fields.map((f) => [f.id, f.name])),
    counter: new Map(data.org.counters.map((c) => [c.id, c.name])),
    officer: new Map(data.org.officers.map((o) => [o.id, o.name])),
    service: new Map(data.org.fields.map((f) => [f.id, f.name])),
    procedure: new Map(data.procedures.map((p) => [p.ma_thu_tuc, p.ten_thu_tuc])),
  };
  const metricCols = options.metrics.map((id) => ({ id, ...metricColumn(id, lang) }));
  const dimHeader = options.groupBy.flatMap((d) => DIM_HEADER[d][lang].filter((h): h is string => h !== undefined));
  const header = [...dimHeader, ...metricCols.map((c) => c.title)];
  const keyCells = (g: KpiGroup | undefined) =>
    options.groupBy.flatMap((d) => {
      const key = g?.key[d];
      if (!g) return DIM_HEADER[d][lang].map((_, i) => (i === 0 ? (lang === 'vi' ? 'Tổng cộng' : 'Total') : ''));
      if (d === 'channel') return [key ? (CHANNELS[key]?.[lang] ?? key) : ''];
      return DIM_HEADER[d][lang].length === 2 ? [key ?? '', key ? (names[d]?.get(key) ?? '') : ''] : [key ?? ''];
    });
  const values = (g: KpiGroup) => metricCols.map((c) => c.value(g.values[c.id]));
  const rows = [...result.groups.map((g) => [...keyCells(g), ...values(g)]), [...keyCells(undefined), ...values(result.total)]];
  return csvText(header, rows, format);
}

// ---- routes -------------------------------------------------------------------------------------

/** What the export handlers need. */
export interface ExportDeps {
  store: Store;
  now: () => number;
  offsetMinutes: number;
}

/** `GET /export/ratings.csv?period|from&to&unitId&lang&delimiter`. */
export function exportRatings(url: URL, d: ExportDeps): Reply {
  const q = queryOf(url, d.store, d.offsetMinutes, d.now());
  const ratings = d.store.ratingsIn(q.window).map((text) => JSON.parse(text) as Rating);
  const csv = ratingsCsv(ratings, d.store.org().value, (code) => d.store.procedureName(code), d.offsetMinutes, q.format);
  return csvReply(csv, `hcc-ratings_${q.label}.csv`);
}

/** `GET /export/kpis.csv?period|from&to&unitId&groupBy&metrics&lang&delimiter`. */
export function exportKpis(url: URL, d: ExportDeps): Reply {
  const q = queryOf(url, d.store, d.offsetMinutes, d.now());
  const groupBy = (q.groupBy ?? 'unit').split(',').map((s) => s.trim()).filter(Boolean);
  const badDim = groupBy.find((g) => !(GROUP_DIMS as readonly string[]).includes(g));
  if (badDim !== undefined || groupBy.length > 2) {
    throw new HttpError(400, 'invalid', `Invalid query: groupBy is one or two of ${GROUP_DIMS.join(', ')}${badDim !== undefined ? `, not "${badDim.slice(0, 40)}"` : ''}`);
  }
  const metrics = q.metrics === undefined ? [...DEFAULT_EXPORT_METRICS] : q.metrics.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = metrics.filter((m) => !isMetricId(m));
  if (unknown.length || metrics.length === 0) throw new HttpError(400, 'invalid', `Invalid query: metrics are ids of src/core/kpi/metrics.ts (e.g. onTimeRate, satisfactionRate); unknown: ${unknown.join(', ').slice(0, 200) || '(none given)'}`);
  const cases = (function* () {
    for (const row of d.store.iterateCases(q.window, undefined)) yield JSON.parse(row.json) as CaseFile;
  })();
  const catalogue = JSON.parse(d.store.catalogue().text) as { procedures: Procedure[] };
  const csv = kpisCsv(
    {
      org: d.store.org().value,
      procedures: catalogue.procedures,
      cases: [...cases],
      ratings: d.store.ratingsIn(q.window).map((t) => JSON.parse(t) as Rating),
      petitions: d.store.petitionsIn(q.window).map((t) => JSON.parse(t) as Petition),
    },
    q.window,
    { groupBy: groupBy as GroupDim[], metrics: metrics as MetricId[], offsetMinutes: d.offsetMinutes, now: d.now(), format: q.format },
  );
  return csvReply(csv, `hcc-kpis_${groupBy.join('-')}_${q.label}.csv`);
}
