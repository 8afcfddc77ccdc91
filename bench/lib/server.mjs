// A loopback HTTP server for bench pages: the built entries, a blank page and one shell page per
// entry. Pages are same-origin, so storage (IndexedDB) and long-task timing behave as on a site.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/**
 * The page that loads an entry. It records long tasks from the start (buffered observer), imports
 * the entry, awaits its optional `ready()` and publishes `globalThis.__hccBench`.
 */
function shell(entryUrl) {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>bench</title></head>
<body>
<script>
  globalThis.__hccLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__hccLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { globalThis.__hccLongTasksUnsupported = String(e); }
</script>
<script type="module">
  try {
    const mod = await import(${JSON.stringify(entryUrl)});
    if (typeof mod.ready === 'function') await mod.ready();
    globalThis.__hccBench = { mod, state: undefined, readyAt: performance.now() };
  } catch (e) {
    globalThis.__hccBench = { error: String(e && e.stack || e) };
  }
</script>
</body></html>`;
}

const BLANK = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';

/**
 * Serves `dir` under `/build/`, `/blank.html`, and `/page/<name>.html` for every `<name>.js` in it.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/blank.html') return send(200, TYPES['.html'], BLANK);
    // The shell with an empty entry: the baseline of heap figures (the shell's own script costs ~0.5 MB).
    if (url.pathname === '/build/__empty.js') return send(200, TYPES['.js'], 'export {};\n');
    const page = /^\/page\/([\w.-]+)\.html$/.exec(url.pathname);
    if (page) return send(200, TYPES['.html'], shell(`/build/${page[1]}.js`));
    if (url.pathname.startsWith('/build/')) {
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice('/build/'.length))));
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        createReadStream(file).pipe(res);
        return;
      }
    }
    if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
    send(404, 'text/plain', 'not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
