#!/usr/bin/env node
// npm run build:demo: the demo stations (demo/*.html) built for production into dist-demo/, which
// the reference server serves at / (`npm run serve`): a small centre's whole set from one machine.
// Relative URLs, so the folder also works from any static web server or a sub-path.
import { readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'demo');
const out = join(root, 'dist-demo');

const pages = Object.fromEntries(
  readdirSync(demo)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.slice(0, -5), join(demo, f)]),
);

const started = performance.now();
rmSync(out, { recursive: true, force: true });
await build({
  configFile: false,
  root: demo,
  base: './',
  logLevel: 'warn',
  // Demo pages import library sources as `/src/...` or `../src/...`, as in the repository.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${join(root, 'src')}/` }] },
  build: {
    outDir: out,
    emptyOutDir: true,
    // Station scripts use top-level await (current Chromium and Safari on tablets and TVs).
    target: 'es2022',
    minify: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: { input: pages, checks: { pluginTimings: false } },
  },
});
// Browsers ask every page's server for /favicon.ico; a kiosk should not log a 404 for it.
writeFileSync(join(out, 'favicon.ico'), icon(32, [0x0b, 0x53, 0x94]));
if (!existsSync(join(out, 'index.html'))) {
  console.error('✗ dist-demo/index.html was not written');
  process.exit(1);
}
console.log(`✓ dist-demo/: ${Object.keys(pages).map((p) => `${p}.html`).join(', ')} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

/** A square icon of one colour with a white inner square: an ICO file holding one PNG image. */
function icon(size, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, tail]);
  };
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const inner = x >= size / 4 && x < (size * 3) / 4 && y >= size / 4 && y < (size * 3) / 4;
      row.set(inner ? [255, 255, 255] : [r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
  const dir = Buffer.alloc(22);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(1, 4);
  dir.set([size, size, 0, 0], 6);
  dir.writeUInt16LE(1, 10);
  dir.writeUInt16LE(32, 12);
  dir.writeUInt32LE(png.length, 14);
  dir.writeUInt32LE(22, 18);
  return Buffer.concat([dir, png]);
}
