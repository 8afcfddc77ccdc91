import { expect } from '@open-wc/testing';
import { importCatalogue, importCsv, importJson, catalogueJson, formatImportReport, columnField } from '../../../src/data/import/index.js';
import { parseCsv } from '../../../src/data/import/csv.js';
import { StaticProcedureSource } from '../../../src/data/adapters/static/index.js';
import { demoProcedures } from '../../../src/data/seed/index.js';

const good = demoProcedures()[0]!;
const paths = (r: { issues: { vi: { path: string }[] } }) => r.issues.vi.map((i) => i.path);

describe('importJson', () => {
  it('importJson(text) accepts a {procedures} document with extra keys (_meta, _nguon) and a bare array', () => {
    const doc = { _meta: { mo_ta: 'x' }, procedures: demoProcedures().map((p) => ({ ...p, _nguon: { ghi_chu: '🟡' } })) };
    const r = importJson(JSON.stringify(doc));
    expect(r.fatal).to.equal(undefined);
    expect(r.procedures.length).to.equal(demoProcedures().length);
    expect(r.rejected).to.deep.equal([]);
    expect(importJson(JSON.stringify([good])).procedures.length).to.equal(1);
  });

  it('importJson(text) rejects malformed records with their position, code and a readable reason, keeping the others', () => {
    const records = [
      good,
      { ...good, ma_thu_tuc: '1001193' },
      { ...good, ma_thu_tuc: '1.000002', ten_thu_tuc: undefined },
      { ...good, ma_thu_tuc: '1.000003', muc_do_dvctt: 'nhanh' },
      { ...good, ma_thu_tuc: '1.000004', url_nop_truc_tuyen: 'javascript:alert(1)' },
      { ...good, ma_thu_tuc: '1.000005', thanh_phan_ho_so: [{ ten: 'Tờ khai', so_luong: { ban_chinh: -1, ban_sao: 0 } }] },
      good,
      'not a record',
    ];
    const r = importJson(JSON.stringify({ procedures: records }));
    expect(r.records).to.equal(8);
    expect(r.procedures.map((p) => p.ma_thu_tuc)).to.deep.equal([good.ma_thu_tuc]);
    expect(r.rejected.map((x) => [x.row, x.code])).to.deep.equal([[2, '1001193'], [3, '1.000002'], [4, '1.000003'], [5, '1.000004'], [6, '1.000005'], [7, good.ma_thu_tuc], [8, undefined]]);
    expect(paths(r.rejected[0]!)).to.deep.equal(['ma_thu_tuc']);
    expect(r.rejected[1]!.issues.vi[0]).to.deep.equal({ path: 'ten_thu_tuc', message: 'thiếu trường bắt buộc (cần chuỗi ký tự)' });
    expect(r.rejected[2]!.issues.vi[0]!.message).to.equal('cần một trong: "toan_trinh", "mot_phan", "khong"; nhận được "nhanh"');
    expect(r.rejected[3]!.issues.en[0]!.path).to.equal('url_nop_truc_tuyen');
    expect(paths(r.rejected[4]!)).to.deep.equal(['thanh_phan_ho_so[0].so_luong.ban_chinh']);
    expect(r.rejected[5]!.issues.vi[0]!.message).to.equal(`mã "${good.ma_thu_tuc}" bị trùng với bản ghi 1`);
  });

  it('importJson(text) normalises NFD text to NFC and the usual spellings of enumerated values', () => {
    const p = { ...good, ten_thu_tuc: 'Đăng ký khai sinh'.normalize('NFD'), muc_do_dvctt: 'Mức độ 4', cap_thuc_hien: ['cấp xã'] };
    const [out] = importJson(JSON.stringify([p])).procedures;
    expect(out!.ten_thu_tuc).to.equal('Đăng ký khai sinh'.normalize('NFC'));
    expect(out!.muc_do_dvctt).to.equal('toan_trinh');
    expect(out!.cap_thuc_hien).to.deep.equal(['Cấp Xã']);
  });

  it('importJson(text) reports an unreadable file as fatal, with no procedures', () => {
    expect(importJson('{"procedures": [').fatal!.vi).to.match(/^Tệp không phải JSON hợp lệ/);
    expect(importJson('{"items": []}').fatal!.en).to.match(/^No list of procedures/);
  });
});

