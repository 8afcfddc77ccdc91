import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TOKENS } from '../styles/tokens.js';

/**
 * Chart.js draws on a canvas and cannot read CSS custom properties, so the design tokens a chart needs
 * are read from the host's computed style into this plain object, which the pure chart-config builder
 * takes as an argument.
 */
export interface ChartTokens {
  text: string;
  muted: string;
  /** Grid lines and axis borders. */
  grid: string;
  surface: string;
  focus: string;
  success: string;
  warning: string;
  danger: string;
  /** The eight series colours (`--hcc-color-chart-1…8`, Okabe–Ito by default: colour-blind safe). */
  series: string[];
  fontFamily: string;
  /** Base font size in CSS pixels (scales with `scale` and, on a wall, with the viewport). */
  fontSize: number;
}

/** The light theme's tokens, for pure tests and as the fallback when a value cannot be read. */
export const DEFAULT_CHART_TOKENS: ChartTokens = {
  text: TOKENS['color-text'],
  muted: TOKENS['color-text-muted'],
  grid: TOKENS['color-border'],
  surface: TOKENS['color-surface'],
  focus: TOKENS['color-focus'],
  success: TOKENS['color-success'],
  warning: TOKENS['color-warning'],
  danger: TOKENS['color-danger'],
  series: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => TOKENS[`color-chart-${i}` as keyof typeof TOKENS]),
  fontFamily: TOKENS['font-family'],
  fontSize: 16,
};

/** Reads the tokens from an element whose shadow styles define the private `--_*` values (every hcc element). */
export function readChartTokens(el: Element): ChartTokens {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const d = DEFAULT_CHART_TOKENS;
  const size = Number.parseFloat(cs.fontSize);
  return {
    text: v('--_color-text', d.text),
    muted: v('--_color-text-muted', d.muted),
    grid: v('--_color-border', d.grid),
    surface: v('--_color-surface', d.surface),
    focus: v('--_color-focus', d.focus),
    success: v('--_color-success', d.success),
    warning: v('--_color-warning', d.warning),
    danger: v('--_color-danger', d.danger),
    series: d.series.map((c, i) => v(`--_color-chart-${i + 1}`, c)),
    fontFamily: v('--_font-family', d.fontFamily),
    fontSize: Number.isFinite(size) && size > 0 ? size : d.fontSize,
  };
}

const same = (a: ChartTokens, b: ChartTokens) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps a host's {@link ChartTokens} current: read after the first update, again after an update that
 * changed the host's `theme`, `scale` or `style` attribute, and when the OS colour scheme, contrast or
 * forced-colours preference changes (reading computed styles forces a style recalculation, so it is not
 * done on every update). Calls `onChange` only when a value actually changed; {@link refresh} reads now.
 */
export class ThemeTokensController implements ReactiveController {
  /** The tokens last read. */
  tokens: ChartTokens = DEFAULT_CHART_TOKENS;
  private queries: MediaQueryList[] = [];
  private readonly onMedia = () => this.refresh();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly onChange: (tokens: ChartTokens) => void) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia === 'function') {
      this.queries = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)'].map((q) => matchMedia(q));
      for (const q of this.queries) q.addEventListener('change', this.onMedia);
    }
  }

  hostDisconnected(): void {
    for (const q of this.queries) q.removeEventListener('change', this.onMedia);
    this.queries = [];
  }

  private seen = '\u0000';

  hostUpdated(): void {
    const h = this.host;
    const key = `${h.getAttribute('theme') ?? ''}|${h.getAttribute('scale') ?? ''}|${h.getAttribute('style') ?? ''}`;
    if (key === this.seen) return;
    this.seen = key;
    this.refresh();
  }

  /** Re-reads the tokens now. */
  refresh(): void {
    const next = readChartTokens(this.host);
    if (!same(next, this.tokens)) {
      this.tokens = next;
      this.onChange(next);
    }
  }
}
