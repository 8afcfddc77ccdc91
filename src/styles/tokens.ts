import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens in tiers.
 *
 * 1. Public tokens `--hcc-*` (primitives such as `--hcc-color-brand`, semantic roles such as
 *    `--hcc-color-surface`): set them on any ancestor, `:root` included, to theme every widget below.
 * 2. Private values `--_*` inside each shadow root: `var(--hcc-token, <theme default>)`, so a page
 *    value always wins and nothing leaks out. Components read only `--_*`.
 * 3. Component hooks `--hcc-<component>-*`, documented per component with `@cssproperty`.
 *
 * Themes (`light`, `dark`, `contrast`) set the defaults through the `theme` attribute on a widget, or
 * through the public tokens in `themes/*.css` on a page. Scales (`kiosk`, `board`, `desktop`) through
 * the `scale` attribute or `--hcc-scale`.
 */

/** Every public token with its light-theme default. Keys are token names without `--hcc-`. */
export const TOKENS = {
  // primitives
  'color-brand': '#0b5394',
  'color-on-brand': '#ffffff',
  'font-family': "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  'font-size': '16px',
  'radius': '8px',
  'space': '8px',
  'scale': '1',
  'focus-width': '3px',
  // semantic roles
  'color-surface': '#ffffff',
  'color-surface-alt': '#f1f4f8',
  'color-text': '#14171a',
  'color-text-muted': '#4a5561',
  'color-border': '#8a96a3',
  'color-focus': '#b35900',
  'color-success': '#146c2e',
  'color-warning': '#8a5a00',
  'color-warning-surface': '#fff1c7',
  'color-danger': '#b3261e',
  'color-danger-surface': '#fde7e6',
  'color-info': '#0b5394',
  'color-chart-1': '#0072b2',
  'color-chart-2': '#e69f00',
  'color-chart-3': '#009e73',
  'color-chart-4': '#cc79a7',
  'color-chart-5': '#56b4e9',
  'color-chart-6': '#d55e00',
  'color-chart-7': '#f0e442',
  'color-chart-8': '#000000',
} as const;
export type TokenName = keyof typeof TOKENS;

/** Dark theme overrides. */
export const DARK: Partial<Record<TokenName, string>> = {
  'color-brand': '#7fb4ee',
  'color-on-brand': '#08233f',
  'color-surface': '#121519',
  'color-surface-alt': '#1e2329',
  'color-text': '#eef1f4',
  'color-text-muted': '#b3bcc6',
  'color-border': '#6e7a86',
  'color-focus': '#ffb15c',
  'color-success': '#7fd39a',
  'color-warning': '#ffd36b',
  'color-warning-surface': '#3a2d00',
  'color-danger': '#ff9b94',
  'color-danger-surface': '#3d1110',
  'color-info': '#7fb4ee',
  'color-chart-8': '#ffffff',
};

/** High-contrast theme overrides (black on white, 7:1 everywhere). */
export const CONTRAST: Partial<Record<TokenName, string>> = {
  'color-brand': '#000000',
  'color-on-brand': '#ffffff',
  'color-surface': '#ffffff',
  'color-surface-alt': '#ffffff',
  'color-text': '#000000',
  'color-text-muted': '#000000',
  'color-border': '#000000',
  'color-focus': '#0000d0',
  'color-success': '#004d1a',
  'color-warning': '#4d3200',
  'color-warning-surface': '#ffffff',
  'color-danger': '#8b0000',
  'color-danger-surface': '#ffffff',
  'color-info': '#000000',
};

/** Scale multipliers. `board` sizes text from the viewport height so a TV reads from metres away. */
export const SCALES = { desktop: '1', kiosk: '1.25', board: '1.5' } as const;

function privateBlock(values: Partial<Record<TokenName, string>>): string {
  return Object.entries(values)
    .map(([k, v]) => `--_${k}: var(--hcc-${k}, ${v});`)
    .join('\n');
}

/** Public token CSS for a theme file (`:root`-level custom properties). */
export function themeCss(selector: string, values: Partial<Record<TokenName, string>>): string {
  return `${selector} {\n${Object.entries(values).map(([k, v]) => `  --hcc-${k}: ${v};`).join('\n')}\n}\n`;
}

/** Shared by every component: private token values, themes, scales, box model and focus ring. */
export const tokenStyles: CSSResult = css`
  :host {
    ${unsafeCSS(privateBlock(TOKENS))}
    --_s: calc(var(--_space) * var(--_scale));
    --_fs: calc(var(--_font-size) * var(--_scale));
    box-sizing: border-box;
    /*
     * Inherited text properties, important on purpose: a host page's careless rules (a CMS theme's
     * "* { font-family: ... }" or "body { text-transform: uppercase; text-align: center }") match this
     * element and would reach everything inside through inheritance. Important declarations of a
     * shadow tree win over the page's, so the widget looks the same on any page; pages theme it
     * through the --hcc-* tokens.
     */
    font-family: var(--_font-family) !important;
    font-size: var(--_fs) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    font-feature-settings: normal !important;
    line-height: 1.45 !important;
    color: var(--_color-text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    list-style-position: outside !important;
    cursor: auto !important;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([theme='dark']) {
    ${unsafeCSS(privateBlock(DARK))}
  }
  :host([theme='contrast']) {
    ${unsafeCSS(privateBlock(CONTRAST))}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(privateBlock(DARK))}
    }
  }
  @media (prefers-contrast: more) {
    :host([theme='auto']) {
      ${unsafeCSS(privateBlock(CONTRAST))}
    }
  }
  :host([scale='kiosk']) {
    --_scale: var(--hcc-scale, ${unsafeCSS(SCALES.kiosk)});
  }
  :host([scale='board']) {
    --_scale: var(--hcc-scale, ${unsafeCSS(SCALES.board)});
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Not inherited from the host, whose box-sizing a page's "* { box-sizing: ... }" sets. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
