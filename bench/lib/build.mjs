// Builds bench page entries the way the library ships: Vite (Rolldown + Oxc), production mode,
// minified, every dependency bundled, one file per entry, target es2021.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Builds one entry to `<outDir>/<name>.js`. Exports are kept (pages are driven through them), so
 * nothing the harness calls is tree-shaken away. With `split`, dynamic imports stay separate chunks
 * (`<name>.<chunk>-<hash>.js`) as a browser loads them, and `raw`/`gzip` count the entry plus the
 * chunks it imports statically (what loads before the entry runs, each file gzipped on its own);
 * `lazy` counts the rest.
 * @returns {Promise<{ file: string, raw: number, gzip: number, lazy?: { files: number, raw: number, gzip: number } }>}
 */
export async function buildEntry(root, entryPath, outDir, name, { split = false } = {}) {
  const input = resolve(root, entryPath);
  if (!existsSync(input)) throw new Error(`bench entry not found: ${entryPath}`);
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    // Asset and worker URLs relative to the module (`new URL('x.js', import.meta.url)`), so they load from /build/.
    base: './',
    // The project's tsconfig.json (legacy decorators) applies as in the library build.
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { [name]: input },
        // Split builds may add exports to the entry, so modules it shares with lazy chunks stay in it
        // (one file to load first, as a site's bundler does) instead of a common chunk.
        preserveEntrySignatures: split ? 'allow-extension' : 'strict',
        output: split
          ? { format: 'es', entryFileNames: '[name].js', chunkFileNames: `${name}.[name]-[hash].js` }
          : { format: 'es', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  });
  const file = join(outDir, `${name}.js`);
  if (!split) return { file: relative(root, file), ...sizeOf(file) };
  // The static import closure of the entry; every other chunk of this entry is loaded lazily.
  const initial = new Set();
  const queue = [`${name}.js`];
  while (queue.length) {
    const f = queue.shift();
    if (initial.has(f)) continue;
    initial.add(f);
    const code = readFileSync(join(outDir, f), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']\.\/([^"']+)["']/g)) queue.push(m[1]);
  }
  const sum = (files) => files.reduce((a, f) => { const s = sizeOf(join(outDir, f)); return { raw: a.raw + s.raw, gzip: a.gzip + s.gzip }; }, { raw: 0, gzip: 0 });
  const lazyFiles = readdirSync(outDir).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.js') && !initial.has(f));
  return { file: relative(root, file), ...sum([...initial]), lazy: { files: lazyFiles.length, ...sum(lazyFiles) } };
}

/** Raw and gzip -9 size of a file, in bytes. */
export function sizeOf(file) {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Empties the build cache directory. */
export function cleanDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
