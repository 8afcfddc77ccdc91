import type { CachThucThucHien, GiayTo, PhiLePhi, Procedure } from '../schemas/procedure.js';
import { FIELD_IDS } from './org.js';

/**
 * The demo procedure catalogue: twenty-four real national procedure codes in the national database's
 * field names: the twelve of DOMAIN §7 (civil status, certification, residence, judicial records) and
 * twelve for the land, construction, household-business, social-assistance and land-administration
 * desks.
 *
 * The first three records (1.001193, 1.000894, 2.000815) are the sample records of the domain notes
 * (DOMAIN §7), without their per-field confidence notes (`_nguon`). The others are sample content
 * written in the same style: their codes, names and fields (lĩnh vực) agree across several public
 * sources (for the twelve added desks, `nguon.ghi_chu` names at least two files that list the code with
 * the same name), while steps, documents, fees, time limits and legal bases are plausible but unchecked,
 * and each record says so in `nguon.ghi_chu`. `luot_thuc_hien` is an illustrative yearly volume for a
 * city-sized centre and drives the mix of generated dossiers; land registration is the largest desk.
 * Online submission links point at the national portal, the Ministry of Public Security portal
 * (residence), the Ministry of Justice criminal-record portal and the household-business registration
 * portal; they are illustrative entry points, not deep links to a service.
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

/** Where the code and name of a procedure were checked: public files that list the code with the same name. */
const SRC = {
  vinhBaoCrosswalk: 'hongdienvbhp/BangNiemYetVinhBao data/priority-51-crosswalk.json (danh mục TTHC của Trung tâm Phục vụ hành chính công xã Vĩnh Bảo, TP Hải Phòng)',
  vinhBaoAudit: 'hongdienvbhp/BangNiemYetVinhBao data/master-data-audit.csv (danh mục TTHC tiếp nhận tại xã Vĩnh Bảo, TP Hải Phòng, kèm số quyết định công bố)',
  vinhBaoCity: 'hongdienvbhp/BangNiemYetVinhBao scripts/extract_city_updates.py (tên chép từ Phụ lục Quyết định 2657/QĐ-UBND của UBND TP Hải Phòng)',
  tthc2228: (file: string) => `phamhungVpdklk/TTHC-2228 ${file} (trang hướng dẫn TTHC đất đai theo Quyết định 2228/QĐ-UBND)`,
  ubndai: 'luythoangduy/UBNDAI data/procedures/giay_phep_xay_dung.json (bản tại commit 9ef9c31)',
  formFill: 'tệp công khai trên GitHub, chỉ mục tìm kiếm mã nguồn id 69389240849 (danh mục thủ tục của một tiện ích điền hồ sơ trên các cổng dịch vụ công Bắc Ninh, Lâm Đồng, Ninh Bình, Quảng Ninh)',
  dongNaiApp: 'tệp công khai trên GitHub, chỉ mục tìm kiếm mã nguồn id 51912287645 (danh mục thủ tục của ứng dụng phường Phước Bình, tỉnh Đồng Nai)',
} as const;

const sourced = (code: string, sources: readonly string[]): NonNullable<Procedure['nguon']> => ({
  url: `${DVCQG_DETAIL}${code}`,
  ngay_truy_xuat: null,
  ghi_chu: `${SAMPLE_NOTE} Mã và tên thủ tục đối chiếu tại: ${sources.join('; ')}.`,
});

const DAT_DAI_LUAT = { so_ky_hieu: '31/2024/QH15', trich_yeu: 'Luật Đất đai' };
const DAT_DAI_SUA_DOI = {
  so_ky_hieu: '43/2024/QH15',
  trich_yeu: 'Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng',
};
const ND_101_2024 = {
  so_ky_hieu: '101/2024/NĐ-CP',
  trich_yeu: 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai',
};
const ND_102_2024 = { so_ky_hieu: '102/2024/NĐ-CP', trich_yeu: 'Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai' };
const ND_151_2025 = {
  so_ky_hieu: '151/2025/NĐ-CP',
  trich_yeu: 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
};
const DANG_KY_DAT_DAI_LAW = [DAT_DAI_LUAT, DAT_DAI_SUA_DOI, ND_101_2024, ND_151_2025];

const DAT_DAI_STEP_1 =
  'Bước 1: Người sử dụng đất nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, gửi qua dịch vụ bưu chính hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia/Cổng Dịch vụ công cấp tỉnh.';
const DAT_DAI_STEP_2 =
  'Bước 2: Cán bộ tiếp nhận kiểm tra thành phần hồ sơ; hồ sơ đầy đủ thì cấp Phiếu tiếp nhận và hẹn trả kết quả, số hóa hồ sơ và chuyển Văn phòng/Chi nhánh Văn phòng đăng ký đất đai; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.';
const DAT_DAI_WAY =
  'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính hoặc nộp trực tuyến; bản gốc Giấy chứng nhận đã cấp (nếu có) nộp khi nhận kết quả hoặc theo hướng dẫn của cơ quan tiếp nhận. Thời hạn không tính ngày nghỉ, lễ, thời gian thực hiện nghĩa vụ tài chính, thời gian xem xét xử lý vi phạm và tăng thêm 10 ngày đối với xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn.';
const datDaiFee = (what: string) => (): PhiLePhi[] => [
  {
    loai: 'Phí',
    so_tien: null,
    don_vi: 'VNĐ/hồ sơ',
    mo_ta: `Phí thẩm định hồ sơ ${what}: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định (mức thu, đối tượng miễn, giảm và mức giảm khi nộp trực tuyến theo Nghị quyết của Hội đồng nhân dân tỉnh).`,
  },
  {
    loai: 'Lệ phí',
    so_tien: null,
    don_vi: 'VNĐ/giấy',
    mo_ta: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (nếu cấp mới hoặc xác nhận thay đổi): theo mức thu do Hội đồng nhân dân cấp tỉnh quy định.',
  },
];
const DON_18 = doc('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 18)', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true });
const GCN_GOC = doc('Bản gốc Giấy chứng nhận đã cấp', 1, 0, { bat_buoc: true });
const UY_QUYEN = doc('Văn bản ủy quyền (trường hợp thực hiện thủ tục thông qua người đại diện)', 1, 0, { bat_buoc: false });
const NGUOI_SU_DUNG_DAT = ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài', 'Tổ chức (không bao gồm doanh nghiệp, HTX)', 'Doanh nghiệp', 'Hợp tác xã'];
const VPDK = ['Văn phòng đăng ký đất đai', 'Chi nhánh Văn phòng đăng ký đất đai'];

