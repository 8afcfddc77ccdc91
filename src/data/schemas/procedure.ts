import * as z from 'zod/mini';
import { Label, Text, SafeUrl, ProcedureCode, IsoDate, Count, reportDuplicates } from './common.js';

/**
 * The national administrative-procedure record (CSDL quốc gia về TTHC), field names as published
 * (Vietnamese snake_case), so catalogues exported from the national database load unchanged.
 */

/** Submission channel (KenhThucHien 1 | 2 | 3). */
export const KenhNop = z.enum(['truc_tiep', 'truc_tuyen', 'buu_chinh']);
export type KenhNop = z.infer<typeof KenhNop>;
/** Online-service level per Decree 42/2022: fully online, partly online, none. */
export const MucDoDVCTT = z.enum(['toan_trinh', 'mot_phan', 'khong']);
export type MucDoDVCTT = z.infer<typeof MucDoDVCTT>;
/** Level of government that carries out the procedure. */
export const CapThucHien = z.enum(['Cấp Bộ', 'Cấp Tỉnh', 'Cấp Huyện', 'Cấp Xã', 'Cơ quan khác']);
export type CapThucHien = z.infer<typeof CapThucHien>;
/** Unit of a time limit. */
export const DonViThoiHan = z.enum(['giờ', 'ngày', 'ngày làm việc', 'tháng']);

export const PhiLePhi = z.object({
  loai: z.enum(['Phí', 'Lệ phí']),
  /** Amount in `don_vi` (VNĐ); `null` when set elsewhere (e.g. by the provincial council), `0` when free. */
  so_tien: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(1e12)))),
  don_vi: z.optional(z.string().check(z.maxLength(40))),
  /** Verbatim wording, including exemptions. */
  mo_ta: Text,
});
export type PhiLePhi = z.infer<typeof PhiLePhi>;

export const CachThucThucHien = z.object({
  hinh_thuc_nop: KenhNop,
  thoi_han: z.object({
    mo_ta: Text,
    so_luong: z.optional(z.number().check(z.gte(0), z.lte(10000))),
    don_vi: z.optional(DonViThoiHan),
  }),
  phi_le_phi: z.array(PhiLePhi).check(z.maxLength(50)),
  mo_ta: z.optional(Text),
});
export type CachThucThucHien = z.infer<typeof CachThucThucHien>;

export const GiayTo = z.object({
  ten: z.string().check(z.minLength(1), z.maxLength(2000)),
  mau_don: z.optional(z.object({ ten_tep: Label, url: SafeUrl })),
  so_luong: z.object({ ban_chinh: z.int().check(z.gte(0), z.lte(100)), ban_sao: z.int().check(z.gte(0), z.lte(100)) }),
  bat_buoc: z.optional(z.boolean()),
  co_bieu_mau_dien_tu: z.optional(z.boolean()),
  ghi_chu: z.optional(Text),
});
export type GiayTo = z.infer<typeof GiayTo>;

export const CanCuPhapLy = z.object({
  so_ky_hieu: z.string().check(z.minLength(1), z.maxLength(100)),
  trich_yeu: z.optional(Text),
  ngay_ban_hanh: z.optional(IsoDate),
});
export type CanCuPhapLy = z.infer<typeof CanCuPhapLy>;

const TextList = (max: number) => z.array(z.string().check(z.maxLength(4000))).check(z.maxLength(max));

export const Procedure = z.object({
  ma_thu_tuc: ProcedureCode,
  ten_thu_tuc: Label,
  so_quyet_dinh_cong_bo: z.optional(z.string().check(z.maxLength(200))),
  cap_thuc_hien: z.array(CapThucHien).check(z.maxLength(5)),
  loai_thu_tuc: z.optional(z.string().check(z.maxLength(200))),
  linh_vuc: Label,
  trinh_tu_thuc_hien: TextList(100),
  cach_thuc_thuc_hien: z.array(CachThucThucHien).check(z.maxLength(10)),
  truong_hop: z.optional(z.array(z.object({ ten: Label, thanh_phan_ho_so: z.array(GiayTo).check(z.maxLength(200)) })).check(z.maxLength(50))),
  thanh_phan_ho_so: z.array(GiayTo).check(z.maxLength(200)),
  doi_tuong_thuc_hien: TextList(20),
  co_quan_thuc_hien: TextList(20),
  co_quan_co_tham_quyen: z.optional(Text),
  dia_chi_tiep_nhan: z.optional(Text),
  co_quan_duoc_uy_quyen: z.optional(Text),
  co_quan_phoi_hop: z.optional(TextList(20)),
  ket_qua_thuc_hien: TextList(50),
  can_cu_phap_ly: z.array(CanCuPhapLy).check(z.maxLength(100)),
  yeu_cau_dieu_kien: z.optional(Text),
  ghi_chu: z.optional(Text),
  tu_khoa: z.optional(TextList(50)),
  muc_do_dvctt: z.optional(MucDoDVCTT),
  ma_dich_vu_cong: z.optional(TextList(20)),
  /** Where the online service is submitted (used by "Nộp trực tuyến" and its QR code). */
  url_nop_truc_tuyen: z.optional(SafeUrl),
  /** Relative popularity (dossiers per year) used to rank search results; optional. */
  luot_thuc_hien: z.optional(Count),
  nguon: z.optional(z.object({
    url: z.optional(z.nullable(SafeUrl)),
    ngay_truy_xuat: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
    ghi_chu: z.optional(Text),
  })),
});
export type Procedure = z.infer<typeof Procedure>;

/** A catalogue document: the shape served by the static source and the procedures endpoint. Codes are unique. */
export const ProcedureCatalogue = z.object({
  procedures: z.array(Procedure).check(z.maxLength(20000)),
}).check(z.superRefine((c, ctx) => reportDuplicates(ctx, c.procedures, (p) => p.ma_thu_tuc, ['procedures'], 'ma_thu_tuc')));
export type ProcedureCatalogue = z.infer<typeof ProcedureCatalogue>;

/** Summary row for search results and lists (no long texts). */
export interface ProcedureSummary {
  ma_thu_tuc: string;
  ten_thu_tuc: string;
  linh_vuc: string;
  cap_thuc_hien: CapThucHien[];
  muc_do_dvctt?: MucDoDVCTT;
  luot_thuc_hien?: number;
}
