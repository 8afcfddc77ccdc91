/**
 * Pattern fills per series, so series stay distinguishable without colour (colour-blind viewers, grey
 * printouts, projectors that wash colours out). The shape of each series index is fixed data
 * ({@link PATTERN_SHAPES}); the canvas patterns are drawn once per colour and shape and cached.
 */

/** Shapes drawn over a series' colour, in series order (the first series stays solid). */
export const PATTERN_SHAPES = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'zigzag', 'vertical', 'diagonal-reverse'] as const;
/** A pattern shape. */
export type PatternShape = (typeof PATTERN_SHAPES)[number];

/** The shape of series `index` (cycling after eight). */
export function patternShape(index: number): PatternShape {
  return PATTERN_SHAPES[((index % PATTERN_SHAPES.length) + PATTERN_SHAPES.length) % PATTERN_SHAPES.length] as PatternShape;
}

/** Relative luminance (WCAG) of a `#rrggbb` or `rgb(a)(…)` colour, or undefined when it cannot be read. */
export function luminance(color: string): number | undefined {
  let r: number;
  let g: number;
  let b: number;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = (hex[1] as string).length === 3 ? [...(hex[1] as string)].map((c) => c + c).join('') : (hex[1] as string);
    r = parseInt(h.slice(0, 2), 16);
    g = parseInt(h.slice(2, 4), 16);
    b = parseInt(h.slice(4, 6), 16);
  } else {
    const m = /^rgba?\(\s*(\d+)[ ,]+(\d+)[ ,]+(\d+)/i.exec(color.trim());
    if (!m) return undefined;
    r = Number(m[1]);
    g = Number(m[2]);
    b = Number(m[3]);
  }
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Ink drawn over a fill: dark on light colours, white on dark ones. */
export function inkFor(color: string): string {
  const l = luminance(color);
  return l !== undefined && l > 0.4 ? 'rgba(0, 0, 0, 0.6)' : 'rgba(255, 255, 255, 0.8)';
}

const cache = new Map<string, CanvasPattern>();

function tile(size: number): { canvas: HTMLCanvasElement | OffscreenCanvas; ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D } | undefined {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext('2d');
    return ctx ? { canvas, ctx } : undefined;
  }
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  return ctx ? { canvas, ctx } : undefined;
}

/**
 * A fill for series `index` in `color`: the plain colour for the first series, a canvas pattern of
 * {@link patternShape} over the colour for the others. `scale` is the device pixel ratio (patterns
 * stay crisp on 4K screens and in print). Falls back to the plain colour where no canvas exists.
 */
export function seriesFill(index: number, color: string, scale = 1): string | CanvasPattern {
  const shape = patternShape(index);
  if (shape === 'solid') return color;
  const s = Math.max(1, Math.round(scale * 2) / 2);
  const key = `${shape}|${color}|${s}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const size = Math.round(12 * s);
  const t = tile(size);
  if (!t) return color;
  const { ctx } = t;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = inkFor(color);
  ctx.fillStyle = inkFor(color);
  ctx.lineWidth = 2 * s;
  ctx.lineCap = 'square';
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath();
    ctx.moveTo(x1 * s, y1 * s);
    ctx.lineTo(x2 * s, y2 * s);
    ctx.stroke();
  };
  switch (shape) {
    case 'diagonal':
      line(0, 12, 12, 0);
      line(-6, 6, 6, -6);
      line(6, 18, 18, 6);
      break;
    case 'diagonal-reverse':
      line(0, 0, 12, 12);
      line(-6, 6, 6, 18);
      line(6, -6, 18, 6);
      break;
    case 'dots':
      ctx.beginPath();
      ctx.arc(3 * s, 3 * s, 1.8 * s, 0, Math.PI * 2);
      ctx.arc(9 * s, 9 * s, 1.8 * s, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'cross':
      line(0, 6, 12, 6);
      line(6, 0, 6, 12);
      break;
    case 'horizontal':
      line(0, 3, 12, 3);
      line(0, 9, 12, 9);
      break;
    case 'vertical':
      line(3, 0, 3, 12);
      line(9, 0, 9, 12);
      break;
    case 'zigzag':
      ctx.beginPath();
      ctx.moveTo(0, 8 * s);
      ctx.lineTo(3 * s, 4 * s);
      ctx.lineTo(6 * s, 8 * s);
      ctx.lineTo(9 * s, 4 * s);
      ctx.lineTo(12 * s, 8 * s);
      ctx.stroke();
      break;
  }
  const pattern = (ctx as CanvasRenderingContext2D).createPattern(t.canvas as HTMLCanvasElement, 'repeat');
  if (!pattern) return color;
  // The pattern tile is drawn at device pixels; scale it back to CSS pixels.
  if (s !== 1 && typeof DOMMatrix === 'function') pattern.setTransform(new DOMMatrix().scale(1 / s, 1 / s));
  if (cache.size > 256) cache.clear();
  cache.set(key, pattern);
  return pattern;
}

/** Dash pattern of line series `index` (the first solid), so lines differ without colour. */
export function lineDash(index: number): number[] {
  const dashes: number[][] = [[], [10, 5], [2, 4], [12, 4, 2, 4], [6, 6], [16, 6], [2, 8], [8, 3, 2, 3, 2, 3]];
  return dashes[index % dashes.length] as number[];
}

/** Point marker of line series `index`. */
export function pointStyle(index: number): 'circle' | 'rect' | 'triangle' | 'rectRot' | 'star' | 'crossRot' | 'cross' | 'rectRounded' {
  const styles = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross', 'rectRounded'] as const;
  return styles[index % styles.length] as (typeof styles)[number];
}
