import { expect, waitUntil } from '@open-wc/testing';
import { set, createStore } from 'idb-keyval';
import { LocalSource } from '../../../../src/data/adapters/local/local-source.js';
import { parseIso, toIso } from '../../../../src/core/time/index.js';
import type { QueueMessage } from '../../../../src/data/ports.js';
import type { Rating } from '../../../../src/data/schemas/rating.js';
import { QueueSnapshot } from '../../../../src/data/schemas/queue.js';

const AS_OF = parseIso('2026-11-20T17:00:00+07:00')!;
let n = 0;
const freshDb = () => `hcc-test-local-${Date.now()}-${n++}`;
const make = (dbName: string, extra: Partial<ConstructorParameters<typeof LocalSource>[0]> = {}) =>
  new LocalSource({ dbName, asOf: AS_OF, casesPerYear: 3000, ...extra });

async function allCases(src: LocalSource, from: string, to: string) {
  const out = [];
  for await (const chunk of src.cases({ from, to })) out.push(...chunk);
  return out;
}

function rating(over: Partial<Rating> = {}): Rating {
  return {
    id: crypto.randomUUID(), createdAt: '2026-11-20T09:00:00+07:00', unitId: 'hl-tthcc', scale: 3, level: 'satisfied',
    reasons: [], lang: 'vi', deviceId: 'tablet-1', ...over,
  };
}

describe('LocalSource', () => {
  it('seeds on first use and not again when another instance opens the same database', async () => {
    const db = freshDb();
    const a = make(db);
    const meta = await a.ensureSeeded();
    expect(meta.seed).to.equal('hcc-halong');
    const marker = rating({ ticket: 'test-9001' });
    const r = await a.submitBatch([marker]);
    expect(r.accepted).to.deep.equal([marker.id]);
    // A second instance (as after a reload) finds the data and does not reseed over the stored rating.
    const b = make(db);
    await b.ensureSeeded();
    const stored = await b.ratings({ from: '2026-11-20T00:00:00+07:00', to: '2026-11-21T00:00:00+07:00' });
    expect(stored.map((x) => x.id)).to.include(marker.id);
  });

  it('generates the same data for the same seed and period in two databases', async () => {
    const a = make(freshDb());
    const b = make(freshDb());
    expect(await a.org()).to.deep.equal(await b.org());
    expect(await a.procedures()).to.deep.equal(await b.procedures());
    const ca = await allCases(a, '2026-06-01T00:00:00+07:00', '2026-07-01T00:00:00+07:00');
    const cb = await allCases(b, '2026-06-01T00:00:00+07:00', '2026-07-01T00:00:00+07:00');
    expect(ca.length).to.be.greaterThan(50);
    expect(ca).to.deep.equal(cb);
  });

  it('serves a year of Hạ Long data: the centre, 33 units, procedures, dossiers, petitions', async () => {
    const src = make(freshDb());
    const org = await src.org();
    expect(org.units.filter((u) => u.kind === 'ward' || u.kind === 'commune')).to.have.length(33);
    expect(await src.centreUnitId()).to.equal('hl-tthcc');
    expect((await src.procedures()).map((p) => p.ma_thu_tuc)).to.include.members(['1.001193', '1.000894', '2.000815']);
    const year = await allCases(src, toIso(AS_OF - 365 * 86_400_000, 420), toIso(AS_OF + 1, 420));
    expect(year.length).to.be.within(2000, 4000);
    expect((await src.petitions({ from: '2025-11-01T00:00:00+07:00', to: '2026-12-01T00:00:00+07:00' })).length).to.be.greaterThan(0);
  });

  it('caseStatus(code) finds a dossier, rejects a malformed code and reports an unknown one as not_found', async () => {
    const src = make(freshDb());
    const [one] = await allCases(src, '2026-10-01T00:00:00+07:00', '2026-11-01T00:00:00+07:00');
    const st = await src.caseStatus(one!.code);
    expect(st.code).to.equal(one!.code);
    expect(st).not.to.have.property('officerId');
    expect(st.procedureName).to.be.a('string');
    const bad = await src.caseStatus('not-a-code').catch((e) => e);
    expect([bad.kind, bad.status]).to.deep.equal(['http', 400]);
    const unknown = await src.caseStatus('H49.26-261001-9999').catch((e) => e);
    expect(unknown.kind).to.equal('not_found');
  });

  it('sets aside a stored value that fails its schema and reports it, keeping the valid records', async () => {
    const db = freshDb();
    const src = make(db);
    await src.ensureSeeded();
    const procs = await src.procedures();
    await set('hcc:v1:procedures', [...procs, { ma_thu_tuc: 'x', ten_thu_tuc: 42 }], createStore(db, 'kv'));
    const again = await src.procedures();
    expect(again).to.have.length(procs.length);
    expect(src.quarantined).to.have.length(1);
    expect(src.quarantined[0]!.key).to.equal('hcc:v1:procedures');
    expect(src.quarantined[0]!.error.kind).to.equal('schema');
    expect((await src.store.allKeys()).some((k) => k.startsWith('hcc:quarantine:hcc:v1:procedures'))).to.equal(true);
  });

  it('submitBatch(ratings) is idempotent by id and accepts one rating per ticket', async () => {
    const src = make(freshDb());
    const r1 = rating({ ticket: 'test-9002' });
    const first = await src.submitBatch([r1]);
    expect(first.accepted).to.deep.equal([r1.id]);
    const again = await src.submitBatch([r1]);
    expect(again).to.deep.equal({ accepted: [], duplicates: [r1.id], rejected: [] });
    const other = rating({ ticket: 'test-9002' });
    const clash = await src.submitBatch([other, { ...rating(), level: 'nope' } as unknown as Rating]);
    expect(clash.rejected.map((x) => x.code)).to.deep.equal(['duplicate-ticket', 'schema']);
  });

  it('shares one queue between two instances (two tabs): a command in one reaches the subscriber of the other', async () => {
    const db = freshDb();
    const hall = make(db);
    const consoleTab = make(db);
    const got: QueueMessage[] = [];
    const ctrl = new AbortController();
    hall.subscribe('hl-tthcc', (m) => got.push(m), ctrl.signal);
    await waitUntil(() => got.some((m) => m.type === 'snapshot'), 'snapshot', { timeout: 10000 });
    const snap = got.find((m) => m.type === 'snapshot');
    expect(snap?.type === 'snapshot' && QueueSnapshot.safeParse(snap.snapshot).success).to.equal(true);
    const issued = await consoleTab.command({ type: 'issue', unitId: 'hl-tthcc', serviceId: 'ho-tich' });
    expect(issued.ok).to.equal(true);
    const counter = (await consoleTab.org()).counters.find((c) => c.unitId === 'hl-tthcc' && c.fieldIds.includes('ho-tich'))!;
    await consoleTab.command({ type: 'call-next', counterId: counter.id });
    await waitUntil(() => got.some((m) => m.type === 'event' && m.event.type === 'ticket-called'), 'call', { timeout: 5000 });
    const call = got.find((m) => m.type === 'event' && m.event.type === 'ticket-called');
    expect(call?.type === 'event' && call.event.type === 'ticket-called' && call.event.call.counterId).to.equal(counter.id);
    ctrl.abort();
  });
});
