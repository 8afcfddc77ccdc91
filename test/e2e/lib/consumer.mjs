// A consumer's application built against the package as published (package.json exports and
// sideEffects, dist/), the way an npm user's bundler sees it: `import 'hcc-widgets/rating'`.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { PKG } from './paths.mjs';

/**
 * A folder whose node_modules/hcc-widgets is the package under test.
 * @returns {{ dir: string, remove: () => void }}
 */
export function consumerFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'hcc-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(PKG, join(dir, 'node_modules', 'hcc-widgets'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Builds `source` (the application's entry module) with Vite, production mode, minified, code split
 * as an application is, into `<dir>/out-<name>/`.
 * @returns {Promise<{ outDir: string, entry: string, files: Array<{ file: string, raw: number, gzip: number }>, code: string, gzip: number }>}
 */
export async function buildConsumer(dir, name, source) {
  const entry = join(dir, `${name}.js`);
  writeFileSync(entry, source);
  const outDir = join(dir, `out-${name}`);
  await build({
    configFile: false,
    root: dir,
    mode: 'production',
    logLevel: 'error',
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { input: { [name]: entry }, output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const files = [];
  const walk = (d, prefix = '') => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith('.js')) {
        const buf = readFileSync(join(d, e.name));
        files.push({ file: `${prefix}${e.name}`, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
      }
    }
  };
  walk(outDir);
  const code = files.map((f) => readFileSync(join(outDir, f.file), 'utf8')).join('\n');
  return { outDir, entry: `${name}.js`, files, code, gzip: files.reduce((n, f) => n + f.gzip, 0) };
}
