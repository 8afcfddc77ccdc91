import { expect } from '@open-wc/testing';
import { OrgData } from '../../../src/data/schemas/org.js';
import { DossierCode } from '../../../src/data/schemas/common.js';
import { halongOrg, orgFromUnitList, HALONG_FIELDS, FIELD_IDS } from '../../../src/data/seed/org.js';
import { HALONG_UNITS, type UnitListEntry } from '../../../src/data/seed/halong-units.js';

// Part of Quảng Ninh's commune-level list after 1 July 2025 (DOMAIN §5.3): wards, a commune and a special zone.
const POST_2025: UnitListEntry[] = [
  { id: 'qn-ha-long', name: 'Phường Hạ Long', kind: 'ward' },
  { id: 'qn-hong-gai', name: 'Phường Hồng Gai', kind: 'ward' },
  { id: 'qn-bai-chay', name: 'Phường Bãi Cháy', kind: 'ward' },
  { id: 'qn-quang-la', name: 'Xã Quảng La', kind: 'commune' },
  { id: 'qn-van-don', name: 'Đặc khu Vân Đồn', kind: 'special_zone' },
];

const VIETNAMESE_NAME = /^[\p{Lu}][\p{Ll}]+( [\p{Lu}][\p{Ll}]+){2,3}$/u;

