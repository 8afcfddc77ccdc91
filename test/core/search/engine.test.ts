import { expect } from '@open-wc/testing';
import { buildIndex, search } from '../../../src/core/search/engine.js';
import { buildProcedureIndex, onlineFacet } from '../../../src/core/search/procedures.js';
import { CATALOGUE } from './catalogue.js';

const index = buildProcedureIndex(CATALOGUE);
const titles = (q: string, limit = 5) => search(index, q, { limit }).hits.map((h) => h.item.ten_thu_tuc);
const first = (q: string) => titles(q, 1)[0];

describe('search: matching', () => {
  it("search(index, 'dang ky ket hon') finds Đăng ký kết hôn first", () => {
    expect(first('dang ky ket hon')).to.equal('Đăng ký kết hôn');
    // The longer titles with the same words follow; the birth registration that only mentions marriage in its body comes after them.
    const all = titles('dang ky ket hon', 10);
    expect(all.slice(1, 3)).to.have.members(['Đăng ký lại kết hôn', 'Đăng ký kết hôn có yếu tố nước ngoài']);
    expect(all.indexOf('Đăng ký khai sinh')).to.be.greaterThan(2);
  });

  it("search(index, 'ho tich') matches records spelled 'hộ tịch'", () => {
    const r = search(index, 'ho tich', { limit: 50 });
    const found = r.hits.map((h) => h.item.ten_thu_tuc);
    expect(found).to.include('Cấp bản sao trích lục hộ tịch');
    expect(found).to.include('Thay đổi, cải chính, bổ sung thông tin hộ tịch');
    // Both title matches come before records that only match through their lĩnh vực.
    expect(found.slice(0, 2)).to.have.members(['Cấp bản sao trích lục hộ tịch', 'Thay đổi, cải chính, bổ sung thông tin hộ tịch']);
  });

  it('search(index, q) gives the same results for a query typed in NFC and in NFD', () => {
    for (const q of ['Đăng ký kết hôn', 'hộ tịch', 'cấp lại căn cước', 'khai sinh có yếu tố']) {
      const nfc = search(index, q.normalize('NFC'), { limit: 30 });
      const nfd = search(index, q.normalize('NFD'), { limit: 30 });
      expect(nfd.hits.map((h) => [h.id, h.score])).to.deep.equal(nfc.hits.map((h) => [h.id, h.score]));
      expect(nfd.total).to.equal(nfc.total);
    }
  });

  it('search(index, q) finds records whose catalogue text is stored in NFD', () => {
    const nfd = buildProcedureIndex(CATALOGUE.map((p) => ({ ...p, ten_thu_tuc: p.ten_thu_tuc.normalize('NFD') })));
    expect(search(nfd, 'đăng ký kết hôn', { limit: 1 }).hits[0]!.id).to.equal('9.000002');
  });

  it('search(index, q) ignores case and diacritics: "DANG KY KHAI SINH" and "đăng ký khai sinh" agree on the top hit', () => {
    expect(first('DANG KY KHAI SINH')).to.equal('Đăng ký khai sinh');
    expect(first('đăng ký khai sinh')).to.equal('Đăng ký khai sinh');
    expect(first('khai sinh')).to.equal('Đăng ký khai sinh');
  });

  it("search(index, q) tolerates typos: swapped letters ('khia sinh'), a missing letter ('dag ky'), a wrong letter ('giay phep xay dunh')", () => {
    expect(first('khia sinh')).to.equal('Đăng ký khai sinh');
    expect(first('dag ky ket hon')).to.equal('Đăng ký kết hôn');
    expect(first('giay phep xay dunh')).to.equal('Cấp giấy phép xây dựng nhà ở riêng lẻ');
  });

  it("search(index, q) treats i and y as the same letter ('dang ki khai sinh')", () => {
    expect(first('dang ki khai sinh')).to.equal('Đăng ký khai sinh');
  });

  it("search(index, q) finds full names from abbreviations ('cap lai cccd') and abbreviations from full names", () => {
    expect(first('cap lai cccd')).to.equal('Cấp lại thẻ Căn cước công dân');
    expect(first('so do')).to.equal('Cấp giấy chứng nhận quyền sử dụng đất lần đầu');
    expect(first('lltp')).to.equal('Cấp Phiếu lý lịch tư pháp');
  });

  it('search(index, q) finds a procedure by its national code and by a prefix of it', () => {
    expect(first('9.000013')).to.equal('Cấp giấy phép xây dựng nhà ở riêng lẻ');
    expect(search(index, '9.00001', { limit: 50 }).total).to.equal(10);
  });

  it("search(index, q) does not require filler words ('thủ tục đăng ký khai sinh như thế nào')", () => {
    expect(first('thủ tục đăng ký khai sinh như thế nào')).to.equal('Đăng ký khai sinh');
  });

  it('search(index, q) shows records missing one query word, flagged relaxed, when none has them all', () => {
    const r = search(index, 'dang ky ket hon xyzzy');
    expect(r.relaxed).to.equal(true);
    expect(r.hits[0]!.item.ten_thu_tuc).to.equal('Đăng ký kết hôn');
    expect(search(index, 'dang ky ket hon').relaxed).to.equal(false);
  });

  it('search(index, q) finds nothing for a word no record contains', () => {
    const r = search(index, 'xyzzy');
    expect(r.total).to.equal(0);
    expect(r.hits).to.deep.equal([]);
  });

  it('search(index, q) keeps the wanted record near the top at every keystroke of "dang ky khai sinh" from "dang ky kh" on', () => {
    const q = 'dang ky khai sinh';
    for (let i = 'dang ky kh'.length; i <= q.length; i++) {
      expect(titles(q.slice(0, i), 3), q.slice(0, i)).to.include('Đăng ký khai sinh');
    }
  });

  it('search(index, q) matches a one- or two-letter word being typed only in titles, codes and keywords, longer ones everywhere', () => {
    // "Hỗ trợ chi phí mai táng…" mentions "đăng ký khai tử" in its conditions only.
    const ids = (q: string) => search(index, q, { limit: 50 }).hits.map((h) => h.id);
    expect(ids('dang ky kh')).not.to.include('9.000023');
    expect(ids('dang ky kha')).to.include('9.000023');
    expect(ids('dang ky kh')).to.include('9.000001');
  });
});

