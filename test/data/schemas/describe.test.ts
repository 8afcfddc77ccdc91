import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { describeIssue, describeIssues, formatPath, summariseIssues } from '../../../src/data/schemas/describe.js';
import { Rating, QueueEvent, SafeUrl, IsoDateTime, IsoDate, ProcedureCode, Label } from '../../../src/data/schemas/index.js';
import { parseWith } from '../../../src/data/errors.js';

type RawIssue = z.core.$ZodIssue;
type Lang = 'vi' | 'en';

/** The issues of a failing parse; `reportInput` keeps the received value in each issue. */
function issuesOf(schema: z.ZodMiniType, input: unknown, reportInput = false): RawIssue[] {
  const r = schema.safeParse(input, { reportInput });
  if (r.success) throw new Error(`expected ${JSON.stringify(input)} to fail`);
  return r.error.issues;
}
function first(schema: z.ZodMiniType, input: unknown, reportInput = false): RawIssue {
  const i = issuesOf(schema, input, reportInput)[0];
  if (!i) throw new Error('no issue');
  return i;
}
const say = (issue: RawIssue, lang: Lang) => describeIssue(issue, lang).message;

describe('formatPath', () => {
  it('formatPath writes object keys with dots and array indices in brackets', () => {
    expect(formatPath(['ratings', 3, 'level'], 'en')).to.equal('ratings[3].level');
    expect(formatPath(['a', 0, 1, 'b'], 'vi')).to.equal('a[0][1].b');
    expect(formatPath(['units', 12, 'parentId'], 'vi')).to.equal('units[12].parentId');
  });

  it('formatPath starts a path that begins with an index with the bracket', () => {
    expect(formatPath([2, 'seq'], 'en')).to.equal('[2].seq');
  });

  it('formatPath names the root in the requested language', () => {
    expect(formatPath([], 'vi')).to.equal('(gốc)');
    expect(formatPath([], 'en')).to.equal('(root)');
  });

  it('describeIssue uses the same path format for real issues', () => {
    const issue = first(z.object({ ratings: z.array(Rating) }), { ratings: [{}] });
    expect(describeIssue(issue, 'en').path).to.equal('ratings[0].id');
  });
});

