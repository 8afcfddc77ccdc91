import { CaseColumnsBuilder } from '../core/kpi/columns.js';
import { attachFeedback } from '../core/kpi/feedback.js';
import { kpiOrgContext, type GroupDim, type KpiData } from '../core/kpi/engine.js';
import { procedureFacts } from '../core/kpi/procedures.js';
import type { Period } from '../core/kpi/periods.js';
import { VN_HOLIDAYS, toIso, type WorkCalendar } from '../core/time/index.js';
import { yieldToMain } from '../charts/yield.js';
import { toDataError } from '../data/errors.js';
import type { DataSource } from '../data/ports.js';
import type { OrgData } from '../data/schemas/org.js';

/**
 * Loading what the KPI engine reads from a {@link DataSource}: the organisation, the procedure
 * catalogue, the dossiers of a range (as columns, built chunk by chunk with a yield between chunks so
 * the page stays responsive), the ratings and petitions joined to them. One load per source and range
 * is shared by every element on the page that shows that range (a wall of twelve tiles loads once).
 */

/** Names of the ids a result holds, per dimension. */
export interface KpiLabels {
  unit: Record<string, string>;
  /** Short unit names for tight layouts (falls back to {@link unit}). */
  unitShort: Record<string, string>;
  field: Record<string, string>;
  procedure: Record<string, string>;
  officer: Record<string, string>;
  counter: Record<string, string>;
}

/** A loaded range: the engine's input plus what the elements need to name things. */
export interface KpiDataset {
  data: KpiData;
  org: OrgData;
  labels: KpiLabels;
  range: Period;
  /** When the load finished (the data's freshness), epoch ms of the element's clock. */
  loadedAt: number;
  /** Dossiers refused as malformed by the column builder (counted, never guessed). */
  rejected: number;
}

/** Settings of {@link loadKpiDataset}. */
export interface LoadOptions {
  signal?: AbortSignal;
  /** The centre's working calendar (default: Vietnam, UTC+7, Monday–Friday, public holidays). */
  calendar?: WorkCalendar;
  /** Time of the load, for {@link KpiDataset.loadedAt}. */
  now: () => number;
}

/** The default working calendar of a Vietnamese centre. */
export const VN_CALENDAR: WorkCalendar = { offsetMinutes: 420, holidays: VN_HOLIDAYS };

/** Names from the organisation and the catalogue. */
export function kpiLabels(org: OrgData, procedures: readonly { ma_thu_tuc: string; ten_thu_tuc: string }[]): KpiLabels {
  const labels: KpiLabels = { unit: {}, unitShort: {}, field: {}, procedure: {}, officer: {}, counter: {} };
  for (const u of org.units) {
    labels.unit[u.id] = u.name;
    labels.unitShort[u.id] = u.shortName ?? u.name;
  }
  for (const f of org.fields) labels.field[f.id] = f.name;
  for (const o of org.officers) labels.officer[o.id] = o.name;
  for (const c of org.counters) labels.counter[c.id] = c.name;
  for (const p of procedures) labels.procedure[p.ma_thu_tuc] = p.ten_thu_tuc;
  return labels;
}

/** A labeller over {@link KpiLabels} for the chart model (`service` is a field). */
export function labelLookup(labels: KpiLabels | undefined, short = false): (dim: GroupDim, key: string) => string | undefined {
  return (dim, key) => {
    if (!labels) return undefined;
    switch (dim) {
      case 'unit': return (short ? labels.unitShort[key] : undefined) ?? labels.unit[key];
      case 'field':
      case 'service': return labels.field[key];
      case 'procedure': return labels.procedure[key];
      case 'officer': return labels.officer[key];
      case 'counter': return labels.counter[key];
      default: return undefined;
    }
  };
}

/**
 * Loads a range from a source. Dossiers are those the source returns for the range (received in it,
 * plus older ones still open at its start); ratings and petitions those created or received in it.
 * Rejects with a {@link DataError} (whatever the source rejected with, or `aborted`).
 */
