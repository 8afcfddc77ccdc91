import type { SearchableProcedure } from '../../../src/core/search/procedures.js';

/**
 * A small synthetic catalogue for the search tests: realistic titles, made-up codes (9.xxxxxx, no
 * national code is meant), bodies that mention other procedures' words, and popularity.
 */
function p(code: string, title: string, linhVuc: string, extra: Partial<SearchableProcedure> = {}): SearchableProcedure {
  return { ma_thu_tuc: code, ten_thu_tuc: title, linh_vuc: linhVuc, cap_thuc_hien: ['Cấp Xã'], ...extra };
}

export const CATALOGUE: SearchableProcedure[] = [
  p('9.000001', 'Đăng ký khai sinh', 'Hộ tịch', {
    luot_thuc_hien: 9000, muc_do_dvctt: 'toan_trinh',
    thanh_phan_ho_so: [{ ten: 'Giấy chứng sinh' }, { ten: 'Giấy chứng nhận kết hôn của cha, mẹ (nếu có)' }],
  }),
  p('9.000002', 'Đăng ký kết hôn', 'Hộ tịch', { luot_thuc_hien: 3000, muc_do_dvctt: 'mot_phan' }),
  p('9.000003', 'Đăng ký lại kết hôn', 'Hộ tịch', { luot_thuc_hien: 40 }),
  p('9.000004', 'Đăng ký kết hôn có yếu tố nước ngoài', 'Hộ tịch', { luot_thuc_hien: 120, cap_thuc_hien: ['Cấp Tỉnh'] }),
  p('9.000005', 'Đăng ký khai sinh có yếu tố nước ngoài', 'Hộ tịch', { luot_thuc_hien: 150, cap_thuc_hien: ['Cấp Tỉnh'] }),
  p('9.000006', 'Đăng ký lại khai sinh', 'Hộ tịch', { luot_thuc_hien: 60 }),
  p('9.000007', 'Đăng ký khai tử', 'Hộ tịch', { luot_thuc_hien: 2500, muc_do_dvctt: 'toan_trinh' }),
  p('9.000008', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', { luot_thuc_hien: 1200 }),
  p('9.000009', 'Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Hộ tịch', { luot_thuc_hien: 400 }),
  p('9.000010', 'Đăng ký thay đổi họ, chữ đệm, tên cho người dưới 14 tuổi', 'Hộ tịch', { luot_thuc_hien: 30 }),
  p('9.000011', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực', { luot_thuc_hien: 20000 }),
  p('9.000012', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực', { luot_thuc_hien: 5000 }),
  p('9.000013', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Xây dựng', { luot_thuc_hien: 700, cap_thuc_hien: ['Cấp Xã', 'Cấp Tỉnh'], muc_do_dvctt: 'mot_phan' }),
  p('9.000014', 'Cấp giấy phép sửa chữa, cải tạo công trình', 'Xây dựng', { luot_thuc_hien: 90 }),
  p('9.000015', 'Cấp lại thẻ Căn cước công dân', 'Căn cước', { luot_thuc_hien: 4000, muc_do_dvctt: 'toan_trinh' }),
  p('9.000016', 'Cấp đổi thẻ căn cước', 'Căn cước', { luot_thuc_hien: 3500 }),
  p('9.000017', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú', { luot_thuc_hien: 6000, muc_do_dvctt: 'toan_trinh' }),
  p('9.000018', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú', { luot_thuc_hien: 2000 }),
  p('9.000019', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 'Đất đai', { luot_thuc_hien: 800 }),
  p('9.000020', 'Xác nhận tình trạng hôn nhân', 'Hộ tịch', {
    luot_thuc_hien: 2600,
    thanh_phan_ho_so: [{ ten: 'Bản sao giấy chứng nhận kết hôn hoặc quyết định ly hôn (nếu có)' }],
  }),
  p('9.000021', 'Đăng ký hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh', { luot_thuc_hien: 900 }),
  p('9.000022', 'Cấp Phiếu lý lịch tư pháp', 'Lý lịch tư pháp', { luot_thuc_hien: 1500, cap_thuc_hien: ['Cấp Tỉnh'] }),
  p('9.000023', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'Bảo trợ xã hội', {
    luot_thuc_hien: 100,
    ket_qua_thuc_hien: ['Quyết định hỗ trợ chi phí mai táng'],
    yeu_cau_dieu_kien: 'Người đã đăng ký khai tử.',
  }),
  p('9.000024', 'Giải quyết chế độ hưu trí', 'Bảo hiểm xã hội', { luot_thuc_hien: 300, cap_thuc_hien: ['Cơ quan khác'], muc_do_dvctt: 'khong' }),
];
