import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Content types of what a built demo contains. */
export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

async function fileAt(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/**
 * Serves a file from `root` for a GET/HEAD request, with its content type and a validator
 * (`Last-Modified`) so tablets revalidate instead of downloading again. Returns false when there is no
 * such file (the caller answers 404). Paths never leave `root`.
 */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (rel.includes('\0')) return false;
  const base = resolve(root);
  let file = resolve(join(base, rel));
  if (file !== base && !file.startsWith(base + sep)) return false;
  let st = await fileAt(file);
  if (st?.isDirectory()) {
    file = join(file, 'index.html');
    st = await fileAt(file);
  }
  if (!st?.isFile()) return false;
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const lastModified = st.mtime.toUTCString();
  const headers: Record<string, string> = {
    'Content-Type': type,
    'Last-Modified': lastModified,
    // Hashed build assets never change; pages are revalidated on every load.
    'Cache-Control': /[.-][A-Za-z0-9_-]{8,}\.(js|css|woff2?)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  const since = req.headers['if-modified-since'];
  if (since && Date.parse(since) >= Math.floor(st.mtimeMs / 1000) * 1000) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(st.size) });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((done) => {
    const s = createReadStream(file);
    s.on('error', () => {
      res.destroy();
      done();
    });
    s.on('end', done);
    s.pipe(res);
  });
  return true;
}
