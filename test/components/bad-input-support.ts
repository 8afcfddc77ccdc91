import { expect, waitUntil } from '@open-wc/testing';
import { HttpSource } from '../../src/data/adapters/http/http-source.js';
import { setDefaultSource } from '../../src/data/registry.js';
import type { DataError } from '../../src/data/errors.js';

/**
 * A back end that answers the HTTP contract's routes with payloads chosen by a test: valid fixtures by
 * default, a malformed one where the test says so. Payloads are the fixture files' text, sent as bytes
 * (lone surrogates and NUL stay JSON escapes, exactly as a broken server would write them), through the
 * HTTP adapter's own reading, validation and SSE parsing. Used as the `fetch` of an {@link HttpSource}.
 */

/** Base URL of the fixture back end (never resolved: every request is answered here). */
export const API = 'http://hcc-fixture-backend.invalid/api/v1';

/** A JSON (or any text) answer; `sse` answers a stream that sends its messages and stays open. */
export type Reply = { status?: number; type?: string; body: string } | { sse: string };
type Handler = (url: URL, body: string | undefined) => Reply | Promise<Reply>;

/** One Server-Sent Events message. */
export function sse(event: string, data: string, id?: string): string {
  // A payload on one line (fixture files are pretty-printed; SSE data lines must not break it).
  const line = data.includes('\n') ? JSON.stringify(JSON.parse(data)) : data;
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${line}\n\n`;
}

/** The text of a fixture file, as stored. */
export async function fixtureText(path: string): Promise<string> {
  const res = await fetch(`/test/fixtures/${path}`);
  if (!res.ok) throw new Error(`/test/fixtures/${path}: HTTP ${res.status}`);
  return res.text();
}

interface FixtureIndex {
  valid: Record<string, string[]>;
  invalid: Record<string, string[]>;
}
let indexCache: Promise<FixtureIndex> | undefined;
/** The malformed fixtures of a schema (file names). */
export async function invalidFixtures(schema: string): Promise<string[]> {
  indexCache ??= fetch('/test/fixtures/index.json').then((r) => r.json() as Promise<FixtureIndex>);
  const files = (await indexCache).invalid[schema];
  if (!files?.length) throw new Error(`no malformed fixtures for ${schema}`);
  return files;
}

/** The HTTP contract answered from fixtures; see the module documentation. */
export class FixtureBackend {
  /** `METHOD path?query` of every request, in order. */
  readonly requests: string[] = [];
  private readonly routes: { method: string; path: RegExp; handler: Handler }[] = [];

  /** Answers `method` requests whose path (without `/api/v1`, with the query) matches `path`. Later routes win. */
  on(method: string, path: RegExp, reply: Reply | Handler): this {
    this.routes.unshift({ method, path, handler: typeof reply === 'function' ? reply : () => reply });
    return this;
  }

  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api\/v1/, '') + url.search;
    this.requests.push(`${method} ${path}`);
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    const route = this.routes.find((r) => r.method === method && r.path.test(path));
    const reply: Reply = route
      ? await route.handler(url, typeof init?.body === 'string' ? init.body : undefined)
      : { status: 404, body: JSON.stringify({ error: { code: 'not_found', message: `No route ${method} ${path}` } }) };
    if ('sse' in reply) {
      const bytes = new TextEncoder().encode(`retry: 60000\n\n${reply.sse}`);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          // The stream stays open, as a live queue does, until the client hangs up.
          signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });
    }
    return new Response(new TextEncoder().encode(reply.body), {
      status: reply.status ?? 200,
      headers: { 'Content-Type': reply.type ?? 'application/json; charset=utf-8' },
    });
  };

  /** Makes an {@link HttpSource} over this back end the page default (no retries: every answer counts once). */
  use(): HttpSource {
    const source = new HttpSource({ api: API, fetch: this.fetch, retries: 0, stream: { minDelayMs: 60_000, maxDelayMs: 60_000 } });
    setDefaultSource(source);
    return source;
  }
}

/** Collects the `detail` of every `type` event on `el`. */
export function collect<T>(el: EventTarget, type: string): T[] {
  const out: T[] = [];
  el.addEventListener(type, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}

/**
 * Uncaught errors and unhandled rejections of the page while a test runs, and Content Security Policy
 * violations; `stop()` detaches the listeners and returns what was seen.
 */
export function watchPage(): { seen: string[]; stop: () => string[] } {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String((e.reason as Error)?.message ?? e.reason)}`);
  const onCsp = (e: SecurityPolicyViolationEvent) => seen.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onCsp);
  return {
    seen,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onCsp);
      return seen;
    },
  };
}

/** The text of a shadow root, whitespace collapsed (nested shadow roots included). */
export function deepText(root: Node): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n.nodeValue ?? '');
    if (n instanceof HTMLStyleElement || n instanceof HTMLScriptElement) return;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Asserts the widget still draws its frame (`part="base"` unless told) with some visible text: it did not crash or blank. */
export function expectFrame(el: HTMLElement, frame = '[part~="base"]'): void {
  const root = el.shadowRoot;
  expect(root, `${el.localName} has a shadow root`).to.not.equal(null);
  const base = root!.querySelector(frame) as HTMLElement | null;
  expect(base, `${el.localName} renders its frame`).to.not.equal(null);
  expect(base!.getClientRects().length, `${el.localName} frame is laid out`).to.be.above(0);
  expect(deepText(base!).length, `${el.localName} frame has text`).to.be.above(0);
}

/** Asserts a schema DataError with issues in both languages (different sentences: none untranslated). */
export function expectSchemaError(error: DataError | undefined, what: string): void {
  expect(error, `${what}: an error`).to.not.equal(undefined);
  expect(error!.name, what).to.equal('DataError');
  expect(error!.kind, `${what}: kind`).to.equal('schema');
}

/** As {@link expectSchemaError}, for an error that came from the zod parse (it carries the issues). */
export function expectLocalizedIssues(error: DataError | undefined, what: string): void {
  expectSchemaError(error, what);
  const vi = error!.issues?.vi ?? [];
  const en = error!.issues?.en ?? [];
  expect(vi.length, `${what}: Vietnamese issues`).to.be.above(0);
  expect(en.length, `${what}: English issues`).to.equal(vi.length);
  vi.forEach((issue, i) => expect(issue.message, `${what}: untranslated "${en[i]!.message}"`).to.not.equal(en[i]!.message));
}

/** Waits until `fn` returns a truthy value (10 s: the machine running the suite is shared). */
export function until(fn: () => unknown, message: string, timeout = 10_000): Promise<void> {
  return waitUntil(fn, message, { timeout, interval: 20 });
}

/**
 * Sets the element's `lang` (or removes it) and waits for the re-render: the language is re-resolved
 * by a MutationObserver, a microtask after the attribute changes.
 */
export async function setLang(el: HTMLElement & { updateComplete: Promise<unknown> }, lang: string | null): Promise<void> {
  if (lang === null) el.removeAttribute('lang');
  else el.setAttribute('lang', lang);
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}
