// A plain static file server on loopback, as a CMS or any web server would serve the files: real
// content types, no transformation of JavaScript, and optional response headers per page (the strict
// Content Security Policy of the CSP host page).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @typedef {object} StaticServerOptions
 * @property {Array<[string, string]>} mounts URL prefix (ending in `/`) → folder, first match wins.
 * @property {(path: string, url: URL) => Record<string, string> | undefined} [headers] extra headers of a response.
 * @property {(path: string, text: string, url: URL) => string} [transform] rewrites an HTML page before it is sent.
 */

/**
 * Starts the server on a free loopback port.
 * @param {StaticServerOptions} options
 * @returns {Promise<{ origin: string, requests: string[], close(): Promise<void> }>}
 */
export async function startStaticServer(options) {
  /** Every path requested, in order (tests check what a page fetched). */
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    try {
      const file = locate(options.mounts, decodeURIComponent(url.pathname));
      const info = file && (await stat(file).catch(() => undefined));
      const path = info?.isDirectory() ? join(file, 'index.html') : file;
      const body = path && (await readFile(path).catch(() => undefined));
      if (!path || !body) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Not found: ${url.pathname}`);
        return;
      }
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', ...(options.headers?.(url.pathname, url) ?? {}) };
      const out = type.startsWith('text/html') && options.transform ? Buffer.from(options.transform(url.pathname, body.toString('utf8'), url)) : body;
      res.writeHead(200, { ...headers, 'Content-Length': out.length });
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(e?.stack ?? e));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/** The file for a URL path, never outside its mount. */
function locate(mounts, pathname) {
  if (pathname.includes('\0')) return undefined;
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const base = resolve(dir);
    const file = resolve(base, `.${pathname.slice(prefix.length - 1)}`);
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    return file;
  }
  return undefined;
}
