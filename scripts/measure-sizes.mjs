#!/usr/bin/env node
// npm run sizes: what each entry costs a page that ships it. The library build keeps dependencies
// external and is not minified (consumers bundle it), so its sizes say little about what a browser
// downloads; here every entry is bundled alone with its dependencies, minified, production mode.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { buildEntry } from '../bench/lib/build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { libraryEntries } = await tsImport('../vite.config.ts', import.meta.url);
const entries = libraryEntries();
const out = mkdtempSync(join(tmpdir(), 'hcc-sizes-'));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

try {
  const rows = [];
  for (const [name, file] of Object.entries(entries)) {
    const built = await buildEntry(root, relative(root, file), out, name);
    const buf = readFileSync(resolve(root, built.file));
    const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push({ name, source: relative(root, file), min: buf.length, gzip: gzipSync(buf, { level: 9 }).length, br });
  }
  const w = Math.max(...rows.map((r) => r.source.length));
  console.log(`${'entry'.padEnd(w)}  ${'minified'.padStart(10)}  ${'gzip -9'.padStart(10)}  ${'brotli'.padStart(10)}`);
  for (const r of rows) console.log(`${r.source.padEnd(w)}  ${kib(r.min).padStart(10)}  ${kib(r.gzip).padStart(10)}  ${kib(r.br).padStart(10)}`);
  console.log('\nEach entry bundled alone with every dependency (all exports kept), as in a page importing all of it.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
