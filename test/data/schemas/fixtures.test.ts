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

/**
 * Kinds of malformed payload every inbound schema is tested against. A schema either has malformed
 * fixtures of a kind or says why the kind cannot occur in it.
 */
type Category = 'wrong type' | 'missing field' | 'huge string' | 'deep nesting' | 'invalid date' | 'negative count' | 'unknown status code' | 'duplicated id' | 'wrong encoding';
const CATEGORIES: readonly Category[] = ['wrong type', 'missing field', 'huge string', 'deep nesting', 'invalid date', 'negative count', 'unknown status code', 'duplicated id', 'wrong encoding'];
/** Fixture names (without `.json`) per kind, or why the kind does not apply. */
type Coverage = Record<Category, string[] | { na: string }>;
const na = (why: string) => ({ na: why });
const NO_DATES = na('no date field');
const NO_COUNTS = na('no count or amount');
const NO_CODES = na('no enumerated field');
const NO_LISTS = na('no list of identified records');
const FREE_TEXT = na('free text only: every string is accepted as data (see xss.test.ts)');

const COVERAGE: Record<string, Coverage> = {
  ApiError: {
    'wrong type': ['error-string', 'root-array'], 'missing field': ['code-missing'], 'huge string': ['message-too-long'], 'deep nesting': ['message-nested-deep'],
    'invalid date': NO_DATES, 'negative count': NO_COUNTS, 'unknown status code': na('`code` is open-ended text'), 'duplicated id': NO_LISTS, 'wrong encoding': FREE_TEXT,
  },
  Call: {
    'wrong type': ['recall-string'], 'missing field': ['counter-id-missing'], 'huge string': ['ticket-id-huge'], 'deep nesting': ['service-id-nested-deep'],
    'invalid date': ['at-no-offset'], 'negative count': ['seq-negative'], 'unknown status code': ['priority-unknown'], 'duplicated id': NO_LISTS, 'wrong encoding': ['counter-id-nul'],
  },
  CaseFile: {
    'wrong type': ['has-fee-string', 'status-string'], 'missing field': ['supplements-missing'], 'huge string': ['note-too-long'], 'deep nesting': ['history-nested-deep'],
    'invalid date': ['received-feb-30', 'received-garbage', 'received-no-offset', 'supplement-no-offset'], 'negative count': ['legal-days-negative'],
    'unknown status code': ['status-11', 'history-status-0', 'channel-4', 'online-payment-3'], 'duplicated id': NO_LISTS,
    'wrong encoding': ['unit-id-mojibake', 'field-id-lone-surrogate', 'code-fullwidth-digits'],
  },
  CasePage: {
    'wrong type': ['items-object'], 'missing field': ['next-missing', 'item-missing-code'], 'huge string': ['cursor-huge'], 'deep nesting': ['items-nested-deep'],
    'invalid date': ['item-received-feb-30'], 'negative count': ['total-negative'], 'unknown status code': ['item-status-11'], 'duplicated id': ['duplicate-code'], 'wrong encoding': ['item-unit-id-nul'],
  },
  CasePublicStatus: {
    'wrong type': ['channel-string'], 'missing field': ['history-missing'], 'huge string': ['procedure-name-huge'], 'deep nesting': ['history-nested-deep'],
    'invalid date': ['due-garbage', 'received-hour-24'], 'negative count': NO_COUNTS, 'unknown status code': ['status-11'], 'duplicated id': NO_LISTS, 'wrong encoding': ['unit-id-bom'],
  },
  Counter: {
    'wrong type': ['number-string'], 'missing field': ['unit-id-missing'], 'huge string': ['name-huge'], 'deep nesting': ['name-nested-deep'],
    'invalid date': NO_DATES, 'negative count': ['number-negative'], 'unknown status code': NO_CODES, 'duplicated id': na('field and officer lists are sets of references; repeats change nothing'),
    'wrong encoding': ['id-lone-surrogate'],
  },
  CounterState: {
    'wrong type': ['field-ids-string', 'ticket-id-number'], 'missing field': ['counter-id-missing'], 'huge string': ['officer-id-huge'], 'deep nesting': ['field-ids-nested-deep'],
    'invalid date': NO_DATES, 'negative count': NO_COUNTS, 'unknown status code': ['status-broken'], 'duplicated id': na('`fieldIds` is a set of references; repeats change nothing'),
    'wrong encoding': ['counter-id-mojibake'],
  },
  Field: {
    'wrong type': ['ticket-base-string'], 'missing field': ['name-missing'], 'huge string': ['name-huge'], 'deep nesting': ['name-nested-deep'],
    'invalid date': NO_DATES, 'negative count': ['ticket-base-negative'], 'unknown status code': NO_CODES, 'duplicated id': NO_LISTS, 'wrong encoding': ['id-mojibake'],
  },
  Health: {
    'wrong type': ['ok-string'], 'missing field': ['version-missing'], 'huge string': ['version-huge'], 'deep nesting': ['ok-nested-deep'],
    'invalid date': ['time-garbage', 'time-no-offset'], 'negative count': NO_COUNTS, 'unknown status code': NO_CODES, 'duplicated id': NO_LISTS, 'wrong encoding': ['unit-id-nul'],
  },
  Heartbeat: {
    'wrong type': ['seq-string'], 'missing field': ['at-missing'], 'huge string': ['at-huge'], 'deep nesting': ['seq-nested-deep'],
    'invalid date': ['at-no-offset'], 'negative count': ['seq-negative'], 'unknown status code': NO_CODES, 'duplicated id': NO_LISTS, 'wrong encoding': ['at-nul'],
  },
  Officer: {
    'wrong type': ['name-number'], 'missing field': ['name-missing'], 'huge string': ['name-huge', 'photo-too-long'], 'deep nesting': ['title-nested-deep'],
    'invalid date': NO_DATES, 'negative count': NO_COUNTS, 'unknown status code': NO_CODES, 'duplicated id': NO_LISTS, 'wrong encoding': ['unit-id-replacement-char'],
  },
  OrgData: {
    'wrong type': ['officers-string', 'unit-name-nested'], 'missing field': ['officers-missing'], 'huge string': ['officer-name-huge'], 'deep nesting': ['counters-nested-deep'],
    'invalid date': NO_DATES, 'negative count': ['field-ticket-base-negative'], 'unknown status code': ['unit-kind-unknown', 'version-2'],
    'duplicated id': ['duplicate-unit-id', 'duplicate-field-id', 'duplicate-counter-id', 'duplicate-officer-id'], 'wrong encoding': ['unit-id-mojibake'],
  },
  OrgUnit: {
    'wrong type': ['parent-id-number'], 'missing field': ['name-missing'], 'huge string': ['name-huge'], 'deep nesting': ['name-nested-deep'],
    'invalid date': NO_DATES, 'negative count': NO_COUNTS, 'unknown status code': ['kind-district'], 'duplicated id': NO_LISTS, 'wrong encoding': ['id-mojibake', 'id-nul'],
  },
  Petition: {
    'wrong type': ['reopened-string'], 'missing field': ['reopened-missing'], 'huge string': ['id-huge'], 'deep nesting': ['topic-nested-deep'],
    'invalid date': ['due-garbage'], 'negative count': NO_COUNTS, 'unknown status code': ['status-closed', 'topic-unknown', 'verdict-unknown'], 'duplicated id': NO_LISTS,
    'wrong encoding': ['unit-id-lone-surrogate'],
  },
  Procedure: {
    'wrong type': ['steps-not-array'], 'missing field': ['name-missing'], 'huge string': ['step-too-long'], 'deep nesting': ['field-nested'],
    'invalid date': ['legal-date-invalid'], 'negative count': ['copies-negative', 'fee-negative', 'popularity-negative'],
    'unknown status code': ['level-unknown', 'channel-unknown', 'service-level-unknown', 'time-unit-unknown', 'fee-kind-unknown'],
    'duplicated id': na('one record; codes are checked across a catalogue (ProcedureCatalogue)'), 'wrong encoding': ['level-mojibake', 'code-nul'],
  },
  ProcedureCatalogue: {
    'wrong type': ['procedures-object'], 'missing field': ['procedures-missing'], 'huge string': ['record-name-huge'], 'deep nesting': ['procedures-nested-deep'],
    'invalid date': ['record-date-invalid'], 'negative count': ['record-copies-negative'], 'unknown status code': ['record-field-mojibake'], 'duplicated id': ['duplicate-code'],
    'wrong encoding': ['record-field-mojibake'],
  },
  QueueCommand: {
    'wrong type': ['counter-id-nested'], 'missing field': ['call-next-without-counter', 'issue-without-service', 'transfer-without-target'], 'huge string': ['counter-id-huge'],
    'deep nesting': ['counter-id-nested-deep'], 'invalid date': NO_DATES, 'negative count': NO_COUNTS, 'unknown status code': ['issue-priority-unknown', 'unknown-type'],
    'duplicated id': NO_LISTS, 'wrong encoding': ['counter-id-nul'],
  },
  QueueCommandResult: {
    'wrong type': ['ok-string'], 'missing field': ['ok-missing'], 'huge string': ['message-huge'], 'deep nesting': ['events-nested-deep'],
    'invalid date': ['event-at-invalid'], 'negative count': ['event-call-seq-negative'], 'unknown status code': ['event-ticket-status-unknown', 'event-type-unknown'],
    'duplicated id': na('events are folded by `seq`; a repeat is ignored by the engine (tested with the widgets)'), 'wrong encoding': ['event-unit-id-mojibake'],
  },
  QueueEvent: {
    'wrong type': ['seq-string'], 'missing field': ['called-without-call', 'type-missing'], 'huge string': ['ticket-display-name-huge'], 'deep nesting': ['ticket-nested-deep'],
    'invalid date': ['at-feb-30'], 'negative count': ['seq-negative', 'ticket-recalls-negative'], 'unknown status code': ['counter-status-unknown', 'unknown-type'],
    'duplicated id': na('one event; a repeated `seq` or ticket id is ignored or replaced by the engine (tested with the widgets)'),
    'wrong encoding': ['unit-id-nul', 'ticket-id-lone-surrogate'],
  },
  QueueSnapshot: {
    'wrong type': ['counters-object', 'seq-fraction'], 'missing field': ['epoch-missing'], 'huge string': ['epoch-huge'], 'deep nesting': ['tickets-nested-deep'],
    'invalid date': ['at-garbage'], 'negative count': ['call-seq-negative', 'issued-count-negative'], 'unknown status code': ['ticket-status-lost', 'counter-status-unknown'],
    'duplicated id': ['duplicate-ticket-id', 'duplicate-counter-id', 'duplicate-call-seq'], 'wrong encoding': ['unit-id-nul', 'ticket-id-mojibake'],
  },
  Rating: {
    'wrong type': ['level-number', 'partial-string'], 'missing field': ['level-missing'], 'huge string': ['comment-huge'], 'deep nesting': ['reasons-nested-deep'],
    'invalid date': ['created-feb-30', 'created-no-offset'], 'negative count': ['indicator-negative'], 'unknown status code': ['level-unknown', 'scale-4', 'lang-fr'],
    'duplicated id': na('one rating; its UUID is the idempotency key across batches'), 'wrong encoding': ['unit-id-nul', 'device-id-lone-surrogate'],
  },
  RatingBatchResponse: {
    'wrong type': ['accepted-string'], 'missing field': ['duplicates-missing'], 'huge string': ['accepted-id-huge'], 'deep nesting': ['rejected-nested-deep'],
    'invalid date': NO_DATES, 'negative count': NO_COUNTS, 'unknown status code': ['rejection-code-unknown'],
    'duplicated id': na('ids are echoed from the request; the outbox settles each once'), 'wrong encoding': ['rejection-code-nul'],
  },
  Ticket: {
    'wrong type': ['number-string', 'issued-epoch-number'], 'missing field': ['id-missing'], 'huge string': ['display-name-huge'], 'deep nesting': ['service-id-nested-deep', 'number-nested'],
    'invalid date': ['issued-feb-30', 'issued-no-offset', 'called-hour-25', 'issued-date-only'], 'negative count': ['number-negative', 'recalls-negative'],
    'unknown status code': ['status-lost', 'priority-vip'], 'duplicated id': NO_LISTS, 'wrong encoding': ['id-lone-surrogate', 'service-id-mojibake', 'unit-id-nul', 'issued-nul'],
  },
};

