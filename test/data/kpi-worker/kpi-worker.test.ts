import { expect } from '@open-wc/testing';
import { KpiWorkerClient } from '../../../src/controllers/kpi-worker-client.js';
import { caseColumns, type CaseColumns } from '../../../src/core/kpi/columns.js';
import { attachFeedback } from '../../../src/core/kpi/feedback.js';
import { computeKpis, kpiOrgContext, type KpiData, type KpiQuery } from '../../../src/core/kpi/engine.js';
import { procedureFacts } from '../../../src/core/kpi/procedures.js';
import { VN_HOLIDAYS } from '../../../src/core/time/index.js';
import { generateSeed } from '../../../src/data/seed/index.js';
import { MemorySource } from '../../../src/data/adapters/memory/index.js';
import { HttpSource } from '../../../src/data/adapters/http/index.js';
import { DataError } from '../../../src/data/errors.js';
import { refServer, startRefServer } from '../../helpers/refserver.js';

const calendar = { offsetMinutes: 420, holidays: VN_HOLIDAYS };
const seed = generateSeed({ to: '2026-03-01', casesPerYear: 6000 });
const cases = [...seed.cases].flat();
const side = { procedures: procedureFacts(seed.procedures), ratings: seed.ratings, petitions: seed.petitions, org: kpiOrgContext(seed.org) };

/** The same data, computed on this thread. */
function mainThread(cols: CaseColumns, q: KpiQuery, s: typeof side = side) {
  const data: KpiData = { cases: cols, feedback: attachFeedback(cols, s.ratings, s.petitions), ...s };
  return computeKpis(data, q);
}

const queries: KpiQuery[] = [
  { from: '2025-03-01', to: '2026-03-01', groupBy: ['unit', 'month'], percentiles: true },
  { period: '2025-Q4', groupBy: ['procedure'] },
  { period: '2026-02', groupBy: ['officer'], now: '2026-02-20T10:30:00+07:00' },
  { from: '2025-03-01', to: '2026-03-01' },
];

