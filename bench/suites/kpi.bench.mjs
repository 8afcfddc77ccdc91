// KPI engine: Decision 766 over a million dossiers (columns + one pass vs d3.rollup over row
// objects), main-thread blocking with the worker, memory per dossier, and the ingest path from the
// reference server (NDJSON parsed in the worker) against a bare JSON.parse of the same records.
// The reference server is started only when an ingest figure is measured, on a free loopback port,
// seeded with about 160,000 dossiers (≈ 150 MB of NDJSON), and killed when the bench exits.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const servers = new Map();

/** Starts one reference server per size; the page polls /health until its database is seeded. */
function referenceServer(casesPerYear) {
  if (servers.has(casesPerYear)) return servers.get(casesPerYear);
  const probe = spawnSync(process.execPath, ['-e', 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'], { encoding: 'utf8' });
  const port = Number(probe.stdout);
  if (!(port > 0)) throw new Error(`no free port: ${probe.stderr}`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--db', ':memory:', '--no-static', '--cases-per-year', String(casesPerYear)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const api = `http://127.0.0.1:${port}/api/v1`;
  servers.set(casesPerYear, api);
  return api;
}

/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'KPI engine: Decision 766 over 1,000,000 dossiers, worker, memory, ingest',
  entries: { ours: 'bench/pages/kpi-ours.ts', rollup: 'bench/pages/kpi-rollup.ts', ingest: 'bench/pages/kpi-ingest.ts' },
  figures: ({ quick }) => {
    const n = quick ? 200_000 : 1_000_000;
    const label = quick ? '200,000' : '1,000,000';
    const params = { n };
    const ingestCases = quick ? 20_000 : 160_000;
    return [
      {
        name: `766 by unit × month, ${label} dossiers`,
        kind: 'time',
        ours: { entry: 'ours', fn: 'engine766', label: 'columns + computeKpis' },
        peer: { entry: 'rollup', fn: 'rollup766', label: 'd3.rollup over row objects' },
        params,
        unit: 'ms',
        sameResult: true,
        target: { ratioMax: 1 / 30 },
        note: 'Main thread, both sides: Decision 766 scorecards of 35 units × 12 months (every sub-indicator, catalogue scope, on-time rules at each month end). Peer: one object per dossier with epoch-ms times, d3.rollup by unit and month, evaluateTimeliness per dossier, the same score766. Results compared equal.',
      },
      {
        name: `766 by unit × month through the worker, ${label} dossiers`,
        kind: 'time',
        ours: { entry: 'ours', fn: 'worker766', label: 'KpiWorkerClient.query' },
        params,
        unit: 'ms',
        note: 'Round trip: request posted, one pass in the worker, 420 groups of scores cloned back (detailed scorecard for the total only).',
      },
      {
        name: `main-thread blocking while ${label} dossiers aggregate`,
        kind: 'longtasks',
        ours: { entry: 'ours', fn: 'worker766', label: 'KpiWorkerClient (worker)' },
        peer: { entry: 'rollup', fn: 'rollup766', label: 'd3.rollup on the main thread' },
        params,
        unit: 'ms',
        target: { max: 0 },
        note: 'Total blocking time (Σ of long tasks beyond 50 ms) during the query; 0 means no task over 50 ms.',
      },
      {
        name: 'bytes per dossier in the columns',
        kind: 'value',
        ours: { entry: 'ours', fn: 'bytesPerRecord', label: 'CaseColumns' },
        params,
        unit: 'B/dossier',
        better: 'lower',
        runs: 1,
        target: { max: 50 },
        note: 'Every typed array (dense columns, rescheduled and supplement tables) plus dictionary strings at 2 B/char + 32 B each, over the tiled seed year.',
      },
      {
        name: `JS heap of ${label} dossiers`,
        kind: 'heap',
        ours: { entry: 'ours', fn: 'held', label: 'CaseColumns (+ worker copy outside this heap)' },
        peer: { entry: 'rollup', fn: 'held', label: 'row objects' },
        params,
        unit: 'MiB',
        runs: quick ? 1 : 3,
        note: 'CDP usedSize after forced GC, minus a blank page. ArrayBuffer stores of the columns are outside the JS heap (see bytes per dossier); row objects are all inside it.',
      },
      {
        name: `reference server → 766 scores, ${quick ? '20,000' : '160,000'} dossiers`,
        kind: 'time',
        entry: 'ingest',
        ours: { fn: 'ingestToScores', label: 'worker: fetch NDJSON + columns + query' },
        peer: { fn: 'bareParse', label: 'JSON.parse of the same records' },
        params: () => ({ api: referenceServer(ingestCases) }),
        unit: 'ms',
        runs: quick ? 3 : 5,
        target: { ratioMax: 2 },
        note: 'Ours: GET /cases.ndjson streamed into the worker (TextDecoderStream, line by line, columns builder checks every field), ratings, petitions, catalogue and org fetched alongside, then 766 by unit. Peer: JSON.parse of the same records as one array string already in memory.',
      },
      {
        name: `NDJSON bytes in memory → 766 scores, ${quick ? '20,000' : '160,000'} dossiers`,
        kind: 'time',
        entry: 'ingest',
        ours: { fn: 'bytesToScores', label: 'worker: blob: URL + columns + query' },
        peer: { fn: 'bareParse', label: 'JSON.parse of the same records' },
        params: () => ({ api: referenceServer(ingestCases) }),
        unit: 'ms',
        runs: quick ? 3 : 5,
        target: { ratioMax: 2 },
        note: 'The client path alone: the same NDJSON from memory through a blob: URL into the worker (decoding, line parsing, columns builder with field checks), then 766 by unit; no server competing for the two cores.',
      },
      {
        name: `main-thread blocking during the ingest, ${quick ? '20,000' : '160,000'} dossiers`,
        kind: 'longtasks',
        entry: 'ingest',
        ours: { fn: 'ingestToScores', label: 'worker ingest' },
        peer: { fn: 'bareParse', label: 'JSON.parse on the main thread' },
        params: () => ({ api: referenceServer(ingestCases) }),
        unit: 'ms',
        runs: quick ? 3 : 5,
        target: { max: 0 },
      },
      {
        name: 'size of the ingested records',
        kind: 'value',
        entry: 'ingest',
        ours: { fn: 'megabytes', label: 'NDJSON' },
        params: () => ({ api: referenceServer(ingestCases) }),
        unit: 'MB',
        runs: 1,
      },
    ];
  },
};
