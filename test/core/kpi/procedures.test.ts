import { expect } from '@open-wc/testing';
import { procedureFact, procedureFacts } from '../../../src/core/kpi/procedures.js';
import type { Procedure } from '../../../src/data/schemas/procedure.js';

const base: Procedure = {
  ma_thu_tuc: '1.001193', ten_thu_tuc: 'Đăng ký khai sinh', cap_thuc_hien: ['Cấp Xã'], linh_vuc: 'Hộ tịch',
  trinh_tu_thuc_hien: ['Bước 1: nộp hồ sơ.'],
  cach_thuc_thuc_hien: [{
    hinh_thuc_nop: 'truc_tiep', thoi_han: { mo_ta: 'Ngay trong ngày', so_luong: 1, don_vi: 'ngày làm việc' },
    phi_le_phi: [{ loai: 'Lệ phí', so_tien: 0, mo_ta: 'Miễn' }, { loai: 'Lệ phí', so_tien: null, mo_ta: 'Theo mức HĐND tỉnh' }],
  }],
  thanh_phan_ho_so: [{ ten: 'Tờ khai', so_luong: { ban_chinh: 1, ban_sao: 0 } }],
  doi_tuong_thuc_hien: ['Công dân Việt Nam'], co_quan_thuc_hien: ['UBND cấp xã'], ket_qua_thuc_hien: ['Giấy khai sinh'], can_cu_phap_ly: [],
};

describe('procedureFact', () => {
  it('procedureFact(p) finds the seven published components, the fee and the target group', () => {
    // Fee lines 0 and null (set elsewhere) do not make a procedure fee-bearing (note 3.5: "khác 0, null").
    expect(procedureFact(base)).to.deep.equal({ code: '1.001193', field: 'Hộ tịch', levels: ['Cấp Xã'], online: false, feeBearing: false, complete: true, forIndividuals: true });
  });

  it('procedureFact(p) marks a missing component, a positive fee, an online level and an organisation target', () => {
    const p: Procedure = {
      ...base, thanh_phan_ho_so: [], muc_do_dvctt: 'mot_phan', doi_tuong_thuc_hien: ['Doanh nghiệp'],
      cach_thuc_thuc_hien: [{ hinh_thuc_nop: 'truc_tiep', thoi_han: { mo_ta: ' ' }, phi_le_phi: [{ loai: 'Phí', so_tien: 50_000, mo_ta: '50.000 đồng' }] }],
    };
    expect(procedureFact(p)).to.include({ online: true, feeBearing: true, complete: false, forIndividuals: false });
    // Components in an execution case count; an online submission method counts as offered online without a level.
    const q: Procedure = { ...base, thanh_phan_ho_so: [], truong_hop: [{ ten: 'Đúng hạn', thanh_phan_ho_so: base.thanh_phan_ho_so }], cach_thuc_thuc_hien: [{ ...base.cach_thuc_thuc_hien[0]!, hinh_thuc_nop: 'truc_tuyen' }] };
    expect(procedureFact(q)).to.include({ complete: true, online: true });
    expect(procedureFact({ ...base, muc_do_dvctt: 'khong', cach_thuc_thuc_hien: q.cach_thuc_thuc_hien }).online).to.equal(false);
  });

  it('procedureFacts(list) keeps one fact per code, the last record winning', () => {
    const facts = procedureFacts([base, { ...base, linh_vuc: 'Hộ tịch (sửa)' }, { ...base, ma_thu_tuc: '2.000815' }]);
    expect(facts.map((f) => [f.code, f.field])).to.deep.equal([['1.001193', 'Hộ tịch (sửa)'], ['2.000815', 'Hộ tịch']]);
  });
});