const CSV = [
  'Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Mức độ;Trình tự thực hiện;Thành phần hồ sơ;Đối tượng thực hiện;Cơ quan thực hiện;Kết quả thực hiện;Căn cứ pháp lý;Cách thức thực hiện;Cột lạ',
  `1.001193;Đăng ký khai sinh;Hộ tịch;Cấp Xã;Toàn trình;"Bước 1: Nộp hồ sơ; nhận phiếu hẹn.\nBước 2: Nhận kết quả.";"Tờ khai | 1 | 0 | bắt buộc\nGiấy chứng sinh | 1 | 0";Công dân Việt Nam;UBND cấp xã;Giấy khai sinh;"Luật số 60/2014/QH13 | Luật Hộ tịch | 20/11/2014";"[{""hinh_thuc_nop"":""truc_tiep"",""thoi_han"":{""mo_ta"":""Trong ngày""},""phi_le_phi"":[]}]";x`,
  '1.00089;Đăng ký kết hôn;Hộ tịch;Cấp Xã;Một phần;Bước 1;;;;;;[];',
  '1.000656;Đăng ký khai tử;Hộ tịch;Cấp Làng;;Bước 1;;;;;;{không phải json;',
  '',
  '2.000815;"Chứng thực bản sao ""từ bản chính""";Chứng thực;Cấp Xã;Mức độ 2;"Bước 1\n\nBước 2";Bản chính | một | 0;;;;;;',
  '1.004194;Đăng ký tạm trú;Cư trú;cấp xã;mot phan;Bước 1;;;;;;;',
].join('\r\n');

