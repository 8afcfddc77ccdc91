// Builds bench page entries the way the library ships: Vite (Rolldown + Oxc), production mode,
// minified, every dependency bundled, one file per entry, target es2021.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Builds one entry to `<outDir>/<name>.js`. Exports are kept (pages are driven through them), so
 * nothing the harness calls is tree-shaken away.
 * @returns {Promise<{ file: string, raw: number, gzip: number }>}
 */
export async function buildEntry(root, entryPath, outDir, name) {
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
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  });
  const file = join(outDir, `${name}.js`);
  return { file: relative(root, file), ...sizeOf(file) };
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
