#!/usr/bin/env node
// npm run test:e2e (also the last step of `npm test`): the built package in real Chromium.
//
// `npm test` runs this with --after-wtr: first every @web/test-runner test (unit, data, component,
// integration), with any further arguments passed to wtr (`npm test -- --group core`); then, when wtr
// passed and no arguments picked a part of it, the end-to-end tests below.
//
// 1. Builds dist/ (scripts/build.mjs) when it is missing or older than any source of it.
// 2. Copies dist/ and package.json into a private folder, so a rebuild of dist/ by anything else
//    during the run cannot change what the tests load.
// 3. Runs test/e2e/*.test.mjs with Node's test runner, one file at a time: host pages with the single
//    bundle (plain, hostile CSS, strict CSP, loaded twice), the React and plain-HTML examples, the
//    consumer builds (tree-shaking, types) and the reference server's CSV export.
//
//   npm run test:e2e                          everything
//   npm run test:e2e -- embed react           only files whose name contains one of the words
//   HCC_E2E_HOSTS=csp npm run test:e2e -- embed   one host page
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, browserInstallHint } from '../chromium.config.mjs';
import { DIST_OUTPUTS, ensureDist } from '../test/e2e/lib/dist.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

if (!chromiumPath) {
  console.error(`No Chromium found for the tests. Install it: ${browserInstallHint}`);
  process.exit(1);
}

if (process.argv[2] === '--after-wtr') {
  const wtrArgs = process.argv.slice(3);
  const wtr = spawnSync(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js'), ...wtrArgs], { cwd: root, stdio: 'inherit' });
  if (wtr.status !== 0) process.exit(wtr.status ?? 1);
  if (wtrArgs.length > 0) {
    console.log('(end-to-end tests skipped: the arguments chose part of the wtr tests; npm run test:e2e runs them)');
    process.exit(0);
  }
}

ensureDist(root);

// A private copy of the package as built: package.json (exports, sideEffects) and dist/.
const pkgDir = join(root, 'node_modules', '.cache', 'hcc-e2e', String(process.pid));
rmSync(pkgDir, { recursive: true, force: true });
mkdirSync(pkgDir, { recursive: true });
cpSync(join(root, 'package.json'), join(pkgDir, 'package.json'));
cpSync(dist, join(pkgDir, 'dist'), { recursive: true });
const missing = DIST_OUTPUTS.filter((f) => !existsSync(join(pkgDir, 'dist', f)));
if (missing.length) {
  console.error(`the copy of dist/ is incomplete (was it rebuilt meanwhile?): ${missing.join(', ')}`);
  process.exit(1);
}

const words = process.argv[2] === '--after-wtr' ? [] : process.argv.slice(2).filter((a) => !a.startsWith('-'));
const testDir = join(root, 'test', 'e2e');
const files = readdirSync(testDir)
  .filter((f) => f.endsWith('.test.mjs') && (words.length === 0 || words.some((w) => f.includes(w))))
  .sort()
  .map((f) => join(testDir, f));
if (files.length === 0) {
  console.error(`no end-to-end test file matches ${words.join(', ')}`);
  process.exit(2);
}

console.log(`end-to-end: ${files.map((f) => relative(root, f)).join(', ')}`);
let status;
try {
  // One file at a time: each starts Chromium and servers; the machine may be small.
  const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, HCC_E2E_PKG: pkgDir },
  });
  status = r.status ?? 1;
} finally {
  rmSync(pkgDir, { recursive: true, force: true });
}
process.exit(status);
