import { expect } from '@open-wc/testing';
import { Procedure } from '../../../src/data/schemas/procedure.js';
import {
  DEMO_PROCEDURES, demoProcedures, legalWorkingDays, PROCEDURE_FIELD_IDS, PROCEDURE_LEGAL_DAYS, PROCEDURE_PROFILES,
} from '../../../src/data/seed/procedures.js';
import { halongOrg } from '../../../src/data/seed/org.js';

// The codes and names of DOMAIN §7 ("Procedure codes seen consistently across several independent repos").
const DOMAIN_CODES: Record<string, string> = {
  '1.001193': 'Đăng ký khai sinh',
  '1.000894': 'Đăng ký kết hôn',
  '1.000656': 'Đăng ký khai tử',
  '2.000815': 'Chứng thực bản sao từ bản chính',
  '2.000884': 'Chứng thực chữ ký',
  '1.004194': 'Đăng ký tạm trú',
  '1.004222': 'Đăng ký thường trú',
  '1.002755': 'Gia hạn tạm trú',
  '1.010028': 'Xóa đăng ký tạm trú',
  '1.003677': 'Khai báo tạm vắng',
  '2.000528': 'Đăng ký khai sinh có yếu tố nước ngoài',
  '2.000488': 'Cấp Phiếu lý lịch tư pháp',
};

// Codes added for the land, construction, household-business, social-assistance and land-administration
// desks, each listed with the same name in at least two public files named in its nguon.ghi_chu.
const DESK_CODES: Record<string, string> = {
  '1.013831': 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  '1.013978': 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
  '1.012784': 'Tách thửa hoặc hợp thửa đất',
  '1.012783': 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  '1.013992': 'Đăng ký biến động chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền',
  '1.012786': 'Cấp lại Giấy chứng nhận do bị mất',
  '1.013949': 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất',
  '1.012812': 'Hòa giải tranh chấp đất đai',
  '1.013225': 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
  '1.001612': 'Đăng ký thành lập hộ kinh doanh',
  '1.001776': 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng',
  '1.001699': 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
};
const ALL_CODES = { ...DOMAIN_CODES, ...DESK_CODES };

