import { MemorySource } from '../../src/data/adapters/memory/index.js';
import { setDefaultSource } from '../../src/data/registry.js';
import { demoProcedures, halongOrg } from '../../src/data/seed/index.js';
import type { Procedure } from '../../src/data/schemas/procedure.js';
import type { CaseFile } from '../../src/data/schemas/case-file.js';

/**
 * Test data for the procedure family. The demo catalogue (src/data/seed) carries real national codes;
 * `LONG_RECORD` is made up for tests (code 9.900001, which no national procedure uses): a long record
 * with several execution cases, forms, lists and links in its text.
 */
export const LONG_RECORD: Procedure = {
  ma_thu_tuc: '9.900001',
  ten_thu_tuc: 'Thủ tục thử nghiệm nhiều trường hợp (dữ liệu kiểm thử)',
  cap_thuc_hien: ['Cấp Xã', 'Cấp Tỉnh'],
  linh_vuc: 'Hộ tịch',
  loai_thu_tuc: 'TTHC được luật giao quy định chi tiết',
  so_quyet_dinh_cong_bo: 'Quyết định số 0000/QĐ-TEST (kiểm thử)',
  trinh_tu_thuc_hien: [
    'Bước 1: Chuẩn bị hồ sơ theo trường hợp của mình. Xem danh sách giấy tờ bên dưới.',
    'Bước 2: Nộp hồ sơ theo một trong các cách sau:\n- Trực tiếp tại Trung tâm Phục vụ hành chính công;\n- Qua bưu chính;\n- Trực tuyến tại https://dichvucong.gov.vn.',
    'Bước 3: Cán bộ tiếp nhận kiểm tra hồ sơ:\na) Hồ sơ đầy đủ: cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả;\nb) Hồ sơ chưa đầy đủ: hướng dẫn bổ sung một lần.',
    'Bước 4: Cơ quan có thẩm quyền giải quyết hồ sơ trong thời hạn quy định. Nếu không giải quyết đúng hạn, cơ quan gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả.',
    'Bước 5: Nhận kết quả tại nơi nộp hoặc qua bưu chính. Mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
  ],
  cach_thuc_thuc_hien: [
    { hinh_thuc_nop: 'truc_tiep', thoi_han: { mo_ta: '3 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.', so_luong: 3, don_vi: 'ngày làm việc' }, phi_le_phi: [{ loai: 'Lệ phí', so_tien: 50000, don_vi: 'VNĐ', mo_ta: 'Miễn lệ phí cho người thuộc hộ nghèo, người khuyết tật.' }] },
    { hinh_thuc_nop: 'truc_tuyen', thoi_han: { mo_ta: '2 ngày làm việc.', so_luong: 2, don_vi: 'ngày làm việc' }, phi_le_phi: [{ loai: 'Lệ phí', so_tien: 25000, don_vi: 'VNĐ', mo_ta: 'Giảm 50% khi nộp trực tuyến.' }] },
  ],
  truong_hop: [
    {
      ten: 'Trường hợp 1: Người yêu cầu tự nộp',
      thanh_phan_ho_so: [
        { ten: 'Tờ khai theo mẫu', so_luong: { ban_chinh: 1, ban_sao: 0 }, bat_buoc: true, mau_don: { ten_tep: 'To-khai-mau-01.docx', url: 'https://example.gov.vn/mau/01.docx' }, co_bieu_mau_dien_tu: true },
        { ten: 'Giấy tờ tùy thân', so_luong: { ban_chinh: 0, ban_sao: 1 }, bat_buoc: true },
      ],
    },
    {
      ten: 'Trường hợp 2: Ủy quyền cho người khác nộp',
      thanh_phan_ho_so: [
        { ten: 'Văn bản ủy quyền có chứng thực', so_luong: { ban_chinh: 1, ban_sao: 0 }, bat_buoc: true },
        { ten: 'Giấy tờ tùy thân của người được ủy quyền', so_luong: { ban_chinh: 0, ban_sao: 1 }, bat_buoc: true },
        { ten: 'Giấy tờ chứng minh quan hệ (nếu có)', so_luong: { ban_chinh: 0, ban_sao: 1 }, bat_buoc: false, ghi_chu: 'Chỉ cần khi người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột.' },
      ],
    },
    { ten: 'Trường hợp 3: Nộp trực tuyến', thanh_phan_ho_so: [{ ten: 'Bản điện tử của tờ khai', so_luong: { ban_chinh: 1, ban_sao: 0 }, bat_buoc: true, co_bieu_mau_dien_tu: true }] },
  ],
  thanh_phan_ho_so: [{ ten: 'Ảnh 4x6 cm chụp không quá 6 tháng', so_luong: { ban_chinh: 2, ban_sao: 0 }, bat_buoc: true }],
  doi_tuong_thuc_hien: ['Công dân Việt Nam', 'Người nước ngoài cư trú tại Việt Nam'],
  co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
  co_quan_co_tham_quyen: 'Ủy ban nhân dân cấp xã',
  dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công phường Bãi Cháy',
  ket_qua_thuc_hien: ['Giấy xác nhận (bản chính)', 'Bản sao (nếu có yêu cầu)'],
  can_cu_phap_ly: [
    { so_ky_hieu: 'Luật số 60/2014/QH13', trich_yeu: 'Luật Hộ tịch', ngay_ban_hanh: '2014-11-20' },
    { so_ky_hieu: 'Nghị định số 123/2015/NĐ-CP', trich_yeu: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
  ],
  yeu_cau_dieu_kien: 'Người yêu cầu phải:\n- Có mặt khi nhận kết quả;\n- Xuất trình bản chính giấy tờ đã nộp bản sao.',
  muc_do_dvctt: 'mot_phan',
  url_nop_truc_tuyen: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=9.900001',
  luot_thuc_hien: 10,
};

/** The demo catalogue plus the long test record. */
export function catalogue(): Procedure[] {
  return [...demoProcedures(), LONG_RECORD];
}

/** Makes a MemorySource the page default for the widgets under test and returns it. */
export function useMemory(options: { procedures?: Procedure[]; cases?: CaseFile[] } = {}): MemorySource {
  const source = new MemorySource({ org: halongOrg(), procedures: options.procedures ?? catalogue(), cases: options.cases ?? [] });
  setDefaultSource(source);
  return source;
}

/** Resets the page default source (call in afterEach). */
export function resetSource(): void {
  setDefaultSource(undefined);
}

/** The XSS corpus of test/fixtures/xss.json, with every `alert(…)` turned into a flag set on `window`. */
export interface XssCorpus {
  /** Hostile strings every text field must accept and render as text. */
  text: string[];
  /** Values every URL field must reject. */
  urls: string[];
}

/** Loads the corpus; `executed()` tells whether any payload ran. */
export async function loadXss(): Promise<XssCorpus & { executed: () => boolean; reset: () => void }> {
  const raw = (await (await fetch('/test/fixtures/xss.json')).json()) as { text: { value: string }[]; urls: { value: string }[] };
  const arm = (s: string) => s.replace(/alert\([^)]*\)/g, 'window.__hccXss=1').replace(/confirm\([^)]*\)/g, 'window.__hccXss=1').replace(/prompt\([^)]*\)/g, 'window.__hccXss=1');
  const w = window as unknown as { __hccXss?: number };
  return {
    text: raw.text.map((x) => arm(x.value)),
    urls: raw.urls.map((x) => x.value),
    executed: () => w.__hccXss === 1,
    reset: () => {
      w.__hccXss = 0;
    },
  };
}
