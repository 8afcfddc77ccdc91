// The rating outbox against the reference server (server/, no faults, in-memory SQLite). The server
// is started only when a figure of this suite is measured, on a free loopback port, and killed when
// the bench process exits.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let api;

/** Starts the reference server once and returns its API base; the page waits until it answers. */
function referenceServer() {
  if (api) return api;
  // Figure params are computed synchronously, so ask the OS for a free port synchronously.
  const probe = spawnSync(process.execPath, ['-e', 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'], { encoding: 'utf8' });
  const port = Number(probe.stdout);
  if (!(port > 0)) throw new Error(`no free port: ${probe.stderr}`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--db', ':memory:', '--no-static', '--cases-per-year', '300'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  api = `http://127.0.0.1:${port}/api/v1`;
  return api;
}

/** @type {import('../lib/suite.js').Suite} */
export default {
  title: 'Rating outbox: delivery to the reference server',
  entries: { page: 'bench/pages/outbox.ts' },
  figures: ({ quick }) => [
    {
      name: `stored-to-synced, ${quick ? '500' : '2,000'} ratings`,
      kind: 'value',
      ours: { fn: 'storedToSynced', label: 'RatingOutbox + HttpSource' },
      params: () => ({ api: referenceServer(), n: quick ? 500 : 2000, batchSize: 100 }),
      unit: 'ratings/s',
      better: 'higher',
      // A centre's busiest day is a few thousand ratings: a backlog of a day must clear in seconds.
      target: { rate: 1, min: 500 },
      note: 'New ratings written straight into a fresh outbox database, then an outbox on the real HTTP adapter started and timed until the server confirmed all of them (batches of 100, one request at a time, loopback, no faults).',
    },
    {
      name: 'add() until "thank you"',
      kind: 'value',
      ours: { fn: 'addLatency', label: 'RatingOutbox.add' },
      params: () => ({ api: referenceServer(), n: quick ? 100 : 500 }),
      unit: 'ms per add',
      better: 'lower',
      target: { rate: 1, max: 50 },
      note: 'Mean time of one add() (schema check + IndexedDB commit with strict durability) over sequential adds, with no send running.',
    },
  ],
};
