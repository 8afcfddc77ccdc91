import { expect } from '@open-wc/testing';
import { OrgData } from '../../../src/data/schemas/org.js';
import { Procedure } from '../../../src/data/schemas/procedure.js';
import { generateSeed, halongOrg, orgFromUnitList, DEMO_PROCEDURES, SEED_VERSION } from '../../../src/data/seed/index.js';
import { DAY, parseIso, toIso } from '../../../src/core/time/index.js';

const QUARTER = { from: '2025-10-01', to: '2026-01-01' };

describe('seed/index', function () {
  this.timeout(60_000);

  it('generateSeed(opts) returns the organisation, the catalogue, dossiers, ratings and petitions, all valid', () => {
    const seed = generateSeed(QUARTER);
    expect(Number.isInteger(SEED_VERSION) && SEED_VERSION > 0).to.equal(true);
    expect(OrgData.safeParse(seed.org).success).to.equal(true);
    expect(seed.org).to.deep.equal(halongOrg());
    expect(seed.procedures).to.deep.equal(DEMO_PROCEDURES);
    expect(seed.procedures.every((p) => Procedure.safeParse(p).success)).to.equal(true);
    const chunks = [...seed.cases];
    expect(chunks.map((c) => c[0]!.receivedAt.slice(0, 7))).to.deep.equal(['2025-10', '2025-11', '2025-12']);
    expect(seed.ratings.length).to.be.above(0);
    expect(seed.petitions.length).to.be.within(30, 45);
    expect(seed.period).to.deep.equal({ from: '2025-10-01T00:00:00+07:00', to: '2026-01-01T00:00:00+07:00' });
  });

  it('generateSeed(opts) returns the same data for the same seed', () => {
    const a = generateSeed({ seed: 'same', ...QUARTER });
    const b = generateSeed({ seed: 'same', ...QUARTER });
    expect([...a.cases]).to.deep.equal([...b.cases]);
    expect(a.ratings).to.deep.equal(b.ratings);
    expect(a.petitions).to.deep.equal(b.petitions);
  });

  it('generateSeed(opts) returns different data for a different seed', () => {
    const a = generateSeed({ seed: 'hcc-halong', ...QUARTER });
    const b = generateSeed({ seed: 'hcc-halong-2', ...QUARTER });
    const codesA = [...a.cases].flat().map((c) => `${c.code}|${c.procedureCode}|${c.receivedAt}`);
    const codesB = new Set([...b.cases].flat().map((c) => `${c.code}|${c.procedureCode}|${c.receivedAt}`));
    expect(codesA.filter((x) => codesB.has(x)).length / codesA.length).to.be.below(0.01);
    const idsB = new Set(b.ratings.map((r) => r.id));
    expect(a.ratings.some((r) => idsB.has(r.id))).to.equal(false);
  });

  it('generateSeed(opts) takes epoch-ms dates, as the embedded source passes them', () => {
    const to = parseIso('2026-03-04T10:20:30.500+07:00')!;
    const seed = generateSeed({ from: to - 30 * DAY, to, casesPerYear: 20_000 });
    expect(seed.period.to).to.equal(toIso(to, 420));
    const all = [...seed.cases].flat();
    expect(all.length).to.be.within(1200, 1900);
    expect(all.every((c) => parseIso(c.receivedAt)! < to)).to.equal(true);
  });

  it('generateSeed(opts) iterates its cases again with the same result', () => {
    const seed = generateSeed(QUARTER);
    const first = [...seed.cases];
    expect([...seed.cases]).to.deep.equal(first);
  });

  it('generateSeed({ org }) seeds another organisation', () => {
    const org = orgFromUnitList([
      { id: 'qn-ha-long', name: 'Phường Hạ Long', kind: 'ward' },
      { id: 'qn-quang-la', name: 'Xã Quảng La', kind: 'commune' },
    ]);
    const seed = generateSeed({ org, ...QUARTER, casesPerYear: 4000 });
    expect(seed.org).to.equal(org);
    const units = new Set([...seed.cases].flat().map((c) => c.unitId));
    expect([...units].sort()).to.deep.equal(['qn-ha-long', 'qn-quang-la']);
    expect(seed.ratings.every((r) => units.has(r.unitId))).to.equal(true);
  });
});
