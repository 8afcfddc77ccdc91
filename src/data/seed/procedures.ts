import type { CachThucThucHien, GiayTo, PhiLePhi, Procedure } from '../schemas/procedure.js';
import { FIELD_IDS } from './org.js';

/**
 * The demo procedure catalogue: twelve real national procedure codes (DOMAIN §7) in the national
 * database's field names.
 *
 * The first three records (1.001193, 1.000894, 2.000815) are the sample records of the domain notes
 * (DOMAIN §7), without their per-field confidence notes (`_nguon`). The other nine are sample content
 * written in the same style: their codes, names and fields (lĩnh vực) agree across several public
 * sources, while steps, documents, fees, time limits and legal bases are plausible but unchecked, and
 * each record says so in `nguon.ghi_chu`. `luot_thuc_hien` is an illustrative yearly
 * volume for a city-sized centre and drives the mix of generated dossiers. Online submission links point
 * at the national portal, the Ministry of Public Security portal (residence) and the Ministry of Justice
 * criminal-record portal; they are illustrative entry points, not deep links to a service.
 */

const DVCQG_DETAIL = 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=';
const BCA_PORTAL = 'https://dichvucong.bocongan.gov.vn/';
const SAMPLE_NOTE =
  'Nội dung mẫu để trình diễn: mã, tên và lĩnh vực thủ tục thống nhất ở nhiều nguồn công khai; trình tự, thành phần hồ sơ, phí, lệ phí, thời hạn và căn cứ pháp lý chưa được kiểm tra, phải đối chiếu với Cổng Dịch vụ công quốc gia (Cổng DVCQG) trước khi dùng thật.';

const nguon = (code: string): NonNullable<Procedure['nguon']> => ({ url: `${DVCQG_DETAIL}${code}`, ngay_truy_xuat: null, ghi_chu: SAMPLE_NOTE });

type Kenh = CachThucThucHien['hinh_thuc_nop'];
interface ThoiHan { mo_ta: string; so_luong: number; don_vi: 'ngày làm việc' | 'ngày' }

/** One row of "Cách thức thực hiện" per channel, sharing the time limit; fees may differ per channel. */
function ways(kenh: readonly Kenh[], thoiHan: ThoiHan, fees: (k: Kenh) => PhiLePhi[], moTa: string): CachThucThucHien[] {
  return kenh.map((k) => ({ hinh_thuc_nop: k, thoi_han: { ...thoiHan }, phi_le_phi: fees(k), mo_ta: moTa }));
}

const doc = (ten: string, banChinh: number, banSao: number, extra: Partial<GiayTo> = {}): GiayTo => ({ ten, so_luong: { ban_chinh: banChinh, ban_sao: banSao }, ...extra });

