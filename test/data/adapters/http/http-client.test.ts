import { expect, waitUntil } from '@open-wc/testing';
import { HttpClient } from '../../../../src/data/adapters/http/http-client.js';
import { DataError } from '../../../../src/data/errors.js';
import { Health, QueueCommandResult } from '../../../../src/data/schemas/index.js';
import { OrgData } from '../../../../src/data/schemas/org.js';
import { refServer, startRefServer, type RefServerAddress } from '../../../helpers/refserver.js';
import { ObservedFetch, RecordingClock, SwitchableConnectivity } from './fakes.js';

// HttpClient against the reference server on loopback; faults come from its /__admin/faults.

async function rejection(p: Promise<unknown>): Promise<DataError> {
  try {
    await p;
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a rejection');
}

const requests = async (route: string) => (await refServer('state')).requests[route] ?? 0;

describe('HttpClient (reference server)', () => {
  let server: RefServerAddress;
  before(async () => {
    server = await startRefServer();
  });
  afterEach(async () => {
    await refServer('faults', {});
  });

  it('getJson validates the response with the schema', async () => {
    const client = new HttpClient({ baseUrl: server.api });
    const health = await client.getJson('/health', Health);
    expect(health.ok).to.equal(true);
    expect(health.time).to.match(/\+07:00$/);
  });

  it('maps 404 to not_found and 400 to http, with the status and the server message', async () => {
    const client = new HttpClient({ baseUrl: server.api });
    const missing = await rejection(client.getJson('/procedures/9.999999', Health));
    expect([missing.kind, missing.status, missing.retryable]).to.deep.equal(['not_found', 404, false]);
    expect(missing.message).to.contain('9.999999');
    const bad = await rejection(client.getJson('/cases/not-a-code/status', Health));
    expect([bad.kind, bad.status]).to.deep.equal(['http', 400]);
    expect(bad.message).to.contain('not a dossier code');
  });

  it('turns a truncated JSON body into a schema error, not an exception of another type', async () => {
    await refServer('faults', { malformed: 1, paths: '^/api/v1/org$' });
    const client = new HttpClient({ baseUrl: server.api, retries: 0 });
    const e = await rejection(client.getJson('/org', OrgData));
    expect(e.kind).to.equal('schema');
    expect(e.message).to.contain('Invalid JSON');
  });

  it('after an unreadable answer, fetches the next one from the network, not a cached copy of the broken one', async () => {
    // The catalogue carries an ETag: the browser caches the cut body under it, and once the server
    // answers whole again a revalidation would get 304 and the same broken copy.
    const client = new HttpClient({ baseUrl: server.api, retries: 0 });
    const Catalogue = (await import('../../../../src/data/schemas/procedure.js')).ProcedureCatalogue;
    await refServer('faults', { malformed: 1, paths: '^/api/v1/procedures$' });
    const broken = await rejection(client.getJson('/procedures', Catalogue));
    expect(broken.kind).to.equal('schema');
    await refServer('faults', {});
    const before = await requests('GET /procedures');
    const { procedures } = await client.getJson('/procedures', Catalogue);
    expect(procedures.length).to.be.above(0);
    expect(await requests('GET /procedures'), 'answered by the server').to.equal(before + 1);
  });

  it('turns a well-formed body of the wrong shape into a schema error naming the fields', async () => {
    const client = new HttpClient({ baseUrl: server.api });
    const e = await rejection(client.getJson('/health', OrgData));
    expect(e.kind).to.equal('schema');
    expect(e.issues!.en.map((i) => i.path)).to.include.members(['version', 'units']);
  });

  it('aborts a request that gets no answer within the timeout and reports it as network', async () => {
    await refServer('faults', { timeout: 1, paths: '^/api/v1/org$' });
    const observed = new ObservedFetch();
    const client = new HttpClient({ baseUrl: server.api, fetch: observed.fetch, timeoutMs: 300, retries: 0 });
    const started = performance.now();
    const e = await rejection(client.getJson('/org', OrgData));
    const elapsed = performance.now() - started;
    expect([e.kind, e.retryable]).to.deep.equal(['network', true]);
    expect(e.message).to.contain('Timed out');
    expect(elapsed).to.be.within(280, 3000);
    const signal = observed.to('/org')[0]!.signal!;
    expect(signal.aborted).to.equal(true);
    expect((signal.reason as DOMException).name).to.equal('TimeoutError');
  });

  it('retries a failing GET with exponential full-jitter backoff, then gives up with the last error', async () => {
    await refServer('faults', { fail500: 1, paths: '^/api/v1/org$' });
    const clock = new RecordingClock();
    const client = new HttpClient({ baseUrl: server.api, clock, rng: () => 0.5, retries: 3, backoff: { baseMs: 40, maxMs: 1000 }, timeoutMs: 5000 });
    const before = await requests('GET /org');
    const e = await rejection(client.getJson('/org', OrgData));
    expect([e.kind, e.status, e.retryable]).to.deep.equal(['http', 500, true]);
    expect((await requests('GET /org')) - before).to.equal(4);
    // rng 0.5 × ceilings 40, 80, 160 ms; the 5 000 ms entries are the per-attempt timeouts.
    expect(clock.requested.filter((ms) => ms !== 5000)).to.deep.equal([20, 40, 80]);
  });

  it('a GET that fails once succeeds on the retry', async () => {
    await refServer('faults', { fail500: 1, paths: '^/api/v1/org$' });
    const clock = new RecordingClock();
    const client = new HttpClient({ baseUrl: server.api, clock, rng: () => 0.5, backoff: { baseMs: 3000, maxMs: 3000 } });
    const before = await requests('GET /org');
    const pending = client.getJson('/org', OrgData);
    // The first backoff (1.5 s) has started: clear the fault while the client waits.
    await waitUntil(() => clock.requested.includes(1500), 'no backoff', { timeout: 5000 });
    await refServer('faults', {});
    const org = await pending;
    expect(org.units.length).to.be.greaterThan(0);
    expect((await requests('GET /org')) - before).to.equal(2);
  });

  it('never retries a POST', async () => {
    await refServer('faults', { fail500: 1, paths: '^/api/v1/queue/commands$' });
    const client = new HttpClient({ baseUrl: server.api, rng: () => 0, retries: 3 });
    const before = await requests('POST /queue/commands');
    const e = await rejection(client.sendJson('/queue/commands', { type: 'call-next', counterId: 'nowhere' }, QueueCommandResult));
    expect([e.kind, e.status]).to.deep.equal(['http', 500]);
    expect((await requests('POST /queue/commands')) - before).to.equal(1);
  });

  it('reports a dropped connection as network, or as offline (without retrying) when the device is offline', async () => {
    await refServer('faults', { drop: 1, paths: '^/api/v1/org$' });
    const connectivity = new SwitchableConnectivity(true);
    // Attempts are counted at fetch: Chromium itself may resend a request whose reused socket was
    // reset, so the server can see more requests than the client made attempts.
    const observed = new ObservedFetch();
    const client = new HttpClient({ baseUrl: server.api, fetch: observed.fetch, connectivity, retries: 2, rng: () => 0 });
    expect((await rejection(client.getJson('/org', OrgData))).kind).to.equal('network');
    expect(observed.calls).to.have.length(3);
    connectivity.set(false);
    expect((await rejection(client.getJson('/org', OrgData))).kind).to.equal('offline');
    expect(observed.calls).to.have.length(4);
  });

  it('rejects with aborted as soon as the caller aborts, also during a slow answer', async () => {
    await refServer('faults', { delayMs: [3000, 3000], paths: '^/api/v1/org$' });
    const client = new HttpClient({ baseUrl: server.api });
    const ctrl = new AbortController();
    const started = performance.now();
    const pending = client.getJson('/org', OrgData, { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 100);
    const e = await rejection(pending);
    expect(e.kind).to.equal('aborted');
    expect(performance.now() - started).to.be.below(2000);
  });
});
