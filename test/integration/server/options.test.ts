import { expect } from '@open-wc/testing';
import { startRefServer } from '../../helpers/refserver.js';
import { OrgData } from '../../../src/data/schemas/org.js';
import { QueueEvent } from '../../../src/data/schemas/queue.js';
import { getJson, mustParse, StreamRecorder } from './support.js';

describe('reference server: command-line options', function () {
  this.timeout(90_000);
  const streams: StreamRecorder[] = [];
  afterEach(() => {
    for (const s of streams.splice(0)) s.close();
  });

  it('--static serves a folder with content types, index.html for folders, and nothing outside it', async () => {
    const { origin } = await startRefServer({ casesPerYear: 300, static: 'docs' });
    const yaml = await fetch(`${origin}/openapi.yaml`);
    expect(yaml.status).to.equal(200);
    expect(yaml.headers.get('Content-Type')).to.equal('application/yaml; charset=utf-8');
    expect(await yaml.text()).to.equal(await (await fetch('/docs/openapi.yaml')).text());
    const md = await fetch(`${origin}/http-contract.md`);
    expect(md.headers.get('Content-Type')).to.equal('text/markdown; charset=utf-8');
    expect((await fetch(`${origin}/%2e%2e/package.json`)).status).to.equal(404);
    expect((await fetch(`${origin}/..%2fpackage.json`)).status).to.equal(404);
    expect((await fetch(`${origin}/no-such-file.js`)).status).to.equal(404);
  });

  it('without --admin there is no /__admin', async () => {
    const { origin, api } = await startRefServer({ casesPerYear: 300, admin: false });
    expect((await getJson(`${api}/health`)).status).to.equal(200);
    expect((await getJson(`${origin}/__admin/state`)).status).to.equal(404);
    expect((await fetch(`${origin}/__admin/faults`, { method: 'POST', body: '{"fail500":1}' })).status).to.equal(404);
  });

  it('--cors with an allow-list refuses pages from other origins', async () => {
    const { api } = await startRefServer({ casesPerYear: 300, cors: 'http://kiosk.example' });
    // This page's origin is not on the list: the browser withholds the answer.
    const err = await fetch(`${api}/health`).then(() => null, (e: unknown) => e);
    expect(err).to.be.instanceOf(TypeError);
    const { api: open } = await startRefServer({ casesPerYear: 300, cors: `http://kiosk.example,${location.origin}` });
    expect((await fetch(`${open}/health`)).status).to.equal(200);
  });

  it('--heartbeat sets the default heartbeat of queue streams', async () => {
    const { api } = await startRefServer({ casesPerYear: 300, heartbeat: 250 });
    const org = mustParse(OrgData, (await getJson(`${api}/org`)).body, 'org');
    const s = new StreamRecorder(`${api}/queue/${org.counters[0]!.unitId}/stream`);
    streams.push(s);
    const t0 = performance.now();
    await s.until((m) => m.filter((x) => x.event === 'heartbeat').length >= 2, 5000, 'two heartbeats');
    expect(performance.now() - t0).to.be.below(2500);
  });

  it('--simulate runs the queue of the centre by itself: tickets are issued and called without any command', async () => {
    const { api } = await startRefServer({ casesPerYear: 300, simulate: 120 });
    const s = new StreamRecorder(`${api}/queue/hl-tthcc/stream`);
    streams.push(s);
    const types = () => s.of('queue').map((m) => mustParse(QueueEvent, JSON.parse(m.data), 'event').type);
    await s.until(() => types().includes('ticket-issued') && types().includes('ticket-called'), 20_000, 'simulated issues and calls');
    const seqs = s.of('queue').map((m) => (JSON.parse(m.data) as QueueEvent).seq);
    expect(seqs).to.deep.equal(seqs.slice().sort((a, b) => a - b));
  });
});
