import { isMetricId, METRICS, type MetricId, type MetricUnit } from '../../core/kpi/metrics.js';
import { isTimeUnit } from '../../core/kpi/periods.js';
import type { GroupDim } from '../../core/kpi/engine.js';

/** Parsers of the KPI elements' attributes: lenient in what they read, explicit about what they ignore. */

const DIMS: ReadonlySet<string> = new Set(['unit', 'field', 'procedure', 'officer', 'channel', 'counter', 'service']);

const list = (s: string | undefined) => (s ?? '').split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);

/** Metric ids of a comma- or space-separated list, and the names that are not metrics. */
export function parseMetrics(s: string | undefined): { metrics: MetricId[]; unknown: string[] } {
  const metrics: MetricId[] = [];
  const unknown: string[] = [];
  for (const m of list(s)) {
    if (isMetricId(m)) {
      if (!metrics.includes(m)) metrics.push(m);
    } else unknown.push(m);
  }
  return { metrics, unknown };
}

/** Grouping dimensions of a list such as `unit,month` (at most two, unknown names dropped). */
export function parseGroupBy(s: string | undefined): GroupDim[] {
  const out: GroupDim[] = [];
  for (const d of list(s)) {
    if ((DIMS.has(d) || isTimeUnit(d)) && !out.includes(d as GroupDim)) out.push(d as GroupDim);
  }
  // The engine takes one time unit and two dimensions at most.
  const firstTime = out.find(isTimeUnit);
  return out.filter((d) => !isTimeUnit(d) || d === firstTime).slice(0, 2);
}

/**
 * A duration in milliseconds: `300` (seconds), `30s`, `5m`, `1h`, `500ms`; `0` or `off` is 0.
 * Returns `undefined` for anything else (the caller keeps its default).
 */
export function parseDuration(s: string | undefined): number | undefined {
  const v = (s ?? '').trim().toLowerCase();
  if (!v) return undefined;
  if (v === 'off' || v === 'none') return 0;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  const mult = m[2] === 'ms' ? 1 : m[2] === 'm' || m[2] === 'min' ? 60_000 : m[2] === 'h' ? 3_600_000 : 1000;
  return Math.round(n * mult);
}

/**
 * A target in the metric's raw unit: for rates `95%`, `95` or `0.95` all mean 0.95 (a number above 1
 * is read as a percentage); for other units the number itself. Decimal comma accepted (`95,5%`).
 */
export function parseTarget(s: string | undefined, unit: MetricUnit): number | undefined {
  const v = (s ?? '').trim().replace(',', '.');
  if (!v) return undefined;
  const pct = v.endsWith('%');
  const n = Number(pct ? v.slice(0, -1).trim() : v);
  if (!Number.isFinite(n)) return undefined;
  if (unit === 'ratio') return pct || n > 1 ? n / 100 : n;
  return n;
}

/** The unit of a metric. */
export const unitOf = (m: MetricId): MetricUnit => METRICS[m].unit;