type RawIssue = z.core.$ZodIssue;
const depthOf = (v: unknown): number => {
  // Iterative: the point of some fixtures is a nesting deeper than a recursive walk would like.
  let max = 0;
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, d] = stack.pop()!;
    max = Math.max(max, d);
    if (x !== null && typeof x === 'object') for (const c of Object.values(x)) stack.push([c, d + 1]);
  }
  return max;
};
/** Broken bytes as they reach a browser: NUL, lone surrogates, a BOM, U+FFFD, full-width digits, UTF-8 read as Latin-1/1252. */
// eslint-disable-next-line no-control-regex -- NUL is one of the broken encodings looked for
const BROKEN_ENCODING = /[\u0000\ud800-\udfff\ufeff\ufffd\uff10-\uff19]|Ã|á»|áº|Ä‘|Æ°/;
/** The accepted values of an enum, literal union or discriminated union issue. */
function allowedValues(issue: RawIssue): unknown[] | undefined {
  if (issue.code === 'invalid_value') return [...issue.values];
  if (issue.code !== 'invalid_union') return undefined;
  if (issue.discriminator) return 'options' in issue ? [...((issue as { options?: unknown[] }).options ?? [])] : undefined;
  return issue.errors.flatMap((b) => (b[0]?.code === 'invalid_value' ? [...b[0].values] : []));
}
/** The discriminator value of a discriminated union's input, or the input itself. */
const tagOf = (i: RawIssue): unknown =>
  i.code === 'invalid_union' && i.discriminator && i.input !== null && typeof i.input === 'object' ? (i.input as Record<string, unknown>)[String(i.discriminator)] : i.input;
