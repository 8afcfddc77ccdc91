// SYNTHETIC procedure catalogue for the search benchmark. Not real data: the titles are built from
// realistic Vietnamese administrative wording (lĩnh vực, actions, objects, qualifiers) so that the
// vocabulary, title lengths and near-duplicates resemble a provincial catalogue, but the codes are
// made up in a range no national code uses (`9.xxxxxx`) and nothing here should ship to users.
// Deterministic: the same `count` and `seed` always give the same catalogue and query set.

/** A procedure record of the synthetic catalogue (the fields search reads). */
export interface SyntheticProcedure {
  ma_thu_tuc: string;
  ten_thu_tuc: string;
  linh_vuc: string;
  cap_thuc_hien: string[];
  muc_do_dvctt: string;
  tu_khoa: string[];
  luot_thuc_hien: number;
}

/** A labelled query: what is typed and the title of the procedure that answers it. */
export interface LabelledQuery {
  q: string;
  want: string;
  kind: 'no-diacritics' | 'diacritics' | 'typo' | 'abbreviation' | 'filler';
}

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real-world-style procedures the labelled queries look for (synthetic codes). */
const ANCHORS: [string, string, number][] = [
  ['Đăng ký khai sinh', 'Hộ tịch', 9000],
  ['Đăng ký kết hôn', 'Hộ tịch', 3000],
  ['Đăng ký khai tử', 'Hộ tịch', 2500],
  ['Đăng ký lại khai sinh', 'Hộ tịch', 60],
  ['Đăng ký lại kết hôn', 'Hộ tịch', 40],
  ['Đăng ký khai sinh có yếu tố nước ngoài', 'Hộ tịch', 150],
  ['Đăng ký kết hôn có yếu tố nước ngoài', 'Hộ tịch', 120],
  ['Đăng ký nhận cha, mẹ, con', 'Hộ tịch', 200],
  ['Đăng ký giám hộ', 'Hộ tịch', 80],
  ['Xác nhận tình trạng hôn nhân', 'Hộ tịch', 2600],
  ['Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 1200],
  ['Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Hộ tịch', 400],
  ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực', 20000],
  ['Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực', 5000],
  ['Chứng thực hợp đồng, giao dịch liên quan đến nhà ở', 'Chứng thực', 900],
  ['Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Hoạt động xây dựng', 700],
  ['Cấp giấy phép xây dựng sửa chữa, cải tạo công trình', 'Hoạt động xây dựng', 150],
  ['Điều chỉnh giấy phép xây dựng', 'Hoạt động xây dựng', 60],
  ['Gia hạn giấy phép xây dựng', 'Hoạt động xây dựng', 50],
  ['Cấp thẻ căn cước', 'Căn cước', 5000],
  ['Cấp đổi thẻ căn cước', 'Căn cước', 3500],
  ['Cấp lại thẻ căn cước công dân', 'Căn cước', 4000],
  ['Đăng ký thường trú', 'Đăng ký, quản lý cư trú', 2000],
  ['Đăng ký tạm trú', 'Đăng ký, quản lý cư trú', 6000],
  ['Gia hạn tạm trú', 'Đăng ký, quản lý cư trú', 700],
  ['Khai báo tạm vắng', 'Đăng ký, quản lý cư trú', 300],
  ['Xóa đăng ký tạm trú', 'Đăng ký, quản lý cư trú', 200],
  ['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'Lý lịch tư pháp', 1500],
  ['Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở lần đầu', 'Đất đai', 800],
  ['Đăng ký biến động quyền sử dụng đất do chuyển nhượng', 'Đất đai', 1100],
  ['Tách thửa hoặc hợp thửa đất', 'Đất đai', 400],
  ['Chuyển mục đích sử dụng đất', 'Đất đai', 350],
  ['Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh', 900],
  ['Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm', 'An toàn thực phẩm', 250],
  ['Giải quyết hưởng trợ cấp thất nghiệp', 'Việc làm', 1300],
  ['Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'Bảo trợ xã hội', 100],
  ['Đăng ký xe mô tô, xe gắn máy', 'Đăng ký, quản lý phương tiện giao thông', 2200],
  ['Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'Đường bộ', 1700],
  ['Cấp hộ chiếu phổ thông', 'Xuất nhập cảnh', 1900],
  ['Đăng ký cấp mã số thuế cho hộ kinh doanh', 'Thuế', 300],
];

const FIELDS: Record<string, { actions: string[]; objects: string[]; quals: string[] }> = {
  'Hộ tịch': { actions: ['Đăng ký', 'Đăng ký lại', 'Cấp bản sao', 'Ghi vào Sổ hộ tịch việc', 'Cấp trích lục'], objects: ['khai sinh', 'kết hôn', 'khai tử', 'nhận cha, mẹ, con', 'giám hộ', 'chấm dứt giám hộ', 'thay đổi hộ tịch', 'xác định lại dân tộc', 'ly hôn'], quals: ['', 'có yếu tố nước ngoài', 'lưu động', 'kết hợp nhận cha, mẹ, con', 'cho người đã có hồ sơ, giấy tờ cá nhân', 'tại cơ quan đại diện'] },
  'Chứng thực': { actions: ['Chứng thực', 'Cấp bản sao có chứng thực'], objects: ['bản sao từ bản chính', 'chữ ký', 'hợp đồng, giao dịch', 'di chúc', 'văn bản thỏa thuận phân chia di sản', 'văn bản khai nhận di sản', 'việc sửa lỗi sai sót trong hợp đồng', 'chữ ký người dịch'], quals: ['', 'liên quan đến tài sản là động sản', 'liên quan đến thực hiện các quyền của người sử dụng đất', 'liên quan đến nhà ở', 'giấy tờ, văn bản do cơ quan nước ngoài cấp'] },
  'Hoạt động xây dựng': { actions: ['Cấp giấy phép xây dựng', 'Điều chỉnh giấy phép xây dựng', 'Gia hạn giấy phép xây dựng', 'Cấp lại giấy phép xây dựng', 'Thẩm định thiết kế xây dựng', 'Cấp giấy phép di dời'], objects: ['nhà ở riêng lẻ', 'công trình không theo tuyến', 'công trình theo tuyến', 'công trình tín ngưỡng, tôn giáo', 'công trình quảng cáo', 'dự án'], quals: ['', 'cấp III, cấp IV', 'trong đô thị', 'tại nông thôn', 'có thời hạn'] },
  'Đất đai': { actions: ['Đăng ký biến động', 'Cấp đổi giấy chứng nhận', 'Cấp lại giấy chứng nhận', 'Đính chính giấy chứng nhận', 'Xóa đăng ký', 'Đăng ký', 'Gia hạn sử dụng'], objects: ['quyền sử dụng đất', 'quyền sở hữu nhà ở và tài sản khác gắn liền với đất', 'thế chấp quyền sử dụng đất', 'đất nông nghiệp', 'đất ở'], quals: ['', 'do chuyển nhượng, tặng cho', 'do thừa kế', 'bị mất', 'lần đầu', 'cho hộ gia đình, cá nhân'] },
  'Căn cước': { actions: ['Cấp', 'Cấp đổi', 'Cấp lại', 'Xác nhận', 'Thu hồi', 'Khai thác thông tin'], objects: ['thẻ căn cước', 'giấy chứng nhận căn cước', 'số định danh cá nhân', 'thông tin trong Cơ sở dữ liệu quốc gia về dân cư'], quals: ['', 'cho người từ đủ 14 tuổi trở lên', 'cho người dưới 14 tuổi', 'tại cấp xã', 'trên ứng dụng định danh điện tử'] },
  'Đăng ký, quản lý cư trú': { actions: ['Đăng ký', 'Xóa đăng ký', 'Điều chỉnh thông tin về', 'Gia hạn', 'Khai báo', 'Tách hộ'], objects: ['thường trú', 'tạm trú', 'tạm vắng', 'lưu trú', 'cư trú'], quals: ['', 'cho người chưa thành niên', 'tại cơ sở tín ngưỡng', 'trên phương tiện'] },
  'Lao động': { actions: ['Cấp', 'Gia hạn', 'Xác nhận', 'Đăng ký', 'Báo cáo'], objects: ['giấy phép lao động cho người nước ngoài', 'nội quy lao động', 'thỏa ước lao động tập thể', 'hợp đồng cung ứng lao động'], quals: ['', 'làm việc tại Việt Nam', 'của doanh nghiệp'] },
  'Việc làm': { actions: ['Giải quyết hưởng', 'Tạm dừng hưởng', 'Tiếp tục hưởng', 'Chấm dứt hưởng', 'Chuyển nơi hưởng'], objects: ['trợ cấp thất nghiệp', 'hỗ trợ học nghề', 'hỗ trợ tư vấn, giới thiệu việc làm'], quals: ['', 'theo nguyện vọng'] },
  'Bảo trợ xã hội': { actions: ['Trợ giúp xã hội', 'Hỗ trợ', 'Thực hiện, điều chỉnh, thôi hưởng', 'Tiếp nhận'], objects: ['trợ cấp xã hội hằng tháng', 'chi phí mai táng', 'kinh phí chăm sóc, nuôi dưỡng', 'đối tượng cần bảo vệ khẩn cấp', 'người cao tuổi'], quals: ['', 'cho đối tượng bảo trợ xã hội', 'khi đối tượng thay đổi nơi cư trú', 'khẩn cấp'] },
  'Người có công': { actions: ['Giải quyết chế độ', 'Công nhận', 'Cấp', 'Di chuyển hồ sơ', 'Hưởng'], objects: ['ưu đãi người có công', 'thương binh', 'liệt sĩ', 'người hoạt động kháng chiến', 'mai táng phí'], quals: ['', 'đối với thân nhân', 'nhiễm chất độc hóa học'] },
  'Giáo dục và Đào tạo': { actions: ['Cho phép', 'Thành lập', 'Sáp nhập, chia, tách', 'Giải thể', 'Cấp', 'Chuyển trường'], objects: ['trường mầm non', 'trường tiểu học', 'trường trung học cơ sở', 'nhóm trẻ độc lập', 'bản sao văn bằng, chứng chỉ', 'học sinh'], quals: ['', 'tư thục', 'công lập', 'hoạt động giáo dục'] },
  'Y tế': { actions: ['Cấp', 'Cấp lại', 'Điều chỉnh', 'Công bố'], objects: ['giấy phép hoạt động khám bệnh, chữa bệnh', 'chứng chỉ hành nghề dược', 'giấy chứng nhận đủ điều kiện kinh doanh dược', 'cơ sở đủ điều kiện tiêm chủng'], quals: ['', 'đối với phòng khám', 'đối với nhà thuốc', 'do bị mất'] },
  'Đường bộ': { actions: ['Cấp', 'Đổi', 'Cấp lại', 'Gia hạn'], objects: ['giấy phép lái xe', 'giấy phép lưu hành xe quá tải trọng', 'phù hiệu xe ô tô kinh doanh vận tải', 'giấy phép kinh doanh vận tải bằng xe ô tô'], quals: ['', 'quốc tế', 'do ngành Giao thông vận tải cấp', 'bị mất'] },
  'Đăng ký, quản lý phương tiện giao thông': { actions: ['Đăng ký', 'Cấp đổi', 'Thu hồi', 'Đăng ký sang tên'], objects: ['xe mô tô, xe gắn máy', 'xe ô tô', 'biển số xe', 'chứng nhận đăng ký xe'], quals: ['', 'tạm thời', 'di chuyển'] },
  'Thành lập và hoạt động của hộ kinh doanh': { actions: ['Đăng ký thành lập', 'Đăng ký thay đổi nội dung đăng ký', 'Tạm ngừng kinh doanh', 'Chấm dứt hoạt động', 'Cấp lại giấy chứng nhận đăng ký'], objects: ['hộ kinh doanh', 'địa điểm kinh doanh của hộ kinh doanh'], quals: ['', 'tiếp tục kinh doanh trước thời hạn'] },
  'An toàn thực phẩm': { actions: ['Cấp', 'Cấp lại', 'Công bố', 'Kiểm tra'], objects: ['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'sản phẩm thực phẩm', 'giấy xác nhận kiến thức về an toàn thực phẩm'], quals: ['', 'đối với cơ sở sản xuất', 'đối với cơ sở kinh doanh dịch vụ ăn uống'] },
  'Văn hóa': { actions: ['Cấp', 'Thông báo', 'Công nhận', 'Tổ chức'], objects: ['giấy phép tổ chức lễ hội', 'tổ chức biểu diễn nghệ thuật', 'gia đình văn hóa', 'thư viện', 'karaoke, vũ trường'], quals: ['', 'tại địa phương', 'cộng đồng'] },
  'Nông nghiệp': { actions: ['Cấp', 'Hỗ trợ', 'Xác nhận', 'Công nhận'], objects: ['giấy chứng nhận kinh tế trang trại', 'thiệt hại do thiên tai', 'giống cây trồng', 'nguồn gốc lâm sản', 'cơ sở nuôi trồng thủy sản'], quals: ['', 'để khôi phục sản xuất', 'trong vùng bị thiệt hại'] },
  'Môi trường': { actions: ['Đăng ký', 'Cấp', 'Thẩm định', 'Xác nhận'], objects: ['kế hoạch bảo vệ môi trường', 'giấy phép môi trường', 'báo cáo đánh giá tác động môi trường', 'hoàn thành công trình bảo vệ môi trường'], quals: ['', 'cấp huyện', 'của dự án'] },
  'Thuế': { actions: ['Đăng ký', 'Khai', 'Miễn, giảm', 'Hoàn', 'Gia hạn nộp'], objects: ['mã số thuế', 'thuế thu nhập cá nhân', 'lệ phí trước bạ', 'thuế sử dụng đất phi nông nghiệp', 'tiền thuê đất'], quals: ['', 'cho hộ kinh doanh', 'cho cá nhân', 'đối với nhà, đất'] },
  'Tôn giáo': { actions: ['Đăng ký', 'Thông báo', 'Đề nghị', 'Chấp thuận'], objects: ['sinh hoạt tôn giáo tập trung', 'người được bổ nhiệm, bầu cử, suy cử', 'tổ chức lễ hội tín ngưỡng', 'hoạt động tín ngưỡng'], quals: ['', 'hằng năm', 'ngoài cơ sở tôn giáo'] },
  'Xuất nhập cảnh': { actions: ['Cấp', 'Cấp lại', 'Khôi phục giá trị sử dụng', 'Trình báo mất'], objects: ['hộ chiếu phổ thông', 'giấy thông hành', 'thị thực', 'thẻ tạm trú'], quals: ['', 'ở trong nước', 'cho người nước ngoài'] },
};

const LEVELS = ['Cấp Xã', 'Cấp Tỉnh', 'Cấp Bộ', 'Cơ quan khác'];
const ONLINE = ['toan_trinh', 'mot_phan', 'khong'];
const KEYWORDS: Record<string, string[]> = { 'Hộ tịch': ['hộ tịch', 'giấy khai sinh'], 'Căn cước': ['CCCD', 'căn cước'], 'Hoạt động xây dựng': ['giấy phép xây dựng'], 'Đất đai': ['sổ đỏ'] };

/**
 * A synthetic catalogue of `count` procedures: the anchors above first, then generated titles
 * (lĩnh vực × action × object × qualifier), each with `ma_thu_tuc`, `ten_thu_tuc`, `linh_vuc`,
 * `cap_thuc_hien`, `muc_do_dvctt`, `tu_khoa` and `luot_thuc_hien` (a long-tailed popularity).
 */
export function syntheticCatalogue(count = 2000, seed = 20261127): SyntheticProcedure[] {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const out: SyntheticProcedure[] = [];
  const seen = new Set<string>();
  const add = (title: string, linhVuc: string, popularity: number) => {
    const key = title.toLowerCase();
    if (seen.has(key) || out.length >= count) return;
    seen.add(key);
    out.push({
      ma_thu_tuc: `9.${String(100000 + out.length).padStart(6, '0')}`,
      ten_thu_tuc: title,
      linh_vuc: linhVuc,
      cap_thuc_hien: [pick(LEVELS)],
      muc_do_dvctt: pick(ONLINE),
      tu_khoa: KEYWORDS[linhVuc] ?? [],
      luot_thuc_hien: popularity,
    });
  };
  for (const [title, linhVuc, popularity] of ANCHORS) add(title, linhVuc, popularity);
  const fieldNames = Object.keys(FIELDS);
  let guard = 0;
  while (out.length < count && guard++ < count * 50) {
    const linhVuc = pick(fieldNames);
    const f = FIELDS[linhVuc]!;
    const qual = pick(f.quals);
    let title = `${pick(f.actions)} ${pick(f.objects)}${qual ? ` ${qual}` : ''}`;
    // Real catalogues repeat a procedure per level ("… (cấp tỉnh)"), with small wording changes.
    if (rand() < 0.35) title += pick([' tại Trung tâm Phục vụ hành chính công', ' (cấp tỉnh)', ' (cấp xã)', ' trực tuyến', ' trong trường hợp đặc biệt', ' theo đề nghị của tổ chức']);
    add(title, linhVuc, Math.floor(Math.pow(rand(), 6) * 2000));
  }
  return out;
}

/**
 * Labelled queries: what a citizen types (with and without diacritics, with typos, abbreviations,
 * filler words), and the title of the procedure that answers it. `kind` groups them in the report.
 */
export const LABELLED_QUERIES: LabelledQuery[] = [
  { q: 'dang ky khai sinh', want: 'Đăng ký khai sinh', kind: 'no-diacritics' },
  { q: 'khai sinh', want: 'Đăng ký khai sinh', kind: 'no-diacritics' },
  { q: 'ket hon', want: 'Đăng ký kết hôn', kind: 'no-diacritics' },
  { q: 'dang ky ket hon', want: 'Đăng ký kết hôn', kind: 'no-diacritics' },
  { q: 'giay phep xay dung', want: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', kind: 'no-diacritics' },
  { q: 'cap lai cccd', want: 'Cấp lại thẻ căn cước công dân', kind: 'abbreviation' },
  { q: 'cap lai can cuoc', want: 'Cấp lại thẻ căn cước công dân', kind: 'no-diacritics' },
  { q: 'Đăng ký khai tử', want: 'Đăng ký khai tử', kind: 'diacritics' },
  { q: 'đăng ký tạm trú', want: 'Đăng ký tạm trú', kind: 'diacritics' },
  { q: 'dang ky thuong tru', want: 'Đăng ký thường trú', kind: 'no-diacritics' },
  { q: 'chung thuc ban sao', want: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', kind: 'no-diacritics' },
  { q: 'chứng thực chữ ký', want: 'Chứng thực chữ ký trong các giấy tờ, văn bản', kind: 'diacritics' },
  { q: 'ly lich tu phap', want: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', kind: 'no-diacritics' },
  { q: 'xac nhan tinh trang hon nhan', want: 'Xác nhận tình trạng hôn nhân', kind: 'no-diacritics' },
  { q: 'trich luc ho tich', want: 'Cấp bản sao trích lục hộ tịch', kind: 'no-diacritics' },
  { q: 'gia han tam tru', want: 'Gia hạn tạm trú', kind: 'no-diacritics' },
  { q: 'tam vang', want: 'Khai báo tạm vắng', kind: 'no-diacritics' },
  { q: 'ho kinh doanh', want: 'Đăng ký thành lập hộ kinh doanh', kind: 'no-diacritics' },
  { q: 'tro cap that nghiep', want: 'Giải quyết hưởng trợ cấp thất nghiệp', kind: 'no-diacritics' },
  { q: 'ho chieu', want: 'Cấp hộ chiếu phổ thông', kind: 'no-diacritics' },
  { q: 'doi giay phep lai xe', want: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', kind: 'no-diacritics' },
  { q: 'dang ky xe may', want: 'Đăng ký xe mô tô, xe gắn máy', kind: 'no-diacritics' },
  { q: 'tach thua', want: 'Tách thửa hoặc hợp thửa đất', kind: 'no-diacritics' },
  { q: 'chuyen muc dich su dung dat', want: 'Chuyển mục đích sử dụng đất', kind: 'no-diacritics' },
  { q: 'nhan cha me con', want: 'Đăng ký nhận cha, mẹ, con', kind: 'no-diacritics' },
  { q: 'dang ki khai sinh', want: 'Đăng ký khai sinh', kind: 'typo' },
  { q: 'khia sinh', want: 'Đăng ký khai sinh', kind: 'typo' },
  { q: 'dang ky ket hn', want: 'Đăng ký kết hôn', kind: 'typo' },
  { q: 'dnag ky tam tru', want: 'Đăng ký tạm trú', kind: 'typo' },
  { q: 'giay phep xay dugn', want: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', kind: 'typo' },
  { q: 'chung thuc ban soa', want: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', kind: 'typo' },
  { q: 'xac nhan tinh trang hon nhna', want: 'Xác nhận tình trạng hôn nhân', kind: 'typo' },
  { q: 'cap the can cuco', want: 'Cấp thẻ căn cước', kind: 'typo' },
  { q: 'thu tuc dang ky khai tu', want: 'Đăng ký khai tử', kind: 'filler' },
  { q: 'lam giay khai sinh', want: 'Đăng ký khai sinh', kind: 'filler' },
  { q: 'gpxd nha o', want: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', kind: 'abbreviation' },
  { q: 'lltp', want: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', kind: 'abbreviation' },
  { q: 'so do lan dau', want: 'Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở lần đầu', kind: 'abbreviation' },
  { q: 'mã số thuế hộ kinh doanh', want: 'Đăng ký cấp mã số thuế cho hộ kinh doanh', kind: 'diacritics' },
  { q: 'an toan thuc pham', want: 'Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm', kind: 'no-diacritics' },
];