describe('KpiWorkerClient', function () {
  // Several thousand dossiers built and queried on each side, on a shared machine.
  this.timeout(60_000);
  const clients: KpiWorkerClient[] = [];
  const client = (o?: ConstructorParameters<typeof KpiWorkerClient>[0]) => {
    const c = new KpiWorkerClient(o);
    clients.push(c);
    return c;
  };
  after(() => clients.forEach((c) => c.dispose()));

  it('KpiWorkerClient runs the engine in a module Worker and answers exactly as computeKpis on the main thread', async () => {
    const c = client();
    expect(await c.ready).to.equal('worker');
    const cols = caseColumns(cases, { calendar });
    const info = await c.loadColumns(cols);
    expect(info.records).to.equal(cases.length);
    // Transferred, not copied: the buffers here are detached.
    expect(cols.received.byteLength).to.equal(0);
    await c.setData(side);
    const here = caseColumns(cases, { calendar });
    for (const q of queries) expect(await c.query(q), JSON.stringify(q)).to.deep.equal(mainThread(here, q));
  });

  it('KpiWorkerClient.exportColumns() transfers the columns back and they load again', async () => {
    const c = client();
    await c.loadColumns(caseColumns(cases, { calendar }));
    const back = (await c.exportColumns())!;
    expect(back.length).to.equal(cases.length);
    expect((await c.info()).records).to.equal(0);
    await c.loadColumns(back);
    await c.setData(side);
    expect(await c.query(queries[1]!)).to.deep.equal(mainThread(caseColumns(cases, { calendar }), queries[1]!));
  });

  it('KpiWorkerClient falls back to the main thread when the worker cannot start, with the same answers', async () => {
    // A worker whose module throws while loading, as a script blocked or broken in production would.
    const script = URL.createObjectURL(new Blob(['throw new Error("no KPI engine here")'], { type: 'text/javascript' }));
    const broken = client({ createWorker: () => new Worker(script, { type: 'module' }) });
    expect(await broken.ready).to.equal('main');
    const throwing = client({ createWorker: () => { throw new Error('blocked by policy'); } });
    expect(await throwing.ready).to.equal('main');
    const forced = client({ mode: 'main' });
    expect(forced.mode).to.equal('main');
    const cols = caseColumns(cases, { calendar });
    await broken.loadColumns(cols);
    // Nothing was transferred on the main thread.
    expect(cols.received.byteLength).to.be.greaterThan(0);
    await broken.setData(side);
    expect(await broken.query(queries[0]!)).to.deep.equal(mainThread(cols, queries[0]!));
  });

  it('KpiWorkerClient.ingest(port) streams the chunks of any CasePort into the worker', async () => {
    const memory = new MemorySource({ org: seed.org, cases, chunkSize: 500 });
    const c = client();
    const progress: number[] = [];
    const summary = await c.ingest(memory, { from: '2025-03-01T00:00:00+07:00', to: '2026-03-01T00:00:00+07:00' }, { calendar, onProgress: (n) => progress.push(n) });
    expect(summary).to.include({ records: cases.length, rejected: 0 });
    expect(progress.length).to.be.greaterThan(5);
    expect(progress[progress.length - 1]).to.equal(cases.length);
    await c.setData(side);
    expect(await c.query(queries[3]!)).to.deep.equal(mainThread(caseColumns(cases, { calendar }), queries[3]!));
  });

  it('KpiWorkerClient.ingestHttp({url}) reads an NDJSON document (here a blob: URL) inside the worker', async () => {
    const url = URL.createObjectURL(new Blob([cases.map((x) => JSON.stringify(x)).join('\n')], { type: 'application/x-ndjson' }));
    const c = client();
    const summary = await c.ingestHttp({ api: 'http://127.0.0.1:9/unused', url, sideData: false, query: { from: '2025-03-01T00:00:00+07:00', to: '2026-03-01T00:00:00+07:00' } }, { calendar });
    URL.revokeObjectURL(url);
    expect(summary).to.include({ records: cases.length, rejected: 0 });
    const q: KpiQuery = { period: '2025-Q4', groupBy: ['unit'], families: ['cases', '766'] };
    expect(await c.query(q)).to.deep.equal(computeKpis({ cases: caseColumns(cases, { calendar }) }, q));
  });

  it('KpiWorkerClient.query(malformed) rejects with the RangeError of the engine, and the worker stays usable', async () => {
    const c = client();
    await c.loadColumns(caseColumns(cases.slice(0, 100), { calendar }));
    let error: unknown;
    await c.query({ period: '2026-13' }).catch((e) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.contain('2026-13');
    expect((await c.query({ period: '2026-02' })).total.values.received).to.be.a('number');
  });

  it('KpiWorkerClient rejects a call with "aborted" when its signal aborts', async () => {
    const c = client();
    const ctl = new AbortController();
    ctl.abort();
    const e = await c.query({ period: '2026-02' }, { signal: ctl.signal }).catch((x) => x);
    expect(e).to.be.instanceOf(DataError);
    expect(e.kind).to.equal('aborted');
  });
});

describe('KpiWorkerClient.ingestHttp against the reference server', function () {
  // A real server seeding a year of data on a shared machine.
  this.timeout(120_000);
  let api: string;
  let c: KpiWorkerClient | undefined;
  const period = { from: '2025-01-01T00:00:00+07:00', to: '2026-01-01T00:00:00+07:00' };

  before(async () => {
    ({ api } = await startRefServer());
    await refServer('reset', { seed: 'kpi-worker', year: 2025, casesPerYear: 2500 });
    c = new KpiWorkerClient();
  });
  after(() => c?.dispose());
  const client = () => c!;
  afterEach(() => refServer('faults', {}));

  /** What the main thread computes from the same server through HttpSource. */
  async function expected(q: KpiQuery) {
    const http = new HttpSource({ api });
    const list = [];
    for await (const chunk of http.cases(period)) list.push(...chunk);
    const [org, procedures, ratings, petitions] = await Promise.all([http.org(), http.procedures(), http.ratings(period), http.petitions(period)]);
    return { result: mainThread(caseColumns(list, { calendar }), q, { org: kpiOrgContext(org), procedures: procedureFacts(procedures), ratings, petitions }), count: list.length };
  }

  it('ingestHttp() fetches and parses the NDJSON stream, ratings, petitions, catalogue and org inside the worker', async () => {
    const progress: [number, number | undefined][] = [];
    const summary = await client().ingestHttp({ api, query: period, chunkSize: 500 }, { calendar, onProgress: (n, b) => progress.push([n, b]) });
    const q: KpiQuery = { period: '2025', groupBy: ['unit', 'quarter'] };
    const want = await expected(q);
    expect(summary).to.include({ records: want.count, rejected: 0 });
    expect(summary.bytes).to.be.greaterThan(want.count * 500);
    // Progress arrives as the stream is read (how often depends on how the network splits it), ending at the total.
    expect(progress.length).to.be.greaterThan(0);
    expect(progress.at(-1)![0]).to.equal(want.count);
    expect(progress.every(([, b]) => b! > 0)).to.equal(true);
    expect(await client().query(q)).to.deep.equal(want.result);
  });

  it('ingestHttp({validate: "schema"}) validates every record with the CaseFile schema and builds the same columns', async () => {
    const summary = await client().ingestHttp({ api, query: period, validate: 'schema' }, { calendar });
    const q: KpiQuery = { period: '2025-Q3', groupBy: ['field'] };
    const want = await expected(q);
    expect(summary.records).to.equal(want.count);
    expect(await client().query(q)).to.deep.equal(want.result);
  });

  it('ingestHttp() rejects with the server\'s DataError and keeps answering from the previous data', async () => {
    await client().ingestHttp({ api, query: period }, { calendar });
    const before = await client().query({ period: '2025' });
    await refServer('faults', { fail500: 1, paths: 'cases' });
    const e = await client().ingestHttp({ api, query: period }, { calendar }).catch((x) => x);
    expect(e).to.be.instanceOf(DataError);
    expect(e.kind).to.equal('http');
    expect(await client().query({ period: '2025' })).to.deep.equal(before);
  });

  it('ingestHttp() aborts with "aborted" and keeps the previous data', async () => {
    const before = await client().info();
    const ctl = new AbortController();
    const run = client().ingestHttp({ api, query: period, chunkSize: 100 }, { calendar, signal: ctl.signal, onProgress: () => ctl.abort() });
    const e = await run.catch((x) => x);
    expect(e.kind).to.equal('aborted');
    expect(await client().info()).to.deep.equal(before);
  });
});