/** Whether the issue a fixture fails with is of the kind it is listed under. */
const IS: Record<Category, (issue: RawIssue) => boolean> = {
  'wrong type': (i) => {
    if (!('input' in i) || i.input === undefined) return false;
    if (i.code === 'invalid_type') return true;
    const values = allowedValues(i);
    return !!values?.length && !values.some((v) => typeof v === typeof i.input);
  },
  'missing field': (i) => 'input' in i && (i.input === undefined || (i.code === 'invalid_union' && !!i.discriminator && tagOf(i) === undefined)),
  'huge string': (i) => typeof i.input === 'string' && i.input.length > 1000,
  'deep nesting': (i) => depthOf(i.input) >= 100,
  'invalid date': (i) => i.code === 'invalid_format' && (i.format === 'datetime' || i.format === 'date'),
  'negative count': (i) => typeof i.input === 'number' && i.input < 0,
  'unknown status code': (i) => {
    const values = allowedValues(i);
    if (!values?.length || i.input === undefined) return false;
    const tag = tagOf(i);
    return tag !== undefined && values.some((v) => typeof v === typeof tag) && !values.includes(tag);
  },
  'duplicated id': (i) => i.code === 'custom' && i.message.startsWith('duplicate-id:'),
  'wrong encoding': (i) => typeof i.input === 'string' && BROKEN_ENCODING.test(i.input),
};

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

  it('has malformed fixtures of every kind that applies to each inbound schema, or says why a kind does not apply', () => {
    expect(Object.keys(COVERAGE).sort()).to.deep.equal(Object.keys(SCHEMAS).sort());
    for (const [schema, coverage] of Object.entries(COVERAGE)) {
      expect(Object.keys(coverage).sort(), schema).to.deep.equal([...CATEGORIES].sort());
      for (const kind of CATEGORIES) {
        const c = coverage[kind];
        if (!Array.isArray(c)) {
          expect(c.na, `${schema}: ${kind}`).to.be.a('string').and.not.empty;
          continue;
        }
        expect(c, `${schema}: ${kind}`).to.not.be.empty;
        for (const name of c) expect(index.invalid[schema] ?? [], `${schema}: ${kind}`).to.include(`${name}.json`);
      }
    }
  });

  it('each listed fixture fails, at its recorded path, with an issue of the kind it is listed under', () => {
    const wrong: string[] = [];
    for (const [schema, coverage] of Object.entries(COVERAGE)) {
      for (const kind of CATEGORIES) {
        const c = coverage[kind];
        if (!Array.isArray(c)) continue;
        for (const name of c) {
          const file = `${name}.json`;
          const e = expectations[schema]?.[file];
          const r = schemaOf(schema).safeParse(fixture(`invalid/${schema}/${file}`), { reportInput: true });
          const at = (r.error?.issues ?? []).filter((i) => formatPath(i.path, 'en') === (e?.path === '' ? formatPath([], 'en') : e?.path));
          if (!at.some(IS[kind])) wrong.push(`${schema}/${file} (${kind}): ${JSON.stringify(at.map((i) => i.code))}`);
        }
      }
    }
    expect(wrong).to.deep.equal([]);
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
        // Every issue reads differently in each language: none falls through untranslated.
        const both = (p.error.issues?.vi ?? []).map((x, k) => [x.message, p.error.issues?.en[k]?.message]);
        expect(both.length, 'issue count').to.be.above(0);
        expect(p.error.issues?.en.length, 'issues in each language').to.equal(both.length);
        for (const [viMessage, enMessage] of both) expect(viMessage, `untranslated: ${enMessage}`).to.not.equal(enMessage);
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