describe('describeIssue: one sentence per issue code', () => {
  it('says a required field is missing only when the parse reported the absent value', () => {
    const issue = first(z.object({ name: Label }), {}, true);
    expect(say(issue, 'vi')).to.equal('thiếu trường bắt buộc (cần chuỗi ký tự)');
    expect(say(issue, 'en')).to.equal('required field is missing (expected a string)');
  });

  it('names the expected and the received type of a wrong type', () => {
    const issue = first(z.object({ seq: z.number() }), { seq: '12' }, true);
    expect(say(issue, 'vi')).to.equal('cần số, nhận được "12"');
    expect(say(issue, 'en')).to.equal('expected a number, received "12"');
  });

  it('does not claim a field is missing when the issue carries no input (the default parse)', () => {
    const issue = first(z.object({ seq: z.number() }), { seq: '12' });
    expect(say(issue, 'vi')).to.equal('cần số');
    expect(say(issue, 'en')).to.equal('expected a number');
  });

  it('names an integer, an array, an object and true/false in both languages', () => {
    const cases: [z.ZodMiniType, unknown, string, string][] = [
      [z.int(), 1.5, 'cần số nguyên', 'expected an integer'],
      [z.array(z.string()), 'a', 'cần mảng', 'expected an array'],
      [z.object({}), [], 'cần đối tượng', 'expected an object'],
      [z.boolean(), 'true', 'cần true/false', 'expected true/false'],
    ];
    for (const [schema, input, vi, en] of cases) {
      const issue = first(schema, input);
      expect(say(issue, 'vi')).to.equal(vi);
      expect(say(issue, 'en')).to.equal(en);
    }
  });

  it('lists the accepted values of an enum and shows the received one', () => {
    const issue = first(z.enum(['vi', 'en']), 'fr', true);
    expect(say(issue, 'vi')).to.equal('cần một trong: "vi", "en"; nhận được "fr"');
    expect(say(issue, 'en')).to.equal('expected one of: "vi", "en"; received "fr"');
  });

  it('lists the accepted values of a union of literals instead of "matches none"', () => {
    const issue = first(z.union([z.literal(3), z.literal(5)]), 4, true);
    expect(say(issue, 'vi')).to.equal('cần một trong: 3, 5; nhận được 4');
    expect(say(issue, 'en')).to.equal('expected one of: 3, 5; received 4');
  });

  it('names the discriminator, its accepted values and the received tag of a discriminated union', () => {
    const issue = first(QueueEvent, { type: 'ticket-lost', seq: 1 }, true);
    expect(describeIssue(issue, 'en').path).to.equal('type');
    const en = say(issue, 'en');
    expect(en).to.match(/^unknown "type" value: expected one of: "ticket-issued", /);
    expect(en).to.include('"day-reset"');
    expect(en).to.include('received "ticket-lost"');
    expect(say(issue, 'vi')).to.match(/^giá trị "type" không hợp lệ: cần một trong: "ticket-issued", .*; nhận được "ticket-lost"$/);
  });

  it('says a union of shapes matched none of them', () => {
    const issue = first(z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]), {});
    expect(say(issue, 'vi')).to.equal('không khớp dạng dữ liệu nào được chấp nhận');
    expect(say(issue, 'en')).to.equal('matches none of the accepted shapes');
  });

  it('names each string format', () => {
    const cases: [z.ZodMiniType, string, string, string][] = [
      [IsoDateTime, '2026-03-04T08:15:00', 'cần ngày giờ ISO 8601 có múi giờ', 'expected an ISO 8601 date-time with offset'],
      [IsoDate, '2026-02-30', 'cần ngày dạng YYYY-MM-DD', 'expected a YYYY-MM-DD date'],
      [z.uuid(), 'abc', 'cần mã UUID', 'expected a UUID'],
      [ProcedureCode, '1.0011', 'cần đúng định dạng', 'expected a value in the required format'],
    ];
    for (const [schema, input, vi, en] of cases) {
      const issue = first(schema, input, true);
      expect(say(issue, 'vi')).to.equal(`${vi}${vi.endsWith('múi giờ') ? ' (vd. 2026-03-04T08:15:00+07:00)' : ''}; nhận được ${JSON.stringify(input)}`);
      expect(say(issue, 'en')).to.equal(`${en}${en.endsWith('offset') ? ' (e.g. 2026-03-04T08:15:00+07:00)' : ''}; received ${JSON.stringify(input)}`);
    }
  });

  it('says a URL field expects an http(s) URL or a relative path', () => {
    const issue = first(SafeUrl, 'javascript:alert(1)');
    expect(say(issue, 'vi')).to.equal('cần địa chỉ http(s) hoặc đường dẫn tương đối');
    expect(say(issue, 'en')).to.equal('expected an http(s) URL or relative path');
  });

  it('gives lower bounds of lengths, item counts and values, inclusive or not', () => {
    expect(say(first(z.string().check(z.minLength(1)), ''), 'vi')).to.equal('độ dài phải ≥ 1');
    expect(say(first(z.string().check(z.minLength(1)), ''), 'en')).to.equal('length must be ≥ 1');
    expect(say(first(z.array(z.string()).check(z.minLength(2)), ['a']), 'vi')).to.equal('số phần tử phải ≥ 2');
    expect(say(first(z.array(z.string()).check(z.minLength(2)), ['a']), 'en')).to.equal('item count must be ≥ 2');
    expect(say(first(z.int().check(z.positive()), 0), 'vi')).to.equal('giá trị phải > 0');
    expect(say(first(z.int().check(z.positive()), 0), 'en')).to.equal('value must be > 0');
  });

  it('gives upper bounds of lengths, item counts and values, inclusive or not', () => {
    expect(say(first(Label, 'x'.repeat(501)), 'vi')).to.equal('độ dài phải ≤ 500');
    expect(say(first(Label, 'x'.repeat(501)), 'en')).to.equal('length must be ≤ 500');
    expect(say(first(z.array(z.int()).check(z.maxLength(1)), [1, 2]), 'vi')).to.equal('số phần tử phải ≤ 1');
    expect(say(first(z.array(z.int()).check(z.maxLength(1)), [1, 2]), 'en')).to.equal('item count must be ≤ 1');
    expect(say(first(z.number().check(z.lt(10)), 10), 'vi')).to.equal('giá trị phải < 10');
    expect(say(first(z.number().check(z.lt(10)), 10), 'en')).to.equal('value must be < 10');
  });

  it('names the divisor of a multiple-of check', () => {
    const issue = first(z.number().check(z.multipleOf(5)), 7);
    expect(say(issue, 'vi')).to.equal('phải là bội số của 5');
    expect(say(issue, 'en')).to.equal('must be a multiple of 5');
  });

  it('lists unexpected fields of a strict object', () => {
    const issue = first(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 });
    expect(say(issue, 'vi')).to.equal('trường không được phép: b, c');
    expect(say(issue, 'en')).to.equal('unexpected fields: b, c');
  });

  it('reports an invalid record key and an invalid map element', () => {
    const key = first(z.record(z.string().check(z.regex(/^a/)), z.number()), { b: 1 });
    expect(key.code).to.equal('invalid_key');
    expect(say(key, 'vi')).to.equal('khóa hoặc phần tử không hợp lệ');
    expect(say(key, 'en')).to.equal('invalid key or element');
    const element: RawIssue = { code: 'invalid_element', origin: 'map', key: 'k', issues: [], path: ['m'], message: 'Invalid input' };
    expect(describeIssue(element, 'en')).to.deep.equal({ path: 'm', message: 'invalid key or element' });
  });

  it('turns each custom code of the schemas into a sentence with its argument', () => {
    const custom = (message: string): RawIssue => ({ code: 'custom', message, path: [], input: undefined });
    const cases: [string, string, string][] = [
      ['duplicate-id:hl-ha-tu', 'mã "hl-ha-tu" bị trùng', 'id "hl-ha-tu" is duplicated'],
      ['one-root:2', 'cây đơn vị phải có đúng một gốc (đang có 2)', 'the unit tree needs exactly one root (found 2)'],
      ['unknown-ref:qn-uong-bi', 'tham chiếu "qn-uong-bi" không tồn tại', 'reference "qn-uong-bi" does not exist'],
      ['cycle:qn-bai-chay', 'cây đơn vị có vòng lặp tại "qn-bai-chay"', 'the unit tree has a cycle at "qn-bai-chay"'],
      ['level-not-in-scale', 'mức đánh giá không thuộc thang đã chọn', 'level is not part of the chosen scale'],
      ['order:calledAt < issuedAt', 'thời điểm không hợp lệ: calledAt < issuedAt', 'timestamps out of order: calledAt < issuedAt'],
      ['url', 'cần địa chỉ http(s) hoặc đường dẫn tương đối', 'expected an http(s) URL or relative path'],
    ];
    for (const [msg, vi, en] of cases) {
      expect(say(custom(msg), 'vi'), msg).to.equal(vi);
      expect(say(custom(msg), 'en'), msg).to.equal(en);
    }
  });

  it('keeps an argument that itself contains a colon whole', () => {
    const issue: RawIssue = { code: 'custom', message: 'unknown-ref:urn:hcc:unit:1', path: ['units', 0, 'parentId'] };
    expect(describeIssue(issue, 'en')).to.deep.equal({ path: 'units[0].parentId', message: 'reference "urn:hcc:unit:1" does not exist' });
  });

  it('passes an unknown custom message through unchanged', () => {
    const issue: RawIssue = { code: 'custom', message: 'Số vé đã được dùng', path: ['ticket'] };
    expect(say(issue, 'vi')).to.equal('Số vé đã được dùng');
  });

  it('never falls back to zod\'s generic "Invalid input" and differs between the two languages', () => {
    const issues = [
      first(z.object({ a: z.string() }), {}),
      first(z.enum(['a']), 'b'),
      first(IsoDateTime, 'x'),
      first(Label, ''),
      first(Label, 'x'.repeat(501)),
      first(z.union([z.literal(1), z.literal(2)]), 3),
      first(Rating, { id: 'x' }),
    ];
    for (const issue of issues) {
      const vi = say(issue, 'vi');
      const en = say(issue, 'en');
      expect(vi, issue.code).to.not.equal('Invalid input');
      expect(en, issue.code).to.not.equal('Invalid input');
      expect(vi, issue.code).to.not.equal(en);
    }
  });
});

