// Computed-style snapshots, taken inside the page: of the host page's own elements (which the widgets
// must never change) and of everything inside the widgets' shadow trees (which the host page must
// never change).

/** Properties compared inside the widgets: type, colour, box model and what host themes like to set. */
export const WIDGET_PROPS = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-caps', 'line-height',
  'color', 'background-color', 'letter-spacing', 'word-spacing', 'text-align', 'text-indent',
  'text-transform', 'text-shadow', 'text-decoration-line', 'white-space', 'visibility', 'cursor',
  'box-sizing', 'display', 'position', 'float', 'list-style-type', 'vertical-align',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width', 'border-top-left-radius',
  'min-height', 'min-width', 'max-width', 'row-gap', 'column-gap', 'outline-style', 'appearance',
  'width', 'height', 'filter',
];

/**
 * In the page: computed styles of every element inside every `hcc-*` widget's shadow tree (nested
 * widgets included), keyed by a stable path. Time-dependent text (clocks) does not change the keys.
 * @param {string[]} props
 * @returns {Record<string, Record<string, string>>}
 */
export function snapshotWidgets(props) {
  const out = {};
  const visit = (root, path) => {
    let i = 0;
    for (const el of root.children ?? []) {
      if (el.localName === 'style' || el.localName === 'script' || el.localName === 'slot') continue;
      const key = `${path}/${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}:${i++}`;
      const cs = getComputedStyle(el);
      const rec = {};
      for (const p of props) rec[p] = cs.getPropertyValue(p);
      out[key] = rec;
      if (el.shadowRoot) visit(el.shadowRoot, `${key}#shadow`);
      visit(el, key);
    }
  };
  for (const host of document.querySelectorAll('*')) {
    if (!host.localName.startsWith('hcc-') || host.localName === 'hcc-data-source' || !host.shadowRoot) continue;
    const cs = getComputedStyle(host);
    const rec = {};
    for (const p of props) if (!['width', 'height', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'box-sizing', 'display'].includes(p)) rec[p] = cs.getPropertyValue(p);
    out[`${host.localName}#host`] = rec;
    visit(host.shadowRoot, `${host.localName}#shadow`);
  }
  return out;
}

/**
 * In the page: every computed style property of the host page's own elements (everything outside
 * the widgets), with the page's attributes and style sheets. Sizes of the elements that contain
 * widgets are left out: a rendered widget takes room.
 * @returns {{ elements: Record<string, Record<string, string>>, sheets: number, adopted: number, headTags: string[], fonts: number, htmlAttrs: string, bodyAttrs: string }}
 */
export function snapshotHost() {
  const SIZE = /^(width|height|block-size|inline-size|perspective-origin|transform-origin|grid-template-rows|grid-template-columns)$/;
  const elements = {};
  const insideWidget = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (p.localName.startsWith('hcc-') && p.localName !== 'hcc-data-source') return true;
    return false;
  };
  const all = [...document.querySelectorAll('*')].filter((el) => !el.localName.startsWith('hcc-') && !insideWidget(el) && !['script', 'style', 'link', 'meta', 'title', 'head'].includes(el.localName));
  all.forEach((el, i) => {
    const holdsWidget = [...el.querySelectorAll('*')].some((d) => d.localName.startsWith('hcc-'));
    const cs = getComputedStyle(el);
    const rec = {};
    for (let k = 0; k < cs.length; k++) {
      const p = cs.item(k);
      if (holdsWidget && SIZE.test(p)) continue;
      rec[p] = cs.getPropertyValue(p);
    }
    elements[`${i}:${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`] = rec;
  });
  const attrs = (el) => [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
  return {
    elements,
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    headTags: [...document.head.children].map((c) => `${c.localName}${c.getAttribute('rel') ? `[${c.getAttribute('rel')}]` : ''}`).filter((t) => t !== 'script'),
    fonts: document.fonts.size,
    htmlAttrs: attrs(document.documentElement),
    bodyAttrs: attrs(document.body),
  };
}

/** Differences between two snapshots of the same keys, as readable lines (at most `limit`). */
export function diffSnapshots(a, b, limit = 40) {
  const lines = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!(key in a)) lines.push(`+ ${key}`);
    else if (!(key in b)) lines.push(`- ${key}`);
    else {
      for (const p of new Set([...Object.keys(a[key]), ...Object.keys(b[key])])) {
        if (a[key][p] !== b[key][p]) lines.push(`${key} ${p}: ${a[key][p]} → ${b[key][p]}`);
      }
    }
    if (lines.length >= limit) {
      lines.push('…');
      break;
    }
  }
  return lines;
}
