import type { OrgData } from '../../../../src/data/schemas/org.js';
import type { Procedure } from '../../../../src/data/schemas/procedure.js';
import type { CaseFile } from '../../../../src/data/schemas/case-file.js';
import type { Rating } from '../../../../src/data/schemas/rating.js';
import type { Petition } from '../../../../src/data/schemas/petition.js';

/** A centre with one ward unit, two fields and two counters. */
export const org: OrgData = {
  version: 1,
  units: [
    { id: 'hl', name: 'Trung tâm Phục vụ hành chính công thành phố Hạ Long', kind: 'centre' },
    { id: 'bai-chay', name: 'Phường Bãi Cháy', kind: 'ward', parentId: 'hl', code: 'H49.50.13' },
  ],
  fields: [
    { id: 'ho-tich', name: 'Hộ tịch', ticketBase: 1001 },
    { id: 'dat-dai', name: 'Đất đai', ticketBase: 2001 },
  ],
  counters: [
    { id: 'bc-q1', unitId: 'bai-chay', number: 1, name: 'Quầy 1 – Hộ tịch', fieldIds: ['ho-tich'], officerIds: ['bc-cb-01'] },
    { id: 'bc-q2', unitId: 'bai-chay', number: 2, name: 'Quầy 2 – Đất đai', fieldIds: ['dat-dai'] },
  ],
  officers: [{ id: 'bc-cb-01', unitId: 'bai-chay', name: 'Nguyễn Thị Lan' }],
};

export const procedure = (code: string, name: string): Procedure => ({
  ma_thu_tuc: code,
  ten_thu_tuc: name,
  cap_thuc_hien: ['Cấp Xã'],
  linh_vuc: 'Hộ tịch',
  trinh_tu_thuc_hien: ['Bước 1: Nộp hồ sơ.', 'Bước 2: Nhận kết quả.'],
  cach_thuc_thuc_hien: [{ hinh_thuc_nop: 'truc_tiep', thoi_han: { mo_ta: 'Trong ngày' }, phi_le_phi: [] }],
  thanh_phan_ho_so: [{ ten: 'Tờ khai theo mẫu', so_luong: { ban_chinh: 1, ban_sao: 0 } }],
  doi_tuong_thuc_hien: ['Công dân Việt Nam'],
  co_quan_thuc_hien: ['Ủy ban nhân dân cấp xã'],
  ket_qua_thuc_hien: ['Trích lục'],
  can_cu_phap_ly: [],
});

/** A dossier received at `receivedAt` (local +07:00 time without the offset), optionally finished. */
export const caseFile = (n: number, receivedAt: string, over: Partial<CaseFile> = {}): CaseFile => ({
  code: `H49.50.13-${receivedAt.slice(2, 4)}${receivedAt.slice(5, 7)}${receivedAt.slice(8, 10)}-${String(n).padStart(4, '0')}`,
  procedureCode: '1.000656',
  unitId: 'bai-chay',
  fieldId: 'ho-tich',
  channel: 1,
  status: 4,
  receivedAt: `${receivedAt}+07:00`,
  supplements: [],
  hasFee: false,
  onlinePayment: 0,
  digitised: true,
  eResult: false,
  paperResult: true,
  reusedData: false,
  personalStore: false,
  citizenData: false,
  synced: true,
  history: [{ status: 2, at: `${receivedAt}+07:00` }],
  ...over,
});

let uuidSeq = 0;
/** A distinct, valid v4-shaped UUID per call. */
export const uuid = (): string => `3f1c2a4e-8b7d-4c21-9f6e-${String(++uuidSeq).padStart(12, '0')}`;

export const rating = (over: Partial<Rating> = {}): Rating => ({
  id: uuid(),
  createdAt: '2026-03-04T09:00:00+07:00',
  unitId: 'bai-chay',
  scale: 3,
  level: 'satisfied',
  reasons: [],
  lang: 'vi',
  deviceId: 'bc-tablet-01',
  ...over,
});

export const petition = (id: string, receivedAt: string, over: Partial<Petition> = {}): Petition => ({
  id,
  unitId: 'bai-chay',
  receivedAt: `${receivedAt}+07:00`,
  dueAt: '2026-04-30T17:00:00+07:00',
  status: 'open',
  topic: 'staff',
  reopened: false,
  ...over,
});