describe('describeIssue: received values', () => {
  it('shortens a long received string and gives its length', () => {
    const long = 'Đ'.repeat(100);
    const issue = first(z.enum(['a']), long, true);
    expect(say(issue, 'en')).to.equal(`expected one of: "a"; received "${'Đ'.repeat(37)}…" (100)`);
  });

  it('names arrays, null and objects by their kind', () => {
    expect(say(first(z.string(), [1], true), 'en')).to.equal('expected a string, received array');
    expect(say(first(z.string(), null, true), 'en')).to.equal('expected a string, received null');
    expect(say(first(z.string(), { a: 1 }, true), 'vi')).to.equal('cần chuỗi ký tự, nhận được object');
  });
});

describe('describeIssues and summariseIssues', () => {
  const many = issuesOf(z.array(z.string()), Array.from({ length: 30 }, (_, i) => i));

  it('describeIssues describes at most 20 issues by default, or the given limit', () => {
    expect(many).to.have.length(30);
    expect(describeIssues(many, 'vi')).to.have.length(20);
    expect(describeIssues(many, 'en', 3).map((i) => i.path)).to.deep.equal(['[0]', '[1]', '[2]']);
  });

  it('summariseIssues writes one "path: message" line per issue and counts the rest', () => {
    const en = summariseIssues(many, 'en', 2).split('\n');
    expect(en).to.deep.equal(['[0]: expected a string', '[1]: expected a string', '… and 28 more']);
    const vi = summariseIssues(many, 'vi', 2).split('\n');
    expect(vi).to.deep.equal(['[0]: cần chuỗi ký tự', '[1]: cần chuỗi ký tự', '… và 28 lỗi khác']);
  });

  it('summariseIssues adds no count line when every issue fits', () => {
    const two = issuesOf(z.object({ a: z.string(), b: z.string() }), {});
    expect(summariseIssues(two, 'en')).to.equal('a: expected a string\nb: expected a string');
  });
});

