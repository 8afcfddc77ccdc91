import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Languages shipped with the library. More can be added with {@link addTranslations}. */
export type ShippedLang = 'vi' | 'en';
/** Default UI language. */
export const DEFAULT_LANG: ShippedLang = 'vi';

type Entry = string | ((...args: never[]) => string);
/** A dictionary: keys to strings or to functions building a string from arguments. */
export type Dict = Record<string, Entry>;
/** Another language's dictionary for the same keys: same functions' parameters, same key set. */
export type DictOf<T extends Dict> = { [K in keyof T]: T[K] extends (...a: infer A) => string ? (...a: A) => string : string };

const registry = new Map<string, Map<string, Dict>>();
/** Dictionaries of added languages completed from Vietnamese, by language and namespace. */
const completed = new Map<string, Dict>();

/**
 * A namespaced set of translations. `vi` is the reference; `en` must have exactly the same keys
 * (a missing key is a type error).
 */
export class Strings<T extends Dict> {
  constructor(readonly namespace: string, vi: T, en: DictOf<T>) {
    addTranslations('vi', namespace, vi);
    addTranslations('en', namespace, en);
  }

  /**
   * The dictionary for `lang`. A language without this namespace gets Vietnamese; a language added
   * with some keys missing gets Vietnamese for those keys (never `undefined` on screen).
   */
  dict(lang: string): DictOf<T> {
    const vi = registry.get(DEFAULT_LANG)!.get(this.namespace)! as DictOf<T>;
    const own = registry.get(lang)?.get(this.namespace);
    if (!own || own === vi) return vi;
    const id = `${lang}\u0000${this.namespace}`;
    let full = completed.get(id);
    if (!full) completed.set(id, (full = { ...vi, ...own }));
    return full as DictOf<T>;
  }

  /**
   * Adds (or replaces) this namespace in another language, type-checked like `en`: a missing key or a
   * function with other parameters is a type error. `strings.translate('fr', { … })`.
   */
  translate(lang: string, dict: DictOf<T>): void {
    addTranslations(lang, this.namespace, dict);
  }
}

/**
 * Registers (or overrides) a language's dictionary for a namespace, e.g. to add French:
 * `addTranslations('fr', 'rating', {...})`. Elements whose resolved `lang` is `fr` then use it; keys
 * it lacks show in Vietnamese (see {@link missingTranslations}). From TypeScript, prefer
 * `strings.translate(lang, dict)`, which checks the keys.
 */
export function addTranslations(lang: string, namespace: string, dict: Dict): void {
  let ns = registry.get(lang);
  if (!ns) registry.set(lang, (ns = new Map()));
  ns.set(namespace, dict);
  completed.delete(`${lang}\u0000${namespace}`);
  for (const c of live) c.host.requestUpdate();
}

/** Namespaces registered in Vietnamese: one per widget family (and shared parts), once its module loaded. */
export function translationNamespaces(): string[] {
  return [...(registry.get(DEFAULT_LANG)?.keys() ?? [])].sort();
}

/**
 * What `lang` still lacks against Vietnamese, over every namespace loaded so far: keys missing or of
 * another kind (text where Vietnamese has a function, or a function taking other arguments), and
 * keys Vietnamese does not have. A function may ignore arguments, not expect more. Empty when the
 * language is complete.
 */
export function missingTranslations(lang: string): Array<{ namespace: string; key: string; problem: 'missing' | 'kind' | 'arity' | 'extra' }> {
  const out: Array<{ namespace: string; key: string; problem: 'missing' | 'kind' | 'arity' | 'extra' }> = [];
  for (const namespace of translationNamespaces()) {
    const vi = registry.get(DEFAULT_LANG)!.get(namespace)!;
    const other = registry.get(lang)?.get(namespace) ?? {};
    for (const [key, ref] of Object.entries(vi)) {
      const v = other[key];
      if (v === undefined) out.push({ namespace, key, problem: 'missing' });
      else if (typeof v !== typeof ref) out.push({ namespace, key, problem: 'kind' });
      else if (typeof v === 'function' && typeof ref === 'function' && v.length > ref.length) out.push({ namespace, key, problem: 'arity' });
    }
    for (const key of Object.keys(other)) if (!(key in vi)) out.push({ namespace, key, problem: 'extra' });
  }
  return out;
}

/** Languages that have at least one registered namespace. */
export function availableLangs(): string[] {
  return [...registry.keys()];
}

/** Normalises a BCP 47 tag to a registered language (`vi-VN` → `vi`); unknown → Vietnamese. */
export function normaliseLang(tag: string | null | undefined): string {
  if (!tag) return DEFAULT_LANG;
  const t = tag.toLowerCase();
  if (registry.has(t)) return t;
  const base = t.split('-')[0]!;
  return registry.has(base) ? base : DEFAULT_LANG;
}

/** Finds the nearest `lang` attribute: the element, its ancestors (across shadow roots), then `<html>`. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const v = node.getAttribute('lang');
      if (v) return normaliseLang(v);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return normaliseLang(globalThis.document?.documentElement.lang);
}

const live = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function ensureObserver(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of live) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Resolves an element's language and re-renders it when any `lang` on the page changes.
 * Use `term()` inside `render()` only.
 */
export class LocalizeController implements ReactiveController {
  private current = DEFAULT_LANG as string;
  private ownObserver?: MutationObserver;

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The resolved language. */
  get lang(): string {
    return this.current;
  }

  hostConnected(): void {
    live.add(this);
    ensureObserver();
    // Changes of lang inside other shadow roots are not seen by the document observer: watch the host too.
    this.ownObserver = new MutationObserver(() => this.refresh());
    this.ownObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.current = resolveLang(this.host);
  }

  hostDisconnected(): void {
    live.delete(this);
    this.ownObserver?.disconnect();
    this.ownObserver = undefined;
    if (live.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-resolves the language; re-renders the host if it changed. */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }

  /** The dictionary of `strings` in the resolved language. */
  t<T extends Dict>(strings: Strings<T>): DictOf<T> {
    return strings.dict(this.current);
  }
}

/** Number of live localize controllers (for leak tests). @internal */
export function liveLocalizeCount(): number {
  return live.size;
}
