import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import * as S from '../../../src/data/schemas/index.js';
import { describeIssues } from '../../../src/data/schemas/describe.js';

interface Entry {
  name: string;
  value: string;
}
interface Corpus {
  text: Entry[];
  urls: Entry[];
  safeUrls: Entry[];
  long: Entry[];
}

const corpus = (await (await fetch('/test/fixtures/xss.json')).json()) as Corpus;

const rating = (over: Record<string, unknown>) => ({
  id: '3f1c2a4e-8b7d-4c21-9f6e-2d5b7a9c0e13', createdAt: '2026-03-04T07:46:20+07:00', unitId: 'qn-bai-chay',
  scale: 3, level: 'satisfied', reasons: [], lang: 'vi', deviceId: 'bc-tablet-01', ...over,
});
const ticket = (over: Record<string, unknown>) => ({
  id: 'bc-1001', number: 1001, unitId: 'qn-bai-chay', serviceId: 'ho-tich', status: 'waiting', priority: 'none',
  issuedAt: '2026-03-04T07:30:12+07:00', recalls: 0, ...over,
});
const caseFile = (over: Record<string, unknown>) => ({
  code: 'H49.50.13-260302-0012', procedureCode: '1.001193', unitId: 'qn-bai-chay', fieldId: 'ho-tich', channel: 1, status: 4,
  receivedAt: '2026-03-02T08:20:00+07:00', supplements: [], hasFee: false, onlinePayment: 0, digitised: true, eResult: true,
  paperResult: true, reusedData: false, personalStore: false, citizenData: false, synced: true, history: [], ...over,
});
const procedure = (over: Record<string, unknown>) => ({
  ma_thu_tuc: '1.000656', ten_thu_tuc: 'Đăng ký khai tử', cap_thuc_hien: ['Cấp Xã'], linh_vuc: 'Hộ tịch',
  trinh_tu_thuc_hien: [], cach_thuc_thuc_hien: [], thanh_phan_ho_so: [], doi_tuong_thuc_hien: [], co_quan_thuc_hien: [],
  ket_qua_thuc_hien: [], can_cu_phap_ly: [], ...over,
});
const officer = (over: Record<string, unknown>) => ({ id: 'bc-cb-01', unitId: 'qn-bai-chay', name: 'Ngô Thị Hương', ...over });

/** A free-text field: how to build a payload holding `s`, how to read it back, and its length limit. */
interface TextField {
  name: string;
  schema: z.ZodMiniType;
  wrap: (s: string) => unknown;
  read: (v: never) => unknown;
  max: number;
  min: number;
}
const TEXT_FIELDS: TextField[] = [
  { name: 'Rating.comment', schema: S.Rating, wrap: (s) => rating({ comment: s }), read: (v: S.Rating) => v.comment, max: 500, min: 0 },
  { name: 'Ticket.displayName', schema: S.Ticket, wrap: (s) => ticket({ displayName: s }), read: (v: S.Ticket) => v.displayName, max: S.MAX_LABEL, min: 1 },
  { name: 'OrgUnit.name', schema: S.OrgUnit, wrap: (s) => ({ id: 'qn-bai-chay', name: s, kind: 'ward' }), read: (v: S.OrgUnit) => v.name, max: S.MAX_LABEL, min: 1 },
  { name: 'Officer.name', schema: S.Officer, wrap: (s) => officer({ name: s }), read: (v: S.Officer) => v.name, max: S.MAX_LABEL, min: 1 },
  { name: 'Procedure.ten_thu_tuc', schema: S.Procedure, wrap: (s) => procedure({ ten_thu_tuc: s }), read: (v: S.Procedure) => v.ten_thu_tuc, max: S.MAX_LABEL, min: 1 },
  { name: 'Procedure.trinh_tu_thuc_hien[0]', schema: S.Procedure, wrap: (s) => procedure({ trinh_tu_thuc_hien: [s] }), read: (v: S.Procedure) => v.trinh_tu_thuc_hien[0], max: S.MAX_TEXT, min: 0 },
  { name: 'CaseFile.rescheduleNote', schema: S.CaseFile, wrap: (s) => caseFile({ rescheduleNote: s }), read: (v: S.CaseFile) => v.rescheduleNote, max: S.MAX_TEXT, min: 0 },
  { name: 'CounterState.pauseReason', schema: S.CounterState, wrap: (s) => ({ counterId: 'bc-quay-2', status: 'paused', pauseReason: s }), read: (v: S.CounterState) => v.pauseReason, max: 200, min: 0 },
  { name: 'ApiError.error.message', schema: S.ApiError, wrap: (s) => ({ error: { code: 'x', message: s } }), read: (v: { error: { message: string } }) => v.error.message, max: 2000, min: 0 },
];