const XAY_DUNG_LAW = [
  { so_ky_hieu: '50/2014/QH13', trich_yeu: 'Luật Xây dựng' },
  { so_ky_hieu: '62/2020/QH14', trich_yeu: 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng' },
  { so_ky_hieu: '175/2024/NĐ-CP', trich_yeu: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng' },
];
const BAO_TRO_XA_HOI_LAW = { so_ky_hieu: '20/2021/NĐ-CP', trich_yeu: 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội' };
const HO_KINH_DOANH_LAW = [
  { so_ky_hieu: '168/2025/NĐ-CP', trich_yeu: 'Nghị định về đăng ký doanh nghiệp' },
  { so_ky_hieu: '68/2025/TT-BTC', trich_yeu: 'Thông tư ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh' },
];

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
  {
    ma_thu_tuc: '1.013831',
    ten_thu_tuc:
      'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng; …',
    cap_thuc_hien: ['Cấp Tỉnh'],
    linh_vuc: 'Đất đai',
    trinh_tu_thuc_hien: [
      DAT_DAI_STEP_1,
      DAT_DAI_STEP_2,
      'Bước 3: Văn phòng/Chi nhánh Văn phòng đăng ký đất đai kiểm tra điều kiện thực hiện quyền của người sử dụng đất; gửi thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính (nếu có) và thông báo cho người nộp hồ sơ.',
      'Bước 4: Sau khi người sử dụng đất hoàn thành nghĩa vụ tài chính, cập nhật, chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai; xác nhận nội dung biến động trên Giấy chứng nhận đã cấp hoặc cấp mới Giấy chứng nhận.',
      'Bước 5: Trả kết quả tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      {
        mo_ta: 'Không quá 08 ngày làm việc đối với trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn; không quá 04 ngày làm việc đối với trường hợp cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng.',
        so_luong: 8,
        don_vi: 'ngày làm việc',
      },
      datDaiFee('đăng ký biến động'),
      DAT_DAI_WAY,
    ),
    thanh_phan_ho_so: [
      DON_18,
      GCN_GOC,
      doc('Hợp đồng, văn bản về việc chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đã được công chứng hoặc chứng thực theo quy định', 1, 0, { bat_buoc: true }),
      doc('Văn bản của bên nhận thế chấp đồng ý cho chuyển quyền (trường hợp quyền sử dụng đất, tài sản gắn liền với đất đang thế chấp)', 1, 0, { bat_buoc: false }),
      doc('Văn bản thỏa thuận về việc cấp chung một Giấy chứng nhận (trường hợp nhiều người nhận chuyển quyền)', 1, 0, { bat_buoc: false }),
      doc('Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân theo mẫu của cơ quan thuế (nếu có)', 1, 0, { bat_buoc: false, co_bieu_mau_dien_tu: true }),
      UY_QUYEN,
    ],
    doi_tuong_thuc_hien: NGUOI_SU_DUNG_DAT,
    co_quan_thuc_hien: VPDK,
    co_quan_phoi_hop: ['Cơ quan thuế', 'Ủy ban nhân dân cấp xã'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã (ví dụ: Trung tâm Phục vụ hành chính công phường Hồng Gai, tỉnh Quảng Ninh)',
    ket_qua_thuc_hien: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được xác nhận nội dung biến động hoặc Giấy chứng nhận cấp mới', 'Hồ sơ địa chính, cơ sở dữ liệu đất đai được cập nhật, chỉnh lý'],
    can_cu_phap_ly: [...DANG_KY_DAT_DAI_LAW, ND_102_2024],
    yeu_cau_dieu_kien: 'Người sử dụng đất phải có đủ điều kiện thực hiện quyền theo quy định của Luật Đất đai (có Giấy chứng nhận, đất không có tranh chấp hoặc tranh chấp đã được giải quyết, quyền sử dụng đất không bị kê biên, đang trong thời hạn sử dụng đất, không bị áp dụng biện pháp khẩn cấp tạm thời) và các luật có liên quan.',
    ghi_chu: 'Tên đầy đủ của thủ tục còn gồm các trường hợp: bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm; chuyển quyền khai thác khoáng sản theo quy định của pháp luật về địa chất và khoáng sản.',
    tu_khoa: ['đăng ký biến động đất đai', 'sang tên sổ đỏ', 'chuyển nhượng quyền sử dụng đất', 'thừa kế đất', 'tặng cho đất', 'mua bán nhà đất'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.013831`,
    luot_thuc_hien: 6800,
    nguon: sourced('1.013831', [SRC.tthc2228('1.013831.H19.html'), SRC.vinhBaoAudit, SRC.formFill]),
  },
  {
    ma_thu_tuc: '1.013978',
    ten_thu_tuc: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Đất đai',
    trinh_tu_thuc_hien: [
      DAT_DAI_STEP_1,
      'Bước 2: Cán bộ tiếp nhận kiểm tra thành phần hồ sơ; hồ sơ đầy đủ thì cấp Phiếu tiếp nhận và hẹn trả kết quả, số hóa hồ sơ và chuyển Ủy ban nhân dân cấp xã, Chi nhánh Văn phòng đăng ký đất đai; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.',
      'Bước 3: Ủy ban nhân dân cấp xã kiểm tra, xác nhận hiện trạng sử dụng đất, nguồn gốc, thời điểm sử dụng đất, tình trạng tranh chấp, sự phù hợp với quy hoạch; niêm yết công khai kết quả kiểm tra tại trụ sở Ủy ban nhân dân cấp xã và khu dân cư nơi có đất trong 15 ngày.',
      'Bước 4: Chi nhánh Văn phòng đăng ký đất đai trích lục hoặc trích đo bản đồ địa chính (nếu cần), gửi thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính; người sử dụng đất thực hiện nghĩa vụ tài chính theo thông báo.',
      'Bước 5: Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận; cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai và trả kết quả tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      {
        mo_ta: 'Không quá 20 ngày làm việc đối với đăng ký đất đai, tài sản gắn liền với đất và cấp Giấy chứng nhận lần đầu (không quá 17 ngày làm việc nếu chỉ đăng ký đất đai); không quá 30 ngày làm việc ở xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn.',
        so_luong: 20,
        don_vi: 'ngày làm việc',
      },
      datDaiFee('cấp Giấy chứng nhận lần đầu'),
      DAT_DAI_WAY,
    ),
    thanh_phan_ho_so: [
      doc('Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 15)', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
      doc('Danh sách người sử dụng chung thửa đất, chủ sở hữu chung tài sản gắn liền với đất (Mẫu số 15a, nếu có)', 1, 0, { bat_buoc: false }),
      doc('Một trong các loại giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có); giấy tờ về tài sản gắn liền với đất (nếu đề nghị chứng nhận quyền sở hữu tài sản)', 0, 1, { bat_buoc: false }),
      doc('Mảnh trích đo bản đồ địa chính thửa đất (trường hợp chưa có bản đồ địa chính hoặc có thay đổi ranh giới)', 1, 0, { bat_buoc: false }),
      doc('Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)', 1, 0, { bat_buoc: false }),
      UY_QUYEN,
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã', 'Chi nhánh Văn phòng đăng ký đất đai'],
    co_quan_phoi_hop: ['Cơ quan thuế'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã',
    ket_qua_thuc_hien: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Thông báo kết quả đăng ký đất đai (trường hợp chỉ đăng ký hoặc không đủ điều kiện cấp Giấy chứng nhận)'],
    can_cu_phap_ly: DANG_KY_DAT_DAI_LAW,
    yeu_cau_dieu_kien: 'Thửa đất đủ điều kiện đăng ký, cấp Giấy chứng nhận theo các Điều 137, 138, 139, 140 Luật Đất đai; đất không có tranh chấp hoặc tranh chấp đã được giải quyết.',
    tu_khoa: ['cấp giấy chứng nhận quyền sử dụng đất', 'cấp sổ đỏ lần đầu', 'sổ đỏ', 'sổ hồng', 'đăng ký đất đai lần đầu'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.013978`,
    luot_thuc_hien: 3000,
    nguon: sourced('1.013978', [SRC.vinhBaoCrosswalk, SRC.tthc2228('1.013978.H19.html'), SRC.formFill, SRC.dongNaiApp]),
  },
  {
    ma_thu_tuc: '1.012784',
    ten_thu_tuc: 'Tách thửa hoặc hợp thửa đất',
    cap_thuc_hien: ['Cấp Tỉnh'],
    linh_vuc: 'Đất đai',
    trinh_tu_thuc_hien: [
      DAT_DAI_STEP_1,
      DAT_DAI_STEP_2,
      'Bước 3: Văn phòng/Chi nhánh Văn phòng đăng ký đất đai kiểm tra điều kiện tách thửa, hợp thửa; xác nhận vào Đơn đề nghị và Bản vẽ tách thửa, hợp thửa; đo đạc, chỉnh lý bản đồ địa chính.',
      'Bước 4: Cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai và cấp Giấy chứng nhận cho các thửa đất mới sau khi tách, hợp thửa; trả kết quả tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      { mo_ta: 'Không quá 12 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ.', so_luong: 12, don_vi: 'ngày làm việc' },
      datDaiFee('cấp Giấy chứng nhận cho thửa đất mới'),
      DAT_DAI_WAY,
    ),
    thanh_phan_ho_so: [
      doc('Đơn đề nghị tách thửa đất, hợp thửa đất (Mẫu số 21)', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
      doc('Bản vẽ tách thửa đất, hợp thửa đất (Mẫu số 22) do đơn vị đo đạc lập', 0, 1, { bat_buoc: true }),
      GCN_GOC,
      doc('Văn bản của cơ quan có thẩm quyền có nội dung về việc tách thửa, hợp thửa (nếu có)', 0, 1, { bat_buoc: false }),
      UY_QUYEN,
    ],
    doi_tuong_thuc_hien: NGUOI_SU_DUNG_DAT,
    co_quan_thuc_hien: VPDK,
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã',
    ket_qua_thuc_hien: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cho các thửa đất sau tách thửa, hợp thửa', 'Hồ sơ địa chính, bản đồ địa chính được chỉnh lý'],
    can_cu_phap_ly: [...DANG_KY_DAT_DAI_LAW, ND_102_2024],
    yeu_cau_dieu_kien: 'Phải bảo đảm nguyên tắc, điều kiện tách thửa, hợp thửa theo Điều 220 Luật Đất đai và diện tích tối thiểu được tách thửa do Ủy ban nhân dân cấp tỉnh quy định.',
    tu_khoa: ['tách thửa', 'hợp thửa', 'chia đất', 'tách sổ đỏ'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.012784`,
    luot_thuc_hien: 2400,
    nguon: sourced('1.012784', [SRC.vinhBaoAudit, SRC.tthc2228('1.012784.H19.html và danhmuc_thutuc.js'), SRC.formFill]),
  },
  {
    ma_thu_tuc: '1.012783',
    ten_thu_tuc: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    cap_thuc_hien: ['Cấp Tỉnh'],
    linh_vuc: 'Đất đai',
    trinh_tu_thuc_hien: [
      DAT_DAI_STEP_1,
      DAT_DAI_STEP_2,
      'Bước 3: Văn phòng/Chi nhánh Văn phòng đăng ký đất đai kiểm tra hồ sơ, đối chiếu với hồ sơ địa chính; trích đo bản đồ địa chính (nếu có yêu cầu đo đạc lại) và xác định nghĩa vụ tài chính (nếu có).',
      'Bước 4: Cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai, cấp Giấy chứng nhận mới và thu hồi Giấy chứng nhận đã cấp; trả kết quả tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      {
        mo_ta: 'Không quá 05 ngày làm việc; trường hợp phải trích đo lại thửa đất thì không quá 10 ngày làm việc. Trường hợp cấp đổi đồng loạt do đo đạc lập bản đồ địa chính thì theo thời gian của dự án được duyệt.',
        so_luong: 10,
        don_vi: 'ngày làm việc',
      },
      datDaiFee('cấp đổi Giấy chứng nhận'),
      DAT_DAI_WAY,
    ),
    thanh_phan_ho_so: [
      DON_18,
      GCN_GOC,
      doc('Mảnh trích đo bản đồ địa chính (trường hợp có nhu cầu đo đạc lại để xác định lại kích thước, diện tích thửa đất)', 1, 0, { bat_buoc: false }),
      UY_QUYEN,
    ],
    doi_tuong_thuc_hien: NGUOI_SU_DUNG_DAT,
    co_quan_thuc_hien: VPDK,
    co_quan_phoi_hop: ['Cơ quan thuế'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã',
    ket_qua_thuc_hien: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp đổi)'],
    can_cu_phap_ly: DANG_KY_DAT_DAI_LAW,
    yeu_cau_dieu_kien: 'Giấy chứng nhận đã cấp bị ố, nhòe, rách, hư hỏng; người sử dụng đất có nhu cầu đổi Giấy chứng nhận đã cấp trước ngày 01/8/2024 sang Giấy chứng nhận mới; thửa đất có thay đổi kích thước, diện tích do đo đạc lại mà ranh giới không thay đổi; hoặc các trường hợp cấp đổi khác theo Luật Đất đai.',
    tu_khoa: ['cấp đổi sổ đỏ', 'đổi sổ đỏ', 'đổi giấy chứng nhận quyền sử dụng đất', 'sổ đỏ bị rách'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.012783`,
    luot_thuc_hien: 1500,
    nguon: sourced('1.012783', [SRC.vinhBaoAudit, SRC.tthc2228('1.012783.H19.html và danhmuc_thutuc.js'), SRC.formFill]),
  },
  {
    ma_thu_tuc: '1.013992',
    ten_thu_tuc: 'Đăng ký biến động chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền',
    cap_thuc_hien: ['Cấp Tỉnh'],
    linh_vuc: 'Đất đai',
    trinh_tu_thuc_hien: [
      DAT_DAI_STEP_1,
      DAT_DAI_STEP_2,
      'Bước 3: Văn phòng/Chi nhánh Văn phòng đăng ký đất đai kiểm tra trường hợp chuyển mục đích sử dụng đất không phải xin phép; gửi thông tin đến cơ quan thuế để xác định nghĩa vụ tài chính (nếu có).',
      'Bước 4: Chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai; xác nhận thay đổi trên Giấy chứng nhận đã cấp hoặc cấp mới Giấy chứng nhận và trả kết quả tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      { mo_ta: 'Không quá 07 ngày làm việc; không quá 17 ngày làm việc ở xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn.', so_luong: 7, don_vi: 'ngày làm việc' },
      datDaiFee('đăng ký biến động'),
      DAT_DAI_WAY,
    ),
    thanh_phan_ho_so: [
      DON_18,
      GCN_GOC,
      doc('Mảnh trích đo bản đồ địa chính (nếu có nhu cầu đo đạc lại)', 1, 0, { bat_buoc: false }),
      UY_QUYEN,
    ],
    doi_tuong_thuc_hien: NGUOI_SU_DUNG_DAT,
    co_quan_thuc_hien: VPDK,
    co_quan_phoi_hop: ['Cơ quan thuế'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã',
    ket_qua_thuc_hien: ['Giấy chứng nhận đã cấp được xác nhận thay đổi mục đích sử dụng đất hoặc Giấy chứng nhận cấp mới'],
    can_cu_phap_ly: DANG_KY_DAT_DAI_LAW,
    yeu_cau_dieu_kien: 'Chỉ áp dụng cho các trường hợp chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền theo khoản 3 Điều 121 Luật Đất đai.',
    tu_khoa: ['chuyển mục đích sử dụng đất không phải xin phép', 'đăng ký chuyển mục đích', 'đổi mục đích sử dụng đất'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.013992`,
    luot_thuc_hien: 700,
    nguon: sourced('1.013992', [SRC.tthc2228('1.013992.H19.html'), SRC.vinhBaoAudit]),
  },
  {
    ma_thu_tuc: '1.012786',
    ten_thu_tuc: 'Cấp lại Giấy chứng nhận do bị mất',
    cap_thuc_hien: ['Cấp Tỉnh'],
    linh_vuc: 'Đất đai',
    trinh_tu_thuc_hien: [
      DAT_DAI_STEP_1,
      DAT_DAI_STEP_2,
      'Bước 3: Ủy ban nhân dân cấp xã niêm yết công khai thông báo mất Giấy chứng nhận tại trụ sở và khu dân cư nơi có đất trong 15 ngày (tổ chức thì đăng tin trên phương tiện thông tin đại chúng).',
      'Bước 4: Hết thời hạn niêm yết mà không có tranh chấp, Văn phòng/Chi nhánh Văn phòng đăng ký đất đai hủy Giấy chứng nhận đã mất, chỉnh lý hồ sơ địa chính và cấp lại Giấy chứng nhận; trả kết quả tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      { mo_ta: 'Không quá 10 ngày làm việc, không kể thời gian niêm yết, đăng tin thông báo 15 ngày.', so_luong: 10, don_vi: 'ngày làm việc' },
      datDaiFee('cấp lại Giấy chứng nhận'),
      DAT_DAI_WAY,
    ),
    thanh_phan_ho_so: [
      DON_18,
      doc('Mảnh trích đo bản đồ địa chính (nếu có nhu cầu đo đạc lại để xác định lại kích thước, diện tích thửa đất)', 1, 0, { bat_buoc: false }),
      UY_QUYEN,
    ],
    doi_tuong_thuc_hien: NGUOI_SU_DUNG_DAT,
    co_quan_thuc_hien: VPDK,
    co_quan_phoi_hop: ['Ủy ban nhân dân cấp xã'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã',
    ket_qua_thuc_hien: ['Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (cấp lại)', 'Quyết định hủy Giấy chứng nhận đã mất'],
    can_cu_phap_ly: [...DANG_KY_DAT_DAI_LAW, ND_102_2024],
    yeu_cau_dieu_kien: 'Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất bị mất Giấy chứng nhận đã được cấp.',
    tu_khoa: ['mất sổ đỏ', 'cấp lại sổ đỏ bị mất', 'mất giấy chứng nhận'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.012786`,
    luot_thuc_hien: 450,
    nguon: sourced('1.012786', [SRC.vinhBaoAudit, SRC.tthc2228('1.012786.H19.html và danhmuc_thutuc.js')]),
  },
  {
    ma_thu_tuc: '1.013949',
    ten_thu_tuc: 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với trường hợp giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; trường hợp giao đất, cho thuê đất thông qua đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; giao đất và giao rừng; cho thuê đất và cho thuê rừng, gia hạn sử dụng đất khi hết thời hạn sử dụng đất',
    cap_thuc_hien: ['Cấp Tỉnh', 'Cấp Xã'],
    linh_vuc: 'Đất đai',
    trinh_tu_thuc_hien: [
      'Bước 1: Người sử dụng đất nộp đơn đề nghị (chuyển mục đích sử dụng đất, giao đất, cho thuê đất hoặc gia hạn) kèm giấy tờ trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính hoặc nộp trực tuyến.',
      'Bước 2: Cán bộ tiếp nhận kiểm tra thành phần hồ sơ; hồ sơ đầy đủ thì cấp Phiếu tiếp nhận và hẹn trả kết quả, chuyển cơ quan có chức năng quản lý đất đai cấp xã; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.',
      'Bước 3: Cơ quan có chức năng quản lý đất đai kiểm tra căn cứ chuyển mục đích sử dụng đất (quy hoạch sử dụng đất, nhu cầu sử dụng đất), thực địa; lập tờ trình và dự thảo quyết định trình Chủ tịch Ủy ban nhân dân cấp xã (đối với cá nhân) hoặc cấp có thẩm quyền.',
      'Bước 4: Gửi thông tin đến cơ quan thuế để xác định tiền sử dụng đất, tiền thuê đất; người sử dụng đất thực hiện nghĩa vụ tài chính theo thông báo.',
      'Bước 5: Văn phòng/Chi nhánh Văn phòng đăng ký đất đai chỉnh lý hồ sơ địa chính, xác nhận thay đổi trên Giấy chứng nhận hoặc cấp Giấy chứng nhận; trả kết quả tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      {
        mo_ta: 'Không quá 20 ngày kể từ ngày nhận được hồ sơ hợp lệ, không kể thời gian người sử dụng đất thực hiện nghĩa vụ tài chính và thời gian xem xét xử lý vi phạm pháp luật về đất đai (nếu có).',
        so_luong: 20,
        don_vi: 'ngày',
      },
      () => [
        {
          loai: 'Phí',
          so_tien: null,
          don_vi: 'VNĐ/hồ sơ',
          mo_ta: 'Phí thẩm định hồ sơ và lệ phí cấp Giấy chứng nhận: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định. Tiền sử dụng đất, tiền thuê đất (nếu có) nộp theo thông báo của cơ quan thuế.',
        },
      ],
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính hoặc nộp trực tuyến; kết quả trả tại nơi nộp hồ sơ.',
    ),
    thanh_phan_ho_so: [
      doc('Đơn đề nghị giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất (Mẫu số 02) hoặc đơn đề nghị gia hạn sử dụng đất', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
      doc('Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đã cấp (trường hợp chuyển mục đích sử dụng đất, gia hạn)', 0, 1, { bat_buoc: false }),
      doc('Phương án sử dụng tầng đất mặt (trường hợp chuyển mục đích sử dụng đất trồng lúa)', 1, 0, { bat_buoc: false }),
      UY_QUYEN,
    ],
    doi_tuong_thuc_hien: NGUOI_SU_DUNG_DAT,
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã', 'Ủy ban nhân dân cấp tỉnh'],
    co_quan_phoi_hop: ['Cơ quan thuế', 'Văn phòng đăng ký đất đai'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã',
    ket_qua_thuc_hien: ['Quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất hoặc gia hạn sử dụng đất', 'Giấy chứng nhận được xác nhận thay đổi hoặc cấp mới (sau khi hoàn thành nghĩa vụ tài chính)'],
    can_cu_phap_ly: [DAT_DAI_LUAT, DAT_DAI_SUA_DOI, ND_102_2024, ND_151_2025],
    yeu_cau_dieu_kien: 'Việc chuyển mục đích sử dụng đất phải căn cứ quy hoạch sử dụng đất (hoặc quy hoạch chung, quy hoạch phân khu) đã được phê duyệt và nhu cầu sử dụng đất thể hiện trong đơn.',
    ghi_chu: 'Danh mục của TP Hải Phòng còn có mã 1.013823 với tên bắt đầu giống thủ tục này (công bố theo quyết định trước đó); kiểm tra mã đang áp dụng tại Quảng Ninh trên Cổng DVCQG.',
    tu_khoa: ['chuyển mục đích sử dụng đất', 'chuyển đất nông nghiệp sang đất ở', 'lên thổ cư', 'giao đất', 'cho thuê đất', 'gia hạn sử dụng đất'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.013949`,
    luot_thuc_hien: 2200,
    nguon: sourced('1.013949', [SRC.vinhBaoCrosswalk, SRC.formFill, SRC.dongNaiApp]),
  },
  {
    ma_thu_tuc: '1.012812',
    ten_thu_tuc: 'Hòa giải tranh chấp đất đai',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Đất đai',
    trinh_tu_thuc_hien: [
      'Bước 1: Các bên tranh chấp gửi đơn yêu cầu hòa giải tranh chấp đất đai đến Ủy ban nhân dân cấp xã nơi có đất tranh chấp (nộp tại Trung tâm Phục vụ hành chính công cấp xã hoặc qua bưu chính).',
      'Bước 2: Ủy ban nhân dân cấp xã thẩm tra, xác minh nguyên nhân phát sinh tranh chấp, thu thập giấy tờ, tài liệu liên quan do các bên cung cấp về nguồn gốc, quá trình sử dụng đất và hiện trạng sử dụng đất.',
      'Bước 3: Thành lập Hội đồng hòa giải tranh chấp đất đai và tổ chức cuộc họp hòa giải có sự tham gia của các bên tranh chấp và người có quyền lợi, nghĩa vụ liên quan.',
      'Bước 4: Lập biên bản hòa giải thành hoặc hòa giải không thành, gửi cho các bên và lưu tại Ủy ban nhân dân cấp xã; trường hợp hòa giải thành có thay đổi hiện trạng ranh giới, người sử dụng đất thì gửi biên bản đến cơ quan có thẩm quyền để giải quyết theo quy định.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'buu_chinh'],
      { mo_ta: 'Không quá 30 ngày kể từ ngày Ủy ban nhân dân cấp xã nhận được đơn yêu cầu hòa giải tranh chấp đất đai.', so_luong: 30, don_vi: 'ngày' },
      () => [{ loai: 'Lệ phí', so_tien: 0, don_vi: 'VNĐ', mo_ta: 'Không thu phí, lệ phí.' }],
      'Nộp đơn trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã hoặc gửi qua dịch vụ bưu chính; các bên tranh chấp phải có mặt tại cuộc họp hòa giải.',
    ),
    thanh_phan_ho_so: [
      doc('Đơn yêu cầu hòa giải tranh chấp đất đai', 1, 0, { bat_buoc: true }),
      doc('Giấy tờ, tài liệu liên quan đến nguồn gốc, quá trình sử dụng đất của các bên (nếu có)', 0, 1, { bat_buoc: false }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài', 'Tổ chức (không bao gồm doanh nghiệp, HTX)', 'Doanh nghiệp'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã nơi có đất tranh chấp',
    ket_qua_thuc_hien: ['Biên bản hòa giải thành hoặc hòa giải không thành'],
    can_cu_phap_ly: [DAT_DAI_LUAT, ND_102_2024, ND_151_2025],
    yeu_cau_dieu_kien: 'Tranh chấp đất đai mà các bên không tự hòa giải được; hòa giải tại Ủy ban nhân dân cấp xã là bắt buộc trước khi yêu cầu cơ quan có thẩm quyền giải quyết tranh chấp.',
    tu_khoa: ['hòa giải tranh chấp đất đai', 'tranh chấp ranh giới', 'tranh chấp đất'],
    muc_do_dvctt: 'khong',
    luot_thuc_hien: 500,
    nguon: sourced('1.012812', [SRC.vinhBaoCrosswalk, SRC.tthc2228('danhmuc_thutuc.js (1.012812.H19)')]),
  },
  {
    ma_thu_tuc: '1.013225',
    ten_thu_tuc: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Hoạt động xây dựng',
    trinh_tu_thuc_hien: [
      'Bước 1: Chủ đầu tư nộp 02 bộ hồ sơ đề nghị cấp giấy phép xây dựng trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia/Cổng Dịch vụ công cấp tỉnh.',
      'Bước 2: Cán bộ tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì cấp Phiếu tiếp nhận và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.',
      'Bước 3: Cơ quan chuyên môn về xây dựng thuộc Ủy ban nhân dân cấp xã thẩm định hồ sơ, kiểm tra thực địa, đối chiếu điều kiện cấp phép (quy hoạch, mục đích sử dụng đất, chỉ giới xây dựng); lấy ý kiến cơ quan liên quan khi cần.',
      'Bước 4: Chủ tịch Ủy ban nhân dân cấp xã ký giấy phép xây dựng; chủ đầu tư nhận giấy phép kèm bản vẽ thiết kế có đóng dấu tại nơi nộp hồ sơ.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      {
        mo_ta: 'Không quá 15 ngày làm việc đối với nhà ở riêng lẻ; không quá 20 ngày làm việc đối với công trình cấp III, cấp IV, kể từ ngày nhận đủ hồ sơ hợp lệ.',
        so_luong: 15,
        don_vi: 'ngày làm việc',
      },
      () => [
        { loai: 'Lệ phí', so_tien: null, don_vi: 'VNĐ/giấy phép', mo_ta: 'Lệ phí cấp giấy phép xây dựng: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định (mức thu, đối tượng miễn, giảm theo Nghị quyết của Hội đồng nhân dân tỉnh).' },
      ],
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính hoặc nộp trực tuyến; bản vẽ thiết kế nộp 02 bộ.',
    ),
    thanh_phan_ho_so: [
      doc('Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số 175/2024/NĐ-CP)', 1, 1, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
      doc('Một trong những giấy tờ hợp pháp về đất đai theo Điều 53 Nghị định số 175/2024/NĐ-CP (Giấy chứng nhận quyền sử dụng đất hoặc giấy tờ đủ điều kiện cấp Giấy chứng nhận)', 0, 1, { bat_buoc: true }),
      doc('02 bộ bản vẽ thiết kế xây dựng (mặt bằng công trình trên lô đất, mặt bằng các tầng, mặt đứng, mặt cắt chính, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật)', 2, 0, { bat_buoc: true }),
      doc('Bản cam kết bảo đảm an toàn đối với công trình liền kề (trường hợp công trình có tầng hầm hoặc xây chen)', 1, 0, { bat_buoc: false }),
      doc('Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế và chứng chỉ hành nghề của chủ nhiệm, chủ trì thiết kế (nếu có)', 0, 1, { bat_buoc: false }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài', 'Tổ chức (không bao gồm doanh nghiệp, HTX)', 'Doanh nghiệp'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã',
    ket_qua_thuc_hien: ['Giấy phép xây dựng kèm bản vẽ thiết kế được đóng dấu', 'Văn bản trả lời nêu rõ lý do (trường hợp không đủ điều kiện cấp phép)'],
    can_cu_phap_ly: XAY_DUNG_LAW,
    yeu_cau_dieu_kien: 'Công trình phù hợp với quy hoạch chi tiết xây dựng (hoặc thiết kế đô thị, quy chế quản lý kiến trúc) và mục đích sử dụng đất; bảo đảm an toàn cho công trình và công trình lân cận; chỉ giới đường đỏ, chỉ giới xây dựng theo quy định.',
    ghi_chu: 'Từ ngày 01/7/2026 Luật Xây dựng số 135/2025/QH15 có hiệu lực và nhóm thủ tục cấp giấy phép xây dựng được công bố lại; kiểm tra mã đang áp dụng trên Cổng DVCQG.',
    tu_khoa: ['giấy phép xây dựng', 'xin phép xây nhà', 'cấp phép xây dựng nhà ở riêng lẻ', 'xây nhà'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.013225`,
    luot_thuc_hien: 2300,
    nguon: sourced('1.013225', [SRC.ubndai, SRC.vinhBaoCity, SRC.formFill]),
  },
  {
    ma_thu_tuc: '1.001612',
    ten_thu_tuc: 'Đăng ký thành lập hộ kinh doanh',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Đăng ký hộ kinh doanh',
    trinh_tu_thuc_hien: [
      'Bước 1: Chủ hộ kinh doanh hoặc người được ủy quyền nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã nơi đặt trụ sở hộ kinh doanh, qua dịch vụ bưu chính hoặc nộp trực tuyến qua Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.',
      'Bước 2: Cơ quan đăng ký kinh doanh cấp xã tiếp nhận hồ sơ, trao Giấy biên nhận và kiểm tra tính hợp lệ của hồ sơ, tên hộ kinh doanh, ngành, nghề đăng ký kinh doanh.',
      'Bước 3: Hồ sơ hợp lệ thì cấp Giấy chứng nhận đăng ký hộ kinh doanh và thông tin cho cơ quan thuế; hồ sơ chưa hợp lệ thì thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      'Bước 4: Người nộp hồ sơ nhận Giấy chứng nhận đăng ký hộ kinh doanh tại nơi nộp hoặc bản điện tử qua hệ thống.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen', 'buu_chinh'],
      { mo_ta: '03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ.', so_luong: 3, don_vi: 'ngày làm việc' },
      () => [
        { loai: 'Lệ phí', so_tien: null, don_vi: 'VNĐ/lần', mo_ta: 'Lệ phí đăng ký hộ kinh doanh: theo mức thu do Hội đồng nhân dân cấp tỉnh quy định (mức thu, trường hợp miễn, giảm khi đăng ký qua mạng theo Nghị quyết của Hội đồng nhân dân tỉnh).' },
      ],
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã, qua dịch vụ bưu chính hoặc đăng ký qua mạng thông tin điện tử (hokinhdoanh.dkkd.gov.vn, Cổng Dịch vụ công quốc gia).',
    ),
    thanh_phan_ho_so: [
      doc('Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu ban hành kèm Thông tư số 68/2025/TT-BTC)', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
      doc('Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình cùng đăng ký)', 1, 0, { bat_buoc: false }),
      doc('Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh (trường hợp các thành viên hộ gia đình cùng đăng ký)', 1, 0, { bat_buoc: false }),
      doc('Giấy tờ pháp lý của cá nhân (chỉ yêu cầu khi thông tin chưa được xác thực qua Cơ sở dữ liệu quốc gia về dân cư)', 0, 1, { bat_buoc: false }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã (cơ quan đăng ký kinh doanh cấp xã)'],
    co_quan_phoi_hop: ['Cơ quan thuế'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã nơi đặt trụ sở hộ kinh doanh',
    ket_qua_thuc_hien: ['Giấy chứng nhận đăng ký hộ kinh doanh'],
    can_cu_phap_ly: HO_KINH_DOANH_LAW,
    yeu_cau_dieu_kien: 'Ngành, nghề đăng ký kinh doanh không bị cấm; tên hộ kinh doanh đặt đúng quy định; nộp đủ lệ phí; cá nhân, thành viên hộ gia đình không thuộc các trường hợp không được thành lập hộ kinh doanh.',
    tu_khoa: ['đăng ký hộ kinh doanh', 'giấy phép kinh doanh hộ cá thể', 'mở cửa hàng', 'kinh doanh cá thể'],
    muc_do_dvctt: 'toan_trinh',
    url_nop_truc_tuyen: 'https://hokinhdoanh.dkkd.gov.vn/',
    luot_thuc_hien: 1800,
    nguon: sourced('1.001612', [SRC.vinhBaoCrosswalk, SRC.formFill, SRC.dongNaiApp]),
  },
  {
    ma_thu_tuc: '1.001776',
    ten_thu_tuc: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Bảo trợ xã hội',
    trinh_tu_thuc_hien: [
      'Bước 1: Đối tượng hoặc người giám hộ, người chăm sóc, nuôi dưỡng nộp tờ khai và giấy tờ kèm theo trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú hoặc nộp trực tuyến.',
      'Bước 2: Công chức phụ trách văn hóa - xã hội kiểm tra hồ sơ, rà soát thông tin của đối tượng; trình Hội đồng xét duyệt xem xét (trường hợp cần thiết).',
      'Bước 3: Niêm yết công khai kết quả xét duyệt tại trụ sở Ủy ban nhân dân cấp xã và thông báo trên phương tiện thông tin đại chúng của xã; xem xét, giải quyết khiếu nại, thắc mắc (nếu có).',
      'Bước 4: Chủ tịch Ủy ban nhân dân cấp xã quyết định trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng (hoặc điều chỉnh, thôi hưởng) và trả kết quả.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen'],
      { mo_ta: 'Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian niêm yết công khai.', so_luong: 7, don_vi: 'ngày làm việc' },
      () => [{ loai: 'Lệ phí', so_tien: 0, don_vi: 'VNĐ', mo_ta: 'Không thu phí, lệ phí.' }],
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã hoặc nộp trực tuyến; kết quả trả tại nơi nộp hồ sơ.',
    ),
    thanh_phan_ho_so: [
      doc('Tờ khai đề nghị trợ giúp xã hội của đối tượng (Mẫu số 1a, 1b, 1c, 1d, 1đ) hoặc tờ khai nhận chăm sóc, nuôi dưỡng (Mẫu số 2a, 2b, 03) ban hành kèm Nghị định số 20/2021/NĐ-CP', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
      doc('Giấy xác nhận khuyết tật (đối với người khuyết tật)', 0, 1, { bat_buoc: false }),
      doc('Giấy tờ xác nhận đang mang thai, xác nhận nhiễm HIV hoặc giấy tờ chứng minh thuộc diện đối tượng khác (nếu có)', 0, 1, { bat_buoc: false }),
      doc('Giấy khai sinh (đối với trẻ em); giấy tờ tùy thân của đối tượng hoặc người nộp thay để đối chiếu khi chưa khai thác được từ Cơ sở dữ liệu quốc gia về dân cư', 0, 1, { bat_buoc: false }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã nơi đối tượng cư trú',
    ket_qua_thuc_hien: ['Quyết định trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng (hoặc quyết định điều chỉnh, thôi hưởng)'],
    can_cu_phap_ly: [BAO_TRO_XA_HOI_LAW],
    yeu_cau_dieu_kien: 'Đối tượng bảo trợ xã hội theo Điều 5 Nghị định số 20/2021/NĐ-CP (trẻ em không có nguồn nuôi dưỡng, người cao tuổi thuộc diện quy định, người khuyết tật nặng, đặc biệt nặng, người đơn thân nghèo nuôi con, người nhiễm HIV thuộc hộ nghèo…).',
    tu_khoa: ['trợ cấp xã hội', 'trợ cấp hàng tháng', 'bảo trợ xã hội', 'trợ cấp người khuyết tật', 'trợ cấp người cao tuổi'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.001776`,
    luot_thuc_hien: 1500,
    nguon: sourced('1.001776', [SRC.vinhBaoCrosswalk, SRC.vinhBaoAudit + ' (theo Quyết định 2874/QĐ-UBND)', 'tệp công khai trên GitHub, chỉ mục tìm kiếm mã nguồn id 54582349226 (dữ liệu mẫu hồ sơ xã Cát Ngạn, Nghệ An: "1.001776.000.00.00.H41")']),
  },
  {
    ma_thu_tuc: '1.001699',
    ten_thu_tuc: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    cap_thuc_hien: ['Cấp Xã'],
    linh_vuc: 'Bảo trợ xã hội',
    trinh_tu_thuc_hien: [
      'Bước 1: Người đề nghị xác định mức độ khuyết tật hoặc người đại diện hợp pháp nộp đơn đề nghị kèm giấy tờ liên quan tại Trung tâm Phục vụ hành chính công cấp xã nơi cư trú hoặc nộp trực tuyến.',
      'Bước 2: Chủ tịch Ủy ban nhân dân cấp xã triệu tập Hội đồng xác định mức độ khuyết tật; Hội đồng tổ chức quan sát, phỏng vấn trực tiếp người được xác định mức độ khuyết tật và lập hồ sơ.',
      'Bước 3: Niêm yết, thông báo công khai kết luận của Hội đồng; trường hợp Hội đồng không đưa ra được kết luận hoặc người khuyết tật không đồng ý thì chuyển Hội đồng giám định y khoa.',
      'Bước 4: Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy xác nhận khuyết tật và trả kết quả.',
    ],
    cach_thuc_thuc_hien: ways(
      ['truc_tiep', 'truc_tuyen'],
      { mo_ta: 'Không quá 30 ngày kể từ ngày nhận được đơn đề nghị (không kể thời gian giám định y khoa, nếu có).', so_luong: 30, don_vi: 'ngày' },
      () => [{ loai: 'Lệ phí', so_tien: 0, don_vi: 'VNĐ', mo_ta: 'Không thu phí, lệ phí.' }],
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã hoặc nộp trực tuyến; người được xác định mức độ khuyết tật có mặt khi Hội đồng tổ chức đánh giá.',
    ),
    thanh_phan_ho_so: [
      doc('Đơn đề nghị xác định, xác định lại mức độ khuyết tật và cấp, cấp đổi, cấp lại Giấy xác nhận khuyết tật (Mẫu số 01 ban hành kèm Thông tư số 01/2019/TT-BLĐTBXH, sửa đổi tại Thông tư số 08/2023/TT-BLĐTBXH)', 1, 0, { bat_buoc: true, co_bieu_mau_dien_tu: true }),
      doc('Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật…) hoặc kết luận của Hội đồng giám định y khoa (nếu có)', 0, 1, { bat_buoc: false }),
      doc('Giấy xác nhận khuyết tật đã cấp (trường hợp xác định lại, cấp đổi)', 1, 0, { bat_buoc: false }),
    ],
    doi_tuong_thuc_hien: ['Công dân Việt Nam'],
    co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
    co_quan_phoi_hop: ['Hội đồng giám định y khoa'],
    dia_chi_tiep_nhan: 'Trung tâm Phục vụ hành chính công cấp xã nơi người khuyết tật cư trú',
    ket_qua_thuc_hien: ['Giấy xác nhận khuyết tật'],
    can_cu_phap_ly: [
      { so_ky_hieu: '51/2010/QH12', trich_yeu: 'Luật Người khuyết tật' },
      { so_ky_hieu: '01/2019/TT-BLĐTBXH', trich_yeu: 'Thông tư quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện' },
      { so_ky_hieu: '08/2023/TT-BLĐTBXH' },
    ],
    yeu_cau_dieu_kien: 'Người có khiếm khuyết một hoặc nhiều bộ phận cơ thể hoặc bị suy giảm chức năng biểu hiện dưới dạng tật khiến cho lao động, sinh hoạt, học tập gặp khó khăn.',
    tu_khoa: ['xác nhận khuyết tật', 'giấy xác nhận khuyết tật', 'mức độ khuyết tật', 'người khuyết tật'],
    muc_do_dvctt: 'mot_phan',
    url_nop_truc_tuyen: `${DVCQG_DETAIL}1.001699`,
    luot_thuc_hien: 600,
    nguon: sourced('1.001699', [SRC.vinhBaoCrosswalk, SRC.formFill]),
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
  '1.013831': FIELD_IDS.datDai,
  '1.013978': FIELD_IDS.datDai,
  '1.012784': FIELD_IDS.datDai,
  '1.012783': FIELD_IDS.datDai,
  '1.013992': FIELD_IDS.datDai,
  '1.012786': FIELD_IDS.datDai,
  // Land-use conversion, allocation and dispute mediation go to the environment desk (the former Phòng Tài nguyên và Môi trường); registration goes to the land-registry desk.
  '1.013949': FIELD_IDS.taiNguyenMoiTruong,
  '1.012812': FIELD_IDS.taiNguyenMoiTruong,
  '1.013225': FIELD_IDS.xayDung,
  '1.001612': FIELD_IDS.dangKyKinhDoanh,
  '1.001776': FIELD_IDS.laoDongTbxh,
  '1.001699': FIELD_IDS.laoDongTbxh,
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

// Shares of dossiers owing a fee: late registrations only for civil status, exemptions for residence and records;
// land and construction fees are set by the provincial council and owed by nearly every applicant; social
// assistance and land-dispute mediation are free.
const FEE_SHARE: Readonly<Record<string, number>> = {
  '1.001193': 0.04, '1.000894': 0, '1.000656': 0.03, '2.000528': 0.9, '2.000815': 1, '2.000884': 1,
  '1.004194': 0.85, '1.004222': 0.85, '1.002755': 0.85, '1.010028': 0, '1.003677': 0, '2.000488': 0.92,
  '1.013831': 0.97, '1.013978': 0.95, '1.012784': 0.97, '1.012783': 0.95, '1.013992': 0.95, '1.012786': 0.95,
  '1.013949': 0.97, '1.012812': 0, '1.013225': 0.95, '1.001612': 0.7, '1.001776': 0, '1.001699': 0,
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
