import { buildIndex, type IndexOptions, type SearchIndex } from './engine.js';

/**
 * The parts of a national procedure record (CSDL quốc gia về TTHC, see `data/schemas/procedure.ts`)
 * that search reads. Structural, so core stays free of the data layer.
 */
export interface SearchableProcedure {
  ma_thu_tuc: string;
  ten_thu_tuc: string;
  linh_vuc: string;
  cap_thuc_hien: readonly string[];
  muc_do_dvctt?: string | undefined;
  cach_thuc_thuc_hien?: readonly { hinh_thuc_nop: string }[] | undefined;
  tu_khoa?: readonly string[] | undefined;
  ma_dich_vu_cong?: readonly string[] | undefined;
  co_quan_thuc_hien?: readonly string[] | undefined;
  co_quan_co_tham_quyen?: string | undefined;
  doi_tuong_thuc_hien?: readonly string[] | undefined;
  ket_qua_thuc_hien?: readonly string[] | undefined;
  thanh_phan_ho_so?: readonly { ten: string }[] | undefined;
  truong_hop?: readonly { ten: string; thanh_phan_ho_so: readonly { ten: string }[] }[] | undefined;
  yeu_cau_dieu_kien?: string | undefined;
  luot_thuc_hien?: number | undefined;
}

/** Online availability of a procedure for filtering: its published level, or `khong` when it has no online channel. */
export type OnlineFacet = 'toan_trinh' | 'mot_phan' | 'khong';

/**
 * Online availability: the published `muc_do_dvctt`; when absent, `mot_phan` if an online channel is
 * listed (something can be done online) and `khong` otherwise.
 */
export function onlineFacet(p: SearchableProcedure): OnlineFacet {
  if (p.muc_do_dvctt === 'toan_trinh' || p.muc_do_dvctt === 'mot_phan' || p.muc_do_dvctt === 'khong') return p.muc_do_dvctt;
  return p.cach_thuc_thuc_hien?.some((c) => c.hinh_thuc_nop === 'truc_tuyen') ? 'mot_phan' : 'khong';
}

/** Names of the facets of {@link PROCEDURE_INDEX_OPTIONS}. */
export type ProcedureFacet = 'linhVuc' | 'cap' | 'online';

/**
 * How procedures are indexed. Weights: title and code 10, keywords 6, lĩnh vực 3, agencies 1.5, body
 * (target groups, results, documents, cases, conditions) 1. The steps are not indexed: they are the
 * longest texts, every procedure's steps share the same administrative words ("tiếp nhận hồ sơ",
 * "trả kết quả"), and indexing them doubles the build time of a large catalogue for matches nobody
 * needs. Facets: `linhVuc`, `cap` (cấp thực hiện), `online` ({@link onlineFacet}). Popularity:
 * `luot_thuc_hien`.
 */
export const PROCEDURE_INDEX_OPTIONS: IndexOptions<SearchableProcedure> = {
  id: (p) => p.ma_thu_tuc,
  fields: [
    { name: 'ten_thu_tuc', weight: 10, head: true, get: (p) => p.ten_thu_tuc },
    { name: 'ma_thu_tuc', weight: 10, head: true, get: (p) => [p.ma_thu_tuc, p.ma_thu_tuc.slice(2), ...(p.ma_dich_vu_cong ?? [])] },
    { name: 'tu_khoa', weight: 6, head: true, get: (p) => p.tu_khoa },
    { name: 'linh_vuc', weight: 3, get: (p) => p.linh_vuc },
    { name: 'co_quan', weight: 1.5, get: (p) => [...(p.co_quan_thuc_hien ?? []), p.co_quan_co_tham_quyen ?? ''] },
    {
      name: 'noi_dung',
      weight: 1,
      get: (p) => [
        ...(p.doi_tuong_thuc_hien ?? []),
        ...(p.ket_qua_thuc_hien ?? []),
        ...(p.thanh_phan_ho_so ?? []).map((g) => g.ten),
        ...(p.truong_hop ?? []).flatMap((c) => [c.ten, ...c.thanh_phan_ho_so.map((g) => g.ten)]),
        p.yeu_cau_dieu_kien ?? '',
      ],
    },
  ],
  popularity: (p) => p.luot_thuc_hien,
  facets: {
    linhVuc: (p) => p.linh_vuc,
    cap: (p) => p.cap_thuc_hien,
    online: (p) => onlineFacet(p),
  },
};

/** Builds the search index of a procedure catalogue with {@link PROCEDURE_INDEX_OPTIONS}. */
export function buildProcedureIndex<P extends SearchableProcedure>(procedures: readonly P[]): SearchIndex<P> {
  return buildIndex<P>(procedures, PROCEDURE_INDEX_OPTIONS as IndexOptions<P>);
}