describe('search: ranking', () => {
  it('search(index, q) ranks a title match before a body match, even of a more popular record', () => {
    // "kết hôn" is in the body of Đăng ký khai sinh (9 000/year) and of Xác nhận tình trạng hôn nhân, in the title of Đăng ký lại kết hôn (40/year).
    const all = titles('ket hon', 10);
    expect(all.indexOf('Đăng ký lại kết hôn')).to.be.lessThan(all.indexOf('Đăng ký khai sinh'));
    expect(all.indexOf('Đăng ký lại kết hôn')).to.be.lessThan(all.indexOf('Xác nhận tình trạng hôn nhân'));
  });

  it('search(index, q) ranks words with the typed diacritics first: "hộ" before "họ", "họ" before "hộ"', () => {
    expect(first('hộ')).not.to.equal('Đăng ký thay đổi họ, chữ đệm, tên cho người dưới 14 tuổi');
    expect(first('họ')).to.equal('Đăng ký thay đổi họ, chữ đệm, tên cho người dưới 14 tuổi');
    const unmarked = titles('ho ', 30);
    expect(unmarked).to.include('Đăng ký thay đổi họ, chữ đệm, tên cho người dưới 14 tuổi');
  });

  it('search(index, q) ranks common procedures first among equal matches', () => {
    // Same words in the title (chứng thực … giấy tờ, văn bản); bản sao is four times as common as chữ ký.
    expect(titles('chung thuc giay to van ban', 2)).to.deep.equal([
      'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
      'Chứng thực chữ ký trong các giấy tờ, văn bản',
    ]);
    // "cap doi the" matches Cấp đổi thẻ căn cước exactly, before the more popular Cấp lại thẻ Căn cước công dân.
    expect(first('cap doi the')).to.equal('Cấp đổi thẻ căn cước');
  });

  it('search(index, q) ranks a title that is exactly the query before longer titles', () => {
    expect(first('dang ky tam tru')).to.equal('Đăng ký tạm trú');
    expect(first('dang ky khai tu')).to.equal('Đăng ký khai tử');
  });

  it('search(index, "") lists every record, most popular first', () => {
    const r = search(index, '', { limit: 3 });
    expect(r.total).to.equal(CATALOGUE.length);
    expect(r.hits.map((h) => h.id)).to.deep.equal(['9.000011', '9.000001', '9.000017']);
  });

  it('search(index, q, {limit, offset}) pages through the same order as one long list', () => {
    const whole = search(index, 'dang ky', { limit: 100 }).hits.map((h) => h.id);
    const paged = [0, 4, 8, 12].flatMap((offset) => search(index, 'dang ky', { limit: 4, offset }).hits.map((h) => h.id));
    expect(paged).to.deep.equal(whole.slice(0, 16));
  });
});

