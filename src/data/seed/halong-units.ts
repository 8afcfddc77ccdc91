import type { UnitKind } from '../schemas/org.js';

/** One row of a unit list: a commune-level unit (ward, commune, special zone) that runs its own one-stop desk. */
export interface UnitListEntry {
  id: string;
  name: string;
  kind: UnitKind;
  /** Agency code for dossier codes; derived from the parent code when absent. */
  code?: string;
  shortName?: string;
}

/**
 * The 33 commune-level units of Hạ Long city (21 wards, 12 communes) as listed before the July 2025
 * reform (after the 2020 merger with Hoành Bồ). Since 1 July 2025 Quảng Ninh runs two-level local
 * government with a different unit list; load that one through `orgFromUnitList`.
 */
export const HALONG_UNITS: readonly UnitListEntry[] = [
  { id: 'hl-ha-khanh', name: 'Phường Hà Khánh', kind: 'ward' },
  { id: 'hl-ha-lam', name: 'Phường Hà Lầm', kind: 'ward' },
  { id: 'hl-ha-trung', name: 'Phường Hà Trung', kind: 'ward' },
  { id: 'hl-ha-phong', name: 'Phường Hà Phong', kind: 'ward' },
  { id: 'hl-ha-tu', name: 'Phường Hà Tu', kind: 'ward' },
  { id: 'hl-hong-hai', name: 'Phường Hồng Hải', kind: 'ward' },
  { id: 'hl-cao-thang', name: 'Phường Cao Thắng', kind: 'ward' },
  { id: 'hl-cao-xanh', name: 'Phường Cao Xanh', kind: 'ward' },
  { id: 'hl-yet-kieu', name: 'Phường Yết Kiêu', kind: 'ward' },
  { id: 'hl-tran-hung-dao', name: 'Phường Trần Hưng Đạo', kind: 'ward' },
  { id: 'hl-bach-dang', name: 'Phường Bạch Đằng', kind: 'ward' },
  { id: 'hl-hong-gai', name: 'Phường Hồng Gai', kind: 'ward' },
  { id: 'hl-bai-chay', name: 'Phường Bãi Cháy', kind: 'ward' },
  { id: 'hl-hong-ha', name: 'Phường Hồng Hà', kind: 'ward' },
  { id: 'hl-ha-khau', name: 'Phường Hà Khẩu', kind: 'ward' },
  { id: 'hl-gieng-day', name: 'Phường Giếng Đáy', kind: 'ward' },
  { id: 'hl-hung-thang', name: 'Phường Hùng Thắng', kind: 'ward' },
  { id: 'hl-tuan-chau', name: 'Phường Tuần Châu', kind: 'ward' },
  { id: 'hl-viet-hung', name: 'Phường Việt Hưng', kind: 'ward' },
  { id: 'hl-dai-yen', name: 'Phường Đại Yên', kind: 'ward' },
  { id: 'hl-hoanh-bo', name: 'Phường Hoành Bồ', kind: 'ward' },
  { id: 'hl-bang-ca', name: 'Xã Bằng Cả', kind: 'commune' },
  { id: 'hl-dan-chu', name: 'Xã Dân Chủ', kind: 'commune' },
  { id: 'hl-dong-lam', name: 'Xã Đồng Lâm', kind: 'commune' },
  { id: 'hl-dong-son', name: 'Xã Đồng Sơn', kind: 'commune' },
  { id: 'hl-hoa-binh', name: 'Xã Hòa Bình', kind: 'commune' },
  { id: 'hl-ky-thuong', name: 'Xã Kỳ Thượng', kind: 'commune' },
  { id: 'hl-le-loi', name: 'Xã Lê Lợi', kind: 'commune' },
  { id: 'hl-quang-la', name: 'Xã Quảng La', kind: 'commune' },
  { id: 'hl-son-duong', name: 'Xã Sơn Dương', kind: 'commune' },
  { id: 'hl-tan-dan', name: 'Xã Tân Dân', kind: 'commune' },
  { id: 'hl-thong-nhat', name: 'Xã Thống Nhất', kind: 'commune' },
  { id: 'hl-vu-oai', name: 'Xã Vũ Oai', kind: 'commune' },
];

/** Hạ Long city facts used for labels. Population and area as published for 2024. */
export const HALONG_CITY = {
  id: 'hl',
  name: 'Thành phố Hạ Long',
  province: 'Quảng Ninh',
  population: 362407,
  landAreaKm2: 1119.36,
} as const;

/** The city public administration centre (Trung tâm Hành chính công). */
export const HALONG_CENTRE = {
  id: 'hl-tthcc',
  name: 'Trung tâm Hành chính công thành phố Hạ Long',
  established: '2013-06-28',
  operatingSince: '2015-01-06',
} as const;