/** URL fields and how to put a value in each. */
const URL_FIELDS: { name: string; path: string; schema: z.ZodMiniType; wrap: (u: string) => unknown }[] = [
  { name: 'Officer.photoUrl', path: 'photoUrl', schema: S.Officer, wrap: (u) => officer({ photoUrl: u }) },
  { name: 'Procedure.url_nop_truc_tuyen', path: 'url_nop_truc_tuyen', schema: S.Procedure, wrap: (u) => procedure({ url_nop_truc_tuyen: u }) },
  { name: 'Procedure.nguon.url', path: 'nguon.url', schema: S.Procedure, wrap: (u) => procedure({ nguon: { url: u } }) },
  {
    name: 'GiayTo.mau_don.url', path: 'thanh_phan_ho_so[0].mau_don.url', schema: S.Procedure,
    wrap: (u) => procedure({ thanh_phan_ho_so: [{ ten: 'Tờ khai', mau_don: { ten_tep: 'to-khai.docx', url: u }, so_luong: { ban_chinh: 1, ban_sao: 0 } }] }),
  },
];

describe('XSS corpus', () => {
  it('holds every kind of hostile string the component tests need', () => {
    const all = corpus.text.map((e) => e.value).join('\n');
    expect(all).to.match(/<script>/i);
    expect(all).to.match(/ on(error|load|mouseover|focus)=/);
    expect(all).to.include('<svg onload=');
    expect(all).to.match(/&#x?[0-9a-f]+;?/i);
    expect(all).to.match(/[\u202a-\u202e\u2066-\u2069]/);
    expect(corpus.urls.some((e) => /^javascript:/i.test(e.value))).to.equal(true);
    expect(Math.max(...corpus.long.map((e) => e.value.length))).to.be.greaterThan(S.MAX_TEXT);
  });

  for (const field of TEXT_FIELDS) {
    it(`${field.name} accepts every hostile text as data and returns it unchanged`, () => {
      for (const { name, value } of corpus.text) {
        const r = field.schema.safeParse(field.wrap(value));
        if (!r.success) throw new Error(`${name}: ${JSON.stringify(describeIssues(r.error.issues, 'en'))}`);
        expect((field.read as (v: unknown) => unknown)(r.data), name).to.equal(value);
      }
    });

    it(`${field.name} accepts long strings up to ${field.max} characters and rejects longer ones`, () => {
      for (const { name, value } of corpus.long) {
        const r = field.schema.safeParse(field.wrap(value));
        const fits = value.length <= field.max && value.length >= field.min;
        expect(r.success, `${name} (${value.length})`).to.equal(fits);
        if (!r.success) expect(r.error.issues.map((i) => i.code), name).to.include('too_big');
      }
    });
  }

  for (const field of URL_FIELDS) {
    it(`${field.name} rejects javascript:, data:, other schemes and other hosts' relative forms`, () => {
      for (const { name, value } of corpus.urls) {
        const r = field.schema.safeParse(field.wrap(value));
        expect(r.success, name).to.equal(false);
        const vi = describeIssues(r.error?.issues ?? [], 'vi').find((i) => i.path === field.path);
        const en = describeIssues(r.error?.issues ?? [], 'en').find((i) => i.path === field.path);
        expect(vi?.message, name).to.equal('cần địa chỉ http(s) hoặc đường dẫn tương đối');
        expect(en?.message, name).to.equal('expected an http(s) URL or relative path');
      }
    });

    it(`${field.name} accepts http(s) URLs and site-relative paths`, () => {
      for (const { name, value } of corpus.safeUrls) {
        const r = field.schema.safeParse(field.wrap(value));
        expect(r.success, name).to.equal(true);
      }
    });
  }

  it('every accepted URL resolves to http(s), and every relative one stays on the page\'s host', () => {
    const base = 'https://hcc.quangninh.example/trang/danh-gia/';
    for (const { name, value } of corpus.safeUrls) {
      const u = new URL(value, base);
      expect(u.protocol, name).to.be.oneOf(['http:', 'https:']);
      if (!/^https?:/i.test(value)) expect(u.host, name).to.equal('hcc.quangninh.example');
    }
  });

  it('every rejected URL would leave http(s) or the page\'s host if a browser resolved it', () => {
    const base = 'https://hcc.quangninh.example/trang/danh-gia/';
    // Strings a browser would treat as harmless relative paths are rejected too; the check covers the rest.
    const dangerous = corpus.urls.filter(({ value }) => {
      const u = new URL(value, base);
      return !['http:', 'https:'].includes(u.protocol) || u.host !== 'hcc.quangninh.example';
    });
    expect(dangerous.map((e) => e.name)).to.include.members([
      'javascript: scheme', 'javascript: after a leading space', 'javascript: split by a tab',
      'protocol-relative host', 'slash-backslash host', 'backslash host',
    ]);
    for (const { name, value } of dangerous) expect(S.SafeUrl.safeParse(value).success, name).to.equal(false);
  });

  it('identifier fields reject markup instead of carrying it', () => {
    for (const { name, value } of corpus.text.filter((e) => /[<>"' ]/.test(e.value))) {
      expect(S.Id.safeParse(value).success, name).to.equal(false);
      expect(S.QueueCommand.safeParse({ type: 'recall', counterId: value }).success, name).to.equal(false);
    }
  });
});
