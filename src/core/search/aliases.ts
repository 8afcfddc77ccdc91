/**
 * Groups of phrases that mean the same thing in Vietnamese administrative language: abbreviations
 * citizens type ("cccd", "gpxd", "sổ đỏ") and the full names used in the catalogue. A record containing
 * any phrase of a group is found by the others. Phrases are written with diacritics for reading; matching
 * uses their folded words.
 */
export type AliasGroup = readonly string[];

/** The default groups. Pass your own (or `[]`) in the index options to replace them. */
export const VIETNAMESE_ALIASES: readonly AliasGroup[] = [
  ['căn cước công dân', 'cccd', 'căn cước'],
  ['chứng minh nhân dân', 'cmnd'],
  ['giấy phép xây dựng', 'gpxd'],
  ['giấy chứng nhận quyền sử dụng đất', 'sổ đỏ', 'sổ hồng', 'gcn qsdđ'],
  ['quyền sử dụng đất', 'qsdđ'],
  ['lý lịch tư pháp', 'lltp'],
  ['đăng ký kinh doanh', 'đkkd'],
  ['bảo hiểm xã hội', 'bhxh'],
  ['bảo hiểm y tế', 'bhyt'],
  ['phòng cháy chữa cháy', 'pccc'],
  ['an toàn thực phẩm', 'attp'],
  ['ủy ban nhân dân', 'ubnd'],
  ['hội đồng nhân dân', 'hđnd'],
  ['giấy phép lái xe', 'gplx', 'bằng lái xe'],
  ['mã số thuế', 'mst'],
  ['dịch vụ công', 'dvc'],
];