describe('seed/procedures', () => {
  it('DEMO_PROCEDURES passes the Procedure schema, record by record', () => {
    for (const p of DEMO_PROCEDURES) {
      const r = Procedure.safeParse(p);
      expect(r.success, `${p.ma_thu_tuc}: ${JSON.stringify(r.error?.issues?.slice(0, 2))}`).to.equal(true);
    }
  });

  it('DEMO_PROCEDURES holds exactly the twelve national codes of DOMAIN §7 and the twelve desk codes, under their names', () => {
    expect(DEMO_PROCEDURES.map((p) => p.ma_thu_tuc).sort()).to.deep.equal(Object.keys(ALL_CODES).sort());
    for (const p of DEMO_PROCEDURES) expect(p.ten_thu_tuc.startsWith(ALL_CODES[p.ma_thu_tuc]!), p.ma_thu_tuc).to.equal(true);
  });

  it('every desk record names at least two public sources for its code and name', () => {
    for (const code of Object.keys(DESK_CODES)) {
      const p = DEMO_PROCEDURES.find((r) => r.ma_thu_tuc === code)!;
      const sources = (p.nguon?.ghi_chu ?? '').split('đối chiếu tại:')[1] ?? '';
      expect(sources.split('; ').filter((s) => s.trim()).length, code).to.be.at.least(2);
    }
  });

  it('DEMO_PROCEDURES puts each record in its lĩnh vực', () => {
    const field = Object.fromEntries(DEMO_PROCEDURES.map((p) => [p.ma_thu_tuc, p.linh_vuc]));
    expect(field['1.001193']).to.equal('Hộ tịch');
    expect(field['2.000528']).to.equal('Hộ tịch');
    expect(field['2.000884']).to.equal('Chứng thực');
    for (const code of ['1.004194', '1.004222', '1.002755', '1.010028', '1.003677']) expect(field[code]).to.equal('Đăng ký, quản lý cư trú');
    expect(field['2.000488']).to.equal('Lý lịch tư pháp');
    for (const code of ['1.013831', '1.013978', '1.012784', '1.012783', '1.013992', '1.012786', '1.013949', '1.012812']) expect(field[code]).to.equal('Đất đai');
    expect(field['1.013225']).to.equal('Hoạt động xây dựng');
    expect(field['1.001612']).to.equal('Đăng ký hộ kinh doanh');
    for (const code of ['1.001776', '1.001699']) expect(field[code]).to.equal('Bảo trợ xã hội');
  });

  it('every record keeps a nguon telling readers to check it against Cổng DVCQG, and no _nguon notes', () => {
    for (const p of DEMO_PROCEDURES) {
      expect(p.nguon?.ghi_chu, p.ma_thu_tuc).to.match(/Cổng DVCQG|Cổng Dịch vụ công quốc gia/);
      expect(Object.keys(p)).to.not.include('_nguon');
    }
  });

  it('every record has steps, documents, a time limit, luot_thuc_hien and an online level; online ones a submission URL', () => {
    for (const p of DEMO_PROCEDURES) {
      expect(p.trinh_tu_thuc_hien.length, p.ma_thu_tuc).to.be.at.least(3);
      expect(p.thanh_phan_ho_so.length, p.ma_thu_tuc).to.be.at.least(1);
      expect(p.cach_thuc_thuc_hien[0]?.thoi_han.so_luong, p.ma_thu_tuc).to.be.a('number');
      expect(p.luot_thuc_hien, p.ma_thu_tuc).to.be.above(0);
      expect(p.muc_do_dvctt, p.ma_thu_tuc).to.be.oneOf(['toan_trinh', 'mot_phan', 'khong']);
      const online = p.cach_thuc_thuc_hien.some((c) => c.hinh_thuc_nop === 'truc_tuyen');
      expect(p.muc_do_dvctt !== 'khong', p.ma_thu_tuc).to.equal(online);
      expect(p.url_nop_truc_tuyen !== undefined, p.ma_thu_tuc).to.equal(online);
    }
  });

  it('PROCEDURE_FIELD_IDS maps every catalogue code to a field of halongOrg()', () => {
    const fields = new Set(halongOrg().fields.map((f) => f.id));
    expect(Object.keys(PROCEDURE_FIELD_IDS).sort()).to.deep.equal(DEMO_PROCEDURES.map((p) => p.ma_thu_tuc).sort());
    for (const id of Object.values(PROCEDURE_FIELD_IDS)) expect(fields.has(id), id).to.equal(true);
    expect(PROCEDURE_FIELD_IDS['2.000815']).to.equal('chung-thuc');
    expect(PROCEDURE_FIELD_IDS['1.003677']).to.equal('cu-tru');
    // Every field of the Hạ Long organisation has at least one procedure, so every counter receives dossiers.
    expect(new Set(Object.values(PROCEDURE_FIELD_IDS))).to.deep.equal(fields);
    expect(PROCEDURE_FIELD_IDS['1.013831']).to.equal('dat-dai');
    expect(PROCEDURE_FIELD_IDS['1.013225']).to.equal('xay-dung');
  });

  it('PROCEDURE_LEGAL_DAYS follows the time limit of each record', () => {
    for (const p of DEMO_PROCEDURES) expect(PROCEDURE_LEGAL_DAYS[p.ma_thu_tuc], p.ma_thu_tuc).to.equal(legalWorkingDays(p));
    expect(PROCEDURE_LEGAL_DAYS['1.001193']).to.equal(1);
    expect(PROCEDURE_LEGAL_DAYS['1.000894']).to.equal(5);
    expect(PROCEDURE_LEGAL_DAYS['1.004222']).to.equal(7);
    // "Không quá 10 ngày" in calendar days is 8 working days.
    expect(PROCEDURE_LEGAL_DAYS['2.000488']).to.equal(8);
    expect(PROCEDURE_LEGAL_DAYS['1.013831']).to.equal(8);
    expect(PROCEDURE_LEGAL_DAYS['1.013978']).to.equal(20);
    // "Không quá 30 ngày" (land-dispute mediation) is 22 working days.
    expect(PROCEDURE_LEGAL_DAYS['1.012812']).to.equal(22);
  });

  it('legalWorkingDays(p) converts calendar days, hours and months to working days and is undefined without a limit', () => {
    const base = DEMO_PROCEDURES[0]!;
    const withLimit = (so_luong: number | undefined, don_vi: 'giờ' | 'ngày' | 'ngày làm việc' | 'tháng') => ({
      ...base,
      cach_thuc_thuc_hien: [{ ...base.cach_thuc_thuc_hien[0]!, thoi_han: { mo_ta: '', ...(so_luong === undefined ? {} : { so_luong }), don_vi } }],
    });
    expect(legalWorkingDays(withLimit(7, 'ngày'))).to.equal(5);
    expect(legalWorkingDays(withLimit(12, 'giờ'))).to.equal(2);
    expect(legalWorkingDays(withLimit(1, 'tháng'))).to.equal(22);
    expect(legalWorkingDays(withLimit(4, 'ngày làm việc'))).to.equal(4);
    expect(legalWorkingDays(withLimit(undefined, 'ngày'))).to.equal(undefined);
  });

  it('PROCEDURE_PROFILES derives channels, fees and result kind from the records', () => {
    const byCode = new Map(PROCEDURE_PROFILES.map((p) => [p.code, p]));
    expect(byCode.get('2.000815')!.online).to.equal(false);
    expect(byCode.get('2.000815')!.feeShare).to.equal(1);
    expect(byCode.get('1.001193')!.postal).to.equal(true);
    expect(byCode.get('1.004194')!.postal).to.equal(false);
    expect(byCode.get('1.004194')!.paperResult).to.equal(false);
    expect(byCode.get('2.000488')!.centreOnly).to.equal(true);
    for (const p of PROCEDURE_PROFILES) {
      const record = DEMO_PROCEDURES.find((r) => r.ma_thu_tuc === p.code)!;
      expect(p.popularity).to.equal(record.luot_thuc_hien);
      expect(p.legalDays).to.equal(PROCEDURE_LEGAL_DAYS[p.code]);
      // A procedure whose every fee line is zero never owes a fee.
      const fees = record.cach_thuc_thuc_hien.flatMap((c) => c.phi_le_phi);
      if (fees.every((f) => f.so_tien === 0)) expect(p.feeShare, p.code).to.equal(0);
    }
  });

  it('demoProcedures() returns a copy that callers may change', () => {
    const copy = demoProcedures();
    expect(copy).to.deep.equal(DEMO_PROCEDURES);
    copy[0]!.ten_thu_tuc = 'changed';
    copy[0]!.tu_khoa!.push('x');
    expect(DEMO_PROCEDURES[0]!.ten_thu_tuc).to.equal('Đăng ký khai sinh');
    expect(DEMO_PROCEDURES[0]!.tu_khoa).to.not.include('x');
  });
});
