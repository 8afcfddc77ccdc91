import { expect, fixture, html } from '@open-wc/testing';
import * as all from '../../src/index.js';
import { HccRatingSettings } from '../../src/components/rating-settings/rating-settings.js';
import { CONTRAST, DARK, SCALES, TOKENS, themeCss, type TokenName } from '../../src/styles/tokens.js';
import { readChartTokens } from '../../src/charts/theme-tokens.js';

/**
 * Token hygiene over the styles of every element the package registers: no `var()` of a token that
 * nothing defines, no token defined and never used, no public token redefined inside a component (it
 * would hide the page's value), component hooks named after their component, and themes whose colour
 * pairs are readable.
 */

type StyleSource = { cssText?: string; cssRules?: CSSRuleList };
type LitClass = CustomElementConstructor & { elementStyles?: StyleSource[]; name: string };

/** Every custom element class the package exports (the lazily loaded settings panel included). */
const classes: LitClass[] = [...new Set([...(Object.values(all) as unknown[]), HccRatingSettings])].filter(
  (v): v is LitClass => typeof v === 'function' && v.prototype instanceof HTMLElement,
);

function tagOf(ctor: LitClass): string {
  // customElements.getName is recent; look the tag up the long way when it is missing.
  const reg = customElements as CustomElementRegistry & { getName?: (c: CustomElementConstructor) => string | null };
  const name = reg.getName?.(ctor);
  if (name) return name;
  for (const t of ['hcc-' + ctor.name.replace(/^Hcc/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()]) if (customElements.get(t) === ctor) return t;
  return ctor.name;
}

/** The CSS text of an element class's styles (Lit's finalized `elementStyles`). */
function cssOf(ctor: LitClass): string {
  return (ctor.elementStyles ?? [])
    .map((s) => s.cssText ?? [...(s.cssRules ?? [])].map((r) => r.cssText).join('\n'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '');
}

const DEFINE = /(?<![\w-])(--[A-Za-z0-9_-]+)\s*:/g;
const USE = /var\(\s*(--[A-Za-z0-9_-]+)\s*(,)?/g;

interface Scan {
  tag: string;
  defined: Set<string>;
  used: Map<string, { fallback: boolean }>;
}

function scan(ctor: LitClass): Scan {
  const css = cssOf(ctor);
  const defined = new Set([...css.matchAll(DEFINE)].map((m) => m[1]!));
  const used = new Map<string, { fallback: boolean }>();
  for (const m of css.matchAll(USE)) {
    const prev = used.get(m[1]!);
    used.set(m[1]!, { fallback: (prev ? prev.fallback : true) && m[2] === ',' });
  }
  return { tag: tagOf(ctor), defined, used };
}

const scans = classes.map(scan);
const tokenStyled = scans.filter((s) => s.defined.has('--_color-text'));
const PUBLIC = new Set(Object.keys(TOKENS).map((k) => `--hcc-${k}`));
/** Hooks are `--hcc-<first word of the tag>-…`: `--hcc-rating-face-size` for `<hcc-rating-form>`. */
const hookPrefix = (tag: string) => `--hcc-${tag.replace(/^hcc-/, '').split('-')[0]}-`;

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h!, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('design tokens', () => {
  it('finds the elements of every family', () => {
    const tags = scans.map((s) => s.tag);
    for (const t of ['hcc-rating-form', 'hcc-rating-settings', 'hcc-queue-board', 'hcc-counter-console', 'hcc-kpi-card', 'hcc-kpi-chart', 'hcc-procedure-search', 'hcc-procedure-guide', 'hcc-dossier-status', 'hcc-qr-code', 'hcc-data-source']) {
      expect(tags, t).to.include(t);
    }
    expect(tokenStyled.length).to.be.greaterThan(10);
  });

  it('every widget except the layout-only <hcc-data-source> includes the shared token styles', () => {
    const without = scans.filter((s) => !s.defined.has('--_color-text') && s.tag !== 'hcc-data-source').map((s) => s.tag);
    expect(without).to.deep.equal([]);
  });

  it('no var() of a private value the element does not define (unless it has a fallback)', () => {
    const problems: string[] = [];
    for (const s of scans) {
      for (const [name, { fallback }] of s.used) {
        if (!name.startsWith('--_') || fallback || s.defined.has(name)) continue;
        problems.push(`${s.tag}: var(${name}) is defined nowhere in its styles`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('no var() of a public token that does not exist: only the design tokens and the element’s own hooks', () => {
    const problems: string[] = [];
    for (const s of scans) {
      for (const name of s.used.keys()) {
        if (!name.startsWith('--hcc-') || PUBLIC.has(name)) continue;
        if (!name.startsWith(hookPrefix(s.tag))) problems.push(`${s.tag}: var(${name}) is neither a design token nor a ${hookPrefix(s.tag)}* hook`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('no element redefines a public design token (the page’s value would be hidden), except through a hook of its own', () => {
    // A container may size what it holds (the wall sets --hcc-font-size from the screen height for its
    // tiles) as long as the page can still set it, through the container's own hook.
    const problems: string[] = [];
    for (const ctor of classes) {
      const s = scan(ctor);
      for (const m of cssOf(ctor).matchAll(/(?<![\w-])(--hcc-[\w-]+)\s*:\s*([^;}]*)/g)) {
        if (PUBLIC.has(m[1]!) && !m[2]!.trim().startsWith(`var(${hookPrefix(s.tag)}`)) problems.push(`${s.tag} defines ${m[1]}: ${m[2]!.trim()}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('every value an element defines for itself (private values, hooks) is used by it', () => {
    const shared = new Set([...Object.keys(TOKENS).map((k) => `--_${k}`), '--_s', '--_fs', '--_scale']);
    const problems: string[] = [];
    for (const s of scans) {
      for (const name of s.defined) {
        // Setting another component's hook (the wall's gap between the tiles of its pages) is configuration.
        const othersHook = scans.some((o) => o.tag !== s.tag && name.startsWith(`--hcc-${o.tag.replace(/^hcc-/, '')}-`));
        if (shared.has(name) || s.used.has(name) || PUBLIC.has(name) || othersHook || (name.startsWith('--hcc-') && !name.startsWith(hookPrefix(s.tag)))) continue;
        problems.push(`${s.tag} defines ${name} and never uses it`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('every design token is used: in some element’s styles, or read by the chart colours', async () => {
    const usedInCss = new Set(scans.flatMap((s) => [...s.used.keys()]));
    // Chart.js cannot read CSS: readChartTokens reads these from the element; check that it does.
    const probe = await fixture<HTMLElement>(html`<hcc-qr-code></hcc-qr-code>`);
    const names = Object.keys(TOKENS) as TokenName[];
    for (const n of names) probe.style.setProperty(`--hcc-${n}`, n.startsWith('color-') ? `rgb(1, 2, ${names.indexOf(n)})` : TOKENS[n]);
    const read = JSON.stringify(readChartTokens(probe));
    const unused = names.filter((n) => !usedInCss.has(`--_${n}`) && !(n.startsWith('color-') && read.includes(`rgb(1, 2, ${names.indexOf(n)})`)));
    // `font-size`, `space` and `scale` are used through --_fs and --_s, computed in the shared styles.
    expect(unused.filter((n) => !['font-size', 'space', 'scale'].includes(n))).to.deep.equal([]);
    expect(usedInCss.has('--_fs') && usedInCss.has('--_s'), 'sizes and spacing through --_fs and --_s').to.equal(true);
  });

  it('a page rebrands every widget with one token on any ancestor, and each theme keeps its own defaults', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="--hcc-color-brand: #8b1a1a; --hcc-color-on-brand: #ffffff"><hcc-qr-code></hcc-qr-code><hcc-qr-code theme="dark"></hcc-qr-code></div>`);
    const [qr, card] = [...wrap.children] as HTMLElement[];
    expect(getComputedStyle(qr!).getPropertyValue('--_color-brand').trim()).to.equal('#8b1a1a');
    expect(getComputedStyle(card!).getPropertyValue('--_color-brand').trim()).to.equal('#8b1a1a');
    expect(getComputedStyle(card!).getPropertyValue('--_color-surface').trim()).to.equal(DARK['color-surface']);
    const bare = await fixture<HTMLElement>(html`<hcc-qr-code theme="contrast"></hcc-qr-code>`);
    expect(getComputedStyle(bare).getPropertyValue('--_color-text').trim()).to.equal(CONTRAST['color-text']);
  });

  it('scales: kiosk and board enlarge type and spacing from the same tokens', async () => {
    const sizes: Record<string, number> = {};
    for (const scale of ['desktop', 'kiosk', 'board'] as const) {
      const el = await fixture<HTMLElement>(html`<hcc-qr-code scale=${scale}></hcc-qr-code>`);
      sizes[scale] = Number.parseFloat(getComputedStyle(el).fontSize);
    }
    expect(sizes.desktop).to.equal(16);
    expect(sizes.kiosk).to.equal(16 * Number(SCALES.kiosk));
    expect(sizes.board).to.equal(16 * Number(SCALES.board));
  });

  it('no rem unit in any element’s styles: sizes follow the widget’s font size, never the host page’s root', () => {
    // A portal with html { font-size: 62.5% } would shrink every rem by 37.5 %. Use em (of the host's
    // --hcc-font-size × scale) or calc(n * var(--_fs)).
    const problems: string[] = [];
    for (const ctor of classes) {
      const found = cssOf(ctor).match(/[^\s;{}(,]*\d(?:\.\d+)?rem\b/g);
      if (found) problems.push(`${tagOf(ctor)}: ${[...new Set(found)].join(' ')}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('docs/theming.md lists every public token', async () => {
    const doc = await (await fetch('/docs/theming.md')).text();
    const chart = /`--hcc-color-chart-1` … `-8`/.test(doc);
    const missing = Object.keys(TOKENS).filter((k) => !doc.includes(`\`--hcc-${k}\``) && !(chart && k.startsWith('color-chart-')));
    expect(missing).to.deep.equal([]);
  });

  it('the theme files carry every public token, and nothing else', () => {
    for (const values of [TOKENS, { ...TOKENS, ...DARK }, { ...TOKENS, ...CONTRAST }]) {
      const css = themeCss(':root', values);
      const names = [...css.matchAll(/(--hcc-[\w-]+):/g)].map((m) => m[1]);
      expect(names.sort()).to.deep.equal([...PUBLIC].sort());
    }
  });

  for (const [theme, values, textRatio] of [
    ['light', TOKENS, 4.5],
    ['dark', { ...TOKENS, ...DARK }, 4.5],
    ['high contrast', { ...TOKENS, ...CONTRAST }, 7],
  ] as const) {
    it(`the ${theme} theme's colour pairs are readable (text ${textRatio}:1, controls 3:1)`, () => {
      const v = values as Record<TokenName, string>;
      const pairs: Array<[TokenName, TokenName, number]> = [
        ['color-text', 'color-surface', textRatio],
        ['color-text', 'color-surface-alt', textRatio],
        ['color-text-muted', 'color-surface', theme === 'high contrast' ? 7 : 4.5],
        ['color-text-muted', 'color-surface-alt', 4.5],
        ['color-on-brand', 'color-brand', 4.5],
        ['color-brand', 'color-surface', 3],
        ['color-focus', 'color-surface', 3],
        ['color-border', 'color-surface', 3],
        ['color-success', 'color-surface', 4.5],
        ['color-warning', 'color-surface', 4.5],
        ['color-danger', 'color-surface', 4.5],
        ['color-info', 'color-surface', 4.5],
        ['color-warning', 'color-warning-surface', 4.5],
        ['color-danger', 'color-danger-surface', 4.5],
      ];
      const weak = pairs.map(([a, b, min]) => ({ pair: `${a} on ${b}`, ratio: Math.round(contrast(v[a], v[b]) * 100) / 100, min })).filter((p) => p.ratio < p.min);
      expect(weak).to.deep.equal([]);
    });
  }
});
