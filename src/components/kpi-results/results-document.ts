import * as z from 'zod/mini';
import { Id, IsoDateTime, Label, SafeUrl } from '../../data/schemas/common.js';
import { isMetricId, type MetricId } from '../../core/kpi/metrics.js';
import type { KpiResult } from '../../core/kpi/engine.js';
import { toIso } from '../../core/time/index.js';

/**
 * The published results of a centre for a period (Decree 61/2018 Art. 32 and Circular 01/2018 Art.
 * 15.4 require publishing evaluation results): a small JSON document a city website can serve as a
 * static file and `<hcc-kpi-results src="…">` can show, without any access to dossiers.
 */

const Finite = z.number().check(z.refine((n) => Number.isFinite(n), { message: 'finite number' }));

/** Schema of a results document (version 1). Unknown metric ids in `values` are ignored. */
export const KpiResultsDocument = z.object({
  version: z.literal(1),
  unit: z.object({ id: Id, name: Label }),
  period: z.object({ from: IsoDateTime, to: IsoDateTime, label: z.optional(Label) }),
  /** When the figures were computed. */
  asOf: IsoDateTime,
  values: z.record(z.string().check(z.maxLength(64)), Finite).check(z.refine((v) => Object.keys(v).length <= 200, { message: 'at most 200 values' })),
  score766: z.optional(z.object({ total: Finite, max: Finite })),
  tt01: z.optional(
    z.object({
      total: Finite,
      max: Finite,
      agencyClass: z.optional(z.enum(['xuat_sac', 'tot', 'kha', 'trung_binh', 'yeu'])),
    }),
  ),
  /** Link to the detailed report. */
  href: z.optional(SafeUrl),
});
/** A results document. */
export type KpiResultsDocument = z.infer<typeof KpiResultsDocument>;

/** Metrics a results document carries by default (what the public block shows). */
export const PUBLIC_METRICS: readonly MetricId[] = [
  'received', 'resolved', 'resolvedOnTimeRate', 'onTimeRate', 'ratings', 'satisfactionRate', 'onlineShare', 'petitions', 'petitionOnTimeRate',
];

/** Metric values of a document, known ids only. */
export function documentValues(doc: KpiResultsDocument): Partial<Record<MetricId, number>> {
  const out: Partial<Record<MetricId, number>> = {};
  for (const [k, v] of Object.entries(doc.values)) if (isMetricId(k)) out[k] = v;
  return out;
}

/**
 * A results document from a KPI result (its total), for publishing: a centre runs the query it reports
 * on (e.g. the quarter, families `cases`, `ratings`, `petitions`, `766`, `tt01`) and writes this as a
 * static JSON file.
 */
export function resultsDocument(
  result: KpiResult,
  meta: { unit: { id: string; name: string }; asOf: number; offsetMinutes?: number; label?: string; href?: string; metrics?: readonly MetricId[] },
): KpiResultsDocument {
  const offset = meta.offsetMinutes ?? 420;
  const values: Record<string, number> = {};
  for (const m of meta.metrics ?? PUBLIC_METRICS) {
    const v = result.total.values[m];
    if (v !== undefined && Number.isFinite(v)) values[m] = v;
  }
  const doc: KpiResultsDocument = {
    version: 1,
    unit: meta.unit,
    period: { from: toIso(result.from, offset), to: toIso(result.to, offset), ...(meta.label ? { label: meta.label } : {}) },
    asOf: toIso(meta.asOf, offset),
    values,
  };
  const s = result.total.score766;
  if (s && s.scoredMax > 0) doc.score766 = { total: s.total, max: s.max };
  const t = result.total.tt01;
  if (t && t.omitted.length < 9) doc.tt01 = { total: t.total, max: t.maxPossible, ...(t.agencyClass ? { agencyClass: t.agencyClass } : {}) };
  if (meta.href) doc.href = meta.href;
  return doc;
}