describe('search: filters and facets', () => {
  it('search(index, q, {filters}) keeps only records with one of the chosen values per facet', () => {
    const r = search(index, 'dang ky', { limit: 50, filters: { linhVuc: ['Hộ tịch'], online: ['toan_trinh'] } });
    expect(r.hits.map((h) => h.id)).to.have.members(['9.000001', '9.000007']);
    expect(search(index, '', { filters: { cap: ['Cấp Tỉnh'] }, limit: 50 }).hits.map((h) => h.id)).to.have.members(['9.000004', '9.000005', '9.000013', '9.000022']);
  });

  it("search(index, q).facets counts each facet's values under the query and the other facets' filters", () => {
    const r = search(index, 'dang ky', { limit: 50, filters: { linhVuc: ['Hộ tịch'] } });
    // lĩnh vực counts ignore the lĩnh vực filter itself, so other choices stay visible with their counts.
    expect(r.facets.linhVuc!['Đăng ký, quản lý cư trú']).to.equal(2);
    expect(r.facets.linhVuc!['Hộ tịch']).to.be.greaterThan(5);
    // online counts are within Hộ tịch.
    expect(r.facets.online!['toan_trinh']).to.equal(2);
  });

  it('search(index, q, {filters}) ignores an empty filter list', () => {
    expect(search(index, '', { filters: { linhVuc: [] } }).total).to.equal(CATALOGUE.length);
  });

  it('onlineFacet(p) uses the published level, else whether an online channel is listed', () => {
    expect(onlineFacet({ ...CATALOGUE[0]!, muc_do_dvctt: undefined, cach_thuc_thuc_hien: [{ hinh_thuc_nop: 'truc_tuyen' }] })).to.equal('mot_phan');
    expect(onlineFacet({ ...CATALOGUE[0]!, muc_do_dvctt: undefined, cach_thuc_thuc_hien: [{ hinh_thuc_nop: 'truc_tiep' }] })).to.equal('khong');
    expect(onlineFacet(CATALOGUE[0]!)).to.equal('toan_trinh');
  });
});

describe('buildIndex', () => {
  it('buildIndex([]) gives an index that finds nothing, for any query', () => {
    const empty = buildIndex<{ t: string }>([], { id: (x) => x.t, fields: [{ name: 't', weight: 1, get: (x) => x.t }] });
    expect(search(empty, 'dang ky').total).to.equal(0);
    expect(search(empty, '').total).to.equal(0);
  });

  it('buildIndex(items, {aliases: []}) turns abbreviations off', () => {
    const plain = buildIndex([{ t: 'Cấp lại thẻ Căn cước công dân' }], { id: (x) => x.t, fields: [{ name: 't', weight: 1, get: (x) => x.t }], aliases: [] });
    expect(search(plain, 'cccd').total).to.equal(0);
    expect(search(plain, 'can cuoc').total).to.equal(1);
  });
});