describe('seed/org', () => {
  const org = halongOrg();

  it('halongOrg() passes the OrgData schema', () => {
    const r = OrgData.safeParse(org);
    expect(r.success, JSON.stringify(r.error?.issues?.slice(0, 3))).to.equal(true);
  });

  it('halongOrg() has Quảng Ninh at the root, the city centre under it and the 33 units under the centre', () => {
    const root = org.units.filter((u) => u.parentId == null);
    expect(root.map((u) => [u.id, u.kind, u.code])).to.deep.equal([['qn', 'province', 'H49']]);
    const centre = org.units.find((u) => u.id === 'hl-tthcc')!;
    expect(centre.kind).to.equal('centre');
    expect(centre.parentId).to.equal('qn');
    expect(centre.name).to.equal('Trung tâm Hành chính công thành phố Hạ Long');
    const units = org.units.filter((u) => u.parentId === 'hl-tthcc');
    expect(units.map((u) => [u.id, u.name, u.kind])).to.deep.equal(HALONG_UNITS.map((u) => [u.id, u.name, u.kind]));
    expect(units.filter((u) => u.kind === 'ward')).to.have.length(21);
    expect(units.filter((u) => u.kind === 'commune')).to.have.length(12);
  });

  it('halongOrg() defines the nine fields with ticket bases 1001 … 9001', () => {
    expect(org.fields.map((f) => f.name)).to.deep.equal([
      'Hộ tịch', 'Chứng thực', 'Cư trú', 'Đất đai', 'Xây dựng', 'Đăng ký kinh doanh',
      'Lao động – Thương binh và Xã hội', 'Tư pháp – Lý lịch tư pháp', 'Tài nguyên và Môi trường',
    ]);
    expect(org.fields.map((f) => f.ticketBase)).to.deep.equal([1001, 2001, 3001, 4001, 5001, 6001, 7001, 8001, 9001]);
    expect(org.fields[0]!.id).to.equal('ho-tich');
  });

  it('halongOrg() gives the centre twelve counters covering every field, two each for land and civil status', () => {
    const counters = org.counters.filter((c) => c.unitId === 'hl-tthcc');
    expect(counters.map((c) => c.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const dedicated = counters.filter((c) => c.fieldIds.length === 1);
    const serving = (f: string) => dedicated.filter((c) => c.fieldIds.includes(f)).length;
    expect(serving(FIELD_IDS.hoTich)).to.equal(2);
    expect(serving(FIELD_IDS.datDai)).to.equal(2);
    for (const f of HALONG_FIELDS) expect(serving(f.id), f.id).to.be.at.least(1);
    for (const c of counters) expect(c.name).to.match(new RegExp(`^Quầy ${c.number} – `));
  });

  it('halongOrg() gives every ward and commune two counters named after their fields', () => {
    for (const u of HALONG_UNITS) {
      const counters = org.counters.filter((c) => c.unitId === u.id);
      expect(counters.map((c) => c.name)).to.deep.equal(['Quầy 1 – Tư pháp – Hộ tịch', 'Quầy 2 – Địa chính – Xây dựng']);
      expect(counters[0]!.fieldIds).to.include(FIELD_IDS.hoTich);
      expect(counters[1]!.fieldIds).to.include(FIELD_IDS.datDai);
    }
  });

  it('halongOrg() staffs every counter with officers of its unit who have distinct Vietnamese full names and titles', () => {
    const byId = new Map(org.officers.map((o) => [o.id, o]));
    for (const c of org.counters) {
      expect(c.officerIds!.length).to.be.at.least(1);
      for (const id of c.officerIds!) expect(byId.get(id)?.unitId).to.equal(c.unitId);
    }
    expect(org.officers.length).to.be.above(org.counters.length);
    for (const o of org.officers) {
      expect(o.name).to.match(VIETNAMESE_NAME);
      expect(o.title).to.be.a('string').and.not.equal('');
      expect(o.photoUrl).to.equal(undefined);
    }
    expect(new Set(org.officers.map((o) => o.name)).size).to.equal(org.officers.length);
    const withDiacritics = org.officers.filter((o) => o.name.normalize('NFD') !== o.name).length;
    expect(withDiacritics / org.officers.length).to.be.above(0.8);
  });

  it('halongOrg() returns the same organisation on every call, as a fresh copy', () => {
    const again = halongOrg();
    expect(again).to.deep.equal(org);
    again.units[0]!.name = 'changed';
    expect(halongOrg().units[0]!.name).to.equal('Tỉnh Quảng Ninh');
  });

  it('halongOrg() gives every unit an illustrative agency code usable in dossier codes', () => {
    const codes = org.units.map((u) => u.code);
    expect(codes[1]).to.equal('H49.26');
    expect(org.units.find((u) => u.id === 'hl-ha-khanh')!.code).to.equal('H49.26.01');
    expect(org.units.find((u) => u.id === 'hl-vu-oai')!.code).to.equal('H49.26.33');
    expect(new Set(codes).size).to.equal(codes.length);
    for (const code of codes) expect(DossierCode.safeParse(`${code}-260301-0001`).success, code).to.equal(true);
  });

  it('orgFromUnitList(units) builds a valid organisation for another unit list, units directly under the province', () => {
    const other = orgFromUnitList(POST_2025);
    const r = OrgData.safeParse(other);
    expect(r.success, JSON.stringify(r.error?.issues?.slice(0, 3))).to.equal(true);
    expect(other.units.map((u) => u.parentId ?? null)).to.deep.equal([null, 'qn', 'qn', 'qn', 'qn', 'qn']);
    expect(other.units.map((u) => u.code)).to.deep.equal(['H49', 'H49.01', 'H49.02', 'H49.03', 'H49.04', 'H49.05']);
    expect(other.units.find((u) => u.id === 'qn-van-don')!.shortName).to.equal('Vân Đồn');
    expect(other.counters).to.have.length(2 * POST_2025.length);
    expect(other.officers.some((o) => o.unitId === 'qn-van-don' && o.title === 'Cán bộ Công an đặc khu')).to.equal(true);
  });

  it('orgFromUnitList(units, { centre }) places a hub centre with twelve counters between the root and the units', () => {
    const other = orgFromUnitList(POST_2025, { centre: { id: 'qn-tthcc', name: 'Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh', code: 'H49.99' } });
    expect(OrgData.safeParse(other).success).to.equal(true);
    expect(other.units.filter((u) => u.parentId === 'qn-tthcc')).to.have.length(POST_2025.length);
    expect(other.counters.filter((c) => c.unitId === 'qn-tthcc')).to.have.length(12);
    expect(other.units.find((u) => u.id === 'qn-bai-chay')!.code).to.equal('H49.99.03');
  });

  it('orgFromUnitList(units, { fields }) keeps only counters and field ids that exist', () => {
    const other = orgFromUnitList(POST_2025, { fields: [{ id: FIELD_IDS.hoTich, name: 'Hộ tịch', ticketBase: 1001 }] });
    expect(OrgData.safeParse(other).success).to.equal(true);
    expect(other.counters).to.have.length(POST_2025.length);
    for (const c of other.counters) expect(c.fieldIds).to.deep.equal([FIELD_IDS.hoTich]);
  });

  it('orgFromUnitList() throws RangeError on an empty list or a repeated id', () => {
    expect(() => orgFromUnitList([])).to.throw(RangeError);
    expect(() => orgFromUnitList([...POST_2025, POST_2025[0]!])).to.throw(RangeError, /qn-ha-long/);
    expect(() => orgFromUnitList([{ id: 'qn', name: 'Trùng gốc', kind: 'ward' }])).to.throw(RangeError);
  });
});