describe('importCsv', () => {
  it('importCsv(text) reads Vietnamese headings, ; delimiter, quoted line breaks, list and line formats', () => {
    const r = importCsv(CSV);
    expect(r.fatal).to.equal(undefined);
    expect(r.records).to.equal(5);
    const [ks, tt] = r.procedures;
    expect(r.procedures.map((p) => p.ma_thu_tuc)).to.deep.equal(['1.001193', '1.004194']);
    expect(ks!.trinh_tu_thuc_hien).to.deep.equal(['Bước 1: Nộp hồ sơ; nhận phiếu hẹn.', 'Bước 2: Nhận kết quả.']);
    expect(ks!.thanh_phan_ho_so).to.deep.equal([
      { ten: 'Tờ khai', so_luong: { ban_chinh: 1, ban_sao: 0 }, bat_buoc: true },
      { ten: 'Giấy chứng sinh', so_luong: { ban_chinh: 1, ban_sao: 0 } },
    ]);
    expect(ks!.can_cu_phap_ly).to.deep.equal([{ so_ky_hieu: 'Luật số 60/2014/QH13', trich_yeu: 'Luật Hộ tịch', ngay_ban_hanh: '2014-11-20' }]);
    expect(ks!.cach_thuc_thuc_hien[0]!.hinh_thuc_nop).to.equal('truc_tiep');
    expect(ks!.muc_do_dvctt).to.equal('toan_trinh');
    expect(tt!.cap_thuc_hien).to.deep.equal(['Cấp Xã']);
    expect(tt!.muc_do_dvctt).to.equal('mot_phan');
  });

  it('importCsv(text) rejects malformed rows with the line they start on and what is wrong', () => {
    const r = importCsv(CSV);
    // The header is line 1; the first row's two quoted cells each hold a line break, so it spans lines
    // 2–4; then lines 5 and 6, a blank line 7, and line 8.
    expect(r.rejected.map((x) => [x.row, x.code])).to.deep.equal([[5, '1.00089'], [6, '1.000656'], [8, '2.000815']]);
    expect(paths(r.rejected[0]!)).to.deep.equal(['ma_thu_tuc']);
    expect(r.rejected[1]!.issues.vi.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'cach_thuc_thuc_hien: ô không phải JSON hợp lệ',
      'cap_thuc_hien[0]: cần một trong: "Cấp Bộ", "Cấp Tỉnh", "Cấp Huyện", "Cấp Xã", "Cơ quan khác"; nhận được "Cấp Làng"',
    ]);
    expect(paths(r.rejected[2]!)).to.deep.equal(['thanh_phan_ho_so[0].so_luong.ban_chinh']);
  });

  it('importCsv(text) warns about unknown columns and fills absent list columns', () => {
    const r = importCsv(CSV);
    expect(r.warnings.map((w) => w.vi)).to.include('Bỏ qua cột không biết: “Cột lạ”.');
    const minimal = importCsv('ma_thu_tuc,ten_thu_tuc,linh_vuc\n1.001193,Đăng ký khai sinh,Hộ tịch\n');
    expect(minimal.procedures.length).to.equal(1);
    expect(minimal.warnings[0]!.en).to.match(/^No column cap_thuc_hien, trinh_tu_thuc_hien/);
  });

  it('importCsv(text) reports a file without a procedure-code column as fatal', () => {
    expect(importCsv('ten_thu_tuc\nĐăng ký khai sinh').fatal!.vi).to.contain('Không có cột mã thủ tục');
    expect(importCsv('').fatal!.en).to.equal('The CSV file is empty.');
  });

  it('parseCsv(text) keeps "" escapes, a byte-order mark, CRLF, tabs and empty trailing cells', () => {
    const t = parseCsv('\uFEFFa\tb\tc\r\n"x ""y"""\t\t\r\n');
    expect(t.delimiter).to.equal('\t');
    expect(t.header).to.deep.equal(['a', 'b', 'c']);
    expect(t.rows).to.deep.equal([{ line: 2, cells: ['x "y"', '', ''] }]);
  });

  it('columnField(heading) maps field names and Vietnamese headings in any case', () => {
    expect(['ma_thu_tuc', 'Mã thủ tục', 'MÃ TTHC', 'Yêu cầu, điều kiện thực hiện', 'xyz'].map(columnField)).to.deep.equal(['ma_thu_tuc', 'ma_thu_tuc', 'ma_thu_tuc', 'yeu_cau_dieu_kien', undefined]);
  });
});

describe('importCatalogue', () => {
  it('importCatalogue(text, {filename}) picks the format by extension, else by the first character', () => {
    expect(importCatalogue('[]').format).to.equal('json');
    expect(importCatalogue('ma_thu_tuc\n', { filename: 'x.csv' }).format).to.equal('csv');
    expect(importCatalogue('ma_thu_tuc\n').format).to.equal('csv');
  });

  it('formatImportReport(report, lang) lists the counts, warnings and each rejected row with its reasons', () => {
    const text = formatImportReport(importCsv(CSV), 'vi');
    expect(text.split('\n')[0]).to.equal('Đọc 5 bản ghi (CSV): nhận 2 thủ tục, loại 3.');
    expect(text).to.contain('Dòng 5 (1.00089):\n  - ma_thu_tuc: cần mã thủ tục dạng 1.001193 (một chữ số, dấu chấm, sáu chữ số); nhận được "1.00089"');
    expect(formatImportReport(importCsv(CSV), 'en')).to.contain('Line 6 (1.000656):');
  });

  it('catalogueJson(report) is what StaticProcedureSource serves to the widgets', async () => {
    const r = importCsv(CSV);
    const url = URL.createObjectURL(new Blob([catalogueJson(r)], { type: 'application/json' }));
    try {
      const source = new StaticProcedureSource({ url });
      expect((await source.procedures()).map((p) => p.ma_thu_tuc)).to.deep.equal(['1.001193', '1.004194']);
      expect(source.rejected).to.deep.equal([]);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
