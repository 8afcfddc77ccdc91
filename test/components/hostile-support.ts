import { expect } from '@open-wc/testing';
import { deepText } from './bad-input-support.js';

/**
 * The XSS corpus of test/fixtures/xss.json, armed: every `alert(…)`, `confirm(…)` and `prompt(…)` calls
 * `__xss(…)` instead, a canary on `window` that records the call. A payload that ran, in any way (a
 * script, an event handler, a `javascript:` URL, an SVG animation), shows up as a call; so do
 * uncaught errors and Content Security Policy violations while a test renders.
 */

export interface Payload {
  name: string;
  value: string;
}

interface Corpus {
  text: Payload[];
  urls: Payload[];
  safeUrls: Payload[];
}

/** Replaces the corpus's dialog calls by the canary. */
const arm = (s: string): string => s.replace(/\b(?:alert|confirm|prompt)\((?:[^()]|\([^()]*\))*\)/g, '__xss()');

let corpus: Promise<Corpus> | undefined;
/** The armed corpus (text entries armed, URL lists as they are). */
export function loadCorpus(): Promise<Corpus> {
  corpus ??= fetch('/test/fixtures/xss.json')
    .then((r) => r.json() as Promise<Corpus>)
    .then((c) => ({ ...c, text: c.text.map((p) => ({ name: p.name, value: arm(p.value) })), urls: c.urls.map((p) => ({ name: p.name, value: arm(p.value) })) }));
  return corpus;
}

/** What ran or was reported while the canary was up. */
export interface Canary {
  /** Calls of `window.__xss`. */
  readonly calls: string[];
  /** Uncaught errors, unhandled rejections and CSP violations. */
  readonly problems: string[];
  stop(): void;
}

/** Puts up the canary and the listeners; `stop()` takes them down. */
export function canary(): Canary {
  const calls: string[] = [];
  const problems: string[] = [];
  const w = window as unknown as { __xss?: (...a: unknown[]) => void };
  w.__xss = (...a: unknown[]) => {
    calls.push(`__xss(${a.map(String).join(', ')}) from ${new Error().stack?.split('\n').slice(2, 4).join(' ') ?? ''}`);
  };
  const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String((e.reason as Error)?.message ?? e.reason)}`);
  const onCsp = (e: SecurityPolicyViolationEvent) => problems.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onCsp, true);
  return {
    calls,
    problems,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onCsp, true);
      delete w.__xss;
    },
  };
}

/** Lets anything a payload could have set off happen: image errors, SVG loads, animations, focus. */
export async function settle(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 120));
}

/** Every element of a tree, shadow trees included. */
export function deepElements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node): void => {
    if (n instanceof Element) {
      out.push(n);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** The text of a tree as a person reads it (shadow trees included, style and script left out), whitespace collapsed. */
export const readText = deepText;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Elements markup could create and a widget's own rendering could contain: counted before and after. */
const COUNTED = ['svg', 'img', 'a', 'b', 'i', 'div', 'span', 'p', 'table', 'textarea', 'title', 'style', 'input', 'button', 'form', 'select', 'ul', 'li', 'mark', 'code'];
/** Elements no widget renders: any one of them came from data. */
const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'math', 'mtext', 'mglyph', 'body', 'html', 'head', 'base', 'meta', 'link', 'animate', 'set', 'foreignobject', 'video', 'audio', 'applet', 'marquee']);
/** Attributes that load or navigate to a URL. */
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc'];

/** How many elements of each {@link COUNTED} kind a tree has. */
export function census(root: Node): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(COUNTED.map((t) => [t, 0]));
  for (const el of deepElements(root)) if (el.localName in counts) counts[el.localName]!++;
  return counts;
}

/** A URL attribute value a browser would run or render as a document. */
export function dangerousUrl(value: string): boolean {
  // Browsers drop tabs, newlines and leading control characters and spaces before the scheme.
  // eslint-disable-next-line no-control-regex -- control characters are what browsers strip
  const v = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data|file):/.test(v);
}

/**
 * Asserts that a rendered tree holds no trace of markup from data: no forbidden element, no event
 * handler attribute, no URL attribute a browser would run, and (against a render of the same widget
 * with harmless text) no extra element of any kind markup could make; for a widget whose layout
 * follows the length of its texts, no element of a kind it does not render with harmless text.
 */
export function expectInert(root: Node, baseline: Record<string, number> | undefined, what: string, options: { layoutDependent?: boolean } = {}): void {
  const bad: string[] = [];
  for (const el of deepElements(root)) {
    if (FORBIDDEN.has(el.localName)) bad.push(`<${el.localName}>`);
    for (const a of el.getAttributeNames()) {
      if (/^on/i.test(a)) bad.push(`<${el.localName} ${a}>`);
      if (URL_ATTRS.includes(a.toLowerCase()) && dangerousUrl(el.getAttribute(a) ?? '')) bad.push(`<${el.localName} ${a}="${el.getAttribute(a)}">`);
    }
  }
  expect(bad, `${what}: elements or attributes from data`).to.deep.equal([]);
  if (!baseline) return;
  const now = census(root);
  if (options.layoutDependent) {
    // How many rows or tiles fit depends on the length of names: only kinds the widget never renders are compared.
    const absent = Object.keys(baseline).filter((k) => baseline[k] === 0);
    expect(Object.fromEntries(absent.map((k) => [k, now[k]])), `${what}: kinds of element the widget never renders`).to.deep.equal(Object.fromEntries(absent.map((k) => [k, 0])));
  } else expect(now, `${what}: elements compared with harmless text`).to.deep.equal(baseline);
}

/** Asserts that `text` (whitespace collapsed) shows literally in the tree's text. */
export function expectLiteral(root: Node, text: string, what: string): void {
  const shown = readText(root);
  const want = collapse(text);
  expect(shown.includes(want), `${what}: ${JSON.stringify(want)} not shown literally`).to.equal(true);
}