const HO_TICH_LAW = [
  { so_ky_hieu: '60/2014/QH13', trich_yeu: 'Luật Hộ tịch' },
  { so_ky_hieu: '123/2015/NĐ-CP', trich_yeu: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch' },
];
const CU_TRU_LAW = [
  { so_ky_hieu: '68/2020/QH14', trich_yeu: 'Luật Cư trú' },
  { so_ky_hieu: '62/2021/NĐ-CP', trich_yeu: 'Nghị định quy định chi tiết một số điều của Luật Cư trú' },
  { so_ky_hieu: '55/2021/TT-BCA', trich_yeu: 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú' },
  { so_ky_hieu: '75/2022/TT-BTC', trich_yeu: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí đăng ký cư trú' },
];
const CU_TRU_STEP_1 =
  'Bước 1: Người đề nghị nộp hồ sơ trực tiếp tại Công an cấp xã (bộ phận tiếp nhận tại Trung tâm Phục vụ hành chính công cấp xã) hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, ứng dụng VNeID.';
const CU_TRU_STEP_2 =
  'Bước 2: Cán bộ tiếp nhận kiểm tra tính pháp lý và nội dung hồ sơ; hồ sơ đầy đủ, hợp lệ thì cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả; chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện; không đủ điều kiện thì từ chối bằng văn bản và nêu rõ lý do.';
const CU_TRU_WAY = 'Nộp trực tiếp tại Công an cấp xã hoặc nộp trực tuyến; kết quả được thông báo bằng văn bản, tin nhắn hoặc trên ứng dụng VNeID.';
const CU_TRU_EXEMPT =
  'Miễn lệ phí đối với trẻ em, người cao tuổi, người khuyết tật, người có công với cách mạng và thân nhân, người thuộc hộ nghèo và các trường hợp khác theo quy định.';
/** Residence fees: a lower amount for online submission. Amounts are written out as printed (`15.000`). */
const cuTruFee = (direct: [number, string], online: [number, string], what: string) => (k: Kenh): PhiLePhi[] => {
  const [amount, printed] = k === 'truc_tuyen' ? online : direct;
  const how = k === 'truc_tuyen' ? 'nộp hồ sơ trực tuyến' : 'nộp hồ sơ trực tiếp';
  return [{ loai: 'Lệ phí', so_tien: amount, don_vi: 'VNĐ/lần', mo_ta: `${printed} đồng/lần ${what} (${how}). ${CU_TRU_EXEMPT}` }];
};
const noFee = (): PhiLePhi[] => [{ loai: 'Lệ phí', so_tien: 0, don_vi: 'VNĐ', mo_ta: 'Không thu lệ phí.' }];
const CT01 = doc(
  'Tờ khai thay đổi thông tin cư trú (Mẫu CT01); người chưa thành niên thì ghi rõ ý kiến đồng ý của cha, mẹ hoặc người giám hộ',
  1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true },
);

/** The catalogue, in the order shown by default. */
const RECORDS: readonly Procedure[] = [
  {
    ma_thu_tuc: '1.001193',
    ten_thu_tuc: 'Đăng ký khai sinh',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Hộ tịch',
    trinh_tu_thuc_hien: [
      'Bước 1: Người yêu cầu nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công, gửi qua bưu chính, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia/Cổng Dịch vụ công cấp tỉnh (điền biểu mẫu điện tử tương tác, đính kèm bản chụp hoặc bản điện tử giấy tờ, nộp phí, lệ phí nếu có).',
      'Bước 2: Cán bộ tiếp nhận kiểm tra tính chính xác, đầy đủ, hợp lệ của hồ sơ. Hồ sơ đầy đủ thì tiếp nhận (nếu nhận sau 15 giờ thì có Phiếu hẹn trả kết quả trong ngày làm việc tiếp theo), số hóa và ký số hồ sơ nộp trực tiếp; hồ sơ chưa đầy đủ thì thông báo để bổ sung, hoàn thiện; không bổ sung được thì thông báo từ chối.',
      'Bước 3: Công chức tư pháp - hộ tịch thẩm tra hồ sơ; nếu cha, mẹ đã đăng ký kết hôn thì tra cứu tình trạng hôn nhân qua Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư. Nếu không thể trả kết quả đúng hẹn thì lập Phiếu xin lỗi và hẹn lại ngày trả kết quả.',
      'Bước 4: Ghi vào Sổ đăng ký khai sinh, cập nhật Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung và chuyển thông tin đến Cơ sở dữ liệu quốc gia về dân cư để lấy Số định danh cá nhân. Với hồ sơ trực tuyến, gửi biểu mẫu Giấy khai sinh điện tử để người yêu cầu kiểm tra, xác nhận (tối đa 01 ngày).',
      'Bước 5: In Giấy khai sinh (và bản sao nếu có yêu cầu), trình Lãnh đạo Ủy ban nhân dân cấp xã ký, chuyển Trung tâm Phục vụ hành chính công trả kết quả.',
    ],
    cach_thuc_thuc_hien: [
      {
        hinh_thuc_nop: 'truc_tiep',
        thoi_han: {
          mo_ta: 'Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
          so_luong: 1,
          don_vi: 'ngày làm việc',
        },
        phi_le_phi: [
          {
            loai: 'Lệ phí',
            so_tien: 0,
            don_vi: 'VNĐ',
            mo_ta: 'Miễn lệ phí đối với trường hợp đăng ký khai sinh đúng hạn; người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.',
          },
          {
            loai: 'Lệ phí',
            so_tien: null,
            don_vi: 'VNĐ',
            mo_ta: 'Đăng ký khai sinh không đúng hạn: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định.',
          },
        ],
        mo_ta: 'Người yêu cầu trực tiếp thực hiện hoặc ủy quyền cho người khác; nộp trực tiếp tại Trung tâm Phục vụ hành chính công, gửi qua hệ thống bưu chính hoặc nộp trực tuyến tại Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn).',
      },
      {
        hinh_thuc_nop: 'truc_tuyen',
        thoi_han: {
          mo_ta: 'Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
          so_luong: 1,
          don_vi: 'ngày làm việc',
        },
        phi_le_phi: [
          {
            loai: 'Lệ phí',
            so_tien: 0,
            don_vi: 'VNĐ',
            mo_ta: 'Miễn lệ phí đối với trường hợp đăng ký khai sinh đúng hạn; người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.',
          },
          {
            loai: 'Lệ phí',
            so_tien: null,
            don_vi: 'VNĐ',
            mo_ta: 'Đăng ký khai sinh không đúng hạn: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định.',
          },
        ],
        mo_ta: 'Thủ tục này đủ điều kiện thực hiện dịch vụ công trực tuyến toàn trình. Người yêu cầu trực tiếp thực hiện hoặc ủy quyền cho người khác; nộp trực tiếp tại Trung tâm Phục vụ hành chính công, gửi qua hệ thống bưu chính hoặc nộp trực tuyến tại Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn).',
      },
      {
        hinh_thuc_nop: 'buu_chinh',
        thoi_han: {
          mo_ta: 'Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
          so_luong: 1,
          don_vi: 'ngày làm việc',
        },
        phi_le_phi: [
          {
            loai: 'Lệ phí',
            so_tien: 0,
            don_vi: 'VNĐ',
            mo_ta: 'Miễn lệ phí đối với trường hợp đăng ký khai sinh đúng hạn; người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.',
          },
          {
            loai: 'Lệ phí',
            so_tien: null,
            don_vi: 'VNĐ',
            mo_ta: 'Đăng ký khai sinh không đúng hạn: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định.',
          },
        ],
        mo_ta: 'Người yêu cầu trực tiếp thực hiện hoặc ủy quyền cho người khác; nộp trực tiếp tại Trung tâm Phục vụ hành chính công, gửi qua hệ thống bưu chính hoặc nộp trực tuyến tại Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn).',
      },
    ],
    thanh_phan_ho_so: [
      {
        ten: 'Tờ khai đăng ký khai sinh theo mẫu (nếu nộp hồ sơ trực tiếp hoặc qua bưu chính)',
        so_luong: { ban_chinh: 1, ban_sao: 0 },
        bat_buoc: true,
        co_bieu_mau_dien_tu: false,
      },
      {
        ten: 'Mẫu hộ tịch điện tử tương tác đăng ký khai sinh (nếu nộp hồ sơ trực tuyến; người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng Dịch vụ công)',
        so_luong: { ban_chinh: 1, ban_sao: 0 },
        bat_buoc: false,
        co_bieu_mau_dien_tu: true,
      },
      {
        ten: 'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh',
        so_luong: { ban_chinh: 1, ban_sao: 0 },
        bat_buoc: true,
      },
      {
        ten: 'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập (trường hợp trẻ em bị bỏ rơi)',
        so_luong: { ban_chinh: 1, ban_sao: 0 },
        bat_buoc: false,
      },
      {
        ten: 'Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ (trường hợp trẻ em sinh ra do mang thai hộ)',
        so_luong: { ban_chinh: 1, ban_sao: 0 },
        bat_buoc: false,
      },
      {
        ten: 'Giấy tờ tùy thân của người yêu cầu (hộ chiếu/thẻ căn cước/căn cước điện tử…) để xuất trình; không phải tải lên nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư',
        so_luong: { ban_chinh: 0, ban_sao: 0 },
        bat_buoc: true,
        ghi_chu: 'Xuất trình, không nộp',
      },
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã (ví dụ: Trung tâm Phục vụ hành chính công phường Bãi Cháy, tỉnh Quảng Ninh)',
    ket_qua_thuc_hien: ['Giấy khai sinh (bản chính)', 'Bản sao Giấy khai sinh (nếu có yêu cầu)'],
    can_cu_phap_ly: [
      { so_ky_hieu: '60/2014/QH13', trich_yeu: 'Luật Hộ tịch' },
      {
        so_ky_hieu: '123/2015/NĐ-CP',
        trich_yeu: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
      },
    ],
    yeu_cau_dieu_kien: 'Không',
    ghi_chu: 'Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con; nếu cha, mẹ không thể thực hiện thì ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em đăng ký khai sinh cho trẻ.',
    tu_khoa: ['khai sinh', 'giấy khai sinh', 'đăng ký khai sinh cho con'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193',
    luot_thuc_hien: 5200,
    nguon: {
      url: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193',
      ngay_truy_xuat: null,
      ghi_chu: 'Dữ liệu mẫu, tổng hợp lại từ các bản sao công khai; phải đối chiếu với Cổng DVCQG trước khi dùng thật.',
    },
  },
  {
    ma_thu_tuc: '1.000894',
    ten_thu_tuc: 'Đăng ký kết hôn',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Hộ tịch',
    trinh_tu_thuc_hien: [
      'Bước 1: Người yêu cầu nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công có thẩm quyền hoặc trực tuyến trên Cổng Dịch vụ công (điền biểu mẫu điện tử tương tác đăng ký kết hôn, đính kèm bản chụp/bản điện tử giấy tờ).',
      'Bước 2: Cán bộ tiếp nhận kiểm tra hồ sơ; đủ thì tiếp nhận, cấp Phiếu hẹn và số hóa hồ sơ; chưa đủ thì hướng dẫn bổ sung; không bổ sung được thì thông báo từ chối.',
      'Bước 3: Công chức tư pháp - hộ tịch thẩm tra hồ sơ, tra cứu tình trạng hôn nhân của hai bên qua Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư; nếu chưa có thông tin thì đề nghị UBND cấp xã nơi thường trú xác minh (trả lời trong 03 ngày làm việc).',
      'Bước 4: Nếu đủ điều kiện kết hôn, ghi vào Sổ đăng ký kết hôn và cập nhật Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung (hồ sơ trực tuyến: gửi biểu mẫu Giấy chứng nhận kết hôn điện tử để người yêu cầu xác nhận, tối đa 01 ngày).',
      'Bước 5: In Giấy chứng nhận kết hôn, trình Lãnh đạo UBND cấp xã ký; hai bên nam, nữ có mặt, xuất trình giấy tờ tùy thân, ký vào Sổ và Giấy chứng nhận kết hôn; mỗi bên nhận 01 bản chính.',
    ],
    cach_thuc_thuc_hien: [
      {
        hinh_thuc_nop: 'truc_tiep',
        thoi_han: {
          mo_ta: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp cần xác minh điều kiện kết hôn của hai bên nam, nữ thì thời hạn giải quyết không quá 05 ngày làm việc.',
          so_luong: 5,
          don_vi: 'ngày làm việc',
        },
        phi_le_phi: [
          {
            loai: 'Lệ phí',
            so_tien: 0,
            don_vi: 'VNĐ',
            mo_ta: 'Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.',
          },
        ],
        mo_ta: 'Nộp trực tiếp tại Bộ phận Một cửa/Trung tâm Phục vụ hành chính công của UBND cấp xã hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công cấp tỉnh; bên nam hoặc bên nữ có thể nộp hồ sơ mà không cần văn bản ủy quyền của bên còn lại.',
      },
      {
        hinh_thuc_nop: 'truc_tuyen',
        thoi_han: {
          mo_ta: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp cần xác minh điều kiện kết hôn của hai bên nam, nữ thì thời hạn giải quyết không quá 05 ngày làm việc.',
          so_luong: 5,
          don_vi: 'ngày làm việc',
        },
        phi_le_phi: [
          {
            loai: 'Lệ phí',
            so_tien: 0,
            don_vi: 'VNĐ',
            mo_ta: 'Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.',
          },
        ],
        mo_ta: 'Nộp trực tiếp tại Bộ phận Một cửa/Trung tâm Phục vụ hành chính công của UBND cấp xã hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công cấp tỉnh; bên nam hoặc bên nữ có thể nộp hồ sơ mà không cần văn bản ủy quyền của bên còn lại.',
      },
      {
        hinh_thuc_nop: 'buu_chinh',
        thoi_han: {
          mo_ta: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp cần xác minh điều kiện kết hôn của hai bên nam, nữ thì thời hạn giải quyết không quá 05 ngày làm việc.',
          so_luong: 5,
          don_vi: 'ngày làm việc',
        },
        phi_le_phi: [
          {
            loai: 'Lệ phí',
            so_tien: 0,
            don_vi: 'VNĐ',
            mo_ta: 'Miễn lệ phí. Phí cấp bản sao Trích lục kết hôn (nếu có yêu cầu) thực hiện theo Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.',
          },
        ],
        mo_ta: 'Nộp trực tiếp tại Bộ phận Một cửa/Trung tâm Phục vụ hành chính công của UBND cấp xã hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Cổng Dịch vụ công cấp tỉnh; bên nam hoặc bên nữ có thể nộp hồ sơ mà không cần văn bản ủy quyền của bên còn lại.',
      },
    ],
    thanh_phan_ho_so: [
      {
        ten: 'Tờ khai đăng ký kết hôn theo mẫu, có đủ thông tin của hai bên nam, nữ; hai bên có thể khai chung vào một Tờ khai (nếu nộp trực tiếp)',
        so_luong: { ban_chinh: 1, ban_sao: 0 },
        bat_buoc: true,
        co_bieu_mau_dien_tu: false,
      },
      {
        ten: 'Mẫu hộ tịch điện tử tương tác đăng ký kết hôn (nếu nộp trực tuyến)',
        so_luong: { ban_chinh: 1, ban_sao: 0 },
        bat_buoc: false,
        co_bieu_mau_dien_tu: true,
      },
      {
        ten: 'Giấy tờ chứng minh nhân thân của hai bên (hộ chiếu/thẻ căn cước/căn cước điện tử…); không phải tải lên nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử',
        so_luong: { ban_chinh: 0, ban_sao: 0 },
        bat_buoc: true,
        ghi_chu: 'Xuất trình',
      },
      {
        ten: 'Giấy tờ chứng minh thông tin về cư trú, trong trường hợp cơ quan đăng ký hộ tịch không khai thác được theo khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP',
        so_luong: { ban_chinh: 0, ban_sao: 0 },
        bat_buoc: false,
        ghi_chu: 'Xuất trình khi cần',
      },
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
    ket_qua_thuc_hien: ['Giấy chứng nhận kết hôn (mỗi bên 01 bản chính)'],
    can_cu_phap_ly: [
      { so_ky_hieu: '60/2014/QH13', trich_yeu: 'Luật Hộ tịch' },
      { so_ky_hieu: '52/2014/QH13', trich_yeu: 'Luật Hôn nhân và gia đình' },
    ],
    yeu_cau_dieu_kien: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi trở lên; việc kết hôn do hai bên tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc các trường hợp cấm kết hôn (kết hôn giả tạo; tảo hôn, cưỡng ép, lừa dối, cản trở kết hôn; đang có vợ, có chồng; cùng dòng máu trực hệ, có họ trong phạm vi ba đời, quan hệ nuôi dưỡng, thông gia theo luật định). Nhà nước không thừa nhận hôn nhân giữa những người cùng giới tính.',
    tu_khoa: ['kết hôn', 'giấy chứng nhận kết hôn', 'đăng ký kết hôn trong nước'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-dung-chung.html?ma_thu_tuc=1.000894',
    luot_thuc_hien: 2400,
    nguon: {
      url: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-dung-chung.html?ma_thu_tuc=1.000894',
      ngay_truy_xuat: null,
      ghi_chu: 'Dữ liệu mẫu; đối chiếu Cổng DVCQG trước khi dùng thật.',
    },
  },
  {
    ma_thu_tuc: '2.000815',
    ten_thu_tuc: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Chứng thực',
    trinh_tu_thuc_hien: [
      'Bước 1: Người yêu cầu xuất trình bản chính giấy tờ, văn bản làm cơ sở chứng thực và bản sao cần chứng thực; nếu chỉ xuất trình bản chính thì cơ quan chụp từ bản chính (trừ khi không có phương tiện chụp).',
      'Bước 2: Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu nội dung đúng và bản chính không thuộc trường hợp bị cấm dùng làm cơ sở chứng thực thì ghi lời chứng theo mẫu.',
      'Bước 3: Ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực; bản sao từ 02 trang trở lên ghi lời chứng ở trang cuối, từ 02 tờ trở lên đóng dấu giáp lai; các bản sao chứng thực cùng lúc từ một bản chính ghi chung một số chứng thực.',
      'Bước 4: Người yêu cầu nhận kết quả tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: [
      {
        hinh_thuc_nop: 'truc_tiep',
        thoi_han: {
          mo_ta: 'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ. Trường hợp cùng lúc yêu cầu chứng thực nhiều loại giấy tờ, bản chính nhiều trang, số lượng bản sao lớn hoặc nội dung phức tạp thì được kéo dài thêm không quá 02 ngày làm việc hoặc dài hơn theo thỏa thuận bằng văn bản với người yêu cầu.',
          so_luong: 1,
          don_vi: 'ngày làm việc',
        },
        phi_le_phi: [
          {
            loai: 'Phí',
            so_tien: 2000,
            don_vi: 'VNĐ/trang',
            mo_ta: 'Tại UBND cấp xã, tổ chức hành nghề công chứng: 2.000 đồng/trang cho 2 trang đầu; từ trang thứ 3 trở lên thu 1.000 đồng/trang; tối đa không quá 200.000 đồng/bản. Trang tính phí là trang của bản chính.',
          },
          {
            loai: 'Phí',
            so_tien: 10,
            don_vi: 'USD/bản',
            mo_ta: 'Tại cơ quan đại diện Việt Nam ở nước ngoài: 10 USD/bản.',
          },
        ],
        mo_ta: 'Nộp trực tiếp tại Ủy ban nhân dân cấp xã (Trung tâm Phục vụ hành chính công cấp xã), tổ chức hành nghề công chứng hoặc cơ quan đại diện.',
      },
    ],
    thanh_phan_ho_so: [
      {
        ten: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
        so_luong: { ban_chinh: 1, ban_sao: 0 },
        bat_buoc: true,
        ghi_chu: 'Xuất trình, được trả lại',
      },
      {
        ten: 'Bản sao cần chứng thực (nếu không mang theo thì cơ quan chứng thực chụp từ bản chính)',
        so_luong: { ban_chinh: 0, ban_sao: 1 },
        bat_buoc: false,
      },
    ],
    doi_tuong_thuc_hien: [
      'Công dân Việt Nam',
      'Cán bộ, công chức, viên chức',
      'Doanh nghiệp',
      'Doanh nghiệp có vốn đầu tư nước ngoài',
      'Tổ chức (không bao gồm doanh nghiệp, HTX)',
      'Hợp tác xã',
    ],
    co_quan_thuc_hien: [
      'Ủy ban nhân dân cấp xã',
      'Tổ chức hành nghề công chứng',
      'Cơ quan đại diện có thẩm quyền',
    ],
    ket_qua_thuc_hien: ['Bản sao được chứng thực từ bản chính'],
    can_cu_phap_ly: [
      {
        so_ky_hieu: '23/2015/NĐ-CP',
        trich_yeu: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
      },
      {
        so_ky_hieu: '226/2016/TT-BTC',
        trich_yeu: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
      },
    ],
    yeu_cau_dieu_kien: 'Bản chính không được dùng làm cơ sở chứng thực nếu: bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; hư hỏng, cũ nát không xác định được nội dung; đóng dấu mật hoặc ghi rõ không được sao chụp; có nội dung trái pháp luật, đạo đức xã hội; là giấy tờ do cá nhân tự lập không có xác nhận, đóng dấu của cơ quan có thẩm quyền.',
    tu_khoa: ['chứng thực', 'sao y bản chính', 'bản sao chứng thực'],
    muc_do_dvctt: 'khong',
    luot_thuc_hien: 5200,
    nguon: {
      ngay_truy_xuat: null,
      ghi_chu: 'Dữ liệu mẫu; mã 2.000815 được dùng làm TTHC mẫu trên trang đánh giá 766 (formalityId 019d2bfd-8e22-77ef-819f-e49460350904). Đối chiếu Cổng DVCQG trước khi dùng thật.',
    },
  },
  {
    ma_thu_tuc: '1.000656',
    ten_thu_tuc: 'Đăng ký khai tử',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Hộ tịch',
    trinh_tu_thuc_hien: [
      'Bước 1: Người đi đăng ký khai tử nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú cuối cùng của người chết, gửi qua bưu chính, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia/Cổng Dịch vụ công cấp tỉnh.',
      'Bước 2: Cán bộ tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì tiếp nhận, cấp Phiếu hẹn trả kết quả và số hóa hồ sơ; chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.',
      'Bước 3: Công chức tư pháp - hộ tịch kiểm tra tính hợp lệ của giấy tờ; nếu việc khai tử đúng thì ghi vào Sổ đăng ký khai tử, cập nhật Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung và Cơ sở dữ liệu quốc gia về dân cư.',
      'Bước 4: Trình Lãnh đạo Ủy ban nhân dân cấp xã ký Trích lục khai tử, chuyển Trung tâm Phục vụ hành chính công trả kết quả. Khi người dân yêu cầu liên thông, thông tin khai tử được chuyển để xóa đăng ký thường trú và giải quyết chế độ mai táng phí.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      {
        mo_ta: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp cần xác minh thì thời hạn giải quyết không quá 03 ngày làm việc.',
        so_luong: 3,
        don_vi: 'ngày làm việc',
      },
      () => [
        { loai: 'Lệ phí', so_tien: 0, don_vi: 'VNĐ', mo_ta: 'Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn; người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.' },
        { loai: 'Lệ phí', so_tien: null, don_vi: 'VNĐ', mo_ta: 'Đăng ký khai tử không đúng hạn: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định.' },
      ],
      'Người đi đăng ký khai tử trực tiếp thực hiện hoặc ủy quyền cho người khác; nộp trực tiếp, gửi qua hệ thống bưu chính hoặc nộp trực tuyến tại Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn).',
    ),
    thanh_phan_ho_so: [
      doc('Tờ khai đăng ký khai tử theo mẫu (nếu nộp hồ sơ trực tiếp hoặc qua bưu chính)', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: false }),
      doc('Mẫu hộ tịch điện tử tương tác đăng ký khai tử (nếu nộp hồ sơ trực tuyến)', 1, 0, { bat_buoc: false, co_bieu_mau_dien_tu: true }),
      doc('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', 1, 0, { bat_buoc: true }),
      doc(
        'Giấy tờ tùy thân của người đi đăng ký khai tử (hộ chiếu/thẻ căn cước/căn cước điện tử…) để xuất trình; không phải tải lên nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư',
        0, 0, { bat_buoc: true, ghi_chu: 'Xuất trình, không nộp' },
      ),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
    ket_qua_thuc_hien: ['Trích lục khai tử (bản chính)'],
    can_cu_phap_ly: HO_TICH_LAW,
    yeu_cau_dieu_kien: 'Không',
    ghi_chu: 'Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi đăng ký khai tử.',
    tu_khoa: ['khai tử', 'trích lục khai tử', 'giấy báo tử'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.000656`,
    luot_thuc_hien: 1900,
    nguon: nguon('1.000656'),
  },
  {
    ma_thu_tuc: '2.000528',
    ten_thu_tuc: 'Đăng ký khai sinh có yếu tố nước ngoài',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Hộ tịch',
    trinh_tu_thuc_hien: [
      'Bước 1: Người yêu cầu nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công có thẩm quyền, gửi qua bưu chính hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia/Cổng Dịch vụ công cấp tỉnh.',
      'Bước 2: Cán bộ tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì tiếp nhận, cấp Phiếu hẹn trả kết quả và số hóa hồ sơ; chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.',
      'Bước 3: Công chức làm công tác hộ tịch kiểm tra, xác minh hồ sơ, thỏa thuận chọn quốc tịch cho con (nếu có); thấy thông tin khai sinh đầy đủ, phù hợp thì báo cáo Lãnh đạo Ủy ban nhân dân.',
      'Bước 4: Ghi vào Sổ đăng ký khai sinh, cập nhật Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung và Cơ sở dữ liệu quốc gia về dân cư để cấp Số định danh cá nhân (trường hợp trẻ có quốc tịch Việt Nam).',
      'Bước 5: In Giấy khai sinh, trình Lãnh đạo Ủy ban nhân dân ký, chuyển Trung tâm Phục vụ hành chính công trả kết quả.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      {
        mo_ta: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo. Trường hợp cần xác minh thì thời hạn giải quyết không quá 05 ngày làm việc.',
        so_luong: 5,
        don_vi: 'ngày làm việc',
      },
      () => [
        { loai: 'Lệ phí', so_tien: null, don_vi: 'VNĐ', mo_ta: 'Theo mức thu do Hội đồng nhân dân cấp tỉnh quy định; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.' },
      ],
      'Người yêu cầu trực tiếp thực hiện hoặc ủy quyền cho người khác; nộp trực tiếp, gửi qua hệ thống bưu chính hoặc nộp trực tuyến.',
    ),
    thanh_phan_ho_so: [
      doc('Tờ khai đăng ký khai sinh theo mẫu (nếu nộp hồ sơ trực tiếp hoặc qua bưu chính)', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: false }),
      doc('Mẫu hộ tịch điện tử tương tác đăng ký khai sinh (nếu nộp hồ sơ trực tuyến)', 1, 0, { bat_buoc: false, co_bieu_mau_dien_tu: true }),
      doc('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh', 1, 0, { bat_buoc: true }),
      doc(
        'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (trường hợp cha hoặc mẹ là người nước ngoài và chọn quốc tịch nước ngoài cho con), có xác nhận của cơ quan có thẩm quyền của nước mà con được chọn mang quốc tịch',
        1, 0, { bat_buoc: false },
      ),
      doc('Giấy tờ tùy thân của người yêu cầu (hộ chiếu/thẻ căn cước/căn cước điện tử…) để xuất trình', 0, 0, { bat_buoc: true, ghi_chu: 'Xuất trình, không nộp' }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam', 'Người nước ngoài', 'Người Việt Nam định cư ở nước ngoài'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
    ket_qua_thuc_hien: ['Giấy khai sinh (bản chính)', 'Bản sao Giấy khai sinh (nếu có yêu cầu)'],
    can_cu_phap_ly: HO_TICH_LAW,
    yeu_cau_dieu_kien: 'Không',
    ghi_chu: 'Trước ngày 01/07/2025 thủ tục này do Ủy ban nhân dân cấp huyện thực hiện; trong dữ liệu mẫu, hồ sơ được tiếp nhận tại Trung tâm Hành chính công thành phố.',
    tu_khoa: ['khai sinh có yếu tố nước ngoài', 'cha mẹ là người nước ngoài', 'chọn quốc tịch cho con'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}2.000528`,
    luot_thuc_hien: 120,
    nguon: nguon('2.000528'),
  },
  {
    ma_thu_tuc: '2.000884',
    ten_thu_tuc: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Chứng thực',
    trinh_tu_thuc_hien: [
      'Bước 1: Người yêu cầu chứng thực xuất trình giấy tờ tùy thân còn giá trị sử dụng và giấy tờ, văn bản mà mình sẽ ký tại Trung tâm Phục vụ hành chính công cấp xã.',
      'Bước 2: Người thực hiện chứng thực kiểm tra giấy tờ; nếu người yêu cầu minh mẫn, nhận thức và làm chủ được hành vi và việc chứng thực không thuộc trường hợp không được chứng thực chữ ký thì yêu cầu người đó ký (hoặc điểm chỉ) trước mặt.',
      'Bước 3: Ghi lời chứng theo mẫu, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực; giấy tờ, văn bản từ 02 tờ trở lên thì đóng dấu giáp lai.',
      'Bước 4: Người yêu cầu nộp phí và nhận kết quả tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep'],
      { mo_ta: 'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.', so_luong: 1, don_vi: 'ngày làm việc' },
      () => [
        { loai: 'Phí', so_tien: 10000, don_vi: 'VNĐ/trường hợp', mo_ta: '10.000 đồng/trường hợp; một trường hợp là một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản.' },
      ],
      'Người yêu cầu trực tiếp đến Ủy ban nhân dân cấp xã (Trung tâm Phục vụ hành chính công cấp xã) hoặc tổ chức hành nghề công chứng; phải ký trước mặt người thực hiện chứng thực.',
    ),
    thanh_phan_ho_so: [
      doc('Giấy tờ tùy thân (hộ chiếu/thẻ căn cước/căn cước điện tử…) còn giá trị sử dụng', 1, 0, { bat_buoc: true, ghi_chu: 'Xuất trình' }),
      doc('Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký', 1, 0, { bat_buoc: true }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam', 'Người nước ngoài', 'Người Việt Nam định cư ở nước ngoài'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã', 'Tổ chức hành nghề công chứng'],
    ket_qua_thuc_hien: ['Giấy tờ, văn bản được chứng thực chữ ký'],
    can_cu_phap_ly: [
      { so_ky_hieu: '23/2015/NĐ-CP', trich_yeu: 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch' },
      { so_ky_hieu: '226/2016/TT-BTC', trich_yeu: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực' },
    ],
    yeu_cau_dieu_kien: 'Không chứng thực chữ ký nếu: tại thời điểm chứng thực người yêu cầu không nhận thức và làm chủ được hành vi; giấy tờ tùy thân không còn giá trị sử dụng hoặc giả mạo; giấy tờ, văn bản có nội dung trái pháp luật, đạo đức xã hội; giấy tờ, văn bản là hợp đồng, giao dịch, trừ các trường hợp pháp luật cho phép.',
    tu_khoa: ['chứng thực chữ ký', 'điểm chỉ', 'xác nhận chữ ký'],
    muc_do_dvctt: 'khong',
    luot_thuc_hien: 1700,
    nguon: nguon('2.000884'),
  },
  {
    ma_thu_tuc: '1.004194',
    ten_thu_tuc: 'Đăng ký tạm trú',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Đăng ký, quản lý cư trú',
    trinh_tu_thuc_hien: [
      CU_TRU_STEP_1,
      CU_TRU_STEP_2,
      'Bước 3: Người đăng ký nộp lệ phí theo quy định.',
      'Bước 4: Cơ quan đăng ký cư trú thẩm định, cập nhật thông tin về nơi tạm trú mới và thời hạn tạm trú vào Cơ sở dữ liệu về cư trú, thông báo kết quả cho người đăng ký.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen'],
      { mo_ta: '03 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ.', so_luong: 3, don_vi: 'ngày làm việc' },
      cuTruFee([15000, '15.000'], [7000, '7.000'], 'đăng ký'),
      CU_TRU_WAY,
    ),
    thanh_phan_ho_so: [
      CT01,
      doc('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (không phải nộp nếu thông tin đã có trong cơ sở dữ liệu được kết nối)', 1, 0, { bat_buoc: true }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Công an cấp xã'],
    ket_qua_thuc_hien: ['Thông báo kết quả đăng ký tạm trú; thông tin tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú'],
    can_cu_phap_ly: CU_TRU_LAW,
    yeu_cau_dieu_kien: 'Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã nơi đã đăng ký thường trú để lao động, học tập hoặc vì mục đích khác từ 30 ngày trở lên thì phải đăng ký tạm trú. Thời hạn tạm trú tối đa là 02 năm và có thể gia hạn nhiều lần.',
    tu_khoa: ['tạm trú', 'đăng ký tạm trú', 'thuê trọ'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: BCA_PORTAL,
    luot_thuc_hien: 7600,
    nguon: nguon('1.004194'),
  },
  {
    ma_thu_tuc: '1.004222',
    ten_thu_tuc: 'Đăng ký thường trú',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Đăng ký, quản lý cư trú',
    trinh_tu_thuc_hien: [
      CU_TRU_STEP_1,
      CU_TRU_STEP_2,
      'Bước 3: Người đăng ký nộp lệ phí theo quy định.',
      'Bước 4: Cơ quan đăng ký cư trú thẩm định, cập nhật thông tin về nơi thường trú mới vào Cơ sở dữ liệu về cư trú và thông báo cho người đăng ký; trường hợp từ chối thì trả lời bằng văn bản và nêu rõ lý do.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen'],
      { mo_ta: '07 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ.', so_luong: 7, don_vi: 'ngày làm việc' },
      cuTruFee([20000, '20.000'], [10000, '10.000'], 'đăng ký'),
      CU_TRU_WAY,
    ),
    thanh_phan_ho_so: [
      doc(
        'Tờ khai thay đổi thông tin cư trú (Mẫu CT01), có ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp hoặc người được ủy quyền (trừ trường hợp đã có ý kiến đồng ý bằng văn bản)',
        1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true },
      ),
      doc('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (không phải nộp nếu thông tin đã có trong cơ sở dữ liệu được kết nối)', 1, 0, { bat_buoc: true }),
      doc(
        'Giấy tờ, tài liệu chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình (trường hợp đăng ký thường trú vào chỗ ở của người thân; không phải nộp nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư)',
        1, 0, { bat_buoc: false },
      ),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Công an cấp xã'],
    ket_qua_thuc_hien: ['Thông báo kết quả đăng ký thường trú; thông tin thường trú được cập nhật vào Cơ sở dữ liệu về cư trú'],
    can_cu_phap_ly: CU_TRU_LAW,
    yeu_cau_dieu_kien: 'Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình thì được đăng ký thường trú tại chỗ ở đó; các trường hợp về ở với người thân, ở thuê, mượn, ở nhờ phải đáp ứng điều kiện tại Điều 20 Luật Cư trú.',
    tu_khoa: ['thường trú', 'nhập hộ khẩu', 'chuyển hộ khẩu'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: BCA_PORTAL,
    luot_thuc_hien: 6800,
    nguon: nguon('1.004222'),
  },
  {
    ma_thu_tuc: '1.002755',
    ten_thu_tuc: 'Gia hạn tạm trú',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Đăng ký, quản lý cư trú',
    trinh_tu_thuc_hien: [
      'Bước 1: Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký, công dân nộp hồ sơ gia hạn tạm trú trực tiếp tại Công an cấp xã nơi tạm trú hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, ứng dụng VNeID.',
      CU_TRU_STEP_2,
      'Bước 3: Người đề nghị nộp lệ phí theo quy định.',
      'Bước 4: Cơ quan đăng ký cư trú thẩm định, cập nhật thời hạn tạm trú mới vào Cơ sở dữ liệu về cư trú và thông báo cho người đề nghị.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen'],
      { mo_ta: '03 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ.', so_luong: 3, don_vi: 'ngày làm việc' },
      cuTruFee([15000, '15.000'], [7000, '7.000'], 'gia hạn'),
      CU_TRU_WAY,
    ),
    thanh_phan_ho_so: [CT01],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Công an cấp xã'],
    ket_qua_thuc_hien: ['Thông báo kết quả gia hạn tạm trú; thời hạn tạm trú mới được cập nhật vào Cơ sở dữ liệu về cư trú'],
    can_cu_phap_ly: CU_TRU_LAW,
    yeu_cau_dieu_kien: 'Công dân đã đăng ký tạm trú và tiếp tục sinh sống tại nơi tạm trú sau khi hết thời hạn đã đăng ký.',
    tu_khoa: ['gia hạn tạm trú', 'tạm trú hết hạn'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: BCA_PORTAL,
    luot_thuc_hien: 2600,
    nguon: nguon('1.002755'),
  },
  {
    ma_thu_tuc: '1.010028',
    ten_thu_tuc: 'Xóa đăng ký tạm trú',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Đăng ký, quản lý cư trú',
    trinh_tu_thuc_hien: [
      'Bước 1: Trong thời hạn 07 ngày kể từ ngày có căn cứ xóa đăng ký tạm trú, người thuộc diện xóa đăng ký tạm trú hoặc đại diện hộ gia đình nộp hồ sơ trực tiếp tại Công an cấp xã nơi tạm trú hoặc nộp trực tuyến.',
      CU_TRU_STEP_2,
      'Bước 3: Cơ quan đăng ký cư trú xóa đăng ký tạm trú, cập nhật Cơ sở dữ liệu về cư trú và thông báo cho người yêu cầu.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen'],
      { mo_ta: '01 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ và hợp lệ.', so_luong: 1, don_vi: 'ngày làm việc' },
      noFee,
      CU_TRU_WAY,
    ),
    thanh_phan_ho_so: [
      CT01,
      doc('Giấy tờ, tài liệu chứng minh thuộc trường hợp xóa đăng ký tạm trú', 1, 0, { bat_buoc: false }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Công an cấp xã'],
    ket_qua_thuc_hien: ['Thông báo kết quả xóa đăng ký tạm trú'],
    can_cu_phap_ly: CU_TRU_LAW,
    yeu_cau_dieu_kien: 'Thuộc một trong các trường hợp xóa đăng ký tạm trú theo Điều 29 Luật Cư trú, như: đã được đăng ký thường trú tại chính nơi tạm trú; vắng mặt liên tục tại nơi tạm trú từ 06 tháng trở lên mà không đăng ký tạm trú ở nơi khác; có quyết định hủy bỏ đăng ký tạm trú.',
    tu_khoa: ['xóa tạm trú', 'hủy tạm trú', 'cắt tạm trú'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: BCA_PORTAL,
    luot_thuc_hien: 1900,
    nguon: nguon('1.010028'),
  },
  {
    ma_thu_tuc: '1.003677',
    ten_thu_tuc: 'Khai báo tạm vắng',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Đăng ký, quản lý cư trú',
    trinh_tu_thuc_hien: [
      'Bước 1: Người khai báo tạm vắng nộp đề nghị trực tiếp tại Công an cấp xã nơi cư trú hoặc khai báo trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an, ứng dụng VNeID.',
      'Bước 2: Cán bộ tiếp nhận kiểm tra thông tin khai báo; đầy đủ thì tiếp nhận, chưa đầy đủ thì hướng dẫn bổ sung.',
      'Bước 3: Cơ quan đăng ký cư trú cấp Phiếu khai báo tạm vắng cho người khai báo và cập nhật thông tin vào Cơ sở dữ liệu về cư trú.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen'],
      { mo_ta: 'Ngay trong ngày tiếp nhận; trường hợp phức tạp thì không quá 02 ngày làm việc.', so_luong: 2, don_vi: 'ngày làm việc' },
      noFee,
      CU_TRU_WAY,
    ),
    thanh_phan_ho_so: [
      doc('Đề nghị khai báo tạm vắng theo mẫu, ghi rõ thời gian, lý do tạm vắng và địa chỉ nơi đến', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Công an cấp xã'],
    ket_qua_thuc_hien: ['Phiếu khai báo tạm vắng'],
    can_cu_phap_ly: CU_TRU_LAW,
    yeu_cau_dieu_kien: 'Phải khai báo tạm vắng khi thuộc các trường hợp tại Điều 31 Luật Cư trú, như: bị can, bị cáo đang tại ngoại đi khỏi phạm vi đơn vị hành chính cấp xã nơi cư trú từ 01 ngày trở lên; công dân đi khỏi phạm vi đơn vị hành chính cấp xã nơi thường trú từ 12 tháng liên tục trở lên, trừ trường hợp đã đăng ký tạm trú ở nơi ở mới hoặc đã xuất cảnh ra nước ngoài.',
    tu_khoa: ['tạm vắng', 'khai báo tạm vắng', 'đi làm xa'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: BCA_PORTAL,
    luot_thuc_hien: 1200,
    nguon: nguon('1.003677'),
  },
  {
    ma_thu_tuc: '2.000488',
    ten_thu_tuc: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    cap_thuc_hien: ['Cấp Tỉnh'],
    linh_vuc: 'Lý lịch tư pháp',
    trinh_tu_thuc_hien: [
      'Bước 1: Người yêu cầu nộp Tờ khai và giấy tờ kèm theo trực tiếp tại Sở Tư pháp hoặc điểm tiếp nhận của Trung tâm Phục vụ hành chính công, gửi qua bưu chính, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID.',
      'Bước 2: Cán bộ tiếp nhận kiểm tra hồ sơ, thu phí và cấp Phiếu hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.',
      'Bước 3: Sở Tư pháp tra cứu thông tin lý lịch tư pháp; trường hợp cần thiết thì phối hợp với cơ quan Công an, Tòa án, Viện kiểm sát để xác minh.',
      'Bước 4: Lãnh đạo Sở Tư pháp ký Phiếu lý lịch tư pháp; kết quả được trả trực tiếp, qua bưu chính hoặc dưới dạng Phiếu lý lịch tư pháp điện tử trên ứng dụng VNeID.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      {
        mo_ta: 'Không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ; trường hợp người được cấp Phiếu đã cư trú ở nhiều nơi, có thời gian cư trú ở nước ngoài, là người nước ngoài hoặc phải xác minh thì không quá 15 ngày.',
        so_luong: 10,
        don_vi: 'ngày',
      },
      () => [
        {
          loai: 'Phí',
          so_tien: 200000,
          don_vi: 'VNĐ/lần/người',
          mo_ta: '200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; từ Phiếu thứ 3 trở lên thu thêm 5.000 đồng/Phiếu. Miễn phí đối với trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo.',
        },
      ],
      'Nộp trực tiếp, gửi qua bưu chính hoặc nộp trực tuyến; có thể nhận Phiếu lý lịch tư pháp bản giấy hoặc bản điện tử.',
    ),
    thanh_phan_ho_so: [
      doc('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
      doc('Giấy tờ tùy thân (thẻ căn cước/căn cước điện tử/hộ chiếu) của người được cấp Phiếu; không phải nộp nếu thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư', 0, 1, { bat_buoc: true }),
      doc('Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp số 1)', 1, 0, { bat_buoc: false }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam', 'Người nước ngoài'],
    co_quan_thuc_hien: ['Sở Tư pháp'],
    ket_qua_thuc_hien: ['Phiếu lý lịch tư pháp số 1 hoặc số 2 (bản giấy hoặc bản điện tử)'],
    can_cu_phap_ly: [
      { so_ky_hieu: '28/2009/QH12', trich_yeu: 'Luật Lý lịch tư pháp' },
      { so_ky_hieu: '244/2016/TT-BTC', trich_yeu: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp' },
    ],
    yeu_cau_dieu_kien: 'Không',
    tu_khoa: ['lý lịch tư pháp', 'phiếu lý lịch tư pháp', 'xác nhận không tiền án'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: 'https://lltptructuyen.moj.gov.vn/',
    luot_thuc_hien: 3400,
    nguon: nguon('2.000488'),
  },
];

/** Field (lĩnh vực) id of each catalogue procedure, by national code. */
export const PROCEDURE_FIELD_IDS: Readonly<Record<string, string>> = {
  '1.001193': FIELD_IDS.hoTich,
  '1.000894': FIELD_IDS.hoTich,
  '1.000656': FIELD_IDS.hoTich,
  '2.000528': FIELD_IDS.hoTich,
  '2.000815': FIELD_IDS.chungThuc,
  '2.000884': FIELD_IDS.chungThuc,
  '1.004194': FIELD_IDS.cuTru,
  '1.004222': FIELD_IDS.cuTru,
  '1.002755': FIELD_IDS.cuTru,
  '1.010028': FIELD_IDS.cuTru,
  '1.003677': FIELD_IDS.cuTru,
  '2.000488': FIELD_IDS.lyLichTuPhap,
};

/**
 * Legal time limit of a procedure in working days, from its first "Cách thức thực hiện" row: working
 * days as written; calendar days × 5/7 rounded up (10 days → 8 working days); hours as whole 8-hour
 * days rounded up; months as 22 working days. `undefined` when the record states no limit.
 */
export function legalWorkingDays(p: Procedure): number | undefined {
  const t = p.cach_thuc_thuc_hien[0]?.thoi_han;
  if (t?.so_luong === undefined) return undefined;
  switch (t.don_vi) {
    case 'ngày': return Math.ceil((t.so_luong * 5) / 7);
    case 'giờ': return Math.ceil(t.so_luong / 8);
    case 'tháng': return t.so_luong * 22;
    default: return t.so_luong;
  }
}

/** Legal time limit in working days of each catalogue procedure, by national code (see {@link legalWorkingDays}). */
export const PROCEDURE_LEGAL_DAYS: Readonly<Record<string, number>> = Object.fromEntries(
  RECORDS.map((p) => [p.ma_thu_tuc, legalWorkingDays(p) ?? 0]),
);

/** The demo catalogue, read-only. Use {@link demoProcedures} for a copy you may change. */
export const DEMO_PROCEDURES: readonly Procedure[] = RECORDS;

/** A fresh deep copy of the demo catalogue (plain JSON data). */
export function demoProcedures(): Procedure[] {
  return JSON.parse(JSON.stringify(RECORDS)) as Procedure[];
}

/** What the dossier generator needs to know about a procedure beyond its catalogue record. */
export interface ProcedureProfile {
  code: string;
  fieldId: string;
  /** Legal limit in working days. */
  legalDays: number;
  /** Relative volume (the record's `luot_thuc_hien`). */
  popularity: number;
  /** Accepts online dossiers (muc_do_dvctt is not `khong` and an online channel exists). */
  online: boolean;
  /** Accepts postal dossiers. */
  postal: boolean;
  /** Share of dossiers that owe a non-zero fee (0–1); the rest fall under exemptions. */
  feeShare: number;
  /** The result is a paper document (certificates, extracts), not only a database update. */
  paperResult: boolean;
  /** Received only at the city centre in the demo (district-level or provincial procedures before July 2025). */
  centreOnly: boolean;
}

// Shares of dossiers owing a fee: late registrations only for civil status, exemptions for residence and records.
const FEE_SHARE: Readonly<Record<string, number>> = {
  '1.001193': 0.04, '1.000894': 0, '1.000656': 0.03, '2.000528': 0.9, '2.000815': 1, '2.000884': 1,
  '1.004194': 0.85, '1.004222': 0.85, '1.002755': 0.85, '1.010028': 0, '1.003677': 0, '2.000488': 0.92,
};
const CENTRE_ONLY = new Set(['2.000528', '2.000488']);

/** Generator profiles of the catalogue procedures, in catalogue order. */
export const PROCEDURE_PROFILES: readonly ProcedureProfile[] = RECORDS.map((p) => {
  const channels = new Set(p.cach_thuc_thuc_hien.map((c) => c.hinh_thuc_nop));
  return {
    code: p.ma_thu_tuc,
    fieldId: PROCEDURE_FIELD_IDS[p.ma_thu_tuc]!,
    legalDays: PROCEDURE_LEGAL_DAYS[p.ma_thu_tuc]!,
    popularity: p.luot_thuc_hien ?? 1,
    online: p.muc_do_dvctt !== 'khong' && channels.has('truc_tuyen'),
    postal: channels.has('buu_chinh'),
    feeShare: FEE_SHARE[p.ma_thu_tuc] ?? 0,
    paperResult: PROCEDURE_FIELD_IDS[p.ma_thu_tuc] !== FIELD_IDS.cuTru,
    centreOnly: CENTRE_ONLY.has(p.ma_thu_tuc),
  };
});