export async function loadKpiDataset(source: DataSource, range: Period, options: LoadOptions): Promise<KpiDataset> {
  const { signal } = options;
  const calendar = options.calendar ?? VN_CALENDAR;
  const q = { from: toIso(range.from, calendar.offsetMinutes), to: toIso(range.to, calendar.offsetMinutes) };
  try {
    const [org, procedures, ratings, petitions] = await Promise.all([
      source.org(signal),
      source.procedures(signal),
      source.ratings(q, signal),
      source.petitions(q, signal),
    ]);
    const builder = new CaseColumnsBuilder({ calendar });
    for await (const chunk of source.cases(q, signal)) {
      signal?.throwIfAborted();
      builder.append(chunk);
      await yieldToMain();
    }
    signal?.throwIfAborted();
    const cases = builder.seal();
    const feedback = attachFeedback(cases, ratings, petitions);
    const data: KpiData = { cases, feedback, procedures: procedureFacts(procedures), ratings, petitions, org: kpiOrgContext(org) };
    return { data, org, labels: kpiLabels(org, procedures), range, loadedAt: options.now(), rejected: cases.rejected };
  } catch (e) {
    throw toDataError(e, `kpi:${source.kind}`);
  }
}

interface Entry {
  promise: Promise<KpiDataset>;
  /** Set once loaded. */
  dataset?: KpiDataset;
  startedAt: number;
}

/**
 * Shared loads per source and range. A load younger than `maxAgeMs` is reused (also while still in
 * flight, so tiles refreshing together load once); a failed load is forgotten. At most
 * {@link MAX_RANGES} ranges are kept per source, least recently used dropped first.
 */
export class KpiDatasetCache {
  private readonly bySource = new WeakMap<DataSource, Map<string, Entry>>();

  /** Loads (or reuses) `range` from `source`. The element's `signal` only stops it waiting, never a shared load. */
  get(source: DataSource, range: Period, options: { maxAgeMs: number; now: () => number; calendar?: WorkCalendar; signal?: AbortSignal }): Promise<KpiDataset> {
    let map = this.bySource.get(source);
    if (!map) this.bySource.set(source, (map = new Map()));
    const key = `${range.from}|${range.to}|${options.calendar?.offsetMinutes ?? 420}`;
    const now = options.now();
    let entry = map.get(key);
    const age = entry ? now - (entry.dataset?.loadedAt ?? entry.startedAt) : Infinity;
    if (!entry || age > options.maxAgeMs || age < 0) {
      const e: Entry = { startedAt: now, promise: Promise.resolve(undefined as never) };
      const loadOptions: LoadOptions = { now: options.now };
      if (options.calendar) loadOptions.calendar = options.calendar;
      e.promise = loadKpiDataset(source, range, loadOptions).then(
        (d) => {
          e.dataset = d;
          return d;
        },
        (err: unknown) => {
          if (map.get(key) === e) map.delete(key);
          throw err;
        },
      );
      entry = e;
    }
    // Most recently used last.
    map.delete(key);
    map.set(key, entry);
    while (map.size > MAX_RANGES) map.delete(map.keys().next().value as string);
    return abortable(entry.promise, options.signal);
  }

  /** Forgets every load of a source (e.g. after the page changed its data). */
  clear(source: DataSource): void {
    this.bySource.delete(source);
  }
}

/** Ranges kept per source by {@link KpiDatasetCache}. */
export const MAX_RANGES = 6;

function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(toDataError(signal.reason ?? new DOMException('Aborted', 'AbortError'), 'kpi'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(toDataError(new DOMException('Aborted', 'AbortError'), 'kpi'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** The page's shared cache. */
export const kpiDatasets = new KpiDatasetCache();

/** The unit and every unit below it; `undefined` (no filter) for the root or an empty id. */
export function unitScope(org: OrgData, unitId: string | undefined): string[] | undefined {
  const id = unitId?.trim();
  if (!id) return undefined;
  const root = org.units.find((u) => u.parentId == null);
  if (root?.id === id) return undefined;
  const children = new Map<string, string[]>();
  for (const u of org.units) {
    if (u.parentId == null) continue;
    let arr = children.get(u.parentId);
    if (!arr) children.set(u.parentId, (arr = []));
    arr.push(u.id);
  }
  const out: string[] = [];
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop() as string;
    out.push(cur);
    for (const c of children.get(cur) ?? []) stack.push(c);
  }
  return out;
}

/**
 * Units compared in rankings: the leaves of the tree under `unitId` (the whole tree by default), e.g.
 * Hạ Long's 33 wards and communes, not the centre above them; a leaf itself when asked for one.
 */
export function rankedUnits(org: OrgData, unitId?: string): string[] {
  const parents = new Set(org.units.map((u) => u.parentId).filter((p): p is string => p != null));
  const scope = unitScope(org, unitId);
  const inScope = scope ? new Set(scope) : undefined;
  return org.units.filter((u) => !parents.has(u.id) && (!inScope || inScope.has(u.id))).map((u) => u.id);
}
