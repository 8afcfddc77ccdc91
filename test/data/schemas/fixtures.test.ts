import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import * as S from '../../../src/data/schemas/index.js';
import { describeIssues, formatPath, type PayloadIssue } from '../../../src/data/schemas/describe.js';
import { DataError, parseWith } from '../../../src/data/errors.js';

// Fixtures live in test/fixtures; the index is written by scripts/fixtures-index.mjs because a
// browser cannot list a directory.
interface FixtureIndex {
  valid: Record<string, string[]>;
  invalid: Record<string, string[]>;
}
/** Where a malformed fixture fails (`""` for the root) and a phrase of the message in each language. */
interface Expected {
  path: string;
  vi: string;
  en: string;
}

async function load<T>(path: string): Promise<T> {
  const res = await fetch(`/test/fixtures/${path}`);
  if (!res.ok) throw new Error(`/test/fixtures/${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Every inbound schema, by the directory name of its fixtures. */
const SCHEMAS = {
  OrgData: S.OrgData,
  OrgUnit: S.OrgUnit,
  Field: S.Field,
  Counter: S.Counter,
  Officer: S.Officer,
  Procedure: S.Procedure,
  ProcedureCatalogue: S.ProcedureCatalogue,
  Ticket: S.Ticket,
  CounterState: S.CounterState,
  Call: S.Call,
  QueueSnapshot: S.QueueSnapshot,
  QueueEvent: S.QueueEvent,
  Heartbeat: S.Heartbeat,
  QueueCommand: S.QueueCommand,
  QueueCommandResult: S.QueueCommandResult,
  CaseFile: S.CaseFile,
  CasePublicStatus: S.CasePublicStatus,
  Rating: S.Rating,
  Petition: S.Petition,
  RatingBatchResponse: S.RatingBatchResponse,
  CasePage: S.CasePage,
  ApiError: S.ApiError,
  Health: S.Health,
} satisfies Record<string, z.ZodMiniType>;

const schemaOf = (name: string): z.ZodMiniType => {
  const s = (SCHEMAS as Record<string, z.ZodMiniType>)[name];
  if (!s) throw new Error(`no schema for fixture directory ${name}`);
  return s;
};

const index = await load<FixtureIndex>('index.json');
const expectations: Record<string, Record<string, Expected>> = {};
for (const schema of Object.keys(index.invalid)) expectations[schema] = await load(`invalid/${schema}/expected.json`);
const fixtures = new Map<string, unknown>();
for (const kind of ['valid', 'invalid'] as const)
  for (const [schema, files] of Object.entries(index[kind]))
    for (const f of files) fixtures.set(`${kind}/${schema}/${f}`, await load(`${kind}/${schema}/${f}`));

const fixture = (path: string): unknown => {
  if (!fixtures.has(path)) throw new Error(`fixture ${path} is not in the index`);
  return fixtures.get(path);
};

/** The input without keys starting with `_` (notes such as `_nguon` that the schemas drop by design). */
function withoutNotes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNotes);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('_')).map(([k, x]) => [k, withoutNotes(x)]));
  return v;
}

const pathIn = (e: Expected, lang: 'vi' | 'en') => (e.path === '' ? formatPath([], lang) : e.path);
const matching = (issues: readonly PayloadIssue[], e: Expected, lang: 'vi' | 'en') =>
  issues.find((i) => i.path === pathIn(e, lang) && i.message.includes(e[lang]));

describe('schema fixtures: the index', () => {
  it('names only directories that belong to an inbound schema', () => {
    const known = Object.keys(SCHEMAS);
    expect(Object.keys(index.valid).filter((d) => !known.includes(d))).to.deep.equal([]);
    expect(Object.keys(index.invalid).filter((d) => !known.includes(d))).to.deep.equal([]);
  });

  it('has at least one valid and one malformed fixture for every inbound schema', () => {
    for (const name of Object.keys(SCHEMAS)) {
      expect(index.valid[name] ?? [], `valid/${name}`).to.not.be.empty;
      expect(index.invalid[name] ?? [], `invalid/${name}`).to.not.be.empty;
    }
  });

  it('records an expected path for every malformed fixture and no entry for a missing file', () => {
    for (const [schema, files] of Object.entries(index.invalid)) {
      const exp = expectations[schema] ?? {};
      expect(Object.keys(exp).sort(), `invalid/${schema}/expected.json`).to.deep.equal([...files].sort());
      for (const f of files) {
        expect(exp[f]?.path, `${schema}/${f}`).to.be.a('string');
        expect(exp[f]?.vi, `${schema}/${f}`).to.be.a('string').and.not.empty;
        expect(exp[f]?.en, `${schema}/${f}`).to.be.a('string').and.not.empty;
      }
    }
  });

  it('covers every QueueEvent variant with a valid fixture', () => {
    const variants = [...(S.QueueEvent._zod.propValues?.['type'] ?? [])];
    const seen = (index.valid['QueueEvent'] ?? []).map((f) => (fixture(`valid/QueueEvent/${f}`) as { type: string }).type);
    expect(variants).to.not.be.empty;
    expect(variants.filter((v) => !seen.includes(v as string))).to.deep.equal([]);
  });

  it('covers every QueueCommand variant with a valid fixture', () => {
    const variants = [...(S.QueueCommand._zod.propValues?.['type'] ?? [])];
    const seen = (index.valid['QueueCommand'] ?? []).map((f) => (fixture(`valid/QueueCommand/${f}`) as { type: string }).type);
    expect(variants).to.have.length(10);
    expect(variants.filter((v) => !seen.includes(v as string))).to.deep.equal([]);
  });
});

for (const [schema, files] of Object.entries(index.valid)) {
  describe(`${schema} accepts its valid fixtures`, () => {
    for (const file of files) {
      it(`accepts ${file} and keeps every field it knows`, () => {
        const input = fixture(`valid/${schema}/${file}`);
        const r = parseWith(schemaOf(schema), input, `valid/${schema}/${file}`);
        if (!r.ok) throw new Error(r.error.message);
        // Nothing is silently dropped: a misspelt optional field would vanish here and fail the comparison.
        expect(r.value).to.deep.equal(withoutNotes(input));
      });
    }
  });
}

for (const [schema, files] of Object.entries(index.invalid)) {
  describe(`${schema} rejects its malformed fixtures`, () => {
    for (const file of files) {
      const e = expectations[schema]?.[file];
      it(`rejects ${file} at ${e?.path || '(root)'} and says what was expected in Vietnamese and English`, () => {
        if (!e) throw new Error(`no expectation for ${schema}/${file}`);
        const input = fixture(`invalid/${schema}/${file}`);
        const r = schemaOf(schema).safeParse(input);
        expect(r.success).to.equal(false);
        const raw = r.error?.issues ?? [];
        for (const lang of ['vi', 'en'] as const) {
          const issues = describeIssues(raw, lang);
          expect(matching(issues, e, lang), `${lang}: ${JSON.stringify(issues)}`).to.not.equal(undefined);
        }

        const p = parseWith(schemaOf(schema), input, `fixtures/${schema}/${file}`);
        if (p.ok) throw new Error('parseWith accepted a malformed fixture');
        expect(p.error).to.be.instanceOf(DataError);
        expect(p.error.kind).to.equal('schema');
        expect(p.error.source).to.equal(`fixtures/${schema}/${file}`);
        expect(p.error.retryable).to.equal(false);
        const vi = matching(p.error.issues?.vi ?? [], e, 'vi');
        const en = matching(p.error.issues?.en ?? [], e, 'en');
        expect(vi, 'vi issue').to.not.equal(undefined);
        expect(en, 'en issue').to.not.equal(undefined);
        // The English message lists the first five issues as `path: message`.
        const position = (p.error.issues?.en ?? []).indexOf(en!);
        if (position < 5) expect(p.error.message).to.include(`${en!.path}: ${en!.message}`);
      });
    }
  });
}

describe('schema fixtures: the data they carry', () => {
  it('models Hạ Long in 2024 as province → centre → 21 wards and 12 communes', () => {
    const r = S.OrgData.safeParse(fixture('valid/OrgData/halong-2024.json'));
    if (!r.success) throw r.error;
    const units = r.data.units;
    const root = units.filter((u) => u.parentId == null);
    expect(root.map((u) => u.kind)).to.deep.equal(['province']);
    const centres = units.filter((u) => u.parentId === root[0]!.id);
    expect(centres.map((u) => u.kind)).to.deep.equal(['centre']);
    const leaves = units.filter((u) => u.parentId === centres[0]!.id);
    expect(leaves).to.have.length(33);
    expect(leaves.filter((u) => u.kind === 'ward')).to.have.length(21);
    expect(leaves.filter((u) => u.kind === 'commune')).to.have.length(12);
    expect(units).to.have.length(35);
  });

  it('models Quảng Ninh after 01/07/2025 as province → provincial centre → commune-level centres with the confirmed names', () => {
    const r = S.OrgData.safeParse(fixture('valid/OrgData/quang-ninh-2025.json'));
    if (!r.success) throw r.error;
    const units = r.data.units;
    const root = units.find((u) => u.parentId == null)!;
    const centre = units.find((u) => u.parentId === root.id)!;
    expect(centre.kind).to.equal('centre');
    const local = units.filter((u) => u.parentId === centre.id);
    expect(local.map((u) => u.shortName)).to.have.members([
      'Phường Hạ Long', 'Phường Hồng Gai', 'Phường Bãi Cháy', 'Phường Hà Tu', 'Phường Hà Lầm', 'Phường Cao Xanh',
      'Phường Việt Hưng', 'Phường Tuần Châu', 'Phường Hoành Bồ', 'Xã Quảng La', 'Xã Thống Nhất', 'Xã Kỳ Thượng',
      'Đặc khu Vân Đồn', 'Đặc khu Cô Tô',
    ]);
    expect(local.filter((u) => u.kind === 'special_zone').map((u) => u.id)).to.have.members(['qn-van-don', 'qn-co-to']);
    // No district level any more.
    expect(units.some((u) => u.kind === 'district' || u.kind === 'city')).to.equal(false);
  });

  it('keeps the national sample catalogue and its three procedures identical', () => {
    const catalogue = S.ProcedureCatalogue.parse(fixture('valid/ProcedureCatalogue/sample.json'));
    expect(catalogue.procedures.map((p) => p.ma_thu_tuc)).to.deep.equal(['1.001193', '1.000894', '2.000815']);
    for (const p of catalogue.procedures)
      expect(S.Procedure.parse(fixture(`valid/Procedure/sample-${p.ma_thu_tuc}.json`))).to.deep.equal(p);
  });

  it('keeps a name with every Vietnamese tone mark and letter exactly as sent', () => {
    const input = fixture('valid/Ticket/name-every-tone-mark.json') as { displayName: string };
    const name = S.Ticket.parse(input).displayName!;
    expect(name).to.equal(input.displayName);
    const marks = name.normalize('NFD');
    // huyền, sắc, hỏi, ngã, nặng; breve (ă), circumflex (â ê ô), horn (ơ ư); and đ.
    for (const mark of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323', '\u0306', '\u0302', '\u031b'])
      expect(marks, `U+${mark.codePointAt(0)!.toString(16)}`).to.include(mark);
    expect(name.toLowerCase()).to.include('đ');
  });

  it('does not normalise a decomposed (NFD) name', () => {
    const input = fixture('valid/Ticket/name-decomposed.json') as { displayName: string };
    expect(input.displayName).to.not.equal(input.displayName.normalize('NFC'));
    expect(S.Ticket.parse(input).displayName).to.equal(input.displayName);
  });

  it('accepts a dossier with two supplement periods under the code H15.50.05.13-261008-0975', () => {
    const c = S.CaseFile.parse(fixture('valid/CaseFile/two-supplements.json'));
    expect(c.code).to.equal('H15.50.05.13-261008-0975');
    expect(c.supplements).to.have.length(2);
    expect(c.supplements.every((s) => typeof s.completedAt === 'string')).to.equal(true);
  });

  it('accepts five-level ratings and Circular 01/2018 indicator answers', () => {
    expect(S.Rating.parse(fixture('valid/Rating/five-level-neutral.json')).level).to.equal('neutral');
    expect(S.Rating.parse(fixture('valid/Rating/five-level-very-dissatisfied.json')).level).to.equal('very_dissatisfied');
    const r = S.Rating.parse(fixture('valid/Rating/with-indicators.json'));
    expect(r.indicators).to.deep.equal({ '1': 2, '3': 1, '4': 2, '7': 0 });
  });

  it('rejects a 5-level answer on the 3-level scale but accepts the same answer on the 5-level scale', () => {
    const bad = fixture('invalid/Rating/level-outside-three-scale.json') as Record<string, unknown>;
    expect(S.Rating.safeParse(bad).success).to.equal(false);
    expect(S.Rating.safeParse({ ...bad, scale: 5 }).success).to.equal(true);
  });
});
