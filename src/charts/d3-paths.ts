import { extent } from 'd3-array';
import { arc, area, curveMonotoneX, line } from 'd3-shape';

/**
 * SVG path strings from d3-shape and d3-array, for Lit's `svg` templates: d3 computes, Lit owns the
 * DOM. Scales are plain linear maps (no d3-scale, which would pull in its interpolators and formatters).
 */

/** A linear map from `domain` to `range`; a zero-width domain maps to the middle of the range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Paths of a sparkline. */
export interface SparklinePaths {
  /** The line (`''` when there are fewer than two values). */
  line: string;
  /** The area under the line, down to the bottom edge. */
  area: string;
  /** The last point with a value, for a marker. */
  last?: { x: number; y: number };
  /** The value domain drawn (min, max). */
  domain?: [number, number];
}

/** Settings of {@link sparklinePaths}. */
export interface SparklineOptions {
  width: number;
  height: number;
  /** Inset on every side, so the stroke and the end marker are not clipped (default 3). */
  padding?: number;
  /**
   * Value domain. Default: the values' extent. Pass e.g. `[0, 1]` to draw rates on their full
   * scale; the domain always includes `include` (a target) when given.
   */
  domain?: [number, number];
  include?: number;
}

/**
 * Sparkline paths of `values` (gaps for missing ones) across `width` × `height`, y up, with a monotone
 * curve (no overshoot beyond the data).
 */
export function sparklinePaths(values: readonly (number | null | undefined)[], options: SparklineOptions): SparklinePaths {
  const pad = options.padding ?? 3;
  const known = values.filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
  if (known.length === 0) return { line: '', area: '' };
  let [lo, hi] = options.domain ?? (extent(known) as [number, number]);
  if (options.include !== undefined && Number.isFinite(options.include)) {
    lo = Math.min(lo, options.include);
    hi = Math.max(hi, options.include);
  }
  const x = linear([0, Math.max(1, values.length - 1)], [pad, options.width - pad]);
  const y = linear([lo, hi], [options.height - pad, pad]);
  const defined = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);
  const pts = values.map((v, i) => [i, v] as const);
  const ln = line<readonly [number, number | null | undefined]>()
    .defined((p) => defined(p[1]))
    .x((p) => x(p[0]))
    .y((p) => y(p[1] as number))
    .curve(curveMonotoneX);
  const ar = area<readonly [number, number | null | undefined]>()
    .defined((p) => defined(p[1]))
    .x((p) => x(p[0]))
    .y0(options.height - pad)
    .y1((p) => y(p[1] as number))
    .curve(curveMonotoneX);
  let lastIndex = -1;
  for (let i = values.length - 1; i >= 0; i--) {
    if (defined(values[i])) {
      lastIndex = i;
      break;
    }
  }
  const out: SparklinePaths = { line: known.length > 1 ? (ln(pts) ?? '') : '', area: known.length > 1 ? (ar(pts) ?? '') : '', domain: [lo, hi] };
  if (lastIndex >= 0) out.last = { x: x(lastIndex), y: y(values[lastIndex] as number) };
  return out;
}

/** Paths of a semicircular gauge centred on (0, 0). */
export interface GaugePaths {
  /** The whole track. */
  track: string;
  /** The filled part, 0 → value. */
  value: string;
  /** Band boundaries as tick lines (`M x1 y1 L x2 y2`), for bands at the given fractions. */
  ticks: string[];
  /** End of the value arc on the centre line of the ring (for a marker). */
  needle: { x: number; y: number };
}

/** Settings of {@link gaugePaths}. */
export interface GaugeOptions {
  outerRadius: number;
  innerRadius: number;
  /** Fractions (0–1) at which to draw band ticks, e.g. `[0.5, 0.7, 0.8, 0.9]`. */
  ticks?: readonly number[];
}

const START = -Math.PI / 2;
const END = Math.PI / 2;

/** Gauge paths for `fraction` (clamped to 0–1) of a half circle from left (0) to right (1). */
export function gaugePaths(fraction: number, options: GaugeOptions): GaugePaths {
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const { innerRadius, outerRadius } = options;
  const a = arc<unknown, { startAngle: number; endAngle: number }>()
    .innerRadius(innerRadius)
    .outerRadius(outerRadius)
    .cornerRadius(Math.min(4, (outerRadius - innerRadius) / 4));
  const angle = START + f * (END - START);
  const r = (innerRadius + outerRadius) / 2;
  return {
    track: a({ startAngle: START, endAngle: END }) ?? '',
    value: f > 0 ? (a({ startAngle: START, endAngle: angle }) ?? '') : '',
    ticks: (options.ticks ?? []).map((t) => {
      const th = START + Math.min(1, Math.max(0, t)) * (END - START);
      const [sx, sy] = [Math.sin(th), -Math.cos(th)];
      const r0 = innerRadius - 2;
      const r1 = outerRadius + 2;
      return `M${round(sx * r0)},${round(sy * r0)}L${round(sx * r1)},${round(sy * r1)}`;
    }),
    needle: { x: round(Math.sin(angle) * r), y: round(-Math.cos(angle) * r) },
  };
}

const round = (v: number) => Math.round(v * 100) / 100 || 0;
