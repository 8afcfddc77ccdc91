// Serves the host pages of test/e2e/hosts with the built package: the single bundle at /dist/, the
// widgets of the manifest written into each page as plain HTML, and the strict Content Security
// Policy on the CSP page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from './paths.mjs';
import { startStaticServer } from './static-server.mjs';
import { widgetsMarkup } from '../widgets.mjs';

/** The host pages and how each points its widgets at data. */
export const HOSTS = /** @type {const} */ ({
  plain: { file: 'plain.html', mode: 'local' },
  bootstrap: { file: 'bootstrap.html', mode: 'provider' },
  csp: { file: 'csp.html', mode: 'attribute' },
});

/** A static catalogue the CSP page's procedure widgets read (`procedures-src`). */
export const CATALOGUE = '/test/fixtures/valid/ProcedureCatalogue/five-procedures.json';

/** Every custom element tag the built package declares (dist/custom-elements.json). */
export function manifestTags() {
  const manifest = JSON.parse(readFileSync(join(DIST, 'custom-elements.json'), 'utf8'));
  const tags = [];
  for (const mod of manifest.modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName) tags.push(d.tagName);
  return [...new Set(tags)].sort();
}

/** The strict policy of the issue, with the API's origin allowed for `fetch` and EventSource. */
export function strictCsp(apiOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${apiOrigin}`,
    "img-src 'self' data:",
    "worker-src 'self' blob:",
  ].join('; ');
}

/**
 * Starts the host-page server. A page's query string picks how many copies of the bundle it loads:
 * `?bundles=2` adds a second `<script type="module">` of the bundle under another URL (a second copy
 * of every module, as when two CMS blocks each paste the tag), `?bundles=0` none (the page as its
 * owner made it, for comparing computed styles).
 * @param {{ api: string, apiOrigin: string }} backend
 */
export async function startHostServer(backend) {
  const tags = manifestTags();
  const server = await startStaticServer({
    mounts: [
      ['/dist/', DIST],
      ['/test/e2e/hosts/', join(ROOT, 'test/e2e/hosts')],
      ['/test/fixtures/', join(ROOT, 'test/fixtures')],
    ],
    headers: (path) => (path.endsWith('/csp.html') ? { 'Content-Security-Policy': strictCsp(backend.apiOrigin) } : undefined),
    transform: (path, text, url) => {
      const host = Object.values(HOSTS).find((h) => path.endsWith(`/hosts/${h.file}`));
      if (!host) return text;
      const copies = Number(url.searchParams.get('bundles') ?? '1');
      const scripts = Array.from({ length: copies }, (_, i) => `<script type="module" src="/dist/hcc-widgets.bundle.js${i ? `?copy=${i + 1}` : ''}"></script>`).join('\n    ');
      return text
        .replace('<!--hcc:bundle-->', scripts)
        .replace('<!--hcc:widgets-->', widgetsMarkup(tags, host.mode, { api: backend.api, catalogue: CATALOGUE }));
    },
  });
  return { ...server, tags, url: (name, query = '') => `${server.origin}/test/e2e/hosts/${HOSTS[name].file}${query}` };
}
