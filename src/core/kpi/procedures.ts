import type { CapThucHien, Procedure } from '../../data/schemas/procedure.js';

/**
 * What the KPI rules need to know about a procedure of the catalogue (CSDL quốc gia về TTHC), as plain
 * data so it can cross to a Worker.
 */
export interface ProcedureFact {
  /** National code, e.g. `1.001193`. */
  code: string;
  /** Lĩnh vực as named in the catalogue. */
  field: string;
  /** Levels of government that carry it out. */
  levels: CapThucHien[];
  /**
   * Offered as an online public service (Decree 42/2022 "toàn trình" or "một phần"). From
   * `muc_do_dvctt`; when the record has no level, an online submission method (`truc_tuyen`) counts
   * as offered online.
   */
  online: boolean;
  /** Carries a fee or charge: some fee line with an amount above 0 (Decision 766 note 3.5: "khác 0, null"). */
  feeBearing: boolean;
  /** All seven components of Decree 63/2010 Art. 8.2 are published (Decision 766 sub-indicator 1.3). */
  complete: boolean;
  /** Its target group includes individuals (Decision 766 note 4.5). */
  forIndividuals: boolean;
}

const INDIVIDUAL_TARGETS = ['công dân việt nam', 'người việt nam định cư ở nước ngoài', 'người nước ngoài', 'cá nhân'];

const filled = (s: string | undefined) => s !== undefined && s.trim() !== '';

/**
 * Facts of one procedure. "Complete" means: a name; at least one step; at least one submission
 * method; dossier components (the common list or one of the execution cases); a time limit on some
 * method (a description or an amount); a target group; a carrying-out agency.
 */
export function procedureFact(p: Procedure): ProcedureFact {
  const methods = p.cach_thuc_thuc_hien;
  const hasComponents = p.thanh_phan_ho_so.length > 0 || (p.truong_hop ?? []).some((c) => c.thanh_phan_ho_so.length > 0);
  const hasTimeLimit = methods.some((m) => filled(m.thoi_han.mo_ta) || m.thoi_han.so_luong !== undefined);
  const complete =
    filled(p.ten_thu_tuc) &&
    p.trinh_tu_thuc_hien.some(filled) &&
    methods.length > 0 &&
    hasComponents &&
    hasTimeLimit &&
    p.doi_tuong_thuc_hien.some(filled) &&
    p.co_quan_thuc_hien.some(filled);
  const online = p.muc_do_dvctt !== undefined ? p.muc_do_dvctt !== 'khong' : methods.some((m) => m.hinh_thuc_nop === 'truc_tuyen');
  const feeBearing = methods.some((m) => m.phi_le_phi.some((f) => typeof f.so_tien === 'number' && f.so_tien > 0));
  const targets = p.doi_tuong_thuc_hien.map((t) => t.normalize('NFC').toLowerCase());
  const forIndividuals = targets.some((t) => INDIVIDUAL_TARGETS.some((w) => t.includes(w)));
  return { code: p.ma_thu_tuc, field: p.linh_vuc, levels: [...p.cap_thuc_hien], online, feeBearing, complete, forIndividuals };
}

/** Facts of a catalogue, one per procedure code (the last record of a code wins). */
export function procedureFacts(procedures: readonly Procedure[]): ProcedureFact[] {
  const byCode = new Map<string, ProcedureFact>();
  for (const p of procedures) byCode.set(p.ma_thu_tuc, procedureFact(p));
  return [...byCode.values()];
}