describe('parseWith', () => {
  it('parseWith returns the parsed value and drops unknown fields', () => {
    const r = parseWith(z.object({ ok: z.boolean() }), { ok: true, extra: '<script>' }, 'test');
    expect(r).to.deep.equal({ ok: true, value: { ok: true } });
  });

  it('parseWith reports a root-level failure with the root path in each language', () => {
    for (const input of [undefined, null, 'chuỗi', 42, []]) {
      const r = parseWith(Rating, input, 'GET /ratings');
      if (r.ok) throw new Error('accepted');
      expect(r.error.kind).to.equal('schema');
      expect(r.error.issues?.vi[0]?.path).to.equal('(gốc)');
      expect(r.error.issues?.en[0]?.path).to.equal('(root)');
      // parseWith reports the received value, so an absent payload reads as missing and others say what came.
      expect(r.error.message).to.match(input === undefined
        ? /^Invalid data from GET \/ratings:\n\(root\): required field is missing \(expected an object\)/
        : /^Invalid data from GET \/ratings:\n\(root\): expected an object, received /);
    }
  });

  it('parseWith names every failing path in the English message', () => {
    const r = parseWith(z.object({ a: z.string(), b: z.object({ c: z.int() }) }), { b: { c: 'x' } }, 'src');
    if (r.ok) throw new Error('accepted');
    expect(r.error.message).to.equal('Invalid data from src:\na: required field is missing (expected a string)\nb.c: expected a number, received "x"');
  });
});
