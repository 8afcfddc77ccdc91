#!/usr/bin/env node
// npm run bench: runs bench/suites/*.bench.mjs in headless Chromium and writes bench/results/.
// Not part of `npm test`: figures depend on the machine; targets are reported, enforced only with --strict.
//
//   npm run bench                         every suite, rates 1 and 4, 7 runs
//   npm run bench -- --suite iso-parse    one suite (repeat or comma-separate for more)
//   npm run bench -- --runs 15 --rates 1,2.7,10
//   npm run bench -- --quick              3 runs, rate 1, smaller inputs; does not touch latest.*
//   npm run bench -- --list
import { cpus, loadavg, release, type } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hostSpeed, launch } from './lib/browser.mjs';
import { buildEntry, cleanDir } from './lib/build.mjs';
import { measure, sides } from './lib/measure.mjs';
import { toRows, unitOf, writeResults } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { fmtSummary, fmt } from './lib/stats.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, '..');
const suitesDir = join(benchDir, 'suites');
const resultsDir = join(benchDir, 'results');
// Per process: several people may run benchmarks in one checkout at once.
const buildDir = join(root, 'node_modules', '.cache', 'hcc-bench', String(process.pid));

const { values: opts } = parseArgs({
  options: {
    suite: { type: 'string', multiple: true },
    runs: { type: 'string' },
    rates: { type: 'string' },
    quick: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help) {
  console.log(`Usage: npm run bench -- [--suite name]... [--runs n] [--rates 1,4] [--quick] [--strict] [--list]
  --suite   run only these suites (file name without .bench.mjs; repeat or comma-separate)
  --runs    measured repetitions per figure and rate, after one discarded warm-up (default 7; --quick 3)
  --rates   CPU throttling rates (default 1,4; --quick 1)
  --quick   fewer runs, rate 1 only, smaller inputs; writes only the time-stamped JSON
  --strict  exit 1 when a target is missed
  --list    list the suites and their figures`);
  process.exit(0);
}

const ctx = { quick: opts.quick };
const runs = opts.runs !== undefined ? Number(opts.runs) : opts.quick ? 3 : 7;
const rates = (opts.rates ?? (opts.quick ? '1' : '1,4')).split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive integer, got ${opts.runs}`);
if (rates.some((r) => !Number.isFinite(r) || r < 1)) fail(`--rates must be numbers ≥ 1, got ${opts.rates}`);

function fail(message) {
  console.error(message);
  process.exit(2);
}

const perRun = (v) => (typeof v === 'function' ? v(ctx) : v);

// Discover suites.
const files = readdirSync(suitesDir).filter((f) => f.endsWith('.bench.mjs')).sort();
const wanted = opts.suite?.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
const suites = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(suitesDir, f)).href);
  const suite = { ...mod.default, name: mod.default?.name ?? basename(f, '.bench.mjs'), file: f };
  if (!suite.title || !suite.entries || !suite.figures) fail(`${f}: a suite exports default { title, entries, figures } (see bench/README.md)`);
  suites.push(suite);
}
if (wanted) {
  const unknown = wanted.filter((w) => !suites.some((s) => s.name === w));
  if (unknown.length) fail(`unknown suite(s): ${unknown.join(', ')}; available: ${suites.map((s) => s.name).join(', ')}`);
}
const selected = wanted ? suites.filter((s) => wanted.includes(s.name)) : suites;

if (opts.list) {
  for (const s of suites) {
    console.log(`${s.name}: ${s.title}`);
    for (const f of perRun(s.figures)) console.log(`  - ${f.name} (${f.kind})${f.note ? `: ${f.note}` : ''}`);
  }
  process.exit(0);
}
if (selected.length === 0) fail('no suites in bench/suites');

const run = {
  startedAt: new Date().toISOString(),
  finishedAt: '',
  options: { runs, rates, quick: opts.quick, suites: selected.map((s) => s.name) },
  host: { os: `${type()} ${release()}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version, loadavg: loadavg(), browser: '' },
  hostSpeed: { start: undefined, end: undefined },
  suites: [],
  errors: [],
};

// Build every entry first (production, minified), so builds do not compete with measurements.
cleanDir(buildDir);
const built = new Map();
for (const suite of selected) {
  for (const [key, source] of Object.entries(suite.entries)) {
    const name = `${suite.name}--${key}`;
    try {
      const t0 = performance.now();
      const out = await buildEntry(root, source, buildDir, name, { split: suite.split === true });
      built.set(name, { ...out, source });
      console.log(`built ${source} → ${out.file} (${(out.gzip / 1024).toFixed(1)} KiB gzip, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      suite.buildError = `${source}: ${e?.message ?? e}`;
      console.error(`✗ build ${suite.name}/${key}: ${suite.buildError}`);
      break;
    }
  }
}

const server = await startServer(buildDir);
const browser = await launch();
run.host.browser = `Chromium ${browser.version()}`;
const context = await browser.newContext();
run.hostSpeed.start = await hostSpeed(context, server.origin);
console.log(`host speed: ${fmt(run.hostSpeed.start.loopMs)} ms for the fixed loop; ${run.host.browser}; load ${run.host.loadavg.map((l) => l.toFixed(2)).join(' ')}`);

let missed = 0;
try {
  for (const suite of selected) {
    const out = {
      name: suite.name,
      title: suite.title,
      measured: { at: run.startedAt, runs, rates, quick: opts.quick, hostSpeedMs: run.hostSpeed.start.loopMs, loadavg: run.host.loadavg, browser: run.host.browser },
      entries: {},
      figures: [],
    };
    run.suites.push(out);
    if (suite.buildError) {
      out.error = `build failed: ${suite.buildError}`;
      run.errors.push(`${suite.name}: ${out.error}`);
      continue;
    }
    for (const key of Object.keys(suite.entries)) {
      const b = built.get(`${suite.name}--${key}`);
      out.entries[key] = { source: b.source, file: b.file, raw: b.raw, gzip: b.gzip, ...(b.lazy ? { lazy: b.lazy } : {}) };
    }
    const env = {
      browser,
      context,
      origin: server.origin,
      pageUrl: (entry) => `${server.origin}/page/${suite.name}--${entry}.html`,
      builtFile: (entry) => join(root, built.get(`${suite.name}--${entry}`).file),
      builtGzip: (entry) => built.get(`${suite.name}--${entry}`).gzip,
    };
    console.log(`\n${suite.title} (${suite.name})`);
    let figures;
    try {
      figures = perRun(suite.figures);
    } catch (e) {
      out.error = String(e?.message ?? e);
      run.errors.push(`${suite.name}: ${out.error}`);
      continue;
    }
    for (const figure of figures) {
      const { unit, better } = unitOf(figure);
      const record = { name: figure.name, kind: figure.kind, unit, better, note: figure.note, rows: [] };
      out.figures.push(record);
      try {
        const list = sides(figure, suite);
        const labels = Object.fromEntries(list.map((s) => [s.key, s.label]));
        const figureRuns = figure.runs !== undefined ? perRun(figure.runs) : runs;
        const t0 = performance.now();
        const measured = await measure(env, suite, figure, { rates, runs: figureRuns, params: perRun(figure.params) });
        record.rows = toRows(figure, measured, labels);
        for (const r of record.rows) {
          if (!r.pass) missed++;
          const rate = r.rate === null ? '' : ` @${r.rate}×`;
          const peer = r.peer ? ` | peer ${fmtSummary(r.peer, unit)} ${unit} | ratio ${fmt(r.ratio)}` : '';
          const target = r.targets.length ? ` | ${r.targets.map((c) => `${c.pass ? '✓' : '✗'} ${c.text}`).join(', ')}` : '';
          console.log(`  ${figure.name}${rate}: ours ${fmtSummary(r.ours, unit)} ${unit}${peer}${target}`);
        }
        console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (e) {
        record.error = String(e?.message ?? e);
        run.errors.push(`${suite.name}/${figure.name}: ${record.error}`);
        console.error(`  ✗ ${figure.name}: ${record.error}`);
      }
    }
  }
  run.hostSpeed.end = await hostSpeed(context, server.origin);
} finally {
  await browser.close();
  await server.close();
  rmSync(buildDir, { recursive: true, force: true });
}

run.finishedAt = new Date().toISOString();
// A partial run (--suite) keeps the other suites' last results, each with its own measurement
// details, so engineers running their own suite do not erase everyone else's figures.
const previous = existsSync(join(resultsDir, 'latest.json')) ? JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8')) : undefined;
for (const old of previous?.suites ?? []) {
  if (!run.suites.some((s) => s.name === old.name) && suites.some((s) => s.name === old.name) && old.measured) run.suites.push(old);
}
run.suites.sort((a, b) => suites.findIndex((s) => s.name === a.name) - suites.findIndex((s) => s.name === b.name));
// Quick runs are smoke checks (3 runs, rate 1, small inputs); they never replace the published figures.
const written = writeResults(resultsDir, run, { latest: !opts.quick });
console.log(`\nhost speed at end: ${fmt(run.hostSpeed.end?.loopMs)} ms`);
console.log(`wrote ${written.map((f) => relative(root, f)).join(', ')}`);
if (run.errors.length) {
  console.error(`${run.errors.length} error(s):\n  ${run.errors.join('\n  ')}`);
  process.exit(1);
}
if (missed) console.log(`${missed} row(s) missed a target${opts.strict ? '' : ' (reported only; --strict fails the run)'}`);
process.exit(opts.strict && missed ? 1 : 0);
